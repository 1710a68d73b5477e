/**
 * DuckDB's embedded engine, loaded when a Parquet file is met (never for CSV): a native library
 * that most runs do not need should not cost them its load time.
 */
import { InputError } from '../../errors.js';

export type DuckDbModule = typeof import('@duckdb/node-api');
export type DuckDbConnection = import('@duckdb/node-api').DuckDBConnection;

let loading: Promise<DuckDbModule> | null = null;

// Imported on first use: the bundles carry the package's JavaScript and load its native binding
// from dist/duckdb/linux-x64 (scripts/duckdb-bundle.mjs) or from the installed binding package.
function load(): Promise<DuckDbModule> {
  return (loading ??= import('@duckdb/node-api'));
}

/**
 * Runs `use` on a fresh in-memory DuckDB connection and closes it after. Each file is read by the
 * thread that parses it, each with its own instance; `threads` caps the engine's own threads.
 */
export async function withDuckDb<T>(display: string, threads: number, use: (con: DuckDbConnection, duck: DuckDbModule) => Promise<T>): Promise<T> {
  let duck: DuckDbModule;
  try {
    duck = await load();
  } catch (err) {
    loading = null;
    throw new InputError(`reading Parquet needs DuckDB (the @duckdb/node-api package and its native binding), which could not be loaded: ${err instanceof Error ? err.message : String(err)}`, display);
  }
  const instance = await duck.DuckDBInstance.create(':memory:', { threads: String(threads) });
  try {
    const con = await instance.connect();
    try {
      // Timestamps with a time zone print in UTC, whatever the runner's zone.
      await con.run("SET TimeZone = 'UTC'");
      return await use(con, duck);
    } finally {
      con.closeSync();
    }
  } finally {
    instance.closeSync();
  }
}

/** A SQL string literal. */
export function sqlString(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** A SQL identifier. */
export function sqlName(s: string): string {
  return `"${s.replaceAll('"', '""')}"`;
}
