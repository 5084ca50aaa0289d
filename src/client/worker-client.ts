/**
 * The page's side of the worker: one shared worker for every island, a promise per
 * request, and "latest wins" per channel. A superseded request resolves to null
 * (callers simply ignore it).
 *
 * Training runs only in the worker: every browser the site targets has module workers,
 * and a second copy of the training core for the main thread would cost the page about
 * 5 KB of script (gzipped) for a case that does not arise. When the worker cannot start
 * (blocked, failed to load, crashed) every pending and later request rejects with
 * {@link WORKER_FAILED}; the islands show that text and keep the figure they already
 * drew (the build's static one at first).
 */
import { LatestPerChannel, type FromWorker, type Job } from './protocol';
import type { JobResult } from './jobs';

/** What a reader is told when the training worker cannot run. */
export const WORKER_FAILED =
  'The live version could not start its training worker; the figure shows the last results drawn.';

interface Pending {
  resolve: (r: JobResult | null) => void;
  reject: (e: Error) => void;
  onProgress?: (done: number) => void;
}

let worker: Worker | null = null;
let failed = false;
let nextId = 1;
const pending = new Map<number, Pending>();
const live = new LatestPerChannel();

/** Rejects every pending request and every later one: the worker is gone for this page. */
function fail(reason: unknown): void {
  if (!failed) console.warn('training worker failed', reason);
  failed = true;
  worker?.terminate();
  worker = null;
  const waiting = Array.from(pending.entries());
  pending.clear();
  for (const [id, p] of waiting) {
    live.finish(id);
    p.reject(new Error(WORKER_FAILED));
  }
}

function getWorker(): Worker | null {
  if (worker || failed) return worker;
  try {
    if (typeof Worker === 'undefined') throw new Error('no Worker in this browser');
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch (err) {
    fail(err);
    return null;
  }
  // A script that fails to load or an uncaught error inside the worker: no reply will come.
  worker.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    fail(e.message || 'worker error');
  };
  worker.onmessageerror = () => fail('a message from the worker could not be read');
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const msg = e.data;
    const p = pending.get(msg.id);
    if (!p) return;
    if (msg.type === 'progress') {
      if (live.isLive(msg.id)) p.onProgress?.(msg.done);
      return;
    }
    pending.delete(msg.id);
    const isLive = live.isLive(msg.id);
    live.finish(msg.id);
    if (!isLive) p.resolve(null);
    else if (msg.type === 'result') p.resolve(msg.result as JobResult);
    else p.reject(new Error(msg.message));
  };
  return worker;
}

/**
 * Runs `job` on `channel`; resolves null if a newer request on the channel superseded it,
 * rejects with {@link WORKER_FAILED} when the worker cannot run.
 */
export function request(channel: string, job: Job, onProgress?: (done: number) => void): Promise<JobResult | null> {
  const id = nextId++;
  const previous = live.start(id, channel);
  const w = getWorker();
  if (previous !== null) {
    const p = pending.get(previous);
    if (p) {
      pending.delete(previous);
      p.resolve(null);
    }
    w?.postMessage({ type: 'cancel', id: previous });
  }
  if (!w) {
    live.finish(id);
    return Promise.reject(new Error(WORKER_FAILED));
  }
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    w.postMessage({ type: 'run', id, channel, job });
  });
}
