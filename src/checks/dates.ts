/**
 * Recognises date and timestamp columns: text columns whose distinct values are ISO 8601 dates or
 * date-times. Such a column is not a set of categories: every new day is a value the reference
 * never had, so an unseen-category or categorical drift test on it always alarms and means nothing.
 * Only the dictionary (distinct values) is read, never the rows.
 */
import type { GateConfig } from '../config/types.js';
import type { Column } from '../data/table.js';

/** 2024-03-01, 2024-03-01T12:30, 2024-03-01 12:30:05.123Z, 2024-03-01T12:30:05+01:00. */
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])([T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?)?$/;

/** Distinct values looked at: enough to tell, bounded for columns with millions of values. */
const SAMPLE = 1000;
/** Share of the sampled distinct values that must be dates (a stray "unknown" does not hide it). */
const MIN_DATE_SHARE = 0.95;

const memo = new WeakMap<Column, boolean>();

/** Whether a text column holds ISO 8601 dates (or date-times): at least 95 % of its distinct values. */
export function isDateColumn(column: Column): boolean {
  if (column.kind !== 'categorical') return false;
  const hit = memo.get(column);
  if (hit !== undefined) return hit;
  const dict = column.dictionary;
  const n = Math.min(dict.length, SAMPLE);
  // Spread the sample over the dictionary (first-seen order) instead of reading only its start.
  const step = dict.length / Math.max(n, 1);
  let dates = 0;
  for (let i = 0; i < n; i++) if (ISO_DATE.test(dict[Math.floor(i * step)])) dates++;
  const out = n > 0 && dates >= MIN_DATE_SHARE * n;
  memo.set(column, out);
  return out;
}

/**
 * A date column the checks treat as such: recognised in either file, unless the config forces its
 * type (`columns.types.<name>: categorical` keeps it a category).
 */
export function treatAsDate(cfg: GateConfig, name: string, ...columns: (Column | undefined)[]): boolean {
  if (cfg.columns.types[name] !== undefined) return false;
  return columns.some((c) => c !== undefined && isDateColumn(c));
}

export const DATE_ADVICE =
  'to test it, derive features from it (day of week, hour, age in days) or list it in columns.types as categorical';
