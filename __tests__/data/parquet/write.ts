/** Parquet files for the tests, written into temporary directories (no binary is committed). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mg-parquet-'));
}

const quote = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** Runs each SQL statement in a fresh in-memory DuckDB. */
export async function duck(...statements: string[]): Promise<void> {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const con = await db.connect();
  try {
    for (const s of statements) await con.run(s);
  } finally {
    con.closeSync();
    db.closeSync();
  }
}

/** Writes the rows of `select` to `path` as Parquet (DuckDB's writer; `codec` snappy by default). */
export async function writeParquet(path: string, select: string, codec = 'snappy'): Promise<string> {
  await duck(`COPY (${select}) TO ${quote(path)} (FORMAT parquet, COMPRESSION ${codec})`);
  return path;
}

/** Converts a CSV file to Parquet with the types DuckDB's read_csv infers. */
export async function csvToParquet(csv: string, path: string): Promise<string> {
  return writeParquet(path, `SELECT * FROM read_csv(${quote(csv)})`);
}
