/**
 * Linked views: a figure that hovers or scrubs an update of a run announces it here,
 * and every other figure showing the same run highlights that update. Keyed by run id
 * (the preset's id, e.g. "sgd-momentum-lr0.012-e400").
 */

export interface Highlight {
  runId: string;
  /** 0-based row, or null to clear. */
  row: number | null;
  /** Id of the figure that announced it, so it does not react to itself. */
  source: string;
}

type Listener = (h: Highlight) => void;

const listeners = new Map<string, Set<Listener>>();

/** Listens to highlights of `runId`; returns the unsubscribe function. */
export function onHighlight(runId: string, fn: Listener): () => void {
  let set = listeners.get(runId);
  if (!set) listeners.set(runId, (set = new Set()));
  set.add(fn);
  return () => set.delete(fn);
}

/** Announces a highlight to every listener of its run; listeners skip their own `source`. */
export function highlight(h: Highlight): void {
  for (const fn of listeners.get(h.runId) ?? []) fn(h);
}
