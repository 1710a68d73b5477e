/**
 * One open engine session, before it is given a side: what src/sql/index.ts wraps into the
 * SqlConnection of each side (two sides may share one backend). Errors thrown here are raw engine
 * errors or `TimedOut`; the wrapper turns them into InputErrors with the side's label.
 */
import type { Dialect, SqlColumnKind, SqlEngine, SqlRow } from './types.js';

export class TimedOut extends Error {
  constructor(readonly seconds: number) {
    super(`timed out after ${seconds} s (timeout_seconds)`);
  }
}

/** A column as the engine describes it; `kind` null: unusable type. */
export interface RawColumn {
  readonly name: string;
  readonly engineType: string;
  readonly kind: SqlColumnKind | null;
}

export interface Backend {
  readonly engine: SqlEngine;
  readonly dialect: Dialect;
  /** Hides this backend's credentials in a message. */
  readonly redact: (text: string) => string;
  run(sql: string, timeoutSeconds: number): Promise<SqlRow[]>;
  /**
   * Throws (an Error whose message is shown to the user) unless `sql` is exactly one read-only
   * query: wrapped as a derived table, it must not be able to end the statement and start another.
   */
  assertOneQuery(sql: string, timeoutSeconds: number): Promise<void>;
  describe(from: string, timeoutSeconds: number): Promise<RawColumn[]>;
  close(): Promise<void>;
}

/** Number and text only: bigints (counts, DuckDB sums) as numbers, booleans and dates as text. */
export function plainValue(v: unknown): number | string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return v.toISOString();
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));
}
