/**
 * Scheduler explorer: the learning rate a scheduler spec produces, update by update,
 * titled with the PyTorch call that would build the same scheduler (PyTorch's own
 * argument names), so a reader can carry the settings over.
 */
import * as Plot from '@observablehq/plot';
import type { SchedulerSpec, SchedulerSpecLike } from '../core/types';

export interface ExplorerSpecOptions {
  width?: number;
  height?: number;
  document?: Document;
  /** Log y axis (useful for exponential decays). */
  logY?: boolean;
  /** Update highlighted by a linked view or the pointer (0-based row). */
  markRow?: number | null;
  /** PyTorch argument name per spec key where camel-to-snake conversion is not enough. */
  torchNames?: Record<string, string>;
}

/** "stepSize" -> "step_size"; keeps names PyTorch spells with capitals ("T_max") when given. */
export function snakeCase(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function pyValue(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : v > 0 ? "float('inf')" : 'nan';
  if (typeof v === 'string') return `'${v.replace(/[\\']/g, '\\$&')}'`;
  if (Array.isArray(v)) return `[${v.map(pyValue).join(', ')}]`;
  if (typeof v === 'object') {
    const inner = Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `'${k}': ${pyValue(x)}`)
      .join(', ');
    return `{${inner}}`;
  }
  return String(v);
}

/** The firing condition of a factor rule on variable `v`, in Python. */
function ruleCondition(spec: SchedulerSpec, v: string): string {
  if (Array.isArray(spec.at)) return `${v} in (${spec.at.join(', ')}${spec.at.length === 1 ? ',' : ''})`;
  const start = Number(spec.start ?? 1);
  const every = Number(spec.every ?? 1);
  const range = spec.end == null ? `${v} >= ${start}` : `${start} <= ${v} <= ${spec.end}`;
  return every > 1 ? `${range} and (${v} - ${start}) % ${every} == 0` : range;
}

/**
 * The PyTorch constructor call equivalent to `spec`, e.g.
 * "MultiStepLR(optimizer, milestones=[5, 10], gamma=0.5)". The serialisable factor rules
 * of MultiplicativeLR and LambdaLR come back as the Python lambda they stand for.
 */
export function torchCall(typed: SchedulerSpecLike, torchNames: Record<string, string> = {}): string {
  // Read generically, key by key: a copy of the typed shape is a plain record.
  const spec: SchedulerSpec = { ...typed };
  if ((spec.type === 'MultiplicativeLR' || spec.type === 'LambdaLR') && typeof spec.factor === 'number') {
    const f = pyValue(spec.factor);
    const body =
      spec.type === 'MultiplicativeLR'
        ? `${f} if ${ruleCondition(spec, 't')} else 1.0`
        : `${f} ** sum(1 for s in range(1, t + 1) if ${ruleCondition(spec, 's')})`;
    return `${spec.type}(optimizer, lr_lambda=lambda t: ${body})`;
  }
  const args = Object.entries(spec)
    .filter(([k]) => k !== 'type')
    .map(([k, v]) => `${torchNames[k] ?? snakeCase(k)}=${pyValue(v)}`);
  return `${spec.type}(${['optimizer', ...args].join(', ')})`;
}

/** Plot options: learning rate against update (1-based), drawn as a step function. */
export function schedulerExplorerSpec(
  spec: SchedulerSpecLike,
  lrs: ArrayLike<number>,
  opts: ExplorerSpecOptions = {},
): Plot.PlotOptions {
  const rows = Array.from({ length: lrs.length }, (_, i) => ({ update: i + 1, lr: lrs[i] }));
  const finite = rows.filter((r) => Number.isFinite(r.lr) && (!opts.logY || r.lr > 0));
  const mark = opts.markRow != null ? rows[opts.markRow] : undefined;
  return {
    document: opts.document,
    width: opts.width ?? 640,
    height: opts.height ?? 300,
    marginLeft: 64,
    marginBottom: 42,
    title: torchCall(spec, opts.torchNames),
    x: { label: 'Update', labelAnchor: 'center', labelArrow: 'none', domain: [1, Math.max(2, rows.length)] },
    y: {
      type: opts.logY ? 'log' : 'linear',
      label: 'Learning rate',
      labelAnchor: 'center',
      labelArrow: 'none',
      grid: true,
      zero: !opts.logY,
    },
    marks: [
      Plot.line(finite, {
        x: 'update',
        y: 'lr',
        curve: 'step-after',
        stroke: 'var(--run-1, #0072b2)',
        strokeWidth: 1.75,
      }),
      ...(mark && Number.isFinite(mark.lr)
        ? [
            Plot.dot([mark], { x: 'update', y: 'lr', fill: 'var(--accent, currentColor)', r: 4 }),
            Plot.text([mark], {
              x: 'update',
              y: 'lr',
              text: (d: { update: number; lr: number }) => `update ${d.update}: lr ${d.lr.toPrecision(4)}`,
              dy: -10,
              fill: 'currentColor',
            }),
          ]
        : []),
    ],
  };
}
