import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, Job, ToWorker } from '../../src/client/protocol';

/** A stand-in for the browser's Worker: records what the page posts, replies on demand. */
class FakeWorker {
  static last: FakeWorker | null = null;
  posted: ToWorker[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  constructor() {
    FakeWorker.last = this;
  }
  postMessage(m: ToWorker): void {
    this.posted.push(m);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(m: FromWorker): void {
    this.onmessage?.({ data: m } as MessageEvent<FromWorker>);
  }
  crash(message: string): void {
    this.onerror?.({ message, preventDefault() {} } as ErrorEvent);
  }
}

const job: Job = { kind: 'train', configs: [{}] };
const runIds = (w: FakeWorker) => w.posted.filter((m) => m.type === 'run').map((m) => m.id);

async function client() {
  vi.resetModules();
  return import('../../src/client/worker-client');
}

describe('worker client', () => {
  beforeEach(() => {
    FakeWorker.last = null;
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('resolves a request with the worker’s result and passes its progress on', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { request } = await client();
    const progress: number[] = [];
    const p = request('a', job, (d) => progress.push(d));
    const w = FakeWorker.last!;
    const [id] = runIds(w);
    w.reply({ type: 'progress', id, done: 0.5 });
    const result = { kind: 'sweep' as const, lrs: [], series: [], errors: [] };
    w.reply({ type: 'result', id, result });
    await expect(p).resolves.toEqual(result);
    expect(progress).toEqual([0.5]);
  });

  it('resolves a superseded request to null and tells the worker to cancel it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { request } = await client();
    const first = request('a', job);
    const second = request('a', job);
    await expect(first).resolves.toBeNull();
    const w = FakeWorker.last!;
    const [id1, id2] = runIds(w);
    expect(w.posted).toContainEqual({ type: 'cancel', id: id1 });
    w.reply({ type: 'error', id: id2, message: 'bad config' });
    await expect(second).rejects.toThrow('bad config');
  });

  it('rejects with a reader-facing message when the browser has no Worker, instead of hanging', async () => {
    vi.stubGlobal('Worker', undefined);
    const { request, WORKER_FAILED } = await client();
    await expect(request('a', job)).rejects.toThrow(WORKER_FAILED);
    await expect(request('b', job)).rejects.toThrow(WORKER_FAILED);
  });

  it('rejects when the Worker constructor throws (blocked by policy)', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('SecurityError');
        }
      },
    );
    const { request, WORKER_FAILED } = await client();
    await expect(request('a', job)).rejects.toThrow(WORKER_FAILED);
  });

  it('rejects every pending and later request once the worker fails to load or crashes', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { request, WORKER_FAILED } = await client();
    const a = request('a', job);
    const b = request('b', job);
    const w = FakeWorker.last!;
    w.crash('404 worker script');
    await expect(a).rejects.toThrow(WORKER_FAILED);
    await expect(b).rejects.toThrow(WORKER_FAILED);
    expect(w.terminated).toBe(true);
    await expect(request('a', job)).rejects.toThrow(WORKER_FAILED);
    // No second worker is started after a failure.
    expect(FakeWorker.last).toBe(w);
  });
});
