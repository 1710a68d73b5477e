// Times DuckDB's embedded engine reading the given files into tables (the bench's anchor for the
// gate's own reading): `CREATE TABLE t AS SELECT * FROM read_csv(…)` (or read_parquet) per file,
// 2 threads, in a process of its own, and prints {"ms": …, "rows": …} as JSON. Also writes
// Parquet files from CSV files for the bench's Parquet workload (`--to-parquet in.csv out.parquet`).
//
//   node bench/duckdb-read.mjs csv|parquet FILE…
//   node bench/duckdb-read.mjs --to-parquet IN.csv OUT.parquet
import { DuckDBInstance } from '@duckdb/node-api';

const quote = (s) => `'${s.replaceAll("'", "''")}'`;

const [mode, ...files] = process.argv.slice(2);
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const con = await db.connect();
if (mode === '--to-parquet') {
  const [from, to] = files;
  // Snappy, DuckDB's default and Spark's and pyarrow's; the types read_csv infers.
  await con.run(`COPY (SELECT * FROM read_csv(${quote(from)})) TO ${quote(to)} (FORMAT parquet, COMPRESSION snappy)`);
} else {
  if (mode !== 'csv' && mode !== 'parquet') throw new Error(`usage: duckdb-read.mjs csv|parquet FILE…`);
  const start = performance.now();
  let rows = 0;
  for (const [i, f] of files.entries()) {
    await con.run(`CREATE TABLE t${i} AS SELECT * FROM read_${mode}(${quote(f)})`);
    const r = await con.runAndReadAll(`SELECT count(*) FROM t${i}`);
    rows += Number(r.getRows()[0][0]);
  }
  process.stdout.write(JSON.stringify({ ms: performance.now() - start, rows }) + '\n');
}
con.closeSync();
db.closeSync();
