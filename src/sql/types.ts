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
  /** The exact order statistic at probability `prob` in [0, 1], type 1 (as percentile_disc): one aggregate expression. */
  quantileDisc(expr: string, prob: number): string;
  /**
   * The exact order statistic at each probability, type 1 (lower, as percentile_disc): a select-list
   * fragment, one column per probability named `<aliasPrefix><i>` (default `q0`, `q1`, …).
   */
  quantilesDisc(expr: string, probs: readonly number[], aliasPrefix?: string): string;
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

/** Where an SQL source may read files, and what its relative paths mean. */
export interface SqlOpenOptions {
  /**
   * The config file's directory: a relative DuckDB database path (url_env) resolves against it, and
   * without a root so do relative file paths in a query (after the working directory).
   */
  readonly dir: string;
  /**
   * When set (the action sets the workspace), DuckDB may read files only under this directory, a
   * relative path in a query resolves against the working directory only, and a DuckDB database
   * named by url_env must lie inside it. Unset (the CLI): no file restriction, as for CSV paths.
   */
  readonly root?: string;
  /**
   * DuckDB's own limits, fixed at open (the configuration is locked after): `memoryLimit` as DuckDB
   * writes it ('2GB'; default: DuckDB's, 80 % of the machine's memory; past it, DuckDB spills to a
   * temporary directory of its own), `threads` (default: one per core).
   */
  readonly duckdb?: { readonly memoryLimit?: string; readonly threads?: number };
}

/** Both sides opened; `shared`: one connection serves both, so one query may read both sides. */
export interface SqlRelations {
  readonly reference: SqlRelation;
  readonly current: SqlRelation;
  readonly shared: boolean;
  /** Closes every connection once (a shared one too). */
  close(): Promise<void>;
}
