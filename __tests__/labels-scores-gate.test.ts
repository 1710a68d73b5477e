/**
 * Issue 11, "labels and scores are validated, not trusted", through the whole gate (runGate on CSV
 * files): a stray label, invalid probabilities, and a positive class or score-map key that is no
 * class of the data.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../src/engine.js';
import type { Report, TestResult } from '../src/results/types.js';
import { rng } from './helpers/tables.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-labels-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function csv(cols: Record<string, readonly (string | number)[]>): string {
  const names = Object.keys(cols);
  const n = cols[names[0]!]!.length;
  const lines = [names.join(',')];
  for (let i = 0; i < n; i++) lines.push(names.map((c) => String(cols[c]![i])).join(','));
  return `${lines.join('\n')}\n`;
}

function get(report: Report, id: string): TestResult {
  const t = report.tests.find((x) => x.id === id);
  if (!t) throw new Error(`no ${id} in ${report.tests.map((x) => x.id).join(', ')}`);
  return t;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * A binary task on 2,000 rows per file: the baseline's scores are informative (ROC AUC ≈ 0.8), the
 * candidate's are pure noise; both predict the same classes (the baseline's), so only the score
 * metrics can tell them apart.
 */
function binaryFiles(seed: number, n = 2000): { reference: Record<string, (string | number)[]>; current: Record<string, (string | number)[]> } {
  const make = (r: ReturnType<typeof rng>, withCandidate: boolean): Record<string, (string | number)[]> => {
    const y: number[] = [], x: number[] = [], bs: number[] = [], bp: number[] = [], cs: number[] = [], cp: number[] = [];
    for (let i = 0; i < n; i++) {
      const label = r.uniform() < 0.4 ? 1 : 0;
      const s = sigmoid(1.2 * (2 * label - 1) + r.normal());
      y.push(label);
      x.push(Math.round(r.normal() * 1000) / 1000);
      bs.push(Math.round(s * 1e6) / 1e6);
      bp.push(s >= 0.5 ? 1 : 0);
      cs.push(Math.round(r.uniform() * 1e6) / 1e6);
      cp.push(s >= 0.5 ? 1 : 0);
    }
    return withCandidate ? { y, x, bp, bs, cp, cs } : { y, x, bp, bs };
  };
  return { reference: make(rng(seed), false), current: make(rng(seed + 1), true) };
}

const BINARY_COLUMNS = 'columns: { target: y, baseline_prediction: bp, baseline_scores: bs, candidate_prediction: cp, candidate_scores: cs }\n';

async function gate(config: string, reference: string, current: string): Promise<Report> {
  const dir = workspace({ 'model-gate.yml': `reference: ref.csv\ncurrent: cur.csv\n${config}`, 'ref.csv': reference, 'cur.csv': current });
  return runGate({ configPath: 'model-gate.yml', cwd: dir });
}

describe('one stray label on 1 row of 2,000', () => {
  for (const variant of [
    { name: 'in the candidate predictions', column: 'cp' as const, extra: '' },
    { name: 'in the candidate predictions, positive_class named', column: 'cp' as const, extra: 'positive_class: 1, ' },
    { name: 'in the target (a new class)', column: 'y' as const, extra: '' },
  ]) {
    it(`${variant.name}: noise scores FAIL on ROC AUC, and the label is a quality.labels failure`, async () => {
      const { reference, current } = binaryFiles(7);
      current[variant.column]![1000] = 2;
      const config = variant.extra ? BINARY_COLUMNS.replace('columns: { ', `columns: { ${variant.extra}`) : BINARY_COLUMNS;
      const report = await gate(config, csv(reference), csv(current));
      expect(report.verdict).toBe('fail');
      const labels = get(report, 'quality.labels');
      expect(labels.status).toBe('fail');
      expect(labels.value).toBe(1);
      expect(labels.message).toContain(`cur.csv column "${variant.column}": 1 value`);
      expect(labels.message).toContain('"2" × 1 (first at row 1002)');
      // The binary metrics still run, on the other 1,999 rows, and say why one was left out.
      const auc = get(report, 'performance.roc_auc.change');
      expect(auc.status).toBe('fail');
      expect(auc.message).toContain('on 1,999 labelled rows of 2,000');
      expect(auc.message).toContain('1 row whose target or prediction is not one of the known classes (see quality.labels) left out');
      expect((auc.details as { baseline: number }).baseline).toBeGreaterThan(0.75);
      expect((auc.details as { candidate: number }).candidate).toBeLessThan(0.56);
      for (const m of ['precision', 'recall', 'f1', 'log_loss']) {
        expect(report.tests.filter((t) => t.id.startsWith(`performance.${m}`)).every((t) => t.status !== 'skip')).toBe(true);
      }
      expect(get(report, 'performance.log_loss.change').status).toBe('fail');
    });
  }

  it('passes quality.labels, naming the known classes, when every label is one', async () => {
    const { reference, current } = binaryFiles(9, 300);
    const report = await gate(BINARY_COLUMNS, csv(reference), csv(current));
    const labels = get(report, 'quality.labels');
    expect(labels.status).toBe('pass');
    expect(labels.message).toBe('every label of "y", "bp", "cp" in cur.csv is one of the known classes ("0", "1"; from the "y" and "bp" columns of ref.csv)');
  });
});

describe('invalid probabilities', () => {
  /** Three classes; the baseline's per-class scores are a softmax, the candidate's as given. */
  function multiclass(candidate: (row: number, p: number[]) => number[]): { reference: string; current: string } {
    const r = rng(3);
    const labels = ['a', 'b', 'c'];
    const side = (withCandidate: boolean): string => {
      const cols: Record<string, (string | number)[]> = { y: [], bp: [], pa: [], pb: [], pc: [], cp: [], ca: [], cb: [], cc: [] };
      for (let i = 0; i < 600; i++) {
        const k = Math.floor(r.uniform() * 3);
        const z = [0, 1, 2].map((j) => (j === k ? 2 : 0) + r.normal());
        const e = z.map(Math.exp);
        const sum = e[0]! + e[1]! + e[2]!;
        const p = e.map((v) => Math.round((v / sum) * 1e6) / 1e6);
        const pred = labels[p.indexOf(Math.max(...p))]!;
        cols.y!.push(labels[k]!);
        cols.bp!.push(pred);
        cols.pa!.push(p[0]!);
        cols.pb!.push(p[1]!);
        cols.pc!.push(p[2]!);
        cols.cp!.push(pred);
        const c = candidate(i, p);
        cols.ca!.push(c[0]!);
        cols.cb!.push(c[1]!);
        cols.cc!.push(c[2]!);
      }
      if (!withCandidate) for (const key of ['cp', 'ca', 'cb', 'cc']) delete cols[key];
      return csv(cols);
    };
    return { reference: side(false), current: side(true) };
  }
  const config =
    'columns: { target: y, baseline_prediction: bp, candidate_prediction: cp, candidate_scores: { a: ca, b: cb, c: cc } }\n' +
    'tests: { performance: { metrics: { log_loss: { max: 0.5 } } } }\n';

  it('a candidate scoring 1.0 for every class fails on quality.scores, whatever its log loss', async () => {
    const { reference, current } = multiclass(() => [1, 1, 1]);
    const report = await gate(config, reference, current);
    expect(report.verdict).toBe('fail');
    // The log loss of such scores is ≈ 2e-16 and passes its bound: it is not what decides.
    const logLoss = get(report, 'performance.log_loss.value');
    expect(logLoss.status).toBe('pass');
    expect(logLoss.value).toBeLessThan(1e-15);
    const scores = get(report, 'quality.scores.candidate');
    expect(scores.status).toBe('fail');
    expect(scores.value).toBe(1);
    expect(scores.message).toContain('600 rows (100%) whose class scores do not sum to 1 ± 0.01');
    expect(scores.message).toContain('every row gives the same score to every class: the scores carry no information');
  });

  it('rows that do not sum to 1 fail, counted with examples', async () => {
    const { reference, current } = multiclass((i, p) => (i % 100 === 5 ? [p[0]! + 0.2, p[1]!, p[2]!] : p));
    const report = await gate(config, reference, current);
    const scores = get(report, 'quality.scores.candidate');
    expect(scores.status).toBe('fail');
    expect(scores.value).toBeCloseTo(6 / 600, 12);
    expect(scores.message).toMatch(/^the candidate scores \(3 per-class columns\) are not probabilities: 6 rows \(1%\) whose class scores do not sum to 1 ± 0\.01 \(largest deviation 0\.2\d*\), e\.g\. sum 1\.2 at row 7, sum 1\.2 at row 107/);
    expect(report.verdict).toBe('fail');
  });

  it('binary scores of 1.7 or -0.2 fail on quality.scores, not only as a range warning', async () => {
    const { reference, current } = binaryFiles(13);
    current.cs![10] = 1.7;
    current.cs![20] = -0.2;
    // The candidate is otherwise as good as the baseline: its scores are the baseline's.
    current.cs = current.cs!.map((v, i) => (i === 10 || i === 20 ? v : current.bs![i]!));
    const report = await gate(BINARY_COLUMNS, csv(reference), csv(current));
    expect(report.verdict).toBe('fail');
    const scores = get(report, 'quality.scores.candidate');
    expect(scores).toMatchObject({ status: 'fail', column: 'cs', value: 2 / 2000 });
    expect(scores.message).toBe(
      'the candidate scores ("cs") are not probabilities: cur.csv column "cs": 2 scores (0.1%) outside [0, 1] (min -0.2, max 1.7); e.g. 1.7 at row 12, -0.2 at row 22 (2 invalid rows of 2,000 rows with a score)',
    );
  });

  it('logits fail on quality.scores, named as such', async () => {
    const { reference, current } = binaryFiles(17);
    current.cs = current.bs!.map((p) => Math.round(Math.log(Number(p) / (1 - Number(p))) * 1e4) / 1e4);
    const report = await gate(BINARY_COLUMNS, csv(reference), csv(current));
    expect(report.verdict).toBe('fail');
    const scores = get(report, 'quality.scores.candidate');
    expect(scores.status).toBe('fail');
    expect(scores.message).toContain('outside [0, 1]');
    expect(scores.message).toContain('looks like logits or raw margins: model-gate needs probabilities');
  });

  it('well-formed scores pass', async () => {
    const { reference, current } = multiclass((i, p) => p);
    const report = await gate(config, reference, current);
    expect(get(report, 'quality.scores.candidate')).toMatchObject({ status: 'pass', value: 0 });
  });
});

describe('config that names no class of the data', () => {
  function yesNo(): { reference: string; current: string } {
    const r = rng(11);
    const side = (): string => {
      const cols: Record<string, string[]> = { y: [], p: [], s: [] };
      for (let i = 0; i < 200; i++) {
        const yes = r.uniform() < 0.5;
        cols.y!.push(yes ? 'yes' : 'no');
        cols.p!.push(r.uniform() < 0.8 === yes ? 'yes' : 'no');
        cols.s!.push(String(Math.round(r.uniform() * 1000) / 1000));
      }
      return csv(cols);
    };
    return { reference: side(), current: side() };
  }

  it('positive_class "Yes" for "yes" is an input error with "did you mean"', async () => {
    const { reference, current } = yesNo();
    const report = await gate('columns: { target: y, candidate_prediction: p, positive_class: "Yes" }\n', reference, current);
    expect(report.verdict).toBe('error');
    const e = get(report, 'input.labels');
    expect(e).toMatchObject({ family: 'input', status: 'error' });
    expect(e.message).toBe('config key columns.positive_class: "Yes" is not one of the classes ("no", "yes"; from the "y" column of ref.csv): did you mean "yes"?');
  });

  it('a score-map key that is not a class ("Billing" for "billing") is an input error naming the key', async () => {
    const r = rng(5);
    const cols: Record<string, string[]> = { y: [], p: [], sb: [], ss: [] };
    for (let i = 0; i < 200; i++) {
      const billing = r.uniform() < 0.5;
      const s = Math.round(r.uniform() * 1000) / 1000;
      cols.y!.push(billing ? 'billing' : 'support');
      cols.p!.push(s >= 0.5 ? 'billing' : 'support');
      cols.sb!.push(String(s));
      cols.ss!.push(String(Math.round((1 - s) * 1000) / 1000));
    }
    const data = csv(cols);
    const report = await gate('columns: { target: y, candidate_prediction: p, candidate_scores: { Billing: sb, support: ss } }\n', data, data);
    expect(report.verdict).toBe('error');
    const e = get(report, 'input.labels');
    expect(e.message).toBe(
      'config key columns.candidate_scores.Billing: "Billing" is not a label of the target or predictions (their labels: "billing", "support"): did you mean "billing"?',
    );
  });
});
