/**
 * The update axis of a playground chart drawn from Plot options (the step-size chart keeps
 * figure 1's frame), for the shared cursor (cursor-lines.ts setUpdateAxis). Kept out of
 * cursor-lines.ts: only the playground needs it, and the tutorial's players load that file.
 */
import type { UpdateAxis } from './cursor-lines';

/** Plot options, as far as they place the x axis (the spec a chart was drawn from). */
export interface FrameOptions {
  width?: number;
  height?: number;
  marginLeft?: number;
  marginRight?: number;
  marginTop?: number;
  marginBottom?: number;
  x?: { domain?: Iterable<unknown> };
}

/**
 * The update axis of a chart drawn from Plot options whose x is the (1-based) update:
 * its x domain spans the frame between the left and right margins. Null when the options
 * do not say (no width, height or numeric x domain): the caller keeps the shared frame.
 */
export function axisOfOptions(o: FrameOptions): UpdateAxis | null {
  const [u0, u1] = Array.from(o.x?.domain ?? [], Number);
  if (!o.width || !o.height || !Number.isFinite(u0) || !Number.isFinite(u1) || u0 === u1) return null;
  return {
    x0: o.marginLeft ?? 40,
    x1: o.width - (o.marginRight ?? 20),
    u0,
    u1,
    top: o.marginTop ?? 20,
    bottom: o.height - (o.marginBottom ?? 30),
  };
}
