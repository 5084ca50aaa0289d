/**
 * The animation player as a pure state machine: the DOM layer feeds it actions and
 * elapsed time and draws whatever `frame` it ends up on. One frame = one update;
 * speed 1 is the originals' 30 frames per second.
 */

export const BASE_FPS = 30;
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;

export interface PlayerState {
  /** Number of frames (the longest run's update count). */
  total: number;
  /** Current frame, 0-based: rows 0..frame of every run are drawn. */
  frame: number;
  playing: boolean;
  speed: number;
  loop: boolean;
  /** Fraction of a frame carried between ticks, so slow speeds still advance. */
  carry: number;
}

export type PlayerAction =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle' }
  | { type: 'step'; by: number }
  | { type: 'seek'; frame: number }
  | { type: 'speed'; speed: number }
  | { type: 'loop'; loop: boolean }
  | { type: 'load'; total: number }
  | { type: 'tick'; ms: number };

export function initialPlayer(total: number): PlayerState {
  const t = Math.max(0, Math.floor(total));
  return { total: t, frame: Math.max(0, t - 1), playing: false, speed: 1, loop: false, carry: 0 };
}

function clampFrame(s: PlayerState, f: number): number {
  if (s.total === 0 || !Number.isFinite(f)) return 0;
  return Math.min(s.total - 1, Math.max(0, Math.round(f)));
}

/** Applies one action; returns a new state (the old one is untouched). */
export function reducePlayer(s: PlayerState, a: PlayerAction): PlayerState {
  switch (a.type) {
    case 'play': {
      if (s.total === 0) return s;
      // Playing from the last frame restarts: the reader wants to see the motion.
      const atEnd = s.frame >= s.total - 1;
      return { ...s, playing: true, frame: atEnd ? 0 : s.frame, carry: 0 };
    }
    case 'pause':
      return { ...s, playing: false, carry: 0 };
    case 'toggle':
      return reducePlayer(s, { type: s.playing ? 'pause' : 'play' });
    case 'step':
      return { ...s, playing: false, carry: 0, frame: clampFrame(s, s.frame + a.by) };
    case 'seek':
      return { ...s, carry: 0, frame: clampFrame(s, a.frame) };
    case 'speed': {
      const speed = Number.isFinite(a.speed) ? Math.min(8, Math.max(0.25, a.speed)) : s.speed;
      return { ...s, speed };
    }
    case 'loop':
      return { ...s, loop: a.loop };
    case 'load': {
      const total = Math.max(0, Math.floor(a.total));
      return { ...s, total, frame: Math.min(s.frame, Math.max(0, total - 1)), carry: 0 };
    }
    case 'tick': {
      if (!s.playing || s.total === 0 || !(a.ms > 0)) return s;
      // Cap a long stall (background tab) at a quarter second of motion.
      const frames = s.carry + (Math.min(a.ms, 250) / 1000) * BASE_FPS * s.speed;
      const whole = Math.floor(frames);
      let frame = s.frame + whole;
      const last = s.total - 1;
      if (frame > last) {
        if (!s.loop) return { ...s, frame: last, playing: false, carry: 0 };
        frame = frame % s.total;
      }
      return { ...s, frame, carry: frames - whole };
    }
  }
}

/** Keyboard shortcuts of a focused player; null when the key is not one of them. */
export function keyToAction(key: string, s: PlayerState): PlayerAction | null {
  switch (key) {
    case ' ':
    case 'k':
      return { type: 'toggle' };
    case 'ArrowRight':
      return { type: 'step', by: 1 };
    case 'ArrowLeft':
      return { type: 'step', by: -1 };
    case 'PageUp':
      return { type: 'step', by: -Math.max(1, Math.round(s.total / 20)) };
    case 'PageDown':
      return { type: 'step', by: Math.max(1, Math.round(s.total / 20)) };
    case 'Home':
      return { type: 'seek', frame: 0 };
    case 'End':
      return { type: 'seek', frame: s.total - 1 };
    default:
      return null;
  }
}

/** "Epoch=e, minibatch=m, Updates=k", all 1-based, for row `frame` of a run. */
export function frameReadout(epoch0: number, minibatch0: number, frame: number): string {
  return `Epoch=${epoch0 + 1}, minibatch=${minibatch0 + 1}, Updates=${frame + 1}`;
}
