/**
 * One column's two distributions, reference and current, on the bins both share
 * (src/results/charts.ts): a histogram for numeric columns, side-by-side bars for categorical
 * ones, and for numeric columns the two ECDFs drawn from the quantiles (the KS statistic is their
 * largest vertical gap, the Wasserstein distance the area between them). Bars are shares of each
 * file's non-missing values, so files of different sizes compare; the tooltips carry the counts.
 */
import type { ColumnDistribution, Side } from '../../results/charts.js';
import { formatInt, formatNumber, formatShare } from '../format.js';
import { escapeHtml } from './escape.js';
import { frame, line, linear, niceTicks, padded, path, rect, svg, text, tickLabel, xAxis, yAxis } from './svg.js';

const SIDES: readonly Side[] = ['reference', 'current'];
const W = 360;

function sum(a: readonly number[]): number {
  let s = 0;
  for (const x of a) if (Number.isFinite(x)) s += x;
  return s;
}

/** Non-missing values a side has, the denominator of its shares. */
function total(d: ColumnDistribution, side: Side): number {
  return sum(d.counts[side] ?? []) + (d.below?.[side] ?? 0) + (d.above?.[side] ?? 0) + (d.other?.[side] ?? 0);
}

function share(n: number, of: number): number {
  return of > 0 && Number.isFinite(n) ? n / of : 0;
}

/** Share axis labels: whole percentages where the ticks allow. */
function pct(v: number): string {
  return formatShare(v);
}

/** The histogram of a numeric column, overflow bins included; null when there is nothing to draw. */
export function histogram(d: ColumnDistribution): string | null {
  const edges = (d.edges ?? []).filter(Number.isFinite);
  const n = edges.length - 1;
  if (n < 1 || edges.length !== (d.edges ?? []).length) return null;
  const tot = { reference: total(d, 'reference'), current: total(d, 'current') };
  if (tot.reference === 0 && tot.current === 0) return null;
  const below = { reference: d.below?.reference ?? 0, current: d.below?.current ?? 0 };
  const above = { reference: d.above?.reference ?? 0, current: d.above?.current ?? 0 };
  const hasBelow = below.reference + below.current > 0;
  const hasAbove = above.reference + above.current > 0;

  // A one-value column has one bin of width 0: it is drawn over a padded span around the value.
  const [p0, p1] = padded(edges[0], edges[n]);
  const oneValue = edges[n] === edges[0];
  // Overflow bars sit one mean bin width outside the edges.
  const slot = (p1 - p0) / n;
  const lo = hasBelow ? p0 - slot : p0;
  const hi = hasAbove ? p1 + slot : p1;
  const bins: { from: number; to: number; count: Record<Side, number>; label: string }[] = [];
  if (hasBelow) bins.push({ from: lo, to: edges[0], count: below, label: `below ${formatNumber(edges[0])}` });
  for (let i = 0; i < n; i++) {
    bins.push({
      from: oneValue ? p0 : edges[i],
      to: oneValue ? p1 : edges[i + 1],
      count: { reference: d.counts.reference?.[i] ?? 0, current: d.counts.current?.[i] ?? 0 },
      label: `[${formatNumber(edges[i])}, ${formatNumber(edges[i + 1])}${i === n - 1 ? ']' : ')'}`,
    });
  }
  if (hasAbove) bins.push({ from: edges[n], to: hi, count: above, label: `above ${formatNumber(edges[n])}` });

  let top = 0;
  for (const b of bins) for (const s of SIDES) top = Math.max(top, share(b.count[s], tot[s]));
  const f = frame(W, 210, { left: 42, right: 10, top: 22, bottom: 36 });
  const x = linear(lo, hi, f.left, f.right);
  const yTicks = niceTicks(0, top > 0 ? top : 1, 4);
  const y = linear(0, Math.max(yTicks[yTicks.length - 1] ?? 1, top, 1e-12), f.bottom, f.top);

  let body = yAxis(f, yTicks, y, pct, 'share of values');
  // Reference: filled bars; current: an outline over them, so both stay visible where they overlap.
  for (const b of bins) {
    const s = share(b.count.reference, tot.reference);
    const overflow = b.label.startsWith('below') || b.label.startsWith('above') ? ' overflow' : '';
    const x0 = x(b.from);
    const w = Math.max(1, x(b.to) - x0 - 0.5);
    body += rect(
      x0,
      y(s),
      w,
      f.bottom - y(s),
      `bar ref${overflow}`,
      `${d.column} ${b.label}: reference ${formatShare(s)} (${formatInt(b.count.reference)}), current ${formatShare(share(b.count.current, tot.current))} (${formatInt(b.count.current)})`,
    );
  }
  const outline: [number, number][] = [];
  for (const b of bins) {
    const py = y(share(b.count.current, tot.current));
    outline.push([x(b.from), outline.length === 0 ? f.bottom : outline[outline.length - 1][1]], [x(b.from), py], [x(b.to), py]);
  }
  if (bins.length > 0) outline.push([x(bins[bins.length - 1].to), f.bottom]);
  body += path(outline, 'step cur');
  const xTicks = niceTicks(edges[0], edges[n], 5).filter((v) => v >= lo && v <= hi);
  body += xAxis(f, xTicks.length > 0 ? xTicks : [edges[0]], x, (v) => tickLabel(v, formatNumber), d.column);
  return svg(W, 210, `Histogram of ${d.column}: reference vs current`, body);
}

/** Side-by-side bars per category (most frequent in the reference first), `other` last. */
export function categoryBars(d: ColumnDistribution): string | null {
  const cats = d.categories ?? [];
  const tot = { reference: total(d, 'reference'), current: total(d, 'current') };
  if (cats.length === 0 || (tot.reference === 0 && tot.current === 0)) return null;
  const rows: { label: string; count: Record<Side, number> }[] = cats.map((c, i) => ({
    label: c,
    count: { reference: d.counts.reference?.[i] ?? 0, current: d.counts.current?.[i] ?? 0 },
  }));
  if (d.other && d.other.reference + d.other.current > 0) rows.push({ label: 'other', count: d.other });
  const rowH = 24;
  const labelW = 100;
  const height = 12 + rows.length * rowH + 24;
  const f = frame(W, height, { left: labelW, right: 46, top: 12, bottom: 24 });
  let top = 0;
  for (const r of rows) for (const s of SIDES) top = Math.max(top, share(r.count[s], tot[s]));
  const xTicks = niceTicks(0, top > 0 ? top : 1, 4);
  const x = linear(0, Math.max(xTicks[xTicks.length - 1] ?? 1, top, 1e-12), f.left, f.right);
  let body = '';
  for (const v of xTicks) body += line(x(v), f.top, x(v), f.bottom, 'grid') + text(x(v), f.bottom + 14, pct(v), { anchor: 'middle', cls: 'tick' });
  rows.forEach((r, i) => {
    const y0 = f.top + i * rowH;
    const other = r.label === 'other' && i === cats.length;
    body += text(labelW - 6, y0 + rowH / 2 + 4, other ? 'other' : r.label, { anchor: 'end', cls: other ? 'tick em' : 'tick', max: 14 });
    SIDES.forEach((s, k) => {
      const v = share(r.count[s], tot[s]);
      const tip = `${d.column} = ${other ? '(other categories)' : r.label}: ${s} ${formatShare(v)} (${formatInt(r.count[s])})`;
      body += rect(f.left, y0 + 3 + k * 9, x(v) - f.left, 8, `bar ${s === 'reference' ? 'ref' : 'cur'}`, tip);
    });
    const cur = share(r.count.current, tot.current);
    body += text(Math.max(x(cur), x(share(r.count.reference, tot.reference))) + 4, y0 + rowH / 2 + 4, formatShare(cur), { cls: 'tick' });
  });
  return svg(W, height, `Categories of ${d.column}: reference vs current`, body);
}

/**
 * The two empirical CDFs from the quantiles: at level p each side's p-quantile. Drawn as lines
 * through the quantile points (a step at every level would need the raw values).
 */
export function ecdf(d: ColumnDistribution): string | null {
  const q = d.quantiles;
  if (!q || !Array.isArray(q.levels) || q.levels.length < 2) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of SIDES) for (const v of q[s] ?? []) if (Number.isFinite(v)) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  if (lo > hi) return null;
  const [x0, x1] = padded(lo, hi);
  const f = frame(W, 190, { left: 42, right: 10, top: 22, bottom: 36 });
  const x = linear(x0, x1, f.left, f.right);
  const y = linear(0, 1, f.bottom, f.top);
  let body = yAxis(f, [0, 0.25, 0.5, 0.75, 1], y, pct, 'share of values ≤ x');
  for (const s of SIDES) {
    const vals = q[s] ?? [];
    const pts = q.levels.map((p, i) => (Number.isFinite(vals[i]) && Number.isFinite(p) ? ([x(vals[i]), y(p)] as const) : null));
    body += path(pts, `cdf ${s === 'reference' ? 'ref' : 'cur'}`);
  }
  body += xAxis(f, niceTicks(x0, x1, 5), x, (v) => tickLabel(v, formatNumber), d.column);
  return svg(W, 190, `Cumulative distribution of ${d.column}: reference vs current`, body);
}

/** "missing: 1.87% of reference, 9.1% of current", or '' when neither side misses any. */
export function missingNote(d: ColumnDistribution): string {
  const m = d.missing;
  if (!m || (m.reference === 0 && m.current === 0)) return '';
  const rows = (s: Side): number => total(d, s) + m[s];
  const part = (s: Side): string => `${formatShare(share(m[s], rows(s)))} of ${s} (${formatInt(m[s])})`;
  return `<p class="note">Missing, not drawn: ${part('reference')}, ${part('current')}.</p>`;
}

/** Values outside the shared bins are drawn as lighter bars at the ends; this says so and how many. */
function overflowNote(d: ColumnDistribution): string {
  if (d.kind !== 'numeric') return '';
  const part = (what: 'below' | 'above'): string => {
    const o = d[what];
    if (!o || o.reference + o.current === 0) return '';
    const edge = what === 'below' ? d.edges?.[0] : d.edges?.[d.edges.length - 1];
    return `${formatInt(o.reference)} reference and ${formatInt(o.current)} current values ${what} ${formatNumber(edge)}`;
  };
  const parts = [part('below'), part('above')].filter((p) => p !== '');
  return parts.length === 0 ? '' : `<p class="note">Lighter end bars: ${parts.join('; ')}.</p>`;
}

/** The charts of one column, or a sentence saying why there is none. */
export function distributionFigures(d: ColumnDistribution): string {
  const charts = d.kind === 'numeric' ? [histogram(d), ecdf(d)] : [categoryBars(d)];
  const drawn = charts.filter((c): c is string => c !== null);
  const truncated = d.truncated ? `<p class="note">The most frequent categories only; the rest are summed as “other”.</p>` : '';
  if (drawn.length === 0) return `<p class="note">No values of ${escapeHtml(d.column, 120)} to draw.</p>${missingNote(d)}`;
  return drawn.join('') + overflowNote(d) + truncated + missingNote(d);
}
