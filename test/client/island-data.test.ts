import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  attributeName,
  CONTOUR_DATA,
  islandAttributes,
  islandData,
  PLAYER_DATA,
  readIslandData,
  type IslandData,
} from '../../src/client/island-data';
import { runStyle } from '../../src/figures/palette';
import { PRESETS } from '../../src/experiments/presets';
import type { XYScales } from '../../src/client/scales';

const scales: XYScales = {
  x: { domain: [0, 4], range: [48, 514] },
  y: { domain: [-0.5, 3.5], range: [560, 94] },
  width: 600,
  height: 600,
};
const preset = (id: string) => PRESETS.find((p) => p.id === id)!;

const contour: IslandData<typeof CONTOUR_DATA> = {
  base: preset('adam-0.12-multistep-0.5').config,
  domain: { waMin: 0, waMax: 2, wbMin: 0.25, wbMax: 2.25 },
  scales,
  runs: [
    {
      id: 'adam-0.12-multistep-0.5',
      label: 'Adam, lr 0.12, MultiStepLR (yours)',
      meta: { optimizer: 'adam', role: 'you' },
    },
    { id: 'adam-0.01-100', label: 'Adam, lr 0.01 fixed' },
  ],
  others: [{ id: 'adam-0.01-100', label: 'Adam, lr 0.01 fixed', config: preset('adam-0.01-100').config }],
};
const player: IslandData<typeof PLAYER_DATA> = {
  scales,
  playerRuns: ['sgd-0.01-160', 'adam-0.01-160'].map((id) => ({
    id,
    label: id,
    style: runStyle({ optimizer: id.startsWith('sgd') ? 'sgd' : 'adam' }),
    config: preset(id).config,
  })),
};

/** An island root element carrying `attrs`, as the built page has it. */
function islandRoot(attrs: Record<string, string>): HTMLElement {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const root = document.createElement('div');
  for (const [name, value] of Object.entries(attrs)) root.setAttribute(name, value);
  root.innerHTML = '<p data-status></p>';
  document.body.appendChild(root);
  return root as unknown as HTMLElement;
}

describe('the build → client data contract of the islands', () => {
  it('reads back exactly what the build side wrote (contour and player)', () => {
    const a = islandAttributes(CONTOUR_DATA, contour);
    expect(a['data-island']).toBe('contour');
    expect(Object.keys(a).sort()).toEqual([
      'data-base',
      'data-domain',
      'data-island',
      'data-others',
      'data-runs',
      'data-scales',
    ]);
    expect(readIslandData(CONTOUR_DATA, islandRoot(a).dataset)).toEqual({ ok: true, value: contour });
    const b = islandAttributes(PLAYER_DATA, player);
    expect(b['data-player-runs']).toBeDefined();
    expect(islandData(islandRoot(b), PLAYER_DATA)).toEqual(player);
  });

  it('names camelCase fields as the DOM does', () => {
    expect(attributeName('playerRuns')).toBe('data-player-runs');
    expect(attributeName('base')).toBe('data-base');
  });

  it('refuses a payload its own contract rejects at build time', () => {
    const broken = { ...contour, runs: [] };
    expect(() => islandAttributes(CONTOUR_DATA, broken)).toThrow(/data-runs: expected at least one item/);
    const badConfig = { ...contour, base: { optimizer: { type: 'sgd' as const, lr: -1 } } };
    expect(() => islandAttributes(CONTOUR_DATA, badConfig)).toThrow(
      /data-base: expected a valid training config \(optimizer\.lr/,
    );
  });

  const good = islandAttributes(PLAYER_DATA, player);
  const cases: [string, Record<string, string>, RegExp][] = [
    ['a missing attribute', { 'data-scales': good['data-scales'] }, /data-player-runs is missing/],
    ['broken JSON', { ...good, 'data-player-runs': '[{"id":' }, /data-player-runs is not JSON/],
    [
      'a wrong field type',
      { ...good, 'data-player-runs': good['data-player-runs'].replace('"label":"adam-0.01-160"', '"label":7') },
      /data-player-runs\[1\]\.label: expected a string/,
    ],
    [
      'an unknown marker',
      { ...good, 'data-player-runs': good['data-player-runs'].replace(/"marker":"\w+"/, '"marker":"blob"') },
      /data-player-runs\[0\]\.style\.marker: expected one of "circle"/,
    ],
    [
      'degenerate scales',
      { ...good, 'data-scales': JSON.stringify({ ...scales, width: 0 }) },
      /data-scales: expected position scales/,
    ],
    [
      'an invalid config',
      { ...good, 'data-player-runs': good['data-player-runs'].replace('"lr":0.01', '"lr":"fast"') },
      /data-player-runs\[0\]\.config: expected a valid training config/,
    ],
  ];
  for (const [what, attrs, message] of cases) {
    it(`gives a message, not a throw, for ${what}`, () => {
      const r = readIslandData(PLAYER_DATA, islandRoot(attrs).dataset);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(message);
    });
  }

  it('shows the message in the island and marks it failed instead of throwing into the page', () => {
    const root = islandRoot({ ...good, 'data-scales': 'oops', 'data-state': 'loading' });
    expect(islandData(root, PLAYER_DATA)).toBeNull();
    expect(root.dataset.state).toBe('failed');
    expect(root.querySelector('[data-status]')?.textContent).toMatch(
      /could not start: the build's data is malformed \(data-scales is not JSON\)/,
    );
  });
});
