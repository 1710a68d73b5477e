/**
 * The drawing primitives of the HTML report's inline SVG charts: linear scales, "nice" axis ticks,
 * axes, lines and labels. Coordinates are written with one decimal through `coord`, which never
 * writes NaN or Infinity (a chart is drawn from data that may hold neither, but a malformed SVG
 * attribute would silently drop the whole shape, so the guard is here, once).
 * Every text that reaches an SVG element goes through escapeHtml.
 */
import { escapeHtml } from './escape.js';

/** The plotting area inside a chart of `width` × `height` (viewBox units). */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export function frame(width: number, height: number, margin: { left: number; right: number; top: number; bottom: number }): Frame {
  return { width, height, left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };
}

export type Scale = (x: number) => number;

/**
 * Maps [d0, d1] onto [r0, r1]. A domain of one point (a column with one value) or a broken one
 * maps everything to the middle of the range instead of dividing by zero.
 */
export function linear(d0: number, d1: number, r0: number, r1: number): Scale {
  const span = d1 - d0;
  if (!Number.isFinite(span) || span === 0 || !Number.isFinite(d0)) {
    const mid = (r0 + r1) / 2;
    return () => mid;
  }
  const k = (r1 - r0) / span;
  return (x) => r0 + (x - d0) * k;
}

/** A domain padded around a single value, so one-value data still gets a visible axis. */
export function padded(lo: number, hi: number): [number, number] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (hi > lo) return [lo, hi];
  const d = lo === 0 ? 0.5 : Math.abs(lo) * 0.05;
  return [lo - d, lo + d];
}

/**
 * Round tick values (1, 2 or 5 × a power of ten) covering [lo, hi], at most about `count` + 1 of
 * them; a single tick for an empty or one-point domain.
 */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  if (hi < lo) [lo, hi] = [hi, lo];
  const span = hi - lo;
  if (span === 0) return [lo];
  let step = 10 ** Math.floor(Math.log10(span / count));
  const per = (count * step) / span;
  if (per <= 0.15) step *= 10;
  else if (per <= 0.35) step *= 5;
  else if (per <= 0.75) step *= 2;
  const out: number[] = [];
  const first = Math.ceil(lo / step - 1e-9);
  const last = Math.floor(hi / step + 1e-9);
  for (let k = first; k <= last; k++) out.push(Number((k * step).toPrecision(12)));
  return out;
}

/** A coordinate for an SVG attribute: one decimal, never NaN or Infinity. */
export function coord(x: number): string {
  if (!Number.isFinite(x)) return '0';
  const r = Math.round(x * 10) / 10;
  return String(Object.is(r, -0) ? 0 : r);
}

/** The outer element: scales with its container (CSS), with an accessible name. */
export function svg(width: number, height: number, label: string, body: string): string {
  return (
    `<svg class="chart" viewBox="0 0 ${coord(width)} ${coord(height)}" width="${coord(width)}" height="${coord(height)}" ` +
    `role="img" aria-label="${escapeHtml(label, 200)}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${escapeHtml(label, 200)}</title>${body}</svg>`
  );
}

export function text(x: number, y: number, s: string, opts: { anchor?: 'start' | 'middle' | 'end'; cls?: string; max?: number } = {}): string {
  const anchor = opts.anchor && opts.anchor !== 'start' ? ` text-anchor="${opts.anchor}"` : '';
  const cls = opts.cls ? ` class="${opts.cls}"` : '';
  return `<text x="${coord(x)}" y="${coord(y)}"${anchor}${cls}>${escapeHtml(s, opts.max ?? 60)}</text>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, cls: string): string {
  return `<line x1="${coord(x1)}" y1="${coord(y1)}" x2="${coord(x2)}" y2="${coord(y2)}" class="${cls}"/>`;
}

/** A rectangle; `fill` is a colour this module's callers compute (never text from the data). */
export function rect(x: number, y: number, w: number, h: number, cls: string, tip?: string, fill?: `#${string}`): string {
  const title = tip === undefined ? '' : `<title>${escapeHtml(tip, 200)}</title>`;
  const paint = fill === undefined ? '' : ` fill="${escapeHtml(fill, 9)}"`;
  const attrs = `x="${coord(x)}" y="${coord(y)}" width="${coord(Math.max(0, w))}" height="${coord(Math.max(0, h))}"${paint} class="${cls}"`;
  return title === '' ? `<rect ${attrs}/>` : `<rect ${attrs}>${title}</rect>`;
}

/**
 * A polyline through the points whose coordinates are both finite; a gap (a chunk without a value)
 * starts a new segment rather than joining its neighbours across it.
 */
export function path(points: readonly (readonly [number, number] | null)[], cls: string): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p === null || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${coord(p[0])} ${coord(p[1])}`;
    pen = true;
  }
  return d === '' ? '' : `<path d="${d}" class="${cls}"/>`;
}

/** A closed band between a lower and an upper line (a confidence interval over chunks); gaps split it. */
export function band(xs: readonly number[], lo: readonly (number | null)[], hi: readonly (number | null)[], cls: string): string {
  let out = '';
  let run: number[] = [];
  const flush = (): void => {
    if (run.length > 0) {
      const top = run.map((i) => `${coord(xs[i])} ${coord(hi[i] as number)}`);
      const bottom = run.map((i) => `${coord(xs[i])} ${coord(lo[i] as number)}`).reverse();
      out += `<path d="M${[...top, ...bottom].join('L')}Z" class="${cls}"/>`;
    }
    run = [];
  };
  for (let i = 0; i < xs.length; i++) {
    const a = lo[i];
    const b = hi[i];
    if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(xs[i])) flush();
    else run.push(i);
  }
  flush();
  return out;
}

export function dot(x: number, y: number, r: number, cls: string, tip?: string): string {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return '';
  const title = tip === undefined ? '' : `<title>${escapeHtml(tip, 200)}</title>`;
  const attrs = `cx="${coord(x)}" cy="${coord(y)}" r="${coord(r)}" class="${cls}"`;
  return title === '' ? `<circle ${attrs}/>` : `<circle ${attrs}>${title}</circle>`;
}

/** Horizontal grid lines and their labels at the y ticks, and the x axis line. */
export function yAxis(f: Frame, ticks: readonly number[], y: Scale, fmt: (v: number) => string, title = ''): string {
  let out = '';
  for (const v of ticks) {
    const py = y(v);
    out += line(f.left, py, f.right, py, 'grid') + text(f.left - 4, py + 3.5, fmt(v), { anchor: 'end', cls: 'tick' });
  }
  if (title !== '') out += text(f.left, f.top - 8, title, { cls: 'axis-title' });
  return out;
}

/** Tick marks and labels under the plotting area. */
export function xAxis(f: Frame, ticks: readonly number[], x: Scale, fmt: (v: number) => string, title = ''): string {
  let out = line(f.left, f.bottom, f.right, f.bottom, 'axis');
  for (const v of ticks) {
    const px = x(v);
    out += line(px, f.bottom, px, f.bottom + 4, 'axis') + text(px, f.bottom + 15, fmt(v), { anchor: 'middle', cls: 'tick' });
  }
  if (title !== '') out += text(f.right, f.bottom + 28, title, { anchor: 'end', cls: 'axis-title' });
  return out;
}

/** Axis labels: short enough for ticks ("140k", "2.5M"); below 10,000 the report's usual numbers. */
export function tickLabel(v: number, fmt: (v: number) => string = String): string {
  const a = Math.abs(v);
  if (!Number.isFinite(v) || a < 1e4) return fmt(v);
  const [div, unit] = a >= 1e12 ? [1e12, 'T'] : a >= 1e9 ? [1e9, 'G'] : a >= 1e6 ? [1e6, 'M'] : [1e3, 'k'];
  return `${Number((v / div).toPrecision(3))}${unit}`;
}
