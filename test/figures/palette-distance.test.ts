/**
 * Series shown together stay apart in colour in both themes (issue 10: MultiStepLR and
 * MultiplicativeLR were two lightnesses of one blue in the dark theme). Distances are
 * CIEDE2000 between the colours each theme actually paints (theme.css tokens).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFICIENCIES, deltaE2000, simulate, themeTokens } from './colour';
import { FIGURES } from '../../src/figures/catalog';
import { ABOVE, BELOW, LIMIT_RUN_META, stabilityNumbers } from '../../src/components/practice/stability-build';
import {
  OPTIMIZER_STYLE,
  runStyle,
  type OptimizerKey,
  type RunMeta,
  type ScheduleKey,
} from '../../src/figures/palette';

const tokens = themeTokens(readFileSync(path.resolve(__dirname, '../../src/styles/theme.css'), 'utf8'));
const THEMES = [
  ['light', tokens.light],
  ['dark', tokens.dark],
] as const;

/** Distinct hues (optimizers, schedules, "you"): clearly different colours. */
const MIN_CATEGORICAL = 20;
/** Neighbouring rates on the ordered learning-rate scale (dash and marker also differ). */
const MIN_ORDERED = 10;

/** The hex colour a theme paints for a palette colour (`var(--run-2, #d55e00)` or a plain hex). */
function paint(colour: string, theme: Record<string, string>): string {
  const m = /^var\((--[\w-]+),\s*(#[0-9a-f]{6})\)$/i.exec(colour);
  return m ? (theme[m[1]] ?? m[2]) : colour;
}

/** Runs of one view whose colours should differ: not two variants of the same rate or schedule. */
function pairs(metas: RunMeta[]): [RunMeta, RunMeta][] {
  const key = (m: RunMeta) =>
    m.role === 'you'
      ? 'you'
      : m.colourBy === 'outcome'
        ? `outcome|${m.outcome}`
        : `${m.schedule ?? ''}|${m.colourBy === 'lr' ? m.lr : m.optimizer}`;
  const out: [RunMeta, RunMeta][] = [];
  for (let i = 0; i < metas.length; i++)
    for (let j = i + 1; j < metas.length; j++) if (key(metas[i]) !== key(metas[j])) out.push([metas[i], metas[j]]);
  return out;
}

function minimum(metas: RunMeta[]) {
  return THEMES.map(([name, theme]) => {
    let min = Infinity;
    for (const [a, b] of pairs(metas)) {
      const ordered = a.colourBy === 'lr' && b.colourBy === 'lr' && !a.role && !b.role;
      const d = deltaE2000(paint(runStyle(a).colour, theme), paint(runStyle(b).colour, theme));
      min = Math.min(min, d / (ordered ? MIN_ORDERED : MIN_CATEGORICAL));
    }
    return { name, min };
  });
}

const views: [string, RunMeta[]][] = [
  ...FIGURES.filter((f) => f.runs.length > 1).map((f): [string, RunMeta[]] => [
    `figure ${f.n}`,
    f.runs.map((r) => r.meta),
  ]),
  [
    'every optimizer and the reader’s run (playground)',
    [...(Object.keys(OPTIMIZER_STYLE) as OptimizerKey[]).map((optimizer) => ({ optimizer })), { role: 'you' }],
  ],
  ...(['multistep', 'multiplicative'] as const).map((schedule): [string, RunMeta[]] => [
    `the ${schedule} demo`,
    [
      { optimizer: 'adam', lr: 0.01, colourBy: 'lr', role: 'reference' },
      { optimizer: 'adam', lr: 0.12, colourBy: 'lr', role: 'reference' },
      { optimizer: 'adam', lr: 0.12, schedule, role: 'you' },
    ],
  ]),
  ['section 3’s two schedules', [{ schedule: 'multistep' }, { schedule: 'multiplicative' }]],
  // Two rates 4% apart (0.98 and 1.02 × the limit): on the learning-rate scale they were one
  // gold (CIEDE2000 about 1); the figure colours them by what they came to.
  [
    'the runs just below and just above the stability limit (in practice)',
    [
      { ...LIMIT_RUN_META.below, lr: BELOW * stabilityNumbers().limitGd },
      { ...LIMIT_RUN_META.above, lr: ABOVE * stabilityNumbers().limitGd },
    ],
  ],
  [
    'the three recipes (in practice)',
    (['warmup-cosine', 'one-cycle', 'warmup-stable-decay'] as ScheduleKey[]).map((schedule) => ({
      optimizer: 'adam',
      schedule,
    })),
  ],
];

describe('series shown together are told apart by colour in both themes', () => {
  it.each(views)('%s', (_name, metas) => {
    // Each entry: the smallest distance as a multiple of its threshold (>= 1 passes).
    for (const { name, min } of minimum(metas))
      expect({ theme: name, ok: min >= 1, min }).toMatchObject({ theme: name, ok: true });
  });

  it('keeps figure 9’s five rates apart under simulated colour-vision deficiencies', () => {
    // Dash and marker tell them apart too; the colours should still not merge (the first
    // lightness-limited scale put lr 0.00015 and 0.001 1.3 apart under protanopia).
    const five = [0.00015, 0.001, 0.005, 0.01, 0.012].map((lr) => runStyle({ lr, colourBy: 'lr' }).colour);
    for (const deficiency of DEFICIENCIES) {
      const seen = five.map((c) => simulate(c, deficiency));
      let min = Infinity;
      for (let i = 0; i < seen.length; i++)
        for (let j = i + 1; j < seen.length; j++) min = Math.min(min, deltaE2000(seen[i], seen[j]));
      expect({ deficiency, ok: min >= 6, min }).toMatchObject({ deficiency, ok: true });
    }
  });

  it('keeps MultiStepLR and MultiplicativeLR far apart in the dark theme (they were one blue)', () => {
    const [multistep, multiplicative] = (['multistep', 'multiplicative'] as const).map((schedule) =>
      paint(runStyle({ schedule }).colour, tokens.dark),
    );
    expect(deltaE2000(multistep, multiplicative)).toBeGreaterThan(30);
  });
});
