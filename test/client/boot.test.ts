import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootIslands } from '../../src/client/boot';

afterEach(() => vi.unstubAllGlobals());

describe('island bootstrap', () => {
  it('hydrates islands that start together each in a task of its own, never in the task that found them', async () => {
    const { document } = parseHTML(
      '<!doctype html><html><body>' +
        '<div id="a" data-island="demo" data-state="static"></div>' +
        '<div id="b" data-island="demo" data-state="static"></div>' +
        '</body></html>',
    );
    // Tasks counted by a stand-in for scheduler.yield that resumes in the next macrotask.
    let task = 0;
    const scheduler = {
      yield: () => new Promise<void>((resolve) => setImmediate(() => (task++, resolve()))),
    };
    vi.stubGlobal('document', document);
    vi.stubGlobal('window', {}); // no IntersectionObserver: every island starts at once
    vi.stubGlobal('location', { search: '', hash: '' });
    vi.stubGlobal('scheduler', scheduler);
    const started: { id: string; task: number }[] = [];
    const mod = {
      hydrate: (root: HTMLElement) => void started.push({ id: root.id, task }),
    };
    bootIslands({ demo: () => Promise.resolve(mod) });
    await vi.waitFor(() => expect(started).toHaveLength(2));
    expect(started.every((s) => s.task > 0)).toBe(true);
    expect(started[0].task).not.toBe(started[1].task);
    await vi.waitFor(() =>
      expect(Array.from(document.querySelectorAll<HTMLElement>('[data-island]'), (el) => el.dataset.state)).toEqual([
        'ready',
        'ready',
      ]),
    );
  });
});
