/// <reference lib="webworker" />
/**
 * The training worker: runs jobs in chunks, posting progress, and drops a job as soon
 * as a newer request on its channel (or a cancel) arrives. Yielding to the event loop
 * between chunks is what lets those messages in.
 */
import { LatestPerChannel, type FromWorker, type ToWorker } from './protocol';
import { runJob, transferables } from './jobs';

// This module runs as a dedicated worker: its `self` is the worker's scope, not a Window.
declare const self: DedicatedWorkerGlobalScope;
const scope = self;
const live = new LatestPerChannel();
const post = (m: FromWorker, transfer: ArrayBuffer[] = []) => scope.postMessage(m, transfer);
const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

scope.onmessage = async (event: MessageEvent<ToWorker>) => {
  const msg = event.data;
  if (msg.type === 'cancel') {
    live.cancel(msg.id);
    return;
  }
  live.start(msg.id, msg.channel);
  // Let any message already queued (a newer slider value) supersede this one first.
  await nextTick();
  try {
    const it = runJob(msg.job);
    let lastPost = 0;
    for (;;) {
      if (!live.isLive(msg.id)) return;
      const step = it.next();
      if (step.done) {
        post({ type: 'result', id: msg.id, result: step.value }, transferables(step.value));
        break;
      }
      const now = performance.now();
      if (now - lastPost > 50) {
        lastPost = now;
        post({ type: 'progress', id: msg.id, done: step.value });
      }
      await nextTick();
    }
  } catch (err) {
    post({ type: 'error', id: msg.id, message: err instanceof Error ? err.message : String(err) });
  } finally {
    live.finish(msg.id);
  }
};
