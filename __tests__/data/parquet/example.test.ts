import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../../src/engine.js';
import type { Report } from '../../../src/results/types.js';
import { NODE24, nodeBinaries, ROOT } from '../../helpers/node-binaries.js';
import { csvToParquet, tempDir } from './write.js';

const CONFIG = readFileSync(join(ROOT, 'examples', 'model-gate.yml'), 'utf8');

/** Every `line` (the file's line of a row) in a report, in order. */
function lines(r: Report): { row: number; line: number }[] {
  const out: { row: number; line: number }[] = [];
  JSON.stringify(r, (key, v: unknown) => {
    if (v !== null && typeof v === 'object' && 'line' in v && 'row' in v) out.push({ row: (v as { row: number }).row, line: (v as { line: number }).line });
    return v;
  });
  return out;
}

/**
 * A report without what differs from run to run (time, duration) and without line numbers
 * (compared apart); `headerLines` is subtracted from every "row N" in its messages, which name
 * the line (a CSV file's header is its line 1, a Parquet file has none).
 */
function stable(r: Report, headerLines: number): unknown {
  return JSON.parse(
    JSON.stringify({ ...r, generated_at: null, duration_ms: null, config: null }, (key, v: unknown) =>
      key === 'line' ? undefined : typeof v === 'string' ? v.replace(/\brow (\d+)/g, (_, n: string) => `row ${Number(n) - headerLines}`) : v,
    ),
  );
}

let ws: string;
beforeAll(async () => {
  ws = tempDir();
  // The bundled example's files as Parquet, under their CSV names (read by content) and under .parquet names.
  mkdirSync(join(ws, 'csv', 'data'), { recursive: true });
  mkdirSync(join(ws, 'pq', 'data'), { recursive: true });
  for (const f of ['reference', 'current']) {
    copyFileSync(join(ROOT, 'examples', 'data', `${f}.csv`), join(ws, 'csv', 'data', `${f}.csv`));
    await csvToParquet(join(ROOT, 'examples', 'data', `${f}.csv`), join(ws, 'pq', 'data', `${f}.csv`));
    copyFileSync(join(ws, 'pq', 'data', `${f}.csv`), join(ws, 'pq', 'data', `${f}.parquet`));
  }
  writeFileSync(join(ws, 'csv', 'model-gate.yml'), CONFIG);
  writeFileSync(join(ws, 'pq', 'model-gate.yml'), CONFIG);
  writeFileSync(
    join(ws, 'pq', 'parquet.yml'),
    CONFIG.replace('reference: data/reference.csv', 'reference: data/reference.parquet').replace('current: data/current.csv', 'current: data/current.parquet'),
  );
}, 60_000);

describe('the bundled example as Parquet', () => {
  it('gives the same report as the CSV files: verdict, every test, every value', async () => {
    const csv = await runGate({ configPath: 'model-gate.yml', cwd: join(ws, 'csv') });
    const pq = await runGate({ configPath: 'model-gate.yml', cwd: join(ws, 'pq') });
    expect(csv.verdict).toBe('fail');
    expect(pq.tests.length).toBe(csv.tests.length);
    expect(stable(pq, 0)).toEqual(stable(csv, 1));
    // A row's line: in CSV the header is line 1, so row i is line i + 2; Parquet has no header, row i is row i + 1.
    const csvLines = lines(csv);
    expect(csvLines.length).toBeGreaterThan(0);
    expect(csvLines.every((l) => l.line === l.row + 2)).toBe(true);
    expect(lines(pq)).toEqual(csvLines.map((l) => ({ row: l.row, line: l.row + 1 })));
  }, 60_000);

  it.each(nodeBinaries())('dist/cli.js reads .parquet files under $label, with the same verdict and counts as the CSV run', ({ path: node }) => {
    compareCli(node, join(ROOT, 'dist', 'cli.js'));
  }, 120_000);

  it('dist/ without node_modules (as the action runs it, node 24) reads Parquet with the DuckDB binding it carries', () => {
    const alone = mkdtempSync(join(tmpdir(), 'mg-parquet-dist-'));
    cpSync(join(ROOT, 'dist'), join(alone, 'dist'), { recursive: true });
    compareCli(NODE24, join(alone, 'dist', 'cli.js'));
  }, 120_000);
});

function compareCli(node: string, cli: string): void {
  {
    const run = (dir: string, config: string) => {
      const out = join(dir, `out-${config}`);
      const r = spawnSync(node, [cli, '--config', config, '--out', out], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      expect(r.stderr).toBe('');
      return { code: r.status, json: JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as Report };
    };
    const csv = run(join(ws, 'csv'), 'model-gate.yml');
    const pq = run(join(ws, 'pq'), 'parquet.yml');
    expect(pq.code).toBe(csv.code);
    expect(pq.json.verdict).toBe('fail');
    expect(pq.json.counts).toEqual(csv.json.counts);
    expect(pq.json.data.reference).toEqual({ ...csv.json.data.reference, path: 'data/reference.parquet' });
    const values = (r: Report) => r.tests.map((t) => [t.id, t.status, t.value ?? null]);
    expect(values(pq.json)).toEqual(values(csv.json));
  }
}
