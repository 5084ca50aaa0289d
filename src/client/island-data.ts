/**
 * The typed build → client data contract of the islands. Each island's payload (what its
 * .astro component writes into `data-*` attributes and its client script reads back) is
 * declared once here, as a contract of small readers; its TypeScript type is inferred from
 * them, so the two sides cannot drift apart.
 *
 * Build side (.astro frontmatter): spread the attributes onto the island's root; the
 * writer checks the payload with the same readers and throws at build on a bad one.
 *
 * ```astro
 * <div class="lr-island" id={id} data-state="static" {...islandAttributes(CONTOUR_DATA, { base, domain, … })}>
 * ```
 *
 * Client side (the island's `hydrate`): read it back; bad data never throws into the page,
 * the island says what is wrong where its live status goes and keeps the static figure.
 *
 * ```ts
 * const data = islandData(root, CONTOUR_DATA);
 * if (!data) return;
 * ```
 *
 * A new island: declare `const MY_DATA = islandContract('my-kind', { field: reader, … })`
 * with the readers (data-readers.ts: `num`, `str`, `list`, `record`, `optional`, `oneOf`, `guard`),
 * export `IslandData<typeof MY_DATA>` if the build side needs the type, and add a
 * round-trip test in test/client/island-data.test.ts. Field `fooBar` is the attribute
 * `data-foo-bar`, its value JSON.
 */
import { resolveConfig } from '../core/config';
import type { PartialConfig } from '../core/types';
import type { RunMeta, RunStyle } from '../figures/palette';
import { RUN_MARKERS } from '../figures/palette';
import type { WDomain } from '../figures/types';
import { isXYScales, type XYScales } from './scales';
import { bad, guard, isObject, list, num, ok, oneOf, optional, record, str } from './data-readers';
import type { DataResult, Reader, ReturnTypeOf } from './data-readers';

// The readers are part of the contract's API: a new island declares its payload with them.
export * from './data-readers';

// ---------------------------------------------------------------------------------------
// Readers of the project's own types (each checked against the type it stands for).

function isPartialConfig(v: unknown): v is PartialConfig {
  return isObject(v) && resolveConfig(v).ok;
}

/** A training config the core accepts (checked by the core's own validator). */
export const config: Reader<PartialConfig> = (v, at) => {
  if (isPartialConfig(v)) return ok(v);
  const r = resolveConfig(v);
  return bad(
    at,
    `a valid training config${r.ok ? '' : ` (${r.errors.map((e) => `${e.path} ${e.message}`).join('; ')})`}`,
  );
};

/** Position scales of a rendered figure (see scales.ts). */
export const scales: Reader<XYScales> = guard(isXYScales, 'position scales {x, y, width, height}');

/** The weight window of a contour figure. */
export const domain: Reader<WDomain> = record({ waMin: num, waMax: num, wbMin: num, wbMax: num });

/** What a run is, for its looks (figures/palette). */
export const runMeta: Reader<RunMeta> = record({
  optimizer: optional(oneOf('sgd', 'sgdm', 'rmsprop', 'adam', 'adamw')),
  lr: optional(num),
  schedule: optional(oneOf('multistep', 'multiplicative')),
  colourBy: optional(oneOf('optimizer', 'lr', 'schedule')),
  variant: optional(num),
  role: optional(oneOf('you', 'reference')),
});

/** How a run is drawn (figures/palette). */
export const runStyle: Reader<RunStyle> = record({
  colour: str,
  dash: str,
  marker: oneOf(...RUN_MARKERS),
  width: num,
  opacity: num,
  casing: str,
  layer: num,
});

/** A run as a figure names it: id (the bus key), legend label, looks. */
export const runRef = record({ id: str, label: str, meta: optional(runMeta) });
export type RunRef = ReturnTypeOf<typeof runRef>;

/** A run the browser re-trains: a run reference plus its config. */
export const liveRun = record({ id: str, label: str, config, meta: optional(runMeta) });
export type LiveRun = ReturnTypeOf<typeof liveRun>;

/** A run of an animation player: its config and the style the build drew it with. */
export const playerRun = record({ id: str, label: str, style: runStyle, config });
export type PlayerRun = ReturnTypeOf<typeof playerRun>;

// ---------------------------------------------------------------------------------------
// Contracts: one per island kind.

/** An island's payload: its kind (`data-island`) and one reader per `data-*` field. */
export interface IslandContract<S extends Record<string, Reader<unknown>>> {
  kind: string;
  fields: S;
}

/** Declares an island's payload. */
export function islandContract<S extends Record<string, Reader<unknown>>>(kind: string, fields: S): IslandContract<S> {
  return { kind, fields };
}

/** The payload type of a contract. */
export type IslandData<C> = C extends IslandContract<infer S> ? { [K in keyof S]: ReturnTypeOf<S[K]> } : never;

/** The live contour figures (LiveContour.astro → islands/contour.ts). */
export const CONTOUR_DATA = islandContract('contour', {
  /** The tutorial's settings of the edited run. */
  base: config,
  domain,
  scales,
  /** Every run drawn, the edited one first. */
  runs: list(runRef, true),
  /** The comparison runs the controls leave alone. */
  others: list(liveRun),
});

/** The animation players (AnimatedFigure.astro → islands/player.ts). */
export const PLAYER_DATA = islandContract('player', {
  scales,
  playerRuns: list(playerRun, true),
});

/** The playground (pages/playground.astro → islands/playground.ts); its settings are the URL's runs. */
export const PLAYGROUND_DATA = islandContract('playground', {
  scales,
});

/** The scheduler explorer (SchedulerExplorer.astro → islands/explorer.ts). */
export const EXPLORER_DATA = islandContract('explorer', {
  /** The tutorial's settings the explorer starts from. */
  base: config,
  /** Width of the chart's SVG. */
  width: num,
});

/** `fooBar` → `data-foo-bar` (the inverse of the DOM's dataset naming). */
export function attributeName(field: string): string {
  return `data-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/**
 * Build side: the island's `data-island` and `data-*` attributes for `payload`, to spread
 * onto its root element. Throws on a payload its own contract rejects (a build bug).
 */
export function islandAttributes<S extends Record<string, Reader<unknown>>>(
  contract: IslandContract<S>,
  payload: IslandData<IslandContract<S>>,
): Record<string, string> {
  const attrs: Record<string, string> = { 'data-island': contract.kind };
  for (const key of Object.keys(contract.fields)) {
    const json = JSON.stringify(payload[key]);
    // Check what the client will read (JSON drops undefined fields, turns NaN into null).
    const r = contract.fields[key](json === undefined ? undefined : JSON.parse(json), attributeName(key));
    if (!r.ok) throw new Error(`<${contract.kind}> island data: ${r.message}`);
    attrs[attributeName(key)] = json;
  }
  return attrs;
}

/**
 * Client side: reads and checks the payload from the island's `dataset`. Never throws:
 * a missing attribute, broken JSON or a wrong shape gives a message naming the field.
 */
export function readIslandData<S extends Record<string, Reader<unknown>>>(
  contract: IslandContract<S>,
  dataset: Readonly<Record<string, string | undefined>>,
): DataResult<IslandData<IslandContract<S>>> {
  const out: Record<string, unknown> = {};
  const fail = (message: string) => ({ ok: false as const, message: `the build's data is malformed (${message})` });
  for (const key of Object.keys(contract.fields)) {
    const name = attributeName(key);
    const text = dataset[key];
    if (text === undefined) return fail(`${name} is missing`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return fail(`${name} is not JSON`);
    }
    const r = contract.fields[key](json, name);
    if (!r.ok) return fail(r.message);
    out[key] = r.value;
  }
  return ok(out as IslandData<IslandContract<S>>);
}

/**
 * Client side, in an island's `hydrate`: the payload, or null after saying what is wrong
 * in the island's status line and marking it failed (the static figure stays as built).
 */
export function islandData<S extends Record<string, Reader<unknown>>>(
  root: HTMLElement,
  contract: IslandContract<S>,
): IslandData<IslandContract<S>> | null {
  const r = readIslandData(contract, root.dataset);
  if (r.ok) return r.value;
  root.dataset.state = 'failed';
  const status = root.querySelector<HTMLElement>('[data-status]');
  if (status) {
    status.textContent = `The live version of this figure could not start: ${r.message}. The picture above is the tutorial’s.`;
    status.dataset.tone = 'warn';
  }
  console.warn(`island ${root.id}: ${r.message}`);
  return null;
}
