/**
 * Colour by meaning: a run's look follows what it is (optimizer, learning rate, schedule,
 * the reader's own run), the same in every figure function, never its position in a list.
 */
import { describe, expect, it } from 'vitest';
import { renderSvg, serverOptions } from '../../src/figures/render/server';
import { stepSizeSpec } from '../../src/figures/lineCharts';
import { arrowsSpec } from '../../src/figures/arrows';
import { contourPathsSpec } from '../../src/figures/contourPaths';
import { sweepSpec } from '../../src/figures/sweep';
import {
  drawOrder,
  lrColour,
  lrPosition,
  OPTIMIZER_STYLE,
  runStyle,
  seriesStyle,
  type OptimizerKey,
  type RunMeta,
} from '../../src/figures/palette';
import type { RunSeries } from '../../src/figures/types';
import { approachRun, bowl } from './fixtures';

const opts = serverOptions('pal');
const domain = { waMin: 0, waMax: 2, wbMin: 0.25, wbMax: 2.25 };
const start = { wa: 0.1, wb: 1.8 };

/** Runs with meanings, listed in the given order (index = list position). */
function runs(metas: RunMeta[], labels: string[]): RunSeries[] {
  return metas.map((meta, k) => ({ ...approachRun(String(k), k, 60, 10 + k), label: labels[k], meta }));
}

/** An attribute of an element's attribute list (as serialised). */
const attr = (attrs: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(` ${attrs}`)?.[1] ?? null;

/** Legend colour of the entry labelled `label` in rendered SVG: its line sample's stroke, else its marker's fill. */
function legendColour(svg: string, label: string): string | null {
  const legend = svg.slice(svg.indexOf('data-legend'));
  const esc = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`<path ([^>]*)/>(?:<path [^>]*/>)?<text[^>]*>${esc}</text>`).exec(legend);
  if (!m) return null;
  return /\stransform=/.test(` ${m[1]}`) ? attr(m[1], 'fill') : attr(m[1], 'stroke');
}

describe('colour by meaning', () => {
  const keys: OptimizerKey[] = ['sgd', 'sgdm', 'rmsprop', 'adam'];
  const labels = ['SGD', 'SGD momentum', 'RMSprop', 'Adam'];

  it('gives each optimizer its own colour, dash and marker', () => {
    const styles = keys.map((optimizer) => runStyle({ optimizer }));
    expect(new Set(styles.map((s) => s.colour)).size).toBe(4);
    expect(new Set(styles.map((s) => s.dash)).size).toBe(4);
    expect(new Set(styles.map((s) => s.marker)).size).toBe(4);
  });

  it('draws the same optimizer in the same colour in every figure function, whatever its position', () => {
    const forward = runs(
      keys.map((optimizer) => ({ optimizer })),
      labels,
    );
    const backward = [...forward].reverse().map((r, index) => ({ ...r, index }));
    for (const list of [forward, backward]) {
      const svgs = [
        renderSvg(stepSizeSpec({ runs: list, maxUpdate: 50 }, opts)),
        renderSvg(
          arrowsSpec({ runs: list, landscape: bowl(0, 2, 0.25, 2.25, 12, 12), domain, start, updates: 3 }, opts),
        ),
        renderSvg(
          contourPathsSpec(
            { runs: list, landscape: bowl(0, 2, 0.25, 2.25, 12, 12), domain, start, target: { wa: 1.26, wb: 1.23 } },
            { ...opts, animate: false },
          ),
        ),
        renderSvg(
          sweepSpec(
            keys.map((type, k) => ({ type, label: labels[k], lrs: [0.001, 0.01, 0.1], finalLoss: [0.2, 0.01, 0.05] })),
          ),
        ),
      ];
      for (const svg of svgs) {
        keys.forEach((key, k) => expect(legendColour(svg, labels[k])).toBe(OPTIMIZER_STYLE[key].colour));
      }
    }
  });

  it('orders learning rates on one scale: a larger rate never sits lower on it', () => {
    const lrs = [1e-6, 1e-4, 1.5e-4, 5e-4, 1e-3, 2e-3, 5e-3, 0.008, 0.01, 0.011, 0.012, 0.05, 0.12, 1, 10, 100];
    const pos = lrs.map(lrPosition);
    for (let k = 1; k < pos.length; k++) expect(pos[k]).toBeGreaterThanOrEqual(pos[k - 1]);
    // The tutorial's five rates get five different colours, in the scale's order.
    const five = [0.00015, 0.001, 0.005, 0.01, 0.012];
    expect(new Set(five.map(lrColour)).size).toBe(5);
    expect(five.map(lrPosition)).toEqual([...five.map(lrPosition)].sort((a, b) => a - b));
    expect(lrPosition(0.012) - lrPosition(0.01)).toBeGreaterThan(0.1);
  });

  it('colours a figure about outcomes by outcome: two nearly equal rates, one settling and one thrown out', () => {
    const lr = 0.0862;
    const stable = runStyle({ optimizer: 'sgd', lr: 0.98 * lr, colourBy: 'outcome', outcome: 'stable' });
    const unstable = runStyle({ optimizer: 'sgd', lr: 1.02 * lr, colourBy: 'outcome', outcome: 'unstable' });
    // Colour, dash and marker all differ (never colour alone).
    expect(stable.colour).not.toBe(unstable.colour);
    expect(stable.dash).not.toBe(unstable.dash);
    expect(stable.marker).not.toBe(unstable.marker);
    // Not the rate's colour: on the learning-rate scale the two would be one colour.
    expect(stable.colour).not.toBe(lrColour(0.98 * lr));
  });

  it('gives a rate the same colour in every figure and every role but "you"', () => {
    expect(runStyle({ optimizer: 'sgdm', lr: 0.01, colourBy: 'lr' }).colour).toBe(
      runStyle({ optimizer: 'adam', lr: 0.01, colourBy: 'lr', role: 'reference' }).colour,
    );
  });

  it('draws the reader\'s run last, in the one "you" style, and mutes the references', () => {
    const list = runs(
      [
        { optimizer: 'sgdm', role: 'you' },
        { optimizer: 'adam', role: 'reference' },
        { optimizer: 'rmsprop', role: 'reference' },
      ],
      ['You', 'Adam', 'RMSprop'],
    );
    const ordered = drawOrder(list, seriesStyle);
    expect(ordered.at(-1)?.label).toBe('You');
    const you = runStyle({ optimizer: 'sgdm', role: 'you' });
    expect(runStyle({ optimizer: 'adam', lr: 0.5, role: 'you' })).toEqual(you);
    const ref = runStyle({ optimizer: 'adam', role: 'reference' });
    expect(ref.opacity).toBeLessThan(you.opacity);
    expect(ref.width).toBeLessThan(you.width);
    // In the contour figure the reader's path is the last one drawn.
    const svg = renderSvg(
      contourPathsSpec(
        { runs: list, landscape: bowl(0, 2, 0.25, 2.25, 12, 12), domain, start, target: { wa: 1.26, wb: 1.23 } },
        { ...opts, animate: false },
      ),
    );
    const finalFrame = svg.slice(svg.indexOf('class="lr-static"'));
    const strokes = Array.from(finalFrame.matchAll(/<use ([^>]*)\/>/g), (m) => attr(m[1], 'stroke')).filter(
      (c) => c !== null && !c.includes('casing'),
    );
    expect(strokes.at(-1)).toBe(you.colour);
  });
});

describe('the prose names the colours the figures draw', () => {
  it('calls each optimizer of figure 1 by its palette colour', async () => {
    const { readFile } = await import('node:fs/promises');
    const mdx = await readFile(new URL('../../content/tutorial/index.mdx', import.meta.url), 'utf8');
    const named: [OptimizerKey, RegExp][] = [
      ['adam', /Adam's steps \((\w+)/],
      ['sgdm', /SGD with momentum \((\w+)/],
      ['rmsprop', /RMSprop \((\w+)/],
    ];
    for (const [key, re] of named) expect(re.exec(mdx)?.[1], key).toBe(OPTIMIZER_STYLE[key].name);
  });
});
