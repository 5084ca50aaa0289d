import { describe, expect, it, vi } from 'vitest';
import { revealShared, sharedIsland } from '../../src/client/shared-link';

const island = (id: string) => ({ id }) as HTMLElement;

describe('a shared link picks its island', () => {
  const islands = [island('player-3'), island('tuning-demo'), island('multistep-demo')];

  it('finds the first island with settings, readable (id.path) or whole (id=…)', () => {
    expect(sharedIsland(islands, '?multistep-demo.gamma=0.5&tuning-demo.lr=0.004', '')?.id).toBe('tuning-demo');
    expect(sharedIsland(islands, '?multistep-demo=eyJ9', '')?.id).toBe('multistep-demo');
  });

  it('leaves the page alone when the link names a #section or carries no island', () => {
    expect(sharedIsland(islands, '?tuning-demo.lr=0.004', '#summary')).toBeNull();
    expect(sharedIsland(islands, '?utm_source=x', '')).toBeNull();
    expect(sharedIsland(islands, '?tuning-demox.lr=1', '')).toBeNull();
  });
});

describe('a shared link lands on its island', () => {
  it('jumps there at once instead of gliding with the page’s smooth scrolling', () => {
    const scrollIntoView = vi.fn();
    revealShared({ scrollIntoView } as unknown as HTMLElement);
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'start', behavior: 'instant' });
  });
});
