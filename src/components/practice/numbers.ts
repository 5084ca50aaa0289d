/**
 * The numbers the in-practice prose quotes, each computed from the same build-time
 * results its figure draws, formatted as the text prints it.
 */
import { fmtLr } from '../../figures/format';
import { ONE_CYCLE_EPOCHS } from '../../client/islands/lr-finder';
import { defaultRangeTest, FINDER_DEFAULTS } from './finder-build';
import { RECIPE_EPOCHS, RECIPE_PEAK_LR } from './recipes-build';
import { stabilityNumbers } from './stability-build';

const lr3 = (v: number) => fmtLr(Number(v.toPrecision(3)));

function compute() {
  const f = defaultRangeTest();
  const s = f.suggestions;
  const st = stabilityNumbers();
  return {
    finderStartLr: fmtLr(FINDER_DEFAULTS.startLr),
    finderEndLr: fmtLr(FINDER_DEFAULTS.endLr),
    finderNumIt: String(FINDER_DEFAULTS.numIt),
    finderLength: String(f.length),
    finderLastLr: lr3(f.lr[f.length - 1]),
    finderBestLoss: f.best.loss.toFixed(3),
    finderBestLr: lr3(f.best.lr),
    suggestSteep: s.steep ? lr3(s.steep.lr) : 'none',
    suggestMinimum: s.minimum ? lr3(s.minimum.lr) : 'none',
    suggestValley: s.valley ? lr3(s.valley.lr) : 'none',
    oneCycleEpochs: String(ONE_CYCLE_EPOCHS),
    recipeEpochs: String(RECIPE_EPOCHS),
    recipePeakLr: fmtLr(RECIPE_PEAK_LR),
    lambdaMax: st.lambdaMax.toFixed(3),
    limitGd: st.limitGd.toFixed(4),
    limitMomentum: st.limitMomentum.toFixed(4),
    momentumBeta: String(st.beta),
  };
}

export type NumberName = keyof ReturnType<typeof compute>;

let cached: Record<NumberName, string> | null = null;

/** All quoted numbers (computed once per build). */
export function practiceNumbers(): Record<NumberName, string> {
  cached ??= compute();
  return cached;
}
