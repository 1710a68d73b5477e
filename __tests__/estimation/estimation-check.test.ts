import { describe, expect, it } from 'vitest';
import { CBPE_ASSUMPTION, estimationChecks } from '../../src/checks/estimation.js';
import type { CheckContext } from '../../src/checks/context.js';
import type { Chunks } from '../../src/chunks/types.js';
import type { GateConfig } from '../../src/config/types.js';
import { rocAuc } from '../../src/stats/auc.js';
import { byId, makeContext, makeTable, rng } from '../helpers/tables.js';
import { REPORT_SCHEMA_VERSION } from '../../src/results/types.js';

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

interface Shadow {
  ctx: CheckContext;
  /** The hidden labels of the current rows (1 = positive), and which rows the file labels. */
  truth: Uint8Array;
  labelled: Uint8Array;
  candScore: Float64Array;
}

interface ShadowOptions {
  seed?: number;
  refRows?: number;
  curRows?: number;
  /** Share of current rows (the earliest) that carry a label. */
  labelledShare?: number;
  /** Noise added to the candidate's logit (0 = as good as the baseline's). */
  candidateNoise?: number;
  /** Current: y no longer depends on x in the second half (concept drift). */
  conceptDrift?: boolean;
  config?: (c: GateConfig) => void;
  chunks?: number;
}

/**
 * Reference and current from P(y = 1 | x) = σ(2x); the baseline scores σ(2x + e), e ~ N(0, 0.3);
 * the candidate adds `candidateNoise` to its logit. The current x drifts (mean 0 → 0.5): CBPE
 * handles covariate shift. Scores are deliberately overconfident (×1.5 on the logit) so that
 * calibration matters.
 */
function shadow(o: ShadowOptions = {}): Shadow {
  const r = rng(o.seed ?? 1);
  const make = (n: number, shift: number, current: boolean) => {
    const y: (string | null)[] = [];
    const sb: number[] = [];
    const sc: number[] = [];
    const truth = new Uint8Array(n);
    const labelled = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const x = shift + r.normal();
      const drifted = current && o.conceptDrift && i >= n / 2;
      const yi = r.uniform() < (drifted ? 0.5 : sigmoid(2 * x)) ? 1 : 0;
      truth[i] = yi;
      const lb = 2 * x + 0.3 * r.normal();
      const lc = lb + (o.candidateNoise ?? 0) * r.normal();
      sb.push(sigmoid(1.5 * lb));
      sc.push(sigmoid(1.5 * lc));
      labelled[i] = !current || i < (o.labelledShare ?? 0.3) * n ? 1 : 0;
      y.push(labelled[i] ? (yi ? 'yes' : 'no') : null);
    }
    return { cols: { y, sb, sc }, truth, labelled, sc: Float64Array.from(sc) };
  };
  const ref = make(o.refRows ?? 3000, 0, false);
  const cur = make(o.curRows ?? 4000, 0.5, true);
  const ctx = makeContext(makeTable('ref.csv', ref.cols), makeTable('cur.csv', cur.cols), {
    task: 'classification',
    config: (c) => {
      c.columns.target = 'y';
      c.columns.positive_class = 'yes';
      c.columns.baseline_scores = 'sb';
      c.columns.candidate_scores = 'sc';
      o.config?.(c);
    },
  });
  if (o.chunks) {
    const n = cur.truth.length;
    const k = o.chunks;
    const index = Int32Array.from({ length: n }, (_, i) => Math.floor((i * k) / n));
    const chunks: Chunks = {
      by: `${k} chunks`,
      chunks: Array.from({ length: k }, (_, c) => ({ key: `chunk ${c + 1}`, rows: index.filter((v) => v === c).length, first: index.indexOf(c), last: index.lastIndexOf(c) })),
      index,
    };
    return { ctx: { ...ctx, chunks: (side) => (side === 'current' ? chunks : null) }, truth: cur.truth, labelled: cur.labelled, candScore: cur.sc };
  }
  return { ctx, truth: cur.truth, labelled: cur.labelled, candScore: cur.sc };
}

const explicitly = (...keys: string[]) => (c: GateConfig): void => {
  c.explicit = new Set([...c.explicit, ...keys]);
};

describe('estimation: a shadow log with labels for the earliest 30% of rows', () => {
  const s = shadow({ candidateNoise: 2.5, chunks: 4, config: (c) => {
    c.tests.business_value = { ...c.tests.business_value, matrix: [[0, -5], [-20, 50]], max_degradation: 0.5 };
  } });
  const rs = estimationChecks(s.ctx);

  it('estimates the candidate on the unlabelled rows near the realized value on the hidden labels, and says its assumption', () => {
    const est = byId(rs, 'performance.estimated.roc_auc');
    expect(est.status).toBe('info');
    const idx = [...s.labelled.keys()].filter((i) => s.labelled[i] === 0);
    const realized = rocAuc(Uint8Array.from(idx, (i) => s.truth[i]), Float64Array.from(idx, (i) => s.candScore[i]));
    const d = est.details as { candidate: { value: number; ci: [number, number] }; calibration: Record<string, string>; chunks: unknown[] };
    expect(realized).toBeGreaterThan(d.candidate.ci[0] - 0.01);
    expect(realized).toBeLessThan(d.candidate.ci[1] + 0.01);
    expect(d.calibration.candidate).toMatch(/isotonic|Platt/);
    expect(est.message).toContain(CBPE_ASSUMPTION);
    expect(est.message).toMatch(/on 2,800 unlabelled rows of cur\.csv/);
    // Chunks 1 and 2 hold the labelled 30%: the unlabelled rows fall in chunks 2–4.
    expect(d.chunks.map((x) => (x as { chunk: string }).chunk)).toEqual(['chunk 2', 'chunk 3', 'chunk 4']);
  });

  it('fails the estimated regression before the labels arrive', () => {
    const ch = byId(rs, 'performance.estimated.accuracy.change');
    expect(ch.status).toBe('fail');
    expect(ch.message).toMatch(/worse by more than the allowed 0\.01/);
    expect(ch.message).toContain(CBPE_ASSUMPTION);
    expect(byId(rs, 'performance.estimated.roc_auc.change').status).toBe('fail');
  });

  it('checks the estimate against the labels that arrived: healthy under covariate shift', () => {
    for (const m of ['accuracy', 'roc_auc', 'f1']) {
      const h = byId(rs, `performance.estimated.${m}.health`);
      expect(h.status, h.message).toBe('pass');
      expect((h.details as { chunks: unknown[] }).chunks).toHaveLength(2);
    }
  });

  it('combines realized and estimated into one partly estimated decision', () => {
    const c = byId(rs, 'performance.combined.accuracy');
    expect(c.status).toBe('fail');
    expect(c.name).toMatch(/partly estimated/);
    expect(c.message).toMatch(/realized on 1,200 labelled rows, estimated on 2,800 unlabelled rows/);
  });

  it('values the predictions with the business matrix and gates the candidate against the baseline', () => {
    const v = byId(rs, 'performance.business_value');
    expect(v.status).toBe('info');
    const d = v.details as { candidate: { value: number }; baseline: { value: number } };
    expect(d.candidate.value).toBeLessThan(d.baseline.value);
    expect(byId(rs, 'performance.business_value.change').status).toBe('fail');
  });
});

describe('estimation: a candidate as good as the baseline', () => {
  const rs = estimationChecks(shadow({ seed: 4, candidateNoise: 0.3 }).ctx);
  it('passes the estimated change tests', () => {
    for (const m of ['accuracy', 'roc_auc']) expect(byId(rs, `performance.estimated.${m}.change`).status).toBe('pass');
  });
});

describe('estimation: concept drift in the labelled rows', () => {
  it('warns that the estimate and the realized value diverge, naming the chunk', () => {
    const rs = estimationChecks(shadow({ seed: 2, conceptDrift: true, labelledShare: 1, chunks: 2, config: explicitly('tests.estimation') }).ctx);
    const h = byId(rs, 'performance.estimated.accuracy.health');
    expect(h.status).toBe('warn');
    expect(h.message).toMatch(/candidate chunk 2: realized/);
    expect(h.message).not.toMatch(/candidate chunk 1:/);
  });
});

describe('estimation: when it runs', () => {
  it('stays silent on a fully labelled file unless configured', () => {
    expect(estimationChecks(shadow({ labelledShare: 1 }).ctx)).toEqual([]);
    const rs = estimationChecks(shadow({ labelledShare: 1, config: explicitly('tests.estimation') }).ctx);
    expect(byId(rs, 'performance.estimated.accuracy').message).toMatch(/every row is labelled; labels hidden/);
  });

  it('is an error for a regression task only when configured', () => {
    const reg = shadow({ config: (c) => (c.task = 'regression') }).ctx;
    expect(estimationChecks({ ...reg, task: 'regression' })).toEqual([]);
    const regX = shadow({ config: explicitly('tests.estimation') }).ctx;
    const r = estimationChecks({ ...regX, task: 'regression' });
    expect(r).toHaveLength(1);
    expect(r[0].status).toBe('error');
    expect(r[0].message).toMatch(/task is regression.*tests\.estimation is configured/);
  });
});

describe('estimation: scores that cannot be calibrated', () => {
  function withReference(edit: (ref: { y: (string | null)[]; sc: number[]; sb: number[] }) => void): CheckContext {
    const ref = { y: [] as (string | null)[], sc: [] as number[], sb: [] as number[] };
    const r = rng(9);
    for (let i = 0; i < 400; i++) {
      const p = r.uniform();
      ref.y.push(r.uniform() < p ? 'yes' : 'no');
      ref.sc.push(p);
      ref.sb.push(p);
    }
    // The current file: the same rows, the first 100 labelled, before the reference is spoilt.
    const cur = { y: ref.y.map((v, i) => (i < 100 ? v : null)), sc: [...ref.sc], sb: [...ref.sb] };
    edit(ref);
    return makeContext(makeTable('ref.csv', ref), makeTable('cur.csv', cur), {
      task: 'classification',
      config: (c) => {
        c.columns.target = 'y';
        c.columns.positive_class = 'yes';
        c.columns.candidate_scores = 'sc';
        c.columns.baseline_scores = 'sb';
      },
    });
  }

  it('constant candidate scores: an error naming the column and the reference', () => {
    const rs = estimationChecks(withReference((ref) => ref.sc.fill(0.5)));
    expect(rs).toHaveLength(1);
    expect(rs[0]).toMatchObject({ id: 'performance.estimated', status: 'error' });
    expect(rs[0].message).toMatch(/candidate's score column "sc" cannot be calibrated on ref\.csv: every score .* is 0\.5: a constant score/);
  });

  it('no labelled reference row: an error', () => {
    const rs = estimationChecks(withReference((ref) => ref.y.fill(null)));
    expect(rs[0].status).toBe('error');
    expect(rs[0].message).toMatch(/no labelled reference row has a score/);
  });

  it('a class absent from the labelled reference: an error', () => {
    const rs = estimationChecks(withReference((ref) => ref.y.fill('no')));
    expect(rs[0].status).toBe('error');
    expect(rs[0].message).toMatch(/class is absent from the .* labelled reference rows/);
  });

  it('a baseline that cannot be calibrated: the candidate is still estimated, the comparison is an error', () => {
    const rs = estimationChecks(withReference((ref) => ref.sb.fill(0.2)));
    expect(byId(rs, 'performance.estimated.baseline').status).toBe('error');
    expect(byId(rs, 'performance.estimated.accuracy').status).toBe('info');
    expect(rs.some((r) => r.id === 'performance.estimated.accuracy.change')).toBe(false);
  });
});

describe('estimation: markdown report', () => {
  it('clips the intervals of the bounded metrics to [0, 1], even on 5-row chunks', () => {
    const tests = estimationChecks(shadow({ seed: 3, curRows: 2000, chunks: 400 }).ctx);
    const cis: [number, number][] = [];
    const collect = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(collect);
      else if (x && typeof x === 'object') {
        for (const [k, v] of Object.entries(x)) {
          if (k === 'ci' && Array.isArray(v)) cis.push(v as [number, number]);
          else collect(v);
        }
      }
    };
    for (const t of tests) if (/^performance\.estimated\.[a-z_1]+(\.health)?$/.test(t.id)) collect(t.details);
    expect(cis.length).toBeGreaterThan(1000);
    for (const [lo, hi] of cis.filter(([lo, hi]) => Number.isFinite(lo) && Number.isFinite(hi))) {
      expect(lo).toBeGreaterThanOrEqual(0);
      expect(hi).toBeLessThanOrEqual(1);
    }
    // Some chunk's interval does reach a bound (without clipping it would cross it).
    expect(cis.some(([lo, hi]) => lo === 0 || hi === 1)).toBe(true);
  });

  it('shows each chunk: estimates with intervals, and estimated beside realized with divergences marked', async () => {
    const { renderMarkdown } = await import('../../src/report/markdown.js');
    const { countStatuses, verdictOf } = await import('../../src/report/verdict.js');
    const tests = estimationChecks(shadow({ seed: 2, conceptDrift: true, labelledShare: 0.75, chunks: 4 }).ctx);
    const md = renderMarkdown({
      schema_version: REPORT_SCHEMA_VERSION, tool: { name: 'model-gate', version: '0' }, generated_at: '2026-12-04T00:00:00Z', config: 'model-gate.yml',
      task: 'classification', verdict: verdictOf(tests), counts: countStatuses(tests), data: { reference: null, current: null }, tests, duration_ms: 1,
    });
    expect(md).toContain('Estimated Accuracy: per chunk');
    expect(md).toMatch(/\| chunk 4 \| 1,000 \| [0-9.]+ \[[0-9.]+, [0-9.]+\] \| [0-9.]+ \[[0-9.]+, [0-9.]+\] \|/);
    expect(md).toContain('Estimated vs realized Accuracy: per chunk');
    expect(md).toMatch(/\| chunk 3 \| 1,000 \| [0-9.]+ \[[0-9.]+, [0-9.]+\] \| [0-9.]+ \*\*diverges\*\* \|/);
    expect(md).toMatch(/\| chunk 1 \| 1,000 \| [0-9.]+ \[[0-9.]+, [0-9.]+\] \| [0-9.]+ \|/);
  });
});
