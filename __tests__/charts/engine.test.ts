import { beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../src/engine.js';
import type { Side } from '../../src/results/charts.js';
import type { Report } from '../../src/results/types.js';

let report: Report;
beforeAll(async () => {
  report = await runGate({ configPath: 'examples/model-gate.yml' });
});

describe('the bundled example\'s charts', () => {
  it('are in the report: every drifted column first, counts adding up to each file\'s rows', () => {
    const charts = report.charts!;
    const flagged = new Set(report.tests.filter((t) => t.family === 'drift' && t.column && (t.status === 'warn' || t.status === 'fail')).map((t) => t.column));
    const drawn = [...flagged].filter((c) => charts.distributions.some((d) => d.column === c));
    expect(drawn.length).toBeGreaterThanOrEqual(3);
    expect(new Set(charts.distributions.slice(0, drawn.length).map((d) => d.column))).toEqual(new Set(drawn));
    for (const d of charts.distributions) {
      for (const s of ['reference', 'current'] as Side[]) {
        const sum = [...d.counts[s], d.below?.[s] ?? 0, d.above?.[s] ?? 0, d.other?.[s] ?? 0, d.missing[s]].reduce((a, b) => a + b, 0);
        expect(sum, `${d.column} ${s}`).toBe(report.data[s]!.rows);
      }
    }
  });

  it('draw both models\' curves with the AUCs the performance tests report', () => {
    const change = report.tests.find((t) => t.id === 'performance.roc_auc.change')!;
    const cur = report.charts!.curves.filter((c) => c.side === 'current');
    expect(cur.map((c) => [c.model, c.roc.auc])).toEqual([
      ['baseline', change.details!.baseline],
      ['candidate', change.details!.candidate],
    ]);
    expect(report.charts!.curves.filter((c) => c.side === 'reference').map((c) => c.model)).toEqual(['baseline']);
    expect(report.charts!.matrices.map((m) => m.kind)).toEqual(['confusion', 'confusion', 'flip']);
  });

  it('are absent when the run stopped before the checks', async () => {
    const r = await runGate({ configPath: 'no-such-config.yml' });
    expect(r.charts).toBeUndefined();
  });
});
