import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToMain } from '../../src/client/yield-main';

afterEach(() => vi.unstubAllGlobals());

describe('yielding to the main thread', () => {
  it('uses scheduler.yield where the browser has it', async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldFn });
    await yieldToMain();
    expect(yieldFn).toHaveBeenCalledTimes(1);
  });

  it('otherwise resumes in a later task, after the current task and its microtasks', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    const done = yieldToMain().then(() => order.push('resumed'));
    void Promise.resolve().then(() => order.push('microtask'));
    order.push('same task');
    await done;
    expect(order).toEqual(['same task', 'microtask', 'resumed']);
  });
});
