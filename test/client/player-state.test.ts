import { describe, expect, it } from 'vitest';
import {
  frameReadout,
  initialPlayer,
  keyToAction,
  reducePlayer,
  type PlayerAction,
  type PlayerState,
} from '../../src/client/player-state';

const run = (s: PlayerState, ...actions: PlayerAction[]) => actions.reduce(reducePlayer, s);

describe('animation player state machine', () => {
  it('starts paused on the last frame so the still picture is complete', () => {
    const s = initialPlayer(3200);
    expect(s).toMatchObject({ frame: 3199, playing: false, speed: 1 });
  });

  it('playing from the end restarts at frame 0 and advances 30 frames per second at 1x', () => {
    const s = run(
      initialPlayer(3200),
      { type: 'play' },
      { type: 'tick', ms: 1000 / 30 },
      { type: 'tick', ms: 1000 / 30 },
    );
    expect(s.frame).toBe(2);
    expect(s.playing).toBe(true);
  });

  it('speed scales the frame rate, and slow speeds accumulate fractions', () => {
    let s = run(
      initialPlayer(100),
      { type: 'seek', frame: 0 },
      { type: 'speed', speed: 8 },
      { type: 'play' },
      { type: 'tick', ms: 100 },
    );
    expect(s.frame).toBe(24);
    s = run(initialPlayer(100), { type: 'seek', frame: 0 }, { type: 'speed', speed: 0.25 }, { type: 'play' });
    for (let i = 0; i < 8; i++) s = reducePlayer(s, { type: 'tick', ms: 1000 / 60 });
    expect(s.frame).toBe(1);
  });

  it('clamps speed to 0.25x..8x', () => {
    expect(reducePlayer(initialPlayer(10), { type: 'speed', speed: 100 }).speed).toBe(8);
    expect(reducePlayer(initialPlayer(10), { type: 'speed', speed: 0 }).speed).toBe(0.25);
    expect(reducePlayer(initialPlayer(10), { type: 'speed', speed: NaN }).speed).toBe(1);
  });

  it('stops at the last frame without loop, wraps with loop', () => {
    let s = run(initialPlayer(10), { type: 'seek', frame: 8 }, { type: 'play' }, { type: 'tick', ms: 200 });
    expect(s).toMatchObject({ frame: 9, playing: false });
    s = run(
      initialPlayer(10),
      { type: 'loop', loop: true },
      { type: 'seek', frame: 8 },
      { type: 'play' },
      { type: 'tick', ms: 100 },
    );
    expect(s.playing).toBe(true);
    expect(s.frame).toBe(1);
  });

  it('stepping pauses and stays inside the frames', () => {
    let s = run(initialPlayer(10), { type: 'play' }, { type: 'step', by: -1 });
    expect(s).toMatchObject({ playing: false, frame: 0 });
    s = run(s, { type: 'step', by: 50 });
    expect(s.frame).toBe(9);
    expect(run(s, { type: 'seek', frame: NaN }).frame).toBe(0);
  });

  it('a huge stall advances at most a quarter second', () => {
    const s = run(initialPlayer(1000), { type: 'seek', frame: 0 }, { type: 'play' }, { type: 'tick', ms: 60_000 });
    expect(s.frame).toBe(7);
  });

  it('loading a shorter animation keeps the frame inside it', () => {
    expect(reducePlayer(initialPlayer(3200), { type: 'load', total: 800 }).frame).toBe(799);
    expect(reducePlayer(initialPlayer(0), { type: 'play' }).playing).toBe(false);
  });

  it('maps space and arrows to play/pause and steps', () => {
    const s = initialPlayer(100);
    expect(keyToAction(' ', s)).toEqual({ type: 'toggle' });
    expect(keyToAction('ArrowLeft', s)).toEqual({ type: 'step', by: -1 });
    expect(keyToAction('ArrowRight', s)).toEqual({ type: 'step', by: 1 });
    expect(keyToAction('End', s)).toEqual({ type: 'seek', frame: 99 });
    expect(keyToAction('x', s)).toBeNull();
  });

  it('reads out 1-based epoch, minibatch and update count', () => {
    expect(frameReadout(0, 0, 0)).toBe('Epoch=1, minibatch=1, Updates=1');
    expect(frameReadout(99, 7, 799)).toBe('Epoch=100, minibatch=8, Updates=800');
  });
});
