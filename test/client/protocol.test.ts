import { describe, expect, it } from 'vitest';
import { LatestPerChannel } from '../../src/client/protocol';

describe('latest request per channel', () => {
  it('a newer request on a channel supersedes the older one', () => {
    const t = new LatestPerChannel();
    expect(t.start(1, 'fig9')).toBeNull();
    expect(t.isLive(1)).toBe(true);
    expect(t.start(2, 'fig9')).toBe(1);
    expect(t.isLive(1)).toBe(false);
    expect(t.isLive(2)).toBe(true);
  });

  it('channels are independent', () => {
    const t = new LatestPerChannel();
    t.start(1, 'a');
    t.start(2, 'b');
    expect(t.isLive(1)).toBe(true);
    expect(t.isLive(2)).toBe(true);
  });

  it('cancel and finish end a request without touching a newer one', () => {
    const t = new LatestPerChannel();
    t.start(1, 'a');
    t.cancel(1);
    expect(t.isLive(1)).toBe(false);
    t.start(2, 'a');
    t.finish(1);
    expect(t.isLive(2)).toBe(true);
    t.finish(2);
    expect(t.isLive(2)).toBe(false);
  });

  it('an unknown id is never live', () => {
    expect(new LatestPerChannel().isLive(42)).toBe(false);
  });
});
