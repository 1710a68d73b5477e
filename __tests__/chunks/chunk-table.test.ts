import { describe, expect, it } from 'vitest';
import { chunkChecks } from '../../src/checks/chunks.js';
import { defaultChunking } from '../../src/config/defaults.js';
import { CHUNK_TABLE_COLUMNS, CHUNK_TABLE_ROWS, chunkTable } from '../../src/report/chunk-table.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { REPORT_SCHEMA_VERSION, type Report, type TestResult } from '../../src/results/types.js';
import { countStatuses, verdictOf } from '../../src/report/verdict.js';
import { makeContext, makeTable } from '../helpers/tables.js';

function report(tests: TestResult[]): Report {
  const counts = countStatuses(tests);
  return {
    schema_version: REPORT_SCHEMA_VERSION, tool: { name: 'model-gate', version: '0' }, generated_at: '', config: 'gate.yml', task: null,
    verdict: verdictOf(tests), counts, data: { reference: null, current: null }, tests, duration_ms: 0,
  };
}

/** Reference: 8 chunks of 50 rows; current: 4 chunks, the last shifted. */
function tests(columns: number): TestResult[] {
  const cols = (n: number, shiftFrom: number) => Object.fromEntries(Array.from({ length: columns }, (_, c) => [
    `c${c}`, Array.from({ length: n }, (_, i) => ((i * 7919 + c * 31) % 101) / 10 + (i >= shiftFrom && c === 0 ? 5 : 0)),
  ]));
  const ref = makeTable('ref.csv', cols(400, Infinity));
  const cur = makeTable('cur.csv', cols(200, 150));
  return chunkChecks(makeContext(ref, cur, { config: (c) => { c.chunking = { ...defaultChunking(), size: 50 }; c.tests.drift.columns = { c0: { threshold: 'auto' } }; } }));
}

describe('markdown: the per-chunk table', () => {
  it('one row per chunk, one column per test, ✗ on the chunks past the limit, and the limits below', () => {
    const md = renderMarkdown(report(tests(2)));
    expect(md).toContain('<details open><summary>Drift per chunk: ✗ marks a chunk past its limit</summary>');
    // c0 is judged on the KS statistic against its learned limit, c1 on the KS p-value.
    expect(md).toContain('| Chunk | Rows | c0 | c1 (p) |');
    const lines = md.split('\n').filter((l) => l.startsWith('| rows '));
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/^\| rows 151–200 \| 50 \| [\d.]+ ✗ \| [\d.]+ \|$/);
    expect(lines.slice(0, 3).every((l) => !l.includes('✗'))).toBe(true);
    expect(md).toMatch(/- c0: limit [\d.]+ learned from 8 reference chunks: mean [\d.]+ \+ 3σ/);
    expect(md).toContain('- c1: p &lt; 0.05 (holm-adjusted over the chunks)');
  });

  it('caps the columns (issues first) and the rows (crossed chunks kept)', () => {
    const many = tests(CHUNK_TABLE_COLUMNS + 3);
    const table = chunkTable(many, 'drift.chunks.', 'Drift per chunk', true);
    expect(table).toContain(`${CHUNK_TABLE_COLUMNS} of ${CHUNK_TABLE_COLUMNS + 3} tests shown, issues first; report.json has them all.`);
    expect(table.split('\n')[2]).toMatch(/^\| Chunk \| Rows \| c0 \|/);
    const rows = Array.from({ length: CHUNK_TABLE_ROWS + 20 }, (_, i) => ({ key: `k${i}`, rows: 1, value: i, state: 'ok', crossed: i === CHUNK_TABLE_ROWS + 10 }));
    const t: TestResult = { id: 'drift.chunks.x', family: 'drift', name: 'x', column: 'x', method: 'psi', status: 'warn', severity: 'warn', value: 1, threshold: null, message: '', details: { chunks: rows } };
    const out = chunkTable([t], 'drift.chunks.', 'Drift per chunk', true);
    expect(out).toContain(`| k${CHUNK_TABLE_ROWS + 10} | 1 | ${CHUNK_TABLE_ROWS + 10} ✗ |`);
    expect(out.split('\n').filter((l) => /^\| k\d+ /.test(l))).toHaveLength(CHUNK_TABLE_ROWS);
    expect(out).toContain(`${CHUNK_TABLE_ROWS} of ${CHUNK_TABLE_ROWS + 20} chunks shown, those with ✗ first`);
  });

  it('nothing without chunk tests', () => {
    expect(chunkTable([], 'drift.chunks.', 'Drift per chunk', false)).toBe('');
  });
});
