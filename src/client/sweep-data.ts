/**
 * The sweep island's build → client payload (SweepFigure.astro → islands/sweep.ts),
 * declared with the island data contract's readers (island-data.ts): the tutorial's
 * settings, the swept rates, the chart width and the built sweep's final losses, so the
 * optimizer picker redraws at once without training again.
 */
import { config, islandContract, list, num, record, str, type IslandData, type Reader } from './island-data';

/** A final loss, or null for a run that diverged (JSON has no Infinity). */
const lossOrNull: Reader<number | null> = (v, at) => (v === null ? { ok: true, value: null } : num(v, at));

/** `[lowest rate, highest rate, count]` of the log-spaced grid. */
const lrGrid: Reader<[number, number, number]> = (v, at) => {
  const r = list(num)(v, at);
  if (!r.ok) return r;
  const [lo, hi, count] = r.value;
  return r.value.length === 3 && lo > 0 && hi > lo && Number.isInteger(count) && count >= 2
    ? { ok: true, value: [lo, hi, count] }
    : { ok: false, message: `${at}: expected [lowest rate, highest rate, count]` };
};

export const SWEEP_DATA = islandContract('sweep', {
  /** The tutorial's settings of every run (the sweep varies optimizer and rate). */
  base: config,
  lrs: lrGrid,
  width: num,
  /** Final loss per rate for each optimizer of the built sweep. */
  result: list(record({ key: str, finalLoss: list(lossOrNull) })),
});
export type SweepData = IslandData<typeof SWEEP_DATA>;
