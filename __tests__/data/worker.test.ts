/**
 * The worker path, as the built CLI runs it: load.ts and load-worker.ts bundled side by side
 * (as scripts/build.mjs does for dist/), so loadPair finds the worker and parses on threads.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { loadPair, type LoadedPair } from '../../src/data/load.js';
import type { ColumnKind, Table } from '../../src/data/table.js';
import { InputError } from '../../src/errors.js';
import { csvFile, sameFloats } from './helpers.js';
import { duckdbBindingShim, withDuckdb } from '../../scripts/duckdb-bundle.mjs';

async function bundled(): Promise<typeof loadPair> {
  const out = mkdtempSync(join(tmpdir(), 'mg-worker-'));
  await build({
    entryPoints: { load: 'src/data/load.ts', 'load-worker': 'src/data/load-worker.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outdir: out,
    logLevel: 'error',
    // The Parquet reader loads DuckDB (only for a Parquet file), bundled as in dist/.
    ...withDuckdb,
    banner: { js: `import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url); ${duckdbBindingShim}` },
  });
  const mod = (await import(pathToFileURL(join(out, 'load.js')).href)) as { loadPair: typeof loadPair };
  return mod.loadPair;
}

function sameTable(a: Table, b: Table): void {
  expect(a.names).toEqual(b.names);
  expect(a.rowCount).toBe(b.rowCount);
  expect(a.duplicateRows).toBe(b.duplicateRows);
  for (const name of a.names) {
    const x = a.columns.get(name)!;
    const y = b.columns.get(name)!;
    expect(x.kind).toBe(y.kind);
    expect(x.missing).toBe(y.missing);
    if (x.kind === 'numeric' && y.kind === 'numeric') expect(sameFloats(x.values, y.values)).toBe(true);
    if (x.kind === 'categorical' && y.kind === 'categorical') {
      expect(Array.from(x.codes)).toEqual(Array.from(y.codes));
      expect(x.dictionary).toEqual(y.dictionary);
    }
  }
  for (let i = 0; i < a.rowCount; i++) if (a.rowLine(i) !== b.rowLine(i)) expect(a.rowLine(i)).toBe(b.rowLine(i));
}

describe('loadPair on worker threads', () => {
  it('gives the same tables, sorted columns and errors as parsing in this thread', async () => {
    const threaded = await bundled();
    const rows = Array.from({ length: 5000 }, (_, i) => `${i % 97},${['a', 'b', 'NA'][i % 3]},${(i * 0.37).toFixed(3)},${i % 5 === 0 ? '"q,uoted"' : 'plain'}`);
    const refPath = csvFile(`n,c,x,t\n${rows.join('\n')}\n`);
    const curPath = csvFile(`n,c,x,t\r\n${rows.slice(0, 3000).reverse().join('\r\n')}\r\n`);
    const types = new Map<string, ColumnKind>([['n', 'categorical']]);
    const files = [
      { path: refPath, display: 'ref.csv' },
      { path: curPath, display: 'cur.csv' },
    ] as const;
    const a: LoadedPair = await threaded(files[0], files[1], { types });
    const b = await loadPair(files[0], files[1], { types, threads: false });
    sameTable(a.reference, b.reference);
    sameTable(a.current, b.current);
    expect([...a.sorted.reference.keys()]).toEqual([...b.sorted.reference.keys()]);
    for (const [k, v] of b.sorted.current) expect(sameFloats(a.sorted.current.get(k)!, v)).toBe(true);

    const bad = csvFile('n,c,x,t\n1,a,oops,t\n');
    const err = await threaded(files[0], { path: bad, display: 'bad.csv' }, { types }).catch((e: unknown) => e);
    // Rebuilt in this thread from the worker's message: an InputError of the bundle's own class.
    expect((err as Error).name).toBe('InputError');
    expect((err as InputError).where).toBe('bad.csv row 2 column "x"');
    expect((err as Error).message).toBe('bad.csv row 2 column "x": "oops" is not a number, but the column is numeric in ref.csv');
    const missing = await threaded({ path: '/nope.csv', display: 'nope.csv' }, files[1], { types }).catch((e: unknown) => e);
    expect((missing as Error).message).toBe('nope.csv: file not found');
  });
});
