/**
 * The contract between SQL sources (src/sql/: config, dialects, connections) and the gate's
 * statistics computed where the data lives (src/pushdown/). Rows never cross it: only aggregates.
 */

export type SqlEngine = 'duckdb' | 'postgres';

/** A data source written as `{ sql, engine, url_env?, timeout_seconds? }` in the config. */
export interface SqlSourceSpec {
  readonly sql: string;
  readonly engine: SqlEngine;
  /** Environment variable holding the connection URL (never the URL itself: it may hold a password). */
  readonly url_env?: string;
  /** Applies to connecting and to every query; default 300. */
  readonly timeout_seconds?: number;
}

/**
 * How one engine spells what the generated SQL needs. Trino, Spark SQL and BigQuery follow with
 * one file each implementing this interface.
 */
export interface Dialect {
  readonly name: SqlEngine;
  quoteIdent(name: string): string;
  quoteLiteral(value: string): string;
  /** A double-precision cast of an expression. */
  asDouble(expr: string): string;
  /** A text cast of an expression (categories are compared as text). */
  asText(expr: string): string;
  /** The exact order statistic at each probability, type 1 (lower, as percentile_disc). */
  quantilesDisc(expr: string, probs: readonly number[]): string;
}

export type SqlColumnKind = 'numeric' | 'categorical';

export interface SqlColumnInfo {
  readonly name: string;
  readonly kind: SqlColumnKind;
  /** The engine's own type name, for messages. */
  readonly engineType: string;
}

/** One row of a result, keys as the query named its columns; numbers as JS numbers (bigints converted). */
export type SqlRow = Readonly<Record<string, number | string | null>>;

/** One open connection; every failure rejects with an InputError naming `purpose` and the engine's message. */
export interface SqlConnection {
  readonly engine: SqlEngine;
  readonly dialect: Dialect;
  /** Runs one query with the source's timeout. `purpose` names it in errors ("reference: histogram of age"). */
  query(sql: string, purpose: string): Promise<SqlRow[]>;
  close(): Promise<void>;
}

/** The user's query for one side, opened, described and counted. */
export interface SqlRelation {
  readonly side: 'reference' | 'current';
  /** For messages and the report header: e.g. "reference query (duckdb)". Never holds credentials. */
  readonly label: string;
  readonly spec: SqlSourceSpec;
  readonly connection: SqlConnection;
  /** The user's query wrapped as a derived table: `(<sql>) AS src`. */
  readonly from: string;
  readonly columns: readonly SqlColumnInfo[];
  readonly rowCount: number;
}
