/**
 * The bundled shadow-mode example (examples/shadow, scripts/make-shadow-example.mjs) through the
 * whole gate: the verdict is FAIL because of the estimated regression on the unlabelled days, per-
 * chunk and multivariate drift mark exactly the days from the drift's start, and CBPE's estimates
 * agree with the realized metrics where labels exist and with the generator's truth where they do
 * not. The generator's truth (truth.json, hidden-labels.csv) is independent of the gate's code.
 */
import { excerptLines } from './helpers/excerpt.js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runGate } from '../src/engine.js';
import type { Report, TestResult } from '../src/results/types.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { rocAuc } from '../src/stats/auc.js';
import { ROOT } from './helpers/node-binaries.js';

const EXAMPLE = join(ROOT, 'examples', 'shadow');

interface Expected {
  rows: number;
  accuracy: number;
  roc_auc: number;
}
interface Truth {
  drift_starts: string;
  labelled_rows: number;
  periods: Record<string, { baseline: Expected; candidate: Expected }>;
}
const truth = JSON.parse(readFileSync(join(EXAMPLE, 'truth.json'), 'utf8')) as Truth;

/** The current file's days (30, 2026-10-01 to 2026-10-30), and those from the drift's start. */
const DAYS = Array.from({ length: 30 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`);
const DRIFTED = DAYS.filter((d) => d >= truth.drift_starts);

let report: Report;
const byId = new Map<string, TestResult>();
beforeAll(async () => {
  report = await runGate({ configPath: 'examples/shadow/model-gate.yml', cwd: ROOT });
  for (const t of report.tests) byId.set(t.id, t);
}, 60_000);

function test(id: string): TestResult {
  const t = byId.get(id);
  if (!t) throw new Error(`no result ${id}; the report has ${[...byId.keys()].join(', ')}`);
  return t;
}

/** A per-chunk result's chunks and whether each crossed its limit. */
function chunkFlags(id: string): Map<string, boolean> {
  const chunks = test(id).details?.chunks as { key: string; crossed?: boolean; alert?: boolean }[] | undefined;
  expect(chunks, `${id} has details.chunks`).toBeDefined();
  return new Map(chunks!.map((c) => [c.key, (c.crossed ?? c.alert) === true]));
}

function csvRows(path: string): string[][] {
  return readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => l.split(','));
}

describe('the generator', () => {
  it('writes exactly the committed files (seeded)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-shadow-'));
    execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-shadow-example.mjs'), dir], { stdio: 'pipe' });
    for (const f of ['data/reference.csv', 'data/current.csv', 'data/hidden-labels.csv', 'truth.json']) {
      expect(readFileSync(join(dir, f)).equals(readFileSync(join(EXAMPLE, f))), `${f} differs from the generator's output`).toBe(true);
    }
  });

  it('labels the earliest 30 % of the current rows and hides the rest', () => {
    const rows = csvRows(join(EXAMPLE, 'data', 'current.csv'));
    const header = rows.shift()!;
    const target = header.indexOf('target');
    const labelled = rows.filter((r) => r[target] !== '').length;
    expect(labelled).toBe(truth.labelled_rows);
    expect(labelled / rows.length).toBeCloseTo(0.3, 3);
    // Labelled rows come first (time order), the hidden labels cover the rest.
    expect(rows.slice(0, labelled).every((r) => r[target] !== '')).toBe(true);
    expect(csvRows(join(EXAMPLE, 'data', 'hidden-labels.csv')).length - 1).toBe(rows.length - labelled);
  });
});

describe('the shadow example through the gate', () => {
  it('fails, and only because of the estimated regression: realized performance on the labelled days passes', () => {
    expect(report.verdict).toBe('fail');
    expect(report.data.current?.labelled_rows).toBe(truth.labelled_rows);
    const failed = report.tests.filter((t) => t.status === 'fail').map((t) => t.id);
    expect(failed).toContain('performance.estimated.roc_auc.change');
    expect(failed).toContain('performance.estimated.accuracy.change');
    // Every failure rests on CBPE's estimate (alone, or combined with the labelled rows).
    for (const id of failed) expect(id).toMatch(/^performance\.(estimated|combined)\./);
    for (const m of ['accuracy', 'roc_auc']) expect(test(`performance.${m}.change`).status).toBe('pass');
    expect(report.tests.filter((t) => t.status === 'error')).toEqual([]);
  });

  it('marks amount on every day from the drift’s start and on none before, per chunk with learned limits', () => {
    const flags = chunkFlags('drift.chunks.amount');
    expect([...flags.keys()]).toEqual(DAYS);
    expect(DAYS.filter((d) => flags.get(d))).toEqual(DRIFTED);
    expect(test('drift.chunks.amount').threshold).not.toBeNull();
    // The learned limit replaces the whole-file judgement of an `auto` column.
    expect(test('drift.amount').status).toBe('info');
    // income never moves: no day crosses its learned limit.
    expect(DAYS.filter((d) => chunkFlags('drift.chunks.income').get(d))).toEqual([]);
  });

  it('both multivariate methods mark the same days (the amount–income correlation breaks)', () => {
    for (const id of ['drift.multivariate.pca', 'drift.multivariate.classifier']) {
      const flags = chunkFlags(id);
      expect(DAYS.filter((d) => flags.get(d)), id).toEqual(DRIFTED);
      expect(test(id).status).toBe('warn');
    }
    const top = test('drift.multivariate.classifier').details?.top as { column: string }[];
    expect(top.slice(0, 2).map((t) => t.column).sort()).toEqual(['amount', 'income']);
  });

  it('CBPE agrees with the realized metrics on the labelled days, overall and in every chunk', () => {
    const rows = csvRows(join(EXAMPLE, 'data', 'current.csv'));
    const target = rows.shift()!.indexOf('target');
    // Days with at least one label: the 30 % cut falls early on 2026-10-10.
    const labelledDays = [...new Set(rows.filter((r) => r[target] !== '').map((r) => r[0]!.slice(0, 10)))];
    expect(labelledDays).toEqual(DAYS.slice(0, 10));
    for (const m of ['accuracy', 'roc_auc']) {
      const t = test(`performance.estimated.${m}.health`);
      expect(t.status).toBe('pass');
      type Side = { estimated: number; realized: number; ci: [number, number]; diverges: boolean };
      const d = t.details as { candidate: Side; baseline: Side; chunks: ({ chunk: string } & Record<'candidate' | 'baseline', Side>)[] };
      expect(d.chunks.map((c) => c.chunk)).toEqual(labelledDays);
      for (const side of [d.candidate, d.baseline, ...d.chunks.flatMap((c) => [c.candidate, c.baseline])]) {
        expect(side.diverges).toBe(false);
        expect(side.realized).toBeGreaterThanOrEqual(side.ci[0]);
        expect(side.realized).toBeLessThanOrEqual(side.ci[1]);
      }
      // Overall, 3,568 rows: the estimate is within 0.02 of what the labels say.
      expect(Math.abs(d.candidate.estimated - d.candidate.realized)).toBeLessThan(0.02);
    }
  });

  it('the estimates on the unlabelled days hold the generator’s truth and the hidden labels’ ROC AUC', () => {
    const hidden = new Map(csvRows(join(EXAMPLE, 'data', 'hidden-labels.csv')).slice(1).map(([id, y]) => [id!, Number(y)]));
    const rows = csvRows(join(EXAMPLE, 'data', 'current.csv'));
    const header = rows.shift()!;
    const col = (name: string) => header.indexOf(name);
    const unlabelled = rows.filter((r) => r[col('target')] === '');
    const labels = Uint8Array.from(unlabelled, (r) => hidden.get(r[col('id')]!)!);
    const expected = truth.periods.current_unlabelled!;
    for (const role of ['baseline', 'candidate'] as const) {
      const scores = Float64Array.from(unlabelled, (r) => Number(r[col(`${role}_score`)]));
      const realized = rocAuc(labels, scores);
      const est = (test('performance.estimated.roc_auc').details as Record<string, { value: number; ci: [number, number] }>)[role]!;
      expect(est.ci[0]).toBeLessThan(expected[role].roc_auc);
      expect(est.ci[1]).toBeGreaterThan(expected[role].roc_auc);
      expect(Math.abs(est.value - realized)).toBeLessThan(0.015);
      const acc = (test('performance.estimated.accuracy').details as Record<string, { value: number; ci: [number, number] }>)[role]!;
      expect(acc.ci[0]).toBeLessThan(expected[role].accuracy);
      expect(acc.ci[1]).toBeGreaterThan(expected[role].accuracy);
    }
    // The gated change holds the true change.
    const change = test('performance.estimated.roc_auc.change').details as { ci: { lo: number; hi: number } };
    const trueDelta = expected.candidate.roc_auc - expected.baseline.roc_auc;
    expect(change.ci.lo).toBeLessThan(trueDelta);
    expect(change.ci.hi).toBeGreaterThan(trueDelta);
    expect(change.ci.hi).toBeLessThan(-0.01);
  });

  it('docs/shadow-mode.md shows the example’s config as it is', () => {
    const section = readFileSync(join(ROOT, 'docs', 'shadow-mode.md'), 'utf8');
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(parse(block ?? '')).toEqual(parse(readFileSync(join(EXAMPLE, 'model-gate.yml'), 'utf8')));
  });

  it('docs/shadow-mode.md’s excerpt of the report is what the gate renders', () => {
    const readme = readFileSync(join(ROOT, 'docs', 'shadow-mode.md'), 'utf8');
    expect(readme.indexOf("The shadow example's report (excerpt")).toBeGreaterThan(0);
    const excerpt = excerptLines(readme, "The shadow example's report (excerpt");
    expect(excerpt.length).toBeGreaterThan(5);
    const rendered = new Set(renderMarkdown(report).split('\n'));
    for (const line of excerpt) expect(rendered.has(line), `docs/shadow-mode.md line not in the shadow example's report: ${line}`).toBe(true);
  });
});
