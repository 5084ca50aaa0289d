/**
 * The page's side of the worker: one shared worker for every island, a promise per
 * request, and "latest wins" per channel. A superseded request resolves to null
 * (callers simply ignore it). Without Worker support the jobs run on the main thread.
 */
import { LatestPerChannel, type FromWorker, type Job } from './protocol';
import type { JobResult } from './jobs';

interface Pending {
  resolve: (r: JobResult | null) => void;
  reject: (e: Error) => void;
  onProgress?: (done: number) => void;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();
const live = new LatestPerChannel();

function getWorker(): Worker | null {
  if (worker || typeof Worker === 'undefined') return worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
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

/** Runs `job` on `channel`; resolves null if a newer request on the channel superseded it. */
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
  if (!w) return runInline(id, job, onProgress);
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    w.postMessage({ type: 'run', id, channel, job });
  });
}

async function runInline(id: number, job: Job, onProgress?: (done: number) => void): Promise<JobResult | null> {
  const { runJob } = await import('./jobs');
  const it = runJob(job);
  for (;;) {
    if (!live.isLive(id)) return null;
    const step = it.next();
    if (step.done) {
      live.finish(id);
      return step.value;
    }
    onProgress?.(step.value);
    await new Promise((r) => setTimeout(r, 0));
  }
}
