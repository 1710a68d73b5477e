/**
 * Numbers for people: a PR comment is read, not parsed, so values get 3–4 significant digits,
 * counts get thousands separators, and anything that is not a finite number shows as "—" rather
 * than "NaN". All output is ASCII except "—" and "∞", and is locale-independent so the rendered
 * report is byte-for-byte reproducible.
 */

import type { Family } from '../results/types.js';

export const MISSING = '—';

/** Drops trailing zeros of a decimal mantissa: "0.04100" → "0.041", "2.500e-7" → "2.5e-7". */
function trimZeros(s: string): string {
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const exponent = e < 0 ? '' : s.slice(e);
  let m = mantissa;
  if (m.includes('.')) m = m.replace(/0+$/, '').replace(/\.$/, '');
  // "e+6" reads as noise to people; "e6" is the same number.
  return m + exponent.replace('e+', 'e');
}

function isNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** Infinity is a real outcome (e.g. a relative change against a zero baseline), so it is shown. */
function nonFinite(x: unknown): string {
  if (x === Infinity) return '∞';
  if (x === -Infinity) return '-∞';
  return MISSING;
}

/** Integer with comma thousands separators: 1234567 → "1,234,567". Non-integers are rounded. */
export function formatInt(x: number | null | undefined): string {
  if (!isNumber(x)) return nonFinite(x);
  const r = Math.round(x);
  if (Math.abs(r) >= 1e21) return trimZeros(r.toExponential(3));
  const digits = Math.abs(r).toFixed(0);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return (r < 0 ? '-' : '') + out;
}

/**
 * A statistic or metric: 4 significant digits ("0.04123", "12.35"), integers and values ≥ 1000
 * with separators ("1,235"), values below 1e-4 or from 1e15 in exponent form ("1.23e-5").
 */
export function formatNumber(x: number | null | undefined): string {
  if (!isNumber(x)) return nonFinite(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e15) return trimZeros(x.toExponential(3));
  if (Number.isInteger(x) || a >= 1000) return formatInt(x);
  if (a < 1e-4) return trimZeros(x.toExponential(2));
  return trimZeros(x.toPrecision(4));
}

/** A difference, always signed so the direction is visible: "+0.012", "-3.4", "0". */
export function formatDelta(x: number | null | undefined): string {
  if (x === Infinity) return '+∞';
  if (!isNumber(x)) return nonFinite(x);
  const s = formatNumber(x);
  return x > 0 ? `+${s}` : s;
}

/** p-values: "3.2e-7" below 0.001, two significant digits above ("0.041", "0.5"). */
export function formatPValue(p: number | null | undefined): string {
  if (!isNumber(p) || p < 0 || p > 1) return MISSING;
  if (p === 0) return '0';
  if (p < 1e-3) return trimZeros(p.toExponential(1));
  return trimZeros(p.toPrecision(2));
}

/** A share in [0, 1] as a percentage with 3 significant digits: 0.0342 → "3.42%". */
export function formatShare(x: number | null | undefined): string {
  if (!isNumber(x)) return nonFinite(x);
  const pct = x * 100;
  if (pct === 0) return '0%';
  // Rounding a tiny non-zero share to "0%" would read as "none at all".
  if (Math.abs(pct) < 0.001) return pct > 0 ? '<0.001%' : '>-0.001%';
  if (Math.abs(pct) >= 1000) return `${formatNumber(pct)}%`;
  return `${trimZeros(pct.toPrecision(3))}%`;
}

/** Each family's title in the reports (markdown sections, HTML tables). */
export const FAMILY_TITLES: Readonly<Record<Family, string>> = {
  input: 'Input',
  quality: 'Data quality',
  drift: 'Drift',
  performance: 'Performance',
  differential: 'Differential (candidate vs baseline)',
  model: 'Models (speed, importance, behaviour, explanations)',
};
