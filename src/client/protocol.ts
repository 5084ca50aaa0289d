/**
 * Messages between the page and the training worker. Every request names a
 * `channel` (one per island or playground panel): a newer request on a channel
 * supersedes the older one, which the worker abandons at its next chunk boundary.
 * Everything here is structured-clone friendly plain data.
 */
import type { LandscapeGrid } from '../core/landscape';
import type { PartialConfig } from '../core/types';

/** Train each config (validated again in the worker) and return its trace. */
export interface TrainJob {
  kind: 'train';
  configs: unknown[];
  /** Also sample the loss landscape of the first config's data on this grid. */
  landscape?: LandscapeGrid | null;
}

/** An optimizer of a sweep: its key and the options besides the learning rate. */
export interface SweepVariant {
  key: string;
  optimizer: Record<string, unknown>;
}

/** Final loss against learning rate for several optimizers. */
export interface SweepJob {
  kind: 'sweep';
  base: PartialConfig;
  variants: SweepVariant[];
  lrs: number[];
}

/** The grid a landscape is sampled on: the core's own type. */
export type { LandscapeGrid };

export type Job = TrainJob | SweepJob;

export interface WorkerRequest {
  type: 'run';
  id: number;
  channel: string;
  job: Job;
}

export interface CancelRequest {
  type: 'cancel';
  id: number;
}

export type ToWorker = WorkerRequest | CancelRequest;

export interface ProgressMessage {
  type: 'progress';
  id: number;
  /** Fraction done in [0, 1]. */
  done: number;
}

export interface ResultMessage {
  type: 'result';
  id: number;
  result: unknown;
}

export interface ErrorMessage {
  type: 'error';
  id: number;
  message: string;
}

export type FromWorker = ProgressMessage | ResultMessage | ErrorMessage;

/**
 * Book-keeping of live requests, shared by both ends: the page uses it to drop
 * answers to superseded requests, the worker to abandon work between chunks.
 */
export class LatestPerChannel {
  private latest = new Map<string, number>();
  private channelOf = new Map<number, string>();
  private cancelled = new Set<number>();

  /** Registers request `id` on `channel`; returns the id it supersedes, if any. */
  start(id: number, channel: string): number | null {
    const previous = this.latest.get(channel) ?? null;
    this.latest.set(channel, id);
    this.channelOf.set(id, channel);
    if (previous !== null && previous !== id) {
      this.cancelled.add(previous);
      this.channelOf.delete(previous);
    }
    return previous === id ? null : previous;
  }

  /** Marks `id` cancelled (a cancel message, or its island went away). */
  cancel(id: number): void {
    const channel = this.channelOf.get(id);
    if (channel !== undefined && this.latest.get(channel) === id) this.latest.delete(channel);
    this.channelOf.delete(id);
    this.cancelled.add(id);
  }

  /** True while `id` is the newest request of its channel and not cancelled. */
  isLive(id: number): boolean {
    if (this.cancelled.has(id)) return false;
    const channel = this.channelOf.get(id);
    return channel !== undefined && this.latest.get(channel) === id;
  }

  /** Forgets a finished request (its answer has been sent or delivered). */
  finish(id: number): void {
    const channel = this.channelOf.get(id);
    if (channel !== undefined && this.latest.get(channel) === id) this.latest.delete(channel);
    this.channelOf.delete(id);
    this.cancelled.delete(id);
  }
}
