/**
 * What ISO SQL spells the same in every engine: quoting and the check on probabilities. A dialect
 * file (duckdb.ts, postgres.ts; Trino, Spark SQL and BigQuery would be one more each) supplies
 * only what differs.
 */
import type { Dialect, SqlEngine } from '../types.js';

/** A NUL cannot be stored in PostgreSQL text and ends strings in some drivers: refuse it outright. */
function assertNoNul(value: string, what: string): void {
  if (value.includes('\u0000')) throw new Error(`${what} contains a NUL character, which SQL text cannot carry`);
}

/** `"name"` with every `"` doubled: any character (spaces, quotes, unicode) is then part of the name. */
export function quoteIdentStandard(name: string): string {
  assertNoNul(name, 'an SQL identifier');
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * `'value'` with every `'` doubled. Backslashes are ordinary characters in standard strings (DuckDB
 * always, PostgreSQL with standard_conforming_strings=on, which the connection sets).
 */
export function quoteLiteralStandard(value: string): string {
  assertNoNul(value, 'an SQL string literal');
  return `'${value.replaceAll("'", "''")}'`;
}

/** A probability as an SQL numeric literal; anything outside [0, 1] is a bug in the caller. */
export function probabilityLiteral(p: number): string {
  if (!(p >= 0 && p <= 1)) throw new Error(`quantile probability ${p} is not in [0, 1]`);
  // String(1e-7) is "1e-7", which both engines read as a number.
  return String(p);
}

/** The parts a dialect must say itself; the rest comes from the standard. */
export interface DialectParts {
  readonly name: SqlEngine;
  readonly doubleType: string;
  readonly textType: string;
  quantileDisc(expr: string, probLiteral: string): string;
}

export function makeDialect(parts: DialectParts): Dialect {
  const quantileDisc = (expr: string, prob: number): string => parts.quantileDisc(expr, probabilityLiteral(prob));
  return {
    name: parts.name,
    quoteIdent: quoteIdentStandard,
    quoteLiteral: quoteLiteralStandard,
    asDouble: (expr) => `CAST(${expr} AS ${parts.doubleType})`,
    asText: (expr) => `CAST(${expr} AS ${parts.textType})`,
    quantileDisc,
    quantilesDisc: (expr, probs, aliasPrefix = 'q') =>
      probs.map((p, i) => `${quantileDisc(expr, p)} AS ${quoteIdentStandard(`${aliasPrefix}${i}`)}`).join(', '),
  };
}
