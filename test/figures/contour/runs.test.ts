import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { contourPathsSpec } from '../../../src/figures/contourPaths';
import { animationClock, readoutAt } from '../../../src/figures/contour/runs';
import { screenPath } from '../../../src/figures/contour/polyline';
import { renderSvg } from '../../../src/figures/render/server';
import { approachRun, bowl, fakeTrace } from '../fixtures';

const domain = { waMin: 0, waMax: 2, wbMin: 0.25, wbMax: 2.25 };
const input = (runs = [approachRun('a', 0, 800, 60), approachRun('b', 1, 200, 20)]) => ({
  runs,
  landscape: bowl(0, 2, 0.25, 2.25),
  domain,
  start: { wa: 0.1, wb: 1.8 },
  target: { wa: 1.2618, wb: 1.2344 },
});
const parse = (svg: string) => parseHTML(`<html><body>${svg}</body></html>`).document;

describe('animation clock', () => {
  it('runs in proportion to the number of updates, within 6 to 20 seconds', () => {
    expect(animationClock(1280, { animate: true, idPrefix: 'x' }).seconds).toBeCloseTo(1280 / 150, 6);
    expect(animationClock(100, { animate: true, idPrefix: 'x' }).seconds).toBe(6);
    expect(animationClock(3200, { animate: true, idPrefix: 'x' }).seconds).toBe(20);
  });

  it('keys frames from update 0 to the last update', () => {
    const { keys } = animationClock(800, { animate: true, idPrefix: 'x', keyFrames: 8 });
    expect(keys).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800]);
  });
});

describe('readout', () => {
  it('is 1-based like the original: update 9 is epoch 2, minibatch 1', () => {
    const t = fakeTrace(16, (k) => [k, k]);
    expect(readoutAt(t, 9)).toBe('Epoch=2, minibatch=1, Updates=9');
    expect(readoutAt(t, 16)).toBe('Epoch=2, minibatch=8, Updates=16');
  });
});

describe('screenPath', () => {
  it('keeps every key position and measures length along the thinned path', () => {
    const t = fakeTrace(100, (k) => [k * 0.01, 0]);
    const p = screenPath(
      t,
      (v) => v * 100,
      (v) => v,
      [0, 50, 100],
    );
    expect(p.lengthAt).toEqual([0, 50, 100]);
    expect(p.length).toBe(100);
    expect(p.pointAt[1]).toEqual([50, 0]);
  });

  it('ends the path at the first non-finite position', () => {
    const t = fakeTrace(10, (k) => (k < 5 ? [k, 0] : [NaN, NaN]));
    const p = screenPath(
      t,
      (v) => v,
      (v) => v,
      [0, 10],
    );
    expect(p.positions).toBe(5);
    expect(p.lengthAt).toEqual([0, 4]);
  });
});

describe('contour paths figure', () => {
  it('animates each path with SMIL whose keyTimes and values agree, and loops', () => {
    const doc = parse(renderSvg(contourPathsSpec(input(), { idPrefix: 't' })));
    const anims = Array.from(doc.querySelectorAll('.lr-anim-live animate')).filter(
      (a) => a.getAttribute('attributeName') === 'stroke-dashoffset',
    );
    expect(anims).toHaveLength(2);
    for (const a of anims) {
      expect(a.getAttribute('values')!.split(';').length).toBe(a.getAttribute('keyTimes')!.split(';').length);
      expect(a.getAttribute('repeatCount')).toBe('indefinite');
    }
    const motions = Array.from(doc.querySelectorAll('animateMotion'));
    expect(motions).toHaveLength(2);
    // The shorter run (200 of 800 updates) reaches the end of its path by a quarter into the
    // clock (sooner when its last updates move it less than the drawing's resolution).
    const kp = motions[1].getAttribute('keyPoints')!.split(';').map(Number);
    const kt = motions[1].getAttribute('keyTimes')!.split(';').map(Number);
    const firstFull = kp.findIndex((v) => v === 1);
    const reached = kt[firstFull] / kt[kt.length - 2];
    expect(reached).toBeGreaterThan(0.15);
    expect(reached).toBeLessThanOrEqual(0.25 + 1e-9);
  });

  it('shows the final frame under prefers-reduced-motion and without animation', () => {
    const svg = renderSvg(contourPathsSpec(input(), { idPrefix: 't' }));
    expect(svg).toContain(
      '@media (prefers-reduced-motion:reduce){.lr-anim-live{display:none}.lr-anim-final{display:inline}}',
    );
    const doc = parse(svg);
    const finalText = Array.from(doc.querySelectorAll('text.lr-anim-final')).map((t) => t.textContent);
    expect(finalText).toEqual(['Epoch=100, minibatch=8, Updates=800']);
    const still = renderSvg(contourPathsSpec(input(), { idPrefix: 't', animate: false }));
    expect(still).not.toContain('<animate');
    expect(still).toContain('Epoch=100, minibatch=8, Updates=800');
  });

  it('labels start and target and keeps one Wa unit as long as one Wb unit', () => {
    const spec = contourPathsSpec(input(), { idPrefix: 't', width: 500 });
    const svg = renderSvg(spec);
    expect(svg).toContain('>Start<');
    expect(svg).toContain('>Target<');
    const frameW = 500 - (spec.marginLeft as number) - (spec.marginRight as number);
    const frameH = (spec.height as number) - (spec.marginTop as number) - (spec.marginBottom as number);
    expect(Math.abs(frameW - frameH)).toBeLessThanOrEqual(1);
  });
});
