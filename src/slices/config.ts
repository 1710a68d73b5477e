/**
 * The `slices` section of the config, after the schema has checked its shape: the entries of
 * `slices.columns` (a list alone is shorthand for it), each crossing's columns binned as their own
 * entries say, and `slices.thresholds` resolved against the global metric bounds. Problems the
 * schema cannot see (a threshold for a slice that is not listed, a slice listed twice, edges out of
 * order) come back as config-error lines naming the key.
 */
import { defaultSlices } from '../config/defaults.js';
import { keySegment, quoteName } from '../config/names.js';
import type { MetricBounds, MetricName, SliceBinning, SliceColumn, SliceOverrides, SliceSettings } from '../config/types.js';

type Json = Record<string, unknown>;

const BOUND_KEYS = ['min', 'max', 'max_degradation', 'max_relative_degradation'];

/** The key of a crossing in `slices.thresholds`: "a,b" (spaces after the comma allowed there). */
export function crossingKey(a: string, b: string): string {
  return `${a},${b}`;
}

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * A metric override resolved as tests.performance.metrics resolves a metric: written bounds replace
 * the global ones (a global change bound the user did not write for this slice is not kept), the
 * rest (severity, inconclusive, enabled) is inherited.
 */
function overrideMetric(global: MetricBounds, v: unknown): MetricBounds {
  if (typeof v === 'boolean') return { ...global, enabled: v };
  const o = v as Partial<MetricBounds>;
  const explicit = BOUND_KEYS.some((k) => k in o);
  const start: MetricBounds = explicit ? { ...global, min: null, max: null, max_degradation: null, max_relative_degradation: null } : global;
  return { ...start, ...o };
}

export function resolveSlices(user: unknown, globalMetrics: Readonly<Partial<Record<MetricName, MetricBounds>>>): { settings: SliceSettings; problems: string[] } {
  const base = defaultSlices();
  if (user === undefined || user === null) return { settings: base, problems: [] };
  const u: Json = Array.isArray(user) ? { columns: user } : (user as Json);
  const problems: string[] = [];
  const entries = (u.columns ?? []) as unknown[];
  // Each column's own binning, from its single-column entry; crossings take it from there.
  const own = new Map<string, SliceBinning>();
  const single = (column: string): SliceBinning => own.get(column) ?? { column, bins: null, quantiles: null };
  for (const [i, e] of entries.entries()) {
    if (!isObject(e)) continue;
    const spec = e as { column: string; bins?: number[]; quantiles?: number };
    const column = spec.column;
    const where = `config key slices.columns[${i}]`;
    if (spec.bins !== undefined && spec.quantiles !== undefined) problems.push(`${where}: give bins or quantiles, not both`);
    const bins = spec.bins ?? null;
    if (bins) {
      for (let j = 1; j < bins.length; j++) {
        if (!(bins[j] > bins[j - 1])) {
          problems.push(`${where}.bins: edges must be strictly ascending, got ${bins[j - 1]} then ${bins[j]}`);
          break;
        }
      }
    }
    own.set(column, { column, bins, quantiles: spec.quantiles ?? null });
  }
  const columns: SliceColumn[] = [];
  const seen = new Set<string>();
  for (const [i, e] of entries.entries()) {
    let slice: SliceColumn;
    if (typeof e === 'string') slice = { key: e, binnings: [single(e)] };
    else if (Array.isArray(e)) {
      const [a, b] = e as [string, string];
      if (a === b) problems.push(`config key slices.columns[${i}]: a crossing needs two different columns, got ${quoteName(a)} twice`);
      slice = { key: crossingKey(a, b), binnings: [single(a), single(b)] };
    } else {
      const column = (e as { column: string }).column;
      slice = { key: column, binnings: [single(column)] };
    }
    if (seen.has(slice.key)) {
      problems.push(`config key slices.columns[${i}]: ${quoteName(slice.key)} is listed twice`);
      continue;
    }
    seen.add(slice.key);
    columns.push(slice);
  }
  const thresholds: Record<string, SliceOverrides> = {};
  for (const [rawKey, v] of Object.entries((u.thresholds ?? {}) as Json)) {
    // "region, channel" and "region,channel" name the same crossing; a listed column whose own
    // name has a comma wins.
    const key = seen.has(rawKey) ? rawKey : rawKey.split(',').map((s) => s.trim()).join(',');
    if (!seen.has(key)) {
      const listed = columns.map((c) => quoteName(c.key)).join(', ');
      problems.push(
        `config key slices.thresholds.${keySegment(rawKey)}: ${quoteName(rawKey)} is not a slice; list it in slices.columns (${listed || 'empty'}), a crossing as "a,b"`,
      );
      continue;
    }
    const o = (v ?? {}) as Json;
    const metrics: Partial<Record<MetricName, MetricBounds>> = {};
    for (const [name, mv] of Object.entries(o)) {
      if (name === 'min_agreement' || name === 'max_mean_abs_diff') continue;
      const m = name as MetricName;
      if (isObject(mv) && (mv.min === 'auto' || mv.max === 'auto')) {
        problems.push(`config key slices.thresholds.${keySegment(rawKey)}.${name}: auto limits are learned per chunk for the whole file; give a slice a number`);
        continue;
      }
      const global = globalMetrics[m];
      if (global) metrics[m] = overrideMetric(global, mv);
    }
    const over: SliceOverrides = { metrics };
    if ('min_agreement' in o) over.min_agreement = o.min_agreement as number | null;
    if ('max_mean_abs_diff' in o) over.max_mean_abs_diff = o.max_mean_abs_diff as number | null;
    thresholds[key] = over;
  }
  const weakUser = u.weak_segments;
  const weak = typeof weakUser === 'boolean' ? { ...base.weak_segments, enabled: weakUser } : { ...base.weak_segments, ...((weakUser ?? {}) as Json) };
  return {
    settings: {
      columns,
      thresholds,
      min_slice_rows: typeof u.min_slice_rows === 'number' ? u.min_slice_rows : base.min_slice_rows,
      correction: (u.correction as SliceSettings['correction'] | undefined) ?? base.correction,
      weak_segments: weak,
    },
    problems,
  };
}
