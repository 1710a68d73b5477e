import { describe, expect, it } from 'vitest';
import { CBPE_ASSUMPTION, estimationChecks } from '../../src/checks/estimation.js';
import type { CheckContext } from '../../src/checks/context.js';
import { resolveConfig } from '../../src/config/load.js';
import type { GateConfig } from '../../src/config/types.js';
import { rocAucOvr } from '../../src/stats/auc.js';
import { confusionMatrix, metricsFromConfusion } from '../../src/stats/classification.js';
import { byId, makeContext, makeTable, rng, type ColumnInput } from '../helpers/tables.js';

const CLASSES = ['a', 'b', 'c'];

interface Options {
  seed?: number;
  refRows?: number;
  curRows?: number;
  labelledShare?: number;
  /** Noise on the candidate's logits (0: as good as the baseline). */
  candidateNoise?: number;
  shift?: number;
  /** Edit the generated columns before the tables are made. */
  edit?: (ref: Record<string, (string | number | null)[]>, cur: Record<string, (string | number | null)[]>) => void;
  config?: (c: GateConfig) => void;
}

interface Shadow {
  ctx: CheckContext;
  /** Hidden class index of each current row, which rows carry a label, and the candidate's scores. */
  truth: Int32Array;
  labelled: Uint8Array;
  candScores: Float64Array[];
}

/**
 * Three classes with P(y | x) = softmax(x·W), x ~ N(shift, 1)²; the baseline scores softmax(1.6·x·W)
 * (overconfident: calibration matters), the candidate adds noise to its logits. Predictions come
 * from the scores (the highest); the current file's x drifts (shift 0.4) and its earliest rows are
 * labelled.
 */
function shadow(o: Options = {}): Shadow {
  const r = rng(o.seed ?? 1);
  const make = (n: number, shift: number, current: boolean) => {
    const cols: Record<string, (string | number | null)[]> = { y: [] };
    for (const m of ['base', 'cand']) for (const c of CLASSES) cols[`${m}_score_${c}`] = [];
    const truth = new Int32Array(n);
    const labelled = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const x1 = shift + r.normal();
      const x2 = r.normal();
      const z = [1.3 * x1, -0.9 * x1 + 1.1 * x2, 0.5 * x2 - 0.2];
      const soft = (v: number[]): number[] => {
        const mx = Math.max(...v);
        const e = v.map((t) => Math.exp(t - mx));
        const s = e.reduce((a, b) => a + b, 0);
        return e.map((t) => t / s);
      };
      const p = soft(z);
      const u = r.uniform();
      const y = u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
      truth[i] = y;
      const sb = soft(z.map((t) => 1.6 * t + 0.2 * r.normal()));
      const sc = soft(z.map((t) => 1.6 * (t + (o.candidateNoise ?? 0) * r.normal())));
      CLASSES.forEach((c, k) => {
        cols[`base_score_${c}`].push(Math.round(sb[k] * 1e4) / 1e4);
        cols[`cand_score_${c}`].push(Math.round(sc[k] * 1e4) / 1e4);
      });
      labelled[i] = !current || i < (o.labelledShare ?? 0.3) * n ? 1 : 0;
      cols.y.push(labelled[i] ? CLASSES[y] : null);
    }
    return { cols, truth, labelled };
  };
  const ref = make(o.refRows ?? 3000, 0, false);
  const cur = make(o.curRows ?? 4000, o.shift ?? 0.4, true);
  o.edit?.(ref.cols, cur.cols);
  // Text (the target) and numbers (the scores) side by side: each column is one or the other.
  const table = (name: string, cols: Record<string, (string | number | null)[]>) => makeTable(name, cols as unknown as Record<string, ColumnInput>);
  const ctx = makeContext(table('ref.csv', ref.cols), table('cur.csv', cur.cols), {
    task: 'classification',
    config: (c) => {
      c.columns.target = 'y';
      c.columns.baseline_scores = Object.fromEntries(CLASSES.map((k) => [k, `base_score_${k}`]));
      c.columns.candidate_scores = Object.fromEntries(CLASSES.map((k) => [k, `cand_score_${k}`]));
      o.config?.(c);
    },
  });
  const candScores = CLASSES.map((c) => Float64Array.from(cur.cols[`cand_score_${c}`] as number[]));
  return { ctx, truth: cur.truth, labelled: cur.labelled, candScores };
}

/** The candidate's realized metrics on the current rows without a label, from the hidden labels. */
function realizedOnHidden(s: Shadow): { accuracy: number; macro_f1: number; roc_auc: number } {
  const idx = [...s.labelled.keys()].filter((i) => s.labelled[i] === 0);
  const actual = Int32Array.from(idx, (i) => s.truth[i]);
  const scores = s.candScores.map((col) => Float64Array.from(idx, (i) => col[i]));
  const pred = Int32Array.from(idx, (_, j) => {
    let best = 0;
    for (let c = 1; c < 3; c++) if (scores[c][j] > scores[best][j]) best = c;
    return best;
  });
  const m = metricsFromConfusion(confusionMatrix(actual, pred, 3), 3, null);
  return { accuracy: m.accuracy, macro_f1: m.macro_f1, roc_auc: rocAucOvr(actual, scores) };
}

const explicitly = (...keys: string[]) => (c: GateConfig): void => {
  c.explicit = new Set([...c.explicit, ...keys]);
};

describe('multiclass estimation: a shadow log with labels for the earliest 30% of rows', () => {
  const s = shadow({
    candidateNoise: 0.7,
    config: (c) => {
      c.tests.business_value = { ...c.tests.business_value, matrix: [[5, -5, -5], [-5, 5, -5], [-5, -5, 5]], max_degradation: 0.05 };
    },
  });
  const rs = estimationChecks(s.ctx);

  it('estimates accuracy, macro F1 and macro ROC AUC near the realized values on the hidden labels', () => {
    const truth = realizedOnHidden(s);
    for (const [id, value] of [['accuracy', truth.accuracy], ['macro_f1', truth.macro_f1], ['roc_auc', truth.roc_auc]] as const) {
      const est = byId(rs, `performance.estimated.${id}`);
      expect(est.status).toBe('info');
      const d = est.details as { candidate: { value: number; ci: [number, number] }; calibration: Record<string, string> };
      expect(value, id).toBeGreaterThan(d.candidate.ci[0] - 0.01);
      expect(value, id).toBeLessThan(d.candidate.ci[1] + 0.01);
      expect(d.calibration.candidate).toMatch(/^"a": (isotonic|Platt).*; "b": .*; "c": /);
      expect(est.message).toContain(CBPE_ASSUMPTION);
      expect(est.message).toMatch(/on 2,800 unlabelled rows of cur\.csv/);
    }
    expect(byId(rs, 'performance.estimated.macro_precision').name).toBe('Estimated Macro precision');
    expect(rs.some((r) => r.id === 'performance.estimated.precision')).toBe(false);
  });

  it('fails the estimated regression of the candidate before the labels arrive', () => {
    for (const id of ['accuracy', 'roc_auc']) {
      const ch = byId(rs, `performance.estimated.${id}.change`);
      expect(ch.status, ch.message).toBe('fail');
    }
  });

  it('finds the estimate healthy against the labels that arrived (covariate shift only)', () => {
    for (const id of ['accuracy', 'macro_precision', 'macro_recall', 'macro_f1', 'roc_auc']) {
      const h = byId(rs, `performance.estimated.${id}.health`);
      expect(h.status, h.message).toBe('pass');
    }
  });

  it('decides the partly estimated metrics and the business value per row over the 3×3 matrix', () => {
    expect(byId(rs, 'performance.combined.accuracy').status).toBe('fail');
    expect(byId(rs, 'performance.combined.macro_f1').name).toBe('Macro F1 (partly estimated) vs baseline');
    const v = byId(rs, 'performance.business_value');
    expect(v.message).toMatch(/matrix\[actual\]\[predicted\] over classes "a", "b", "c"/);
    const d = v.details as { candidate: { value: number }; baseline: { value: number } };
    expect(d.candidate.value).toBeLessThan(d.baseline.value);
    expect(byId(rs, 'performance.business_value.change').status).toBe('fail');
  });
});

describe('multiclass estimation: what one-vs-rest calibration cannot see', () => {
  it('warns through the health check when a noisy model predicts from scores each calibrated alone', () => {
    // Each class's score is calibrated on its own (NannyML's way), but the prediction (the highest
    // score) also reads the other classes' noisy scores: P(y = c | s_c) overstates P(y = c | ŷ = c)
    // and the macro metrics come out too high. The labels that arrived show it.
    const rs = estimationChecks(shadow({ candidateNoise: 1.5 }).ctx);
    const h = byId(rs, 'performance.estimated.macro_recall.health');
    expect(h.status).toBe('warn');
    expect(h.message).toMatch(/candidate overall: realized [0-9.]+, estimated [0-9.]+/);
  });
});

describe('multiclass estimation: a candidate as good as the baseline', () => {
  it('passes the estimated change tests', () => {
    const rs = estimationChecks(shadow({ seed: 5, candidateNoise: 0 }).ctx);
    for (const id of ['accuracy', 'macro_f1', 'roc_auc']) expect(byId(rs, `performance.estimated.${id}.change`).status).toBe('pass');
  });
});

describe('multiclass estimation: bad input', () => {
  it('a constant class score: an error naming the column and the class', () => {
    const rs = estimationChecks(shadow({ edit: (ref) => ref.cand_score_b.fill(0.3) }).ctx);
    const e = byId(rs, 'performance.estimated');
    expect(e.status).toBe('error');
    expect(e.message).toMatch(/candidate's score column "cand_score_b" of class "b" cannot be calibrated on ref\.csv: every score .* is 0\.3: a constant score/);
  });

  it('a class with no reference rows (named only by the score maps): an error naming it', () => {
    const rs = estimationChecks(
      shadow({
        edit: (ref, cur) => {
          for (const t of [ref, cur]) {
            t.cand_score_d = t.y.map(() => 0.01);
            t.base_score_d = t.y.map(() => 0.01);
          }
        },
        config: (c) => {
          c.columns.candidate_scores = { ...(c.columns.candidate_scores as Record<string, string>), d: 'cand_score_d' };
          c.columns.baseline_scores = { ...(c.columns.baseline_scores as Record<string, string>), d: 'base_score_d' };
        },
      }).ctx,
    );
    const e = byId(rs, 'performance.estimated');
    expect(e.status).toBe('error');
    expect(e.message).toMatch(/score column "cand_score_d" of class "d" cannot be calibrated on ref\.csv: no labelled reference row is of class "d"/);
  });

  it('labels in the current file for a class the reference never had: a warning naming them', () => {
    const rs = estimationChecks(
      shadow({
        edit: (_, cur) => {
          for (let i = 0; i < 30; i++) cur.y[i * 7] = 'e';
        },
      }).ctx,
    );
    const w = byId(rs, 'performance.estimated.labels');
    expect(w.status).toBe('warn');
    expect(w.message).toMatch(/^30 labelled rows of cur\.csv hold 1 label that ref\.csv never had: "e" \(30\)/);
    // The estimate still runs on the other rows.
    expect(byId(rs, 'performance.estimated.accuracy').status).toBe('info');
  });

  it('the config accepts a k×k business value matrix', () => {
    const cfg = resolveConfig({ reference: 'r.csv', current: 'c.csv', tests: { business_value: { matrix: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] } } }, 'model-gate.yml');
    expect(cfg.tests.business_value.matrix).toEqual([[1, 0, 0], [0, 1, 0], [0, 0, 1]]);
  });

  it('a 2×2 business value matrix for three classes: an error saying the shape it needs', () => {
    const rs = estimationChecks(shadow({ config: (c) => (c.tests.business_value = { ...c.tests.business_value, matrix: [[0, -1], [-5, 3]] }) }).ctx);
    const e = byId(rs, 'performance.business_value');
    expect(e.status).toBe('error');
    expect(e.message).toMatch(/is 2×2, but there are 3 classes: it needs 3×3 values, matrix\[actual\]\[predicted\] over classes "a", "b", "c"/);
  });

  it('stays silent on a fully labelled multiclass file unless configured', () => {
    expect(estimationChecks(shadow({ labelledShare: 1, curRows: 600 }).ctx)).toEqual([]);
    const rs = estimationChecks(shadow({ labelledShare: 1, curRows: 600, config: explicitly('tests.estimation') }).ctx);
    expect(byId(rs, 'performance.estimated.macro_f1').message).toMatch(/every row is labelled; labels hidden/);
  });
});
