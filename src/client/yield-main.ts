/**
 * Ending the current task between stages of work on the main thread: what one stage
 * costs stays its own task, so a slow phone paints and answers input in between instead
 * of freezing for their sum (issue 11 item 8: hydrating an island was one long task).
 */

interface YieldingScheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a new task: through `scheduler.yield()` where the browser has it (the
 * continuation keeps its place ahead of other queued work), else a MessageChannel
 * message (a task, without setTimeout's clamping to 4 ms after nesting).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * `load` (a dynamic import of chart code) run once: the first call ends its task after
 * loading, since evaluating Plot is work enough for one task; later calls resolve at once.
 */
export function loadApart<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  return () =>
    (loaded ??= load().then(
      async (m) => {
        await yieldToMain();
        return m;
      },
      (e: unknown) => {
        loaded = null; // a failed load (the network) is tried again next time
        throw e;
      },
    ));
}
