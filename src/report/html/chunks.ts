/**
 * Values over time: one line chart per chunk test (drift.chunks.*, performance.chunks.*,
 * drift.multivariate.*, performance.estimated.* and performance.business_value), from the
 * per-chunk rows those tests carry in `details.chunks`, with the test's limits as dashed lines
 * and the chunks past them marked.
 */
import type { TestResult } from '../../results/types.js';
import { formatInt, formatNumber } from '../format.js';
import { escapeHtml } from './escape.js';
import { band, dot, frame, line, linear, niceTicks, padded, path, svg, text, tickLabel, yAxis } from './svg.js';

type Cell = number | null;

interface Series {
  name: string;
  cls: 'ref' | 'cur';
  values: Cell[];
  lo?: Cell[];
  hi?: Cell[];
  /** Drawn as points only (a realized value beside an estimate). */
  points?: boolean;
}

interface Limit {
  value: number;
  label: string;
}

export interface ChunkSeries {
  keys: string[];
  rows: Cell[];
  series: Series[];
  limits: Limit[];
  /** Chunks past a limit (crossed, outside, diverges). */
  marked: boolean[];
}

const W = 360;
const H = 200;
const MAX_X_LABELS = 4;
/** Roughly the width of a character of the 11px tick labels, in viewBox units. */
const CHAR_WIDTH = 6.2;

function num(v: unknown): Cell {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function obj(v: unknown): Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function ci(v: unknown, i: 0 | 1): Cell {
  return Array.isArray(v) ? num(v[i]) : null;
}

/** The test's per-chunk values as series, or null when it carries none this module knows. */
export function chunkSeries(t: TestResult): ChunkSeries | null {
  const raw = t.details?.chunks;
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const rows = raw.map(obj);
  const keyOf = (r: Record<string, unknown>): string => String(r.key ?? r.chunk ?? '');
  const base = { keys: rows.map(keyOf), rows: rows.map((r) => num(r.rows)) };
  const limitsOf = (): Limit[] => {
    const out: Limit[] = [];
    const th = t.threshold;
    if (th?.on === 'value') {
      if (th.fail !== undefined && Number.isFinite(th.fail)) out.push({ value: th.fail, label: 'limit' });
      if (th.warn !== undefined && Number.isFinite(th.warn)) out.push({ value: th.warn, label: 'warn' });
    }
    return out;
  };
  const crossed = rows.map((r) => r.crossed === true);

  if (t.id.startsWith('drift.chunks.') || t.id.startsWith('performance.chunks.')) {
    const series: Series[] = [{ name: t.id.startsWith('performance.') ? 'candidate' : 'current', cls: 'cur', values: rows.map((r) => num(r.value)) }];
    if (rows.some((r) => num(r.baseline) !== null)) series.push({ name: 'baseline', cls: 'ref', values: rows.map((r) => num(r.baseline)) });
    // A limit learned from the reference's own chunks is shown with them, before the current ones,
    // so the reader sees the spread it came from.
    const learned = Array.isArray(t.details?.reference_chunks) ? (t.details.reference_chunks as unknown[]).map(obj) : [];
    if (learned.length > 0 && learned.every((r) => typeof r.key === 'string')) {
      const pad = <T>(n: number, v: T): T[] => new Array<T>(n).fill(v);
      for (const s of series) s.values = [...pad<Cell>(learned.length, null), ...s.values];
      series.push({ name: 'reference chunks', cls: 'ref', values: [...learned.map((r) => num(r.value)), ...pad<Cell>(rows.length, null)] });
      return {
        keys: [...learned.map(keyOf), ...base.keys],
        rows: [...learned.map((r) => num(r.rows)), ...base.rows],
        series,
        limits: limitsOf(),
        marked: [...pad(learned.length, false), ...crossed],
      };
    }
    // p-value limits (on: 'p_value') do not share the value axis; the markers still show crossings.
    return { ...base, series, limits: limitsOf(), marked: crossed };
  }
  if (t.id === 'drift.multivariate.pca') {
    const limits: Limit[] = [];
    const lo = num(t.details?.lower);
    const hi = num(t.details?.upper);
    if (lo !== null) limits.push({ value: lo, label: 'lower' });
    if (hi !== null) limits.push({ value: hi, label: 'upper' });
    return { ...base, series: [{ name: 'reconstruction error', cls: 'cur', values: rows.map((r) => num(r.value)) }], limits, marked: crossed };
  }
  if (t.id === 'drift.multivariate.classifier') {
    const s: Series = { name: 'AUC (95 % CI)', cls: 'cur', values: rows.map((r) => num(r.auc)), lo: rows.map((r) => num(r.lo)), hi: rows.map((r) => num(r.hi)) };
    return { ...base, series: [s], limits: limitsOf(), marked: crossed };
  }
  const estimate = t.id.startsWith('performance.estimated.') || t.id === 'performance.business_value';
  if (!estimate || t.id.endsWith('.change')) return null;
  const roles = (['baseline', 'candidate'] as const).filter((role) => rows.some((r) => r[role] !== undefined));
  const series: Series[] = [];
  const health = t.id.endsWith('.health');
  for (const role of roles) {
    const cells = rows.map((r) => obj(r[role]));
    const cls = role === 'candidate' ? 'cur' : 'ref';
    series.push({
      name: `${role} estimated`,
      cls,
      values: cells.map((c) => num(health ? c.estimated : c.value)),
      lo: cells.map((c) => ci(c.ci, 0)),
      hi: cells.map((c) => ci(c.ci, 1)),
    });
    if (health) series.push({ name: `${role} realized`, cls, values: cells.map((c) => num(c.realized)), points: true });
  }
  const marked = rows.map((r) => roles.some((role) => obj(r[role]).diverges === true));
  return { ...base, series, limits: [], marked };
}

/** The line chart of one chunk test, with its legend; '' when the test has no chunks. */
export function chunkChart(t: TestResult): string {
  const c = chunkSeries(t);
  if (!c) return '';
  const n = c.keys.length;
  let lo = Infinity;
  let hi = -Infinity;
  const see = (v: Cell | undefined): void => {
    if (v === null || v === undefined) return;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  };
  for (const s of c.series) {
    s.values.forEach(see);
    s.lo?.forEach(see);
    s.hi?.forEach(see);
  }
  if (lo > hi) return `<p class="note">No chunk of ${escapeHtml(t.name, 120)} has a value.</p>`;
  c.limits.forEach((l) => see(l.value));
  const f = frame(W, H, { left: 50, right: 10, top: 22, bottom: 36 });
  const [d0, d1] = padded(lo, hi);
  const ticks = niceTicks(d0, d1, 4);
  const y = linear(Math.min(d0, ticks[0] ?? d0), Math.max(d1, ticks[ticks.length - 1] ?? d1), f.bottom, f.top);
  const step = (f.right - f.left) / Math.max(1, n);
  const xs = c.keys.map((_, i) => f.left + (i + 0.5) * step);
  let body = yAxis(f, ticks, y, (v) => tickLabel(v, formatNumber));
  body += line(f.left, f.bottom, f.right, f.bottom, 'axis');
  const every = Math.max(1, Math.ceil(n / MAX_X_LABELS));
  // A label near either end is aligned to its point rather than centred on it, so it stays inside;
  // one that would overlap the label before it (by its estimated width) is left out.
  let taken = -Infinity;
  for (let i = 0; i < n; i += every) {
    const width = Math.min(c.keys[i].length, 13) * CHAR_WIDTH;
    const anchor = xs[i] - f.left < width / 2 ? 'start' : f.right - xs[i] < width / 2 ? 'end' : 'middle';
    const from = anchor === 'start' ? xs[i] : anchor === 'end' ? xs[i] - width : xs[i] - width / 2;
    if (from < taken + 8) continue;
    taken = from + width;
    body += text(xs[i], f.bottom + 15, c.keys[i], { anchor, cls: 'tick', max: 12 });
  }
  for (const l of c.limits) body += line(f.left, y(l.value), f.right, y(l.value), 'limit') + text(f.right, y(l.value) - 3, `${l.label} ${formatNumber(l.value)}`, { anchor: 'end', cls: 'tick limit-text' });
  for (const s of c.series) {
    if (s.lo && s.hi) body += band(xs, s.lo.map((v) => (v === null ? null : y(v))), s.hi.map((v) => (v === null ? null : y(v))), `band ${s.cls}`);
  }
  for (const s of c.series) {
    if (s.points) {
      s.values.forEach((v, i) => {
        if (v !== null) body += dot(xs[i], y(v), 2.5, `point hollow ${s.cls}`, `${c.keys[i]}: ${s.name} ${formatNumber(v)}`);
      });
    } else {
      body += path(s.values.map((v, i) => (v === null ? null : ([xs[i], y(v)] as const))), `curve ${s.cls}`);
    }
  }
  // The chunks past a limit, on the first series (the one judged).
  const first = c.series[0];
  c.marked.forEach((m, i) => {
    const v = first?.values[i];
    if (m && v !== null && v !== undefined) {
      body += dot(xs[i], y(v), 4, 'point crossed', `${c.keys[i]} (${formatInt(c.rows[i])} rows): ${first.name} ${formatNumber(v)}, past the limit`);
    }
  });
  const legend = c.series
    .map((s) => `<span class="key ${s.cls}${s.points ? ' dots' : ''}">${escapeHtml(s.name, 60)}</span>`)
    .concat(c.limits.length > 0 ? ['<span class="key limit">limit</span>'] : [])
    .concat(c.marked.some(Boolean) ? ['<span class="key crossed">past the limit</span>'] : [])
    .join(' ');
  return svg(W, H, `${t.name} per chunk`, body) + `<p class="legend">${legend}</p>`;
}
