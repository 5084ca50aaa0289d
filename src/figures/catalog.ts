/**
 * The sixteen figures of the tutorial as data: which kind of figure, which runs (preset
 * ids, with the label and palette slot each gets in this figure), which part of parameter
 * space, and the caption. Pure data; the build assembles traces and specs from it.
 */
import type { WDomain } from './types';
import type { RunMeta } from './palette';

export type FigureKind = 'step-size' | 'arrows' | 'contour-paths' | 'orbit-fit' | 'gradients' | 'learning-rate';

export interface FigureRun {
  id: string;
  label: string;
  /** What the run is, which picks its colour, dash and marker (see palette.ts). */
  meta: RunMeta;
}

export interface LandscapeView {
  domain: WDomain;
  /** Grid samples per side (the original: 250, 200 for the scheduler figures). */
  samples: number;
}

export interface FigureDef {
  n: number;
  kind: FigureKind;
  runs: FigureRun[];
  /** Short title (figure heading inside the caption). */
  title: string;
  /** Caption body, in the site's words. */
  caption: string;
  view?: LandscapeView;
  /** Kind-specific numbers: arrows per run, x range of a chart, … */
  params?: Record<string, number>;
  /**
   * A second, static panel inside the same figure: 'distance' is each run's distance
   * from the target per update (figures/distance.ts), with where it settles marked.
   */
  panel?: 'distance';
}

/** Section 2.1: one run per optimizer, coloured by optimizer. */
const FOUR: FigureRun[] = [
  { id: 'sgd-0.01-160', label: 'SGD', meta: { optimizer: 'sgd' } },
  { id: 'sgdm-0.01-160', label: 'SGD momentum', meta: { optimizer: 'sgdm' } },
  { id: 'rmsprop-0.01-160', label: 'RMSprop', meta: { optimizer: 'rmsprop' } },
  { id: 'adam-0.01-160', label: 'Adam', meta: { optimizer: 'adam' } },
];
/** A run of SGD with momentum coloured by its learning rate (section 2.2). */
const byLr = (lr: number, variant = 0): RunMeta => ({ optimizer: 'sgdm', lr, colourBy: 'lr', variant });
const FIVE: FigureRun[] = [
  { id: 'sgdm-0.012-100', label: 'lr 0.012', meta: byLr(0.012) },
  { id: 'sgdm-0.01-100', label: 'lr 0.01', meta: byLr(0.01) },
  { id: 'sgdm-0.005-100', label: 'lr 0.005', meta: byLr(0.005) },
  { id: 'sgdm-0.001-100', label: 'lr 0.001', meta: byLr(0.001) },
  { id: 'sgdm-0.00015-100', label: 'lr 0.00015', meta: byLr(0.00015) },
];
/** Section 3: Adam with a fixed rate (the learning-rate scale) or a schedule (its own hue). */
const fixed = (lr: number): RunMeta => ({ optimizer: 'adam', lr, colourBy: 'lr' });
const sched = (schedule: 'multistep' | 'multiplicative', variant: number): RunMeta => ({
  optimizer: 'adam',
  lr: 0.12,
  schedule,
  variant,
});
const FAR: LandscapeView = { domain: { waMin: 0, waMax: 4, wbMin: -0.5, wbMax: 3.5 }, samples: 250 };
const ADAM_VIEW: LandscapeView = { domain: { waMin: 0, waMax: 2, wbMin: 0.25, wbMax: 2.25 }, samples: 200 };

const orbit = (n: number, run: FigureRun, caption: string): FigureDef => ({
  n,
  kind: 'orbit-fit',
  runs: [run],
  title: `Fitted orbit, SGD with momentum, ${run.label}`,
  caption,
});

/** The figures, indexed 1 … 16 (FIGURES[0] is figure 1). */
export const FIGURES: readonly FigureDef[] = [
  {
    n: 1,
    kind: 'step-size',
    runs: FOUR,
    title: 'Effective step size as a function of updates',
    caption:
      'How far each update actually moves (Wa, Wb) when all four optimizers use the same learning rate, 0.01, over the first 600 of their 1,280 updates. Adam takes small, smooth steps; SGD with momentum shrinks, then grows again as it overshoots; RMSprop keeps jumping. The vertical axis is logarithmic, so the slow trends stay visible next to the early spikes.',
    params: { maxUpdate: 600 },
  },
  {
    n: 2,
    kind: 'arrows',
    runs: FOUR,
    title: 'The first four updates of each optimizer',
    caption:
      'Each arrow is one update, its length the effective step size, drawn on the loss landscape near the start (0.1, 1.8). Zoomed to Wa 0 to 0.5 and Wb 1.5 to 2.0: the four optimizers part ways from the first step.',
    view: { domain: { waMin: 0, waMax: 0.5, wbMin: 1.5, wbMax: 2.0 }, samples: 250 },
    params: { updates: 4 },
  },
  {
    n: 3,
    kind: 'contour-paths',
    runs: FOUR,
    title: 'Different optimization paths using the same learning rate',
    caption:
      'The four runs of figure 1 from start to finish (1,280 updates each), replayed on the loss landscape. Adam leaves slowest, SGD with momentum overshoots and swings back, RMSprop arrives quickly but keeps hopping around the target.',
    view: { domain: { waMin: 0, waMax: 2.5, wbMin: 0, wbMax: 2.5 }, samples: 250 },
  },
  orbit(
    4,
    FIVE[0],
    'With a learning rate of 0.012 and 100 epochs, SGD with momentum ends far from the data: the path has shot past the target and has not come back yet.',
  ),
  orbit(5, FIVE[1], 'Learning rate 0.01, 100 epochs: the fitted half-ellipse runs through the middle of the data.'),
  orbit(6, FIVE[2], 'Learning rate 0.005, 100 epochs: also a good fit, reached along a calmer path.'),
  orbit(7, FIVE[3], 'Learning rate 0.001, 100 epochs: still converged, though it took longer to get there.'),
  orbit(
    8,
    FIVE[4],
    'Learning rate 0.00015, 100 epochs: too slow; the parameters are still on their way when training stops.',
  ),
  {
    n: 9,
    kind: 'contour-paths',
    runs: FIVE,
    title: 'Five learning rates, 100 epochs each',
    caption:
      'The paths of figures 4 to 8 on the loss landscape, 800 updates each. The largest rate swings far to the right and is still out there at the end; the smallest creeps and stops short. Below: each run’s distance from the target after every update (log scale); a marker on the dashed line shows the update from which a run stays within 0.01 of the target.',
    view: FAR,
    panel: 'distance',
  },
  orbit(
    10,
    { id: 'sgdm-0.012-400', label: 'lr 0.012, 400 epochs', meta: byLr(0.012) },
    'Learning rate 0.012 given 400 epochs (3,200 updates): the overshoot is recovered and the fit lands on the data.',
  ),
  orbit(
    11,
    { id: 'sgdm-0.00015-400', label: 'lr 0.00015, 400 epochs', meta: byLr(0.00015) },
    'Learning rate 0.00015 given 400 epochs: slow, but it gets there.',
  ),
  {
    n: 12,
    kind: 'contour-paths',
    runs: [
      { id: 'sgdm-0.012-400', label: 'lr 0.012, 400 epochs', meta: byLr(0.012) },
      { id: 'sgdm-0.012-100', label: 'lr 0.012, 100 epochs', meta: byLr(0.012, 1) },
      { id: 'sgdm-0.00015-400', label: 'lr 0.00015, 400 epochs', meta: byLr(0.00015) },
      { id: 'sgdm-0.00015-100', label: 'lr 0.00015, 100 epochs', meta: byLr(0.00015, 1) },
    ],
    title: 'What four times as many epochs buy',
    caption:
      'The two failing rates with 100 and with 400 epochs, on one clock: the 100-epoch runs stop after 800 updates, where the 400-epoch runs carry on to 3,200 and reach the target.',
    view: FAR,
  },
  {
    n: 13,
    kind: 'gradients',
    runs: [{ id: 'sgdm-0.012-400', label: 'lr 0.012, 400 epochs', meta: byLr(0.012) }],
    title: 'Gradients on the way back',
    caption:
      'The mini-batch gradients of the loss with respect to Wa and Wb for SGD with momentum at learning rate 0.012 (400 epochs), over the 1,600 updates after the turn-around (the update where Wa peaks, computed from the run). The Wb gradient swings far more widely than the Wa gradient; momentum averages the swings away.',
    params: { span: 1600 },
  },
  {
    n: 14,
    kind: 'contour-paths',
    runs: [
      { id: 'adam-0.01-100', label: 'lr 0.01 fixed', meta: fixed(0.01) },
      { id: 'adam-0.12-100', label: 'lr 0.12 fixed', meta: fixed(0.12) },
      { id: 'adam-0.12-multistep-0.8', label: 'MultiStepLR, γ = 0.8', meta: sched('multistep', 0) },
      { id: 'adam-0.12-multistep-0.5', label: 'MultiStepLR, γ = 0.5', meta: sched('multistep', 1) },
    ],
    title: 'Adam with and without MultiStepLR',
    caption:
      'Adam for 100 epochs with a small fixed rate, a large fixed rate, and the large rate cut by MultiStepLR. The scheduled runs move fast at first and settle on the target without the overshoot of the large fixed rate.',
    view: ADAM_VIEW,
  },
  {
    n: 15,
    kind: 'learning-rate',
    runs: [
      { id: 'adam-0.12-multistep-0.8', label: 'MultiStepLR, γ = 0.8', meta: sched('multistep', 0) },
      { id: 'adam-0.12-multistep-0.5', label: 'MultiStepLR, γ = 0.5', meta: sched('multistep', 1) },
      { id: 'adam-0.12-multiplicative-0.8', label: 'MultiplicativeLR, × 0.8', meta: sched('multiplicative', 0) },
      { id: 'adam-0.12-multiplicative-0.5', label: 'MultiplicativeLR, × 0.5', meta: sched('multiplicative', 1) },
    ],
    title: 'The learning rate over the first 30 updates',
    caption:
      'The rate each update used, starting from 0.12, against the number of scheduler steps already taken. The γ = 0.8 schedules make ten cuts each (to 0.01288), the MultiStepLR one at milestones 4, 8, 10, …, 24 and the MultiplicativeLR one at 6, 8, …, 24; the two halving schedules (to 0.0075) are identical, so their lines coincide.',
    params: { updates: 30 },
  },
  {
    n: 16,
    kind: 'contour-paths',
    runs: [
      { id: 'adam-0.01-100', label: 'lr 0.01 fixed', meta: fixed(0.01) },
      { id: 'adam-0.12-100', label: 'lr 0.12 fixed', meta: fixed(0.12) },
      { id: 'adam-0.12-multiplicative-0.8', label: 'MultiplicativeLR, × 0.8', meta: sched('multiplicative', 0) },
      { id: 'adam-0.12-multiplicative-0.5', label: 'MultiplicativeLR, × 0.5', meta: sched('multiplicative', 1) },
    ],
    title: 'Adam with and without MultiplicativeLR',
    caption:
      'The same comparison with MultiplicativeLR: the factor 0.8 at updates 6, 8, …, 24 or 0.5 at updates 5, 10, 15 and 20. The scheduled runs again converge quickly and calmly.',
    view: ADAM_VIEW,
  },
];

/** The definition of figure n (1-based); throws on an unknown number. */
export function figureDef(n: number): FigureDef {
  const f = FIGURES[n - 1];
  if (!f || f.n !== n)
    throw new Error(`Unknown figure ${JSON.stringify(n)}: known figures are ${FIGURES.map((d) => d.n).join(', ')}`);
  return f;
}
