/**
 * Turning a computed value into a status, and thresholds into data the renderers can show. Every
 * check decides through `judge` so the boundary conventions (strict or inclusive) live in one place.
 */
import { formatDelta, formatInt, formatNumber, formatShare } from '../report/format.js';
import type { Severity, Status, Threshold } from '../results/types.js';

export type BadSide = 'above' | 'below';

/**
 * Whether `value` is past `limit` on the bad side. Strict by default (`value > limit` for 'above',
 * `value < limit` for 'below'); `inclusive` makes the limit itself bad (drift distances: Evidently
 * calls drift at distance ≥ threshold).
 */
export function beyond(value: number, limit: number, bad: BadSide, inclusive = false): boolean {
  if (bad === 'above') return inclusive ? value >= limit : value > limit;
  return inclusive ? value <= limit : value < limit;
}

/**
 * Status of `value`: the test's severity when past `fail`, `warn` when past `warn` (a softer band
 * before `fail`), otherwise pass. A NaN value can never pass, so it reads as the severity.
 */
export function judge(
  value: number,
  bad: BadSide,
  fail: number | null,
  warn: number | null,
  severity: Severity,
  inclusive = false,
): Status {
  if (Number.isNaN(value)) return severity;
  if (fail !== null && beyond(value, fail, bad, inclusive)) return severity;
  if (warn !== null && beyond(value, warn, bad, inclusive)) return 'warn';
  return 'pass';
}

/** A Threshold record without undefined keys (JSON readers see only the limits that exist). */
export function makeThreshold(
  on: Threshold['on'],
  bad: BadSide,
  fail: number | null,
  warn: number | null,
  text: string,
): Threshold {
  const t: Threshold = { on, bad, text };
  if (fail !== null) t.fail = fail;
  if (warn !== null) t.warn = warn;
  return t;
}

/** Numbers in messages read like numbers in the report tables: one formatter for both. */
export const fmt = formatNumber;
export const pct = formatShare;
export const signed = formatDelta;

/** "1 row" / "3 rows". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${formatInt(n)} ${n === 1 ? word : many}`;
}

/** A column name quoted for messages the same way csvPosition does. */
export function q(name: string): string {
  return JSON.stringify(name);
}
