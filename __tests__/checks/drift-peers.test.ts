/**
 * The peers' drift methods through the drift check: a config naming the method gives a result with
 * that method, its label, the reference value (scipy, __tests__/fixtures/peer-methods.json) and
 * the status its default limit implies; a method named for a column it cannot handle is an error
 * naming the config key.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkChecks } from '../../src/checks/chunks.js';
import { driftChecks } from '../../src/checks/drift.js';
import { defaultChunking } from '../../src/config/defaults.js';
import { resolveConfig } from '../../src/config/load.js';
import type { DriftMethod, GateConfig } from '../../src/config/types.js';
import { runGate } from '../../src/engine.js';
import { renderJson } from '../../src/report/json.js';
import { renderHtml } from '../../src/report/html/page.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { METHOD_LABEL } from '../../src/results/methods.js';
import { energyDistance } from '../../src/stats/energy.js';
import { mannWhitneyU } from '../../src/stats/mann-whitney.js';
import { materialise, type Sample } from '../stats/drift-fixture.js';
import { byId, makeContext, makeTable } from '../helpers/tables.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ref: any = JSON.parse(readFileSync(new URL('../fixtures/peer-methods.json', import.meta.url), 'utf8'));

function close(actual: number, expected: number, rel = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

function numericCase(name: string): [number[], number[]] {
  const [a, b] = ref.samples[name] as [Sample, Sample];
  return [Array.from(materialise(a)), Array.from(materialise(b))];
}

/** Category counts as a column of labels c0, c1, … */
function labels(counts: number[]): string[] {
  return counts.flatMap((n, i) => Array.from({ length: n }, () => `c${i}`));
}

function run(refX: (number | string)[], curX: (number | string)[], configure: (cfg: GateConfig) => void) {
  const ctx = makeContext(makeTable('ref.csv', { x: refX as never }), makeTable('cur.csv', { x: curX as never }), { config: configure });
  return byId(driftChecks(ctx), 'drift.x');
}

const perColumn = (method: DriftMethod) => (cfg: GateConfig): void => {
  cfg.tests.drift.columns = { x: { method } };
};

describe('numeric peer methods through the drift check (medium sample with ties)', () => {
  const [a, b] = numericCase('medium_ties');
  const cases: [DriftMethod, number, number | null, string][] = [
    ['mann_whitney', ref.mann_whitney.medium_ties[0], ref.mann_whitney.medium_ties[1], 'warn'],
    ['cramer_von_mises', ref.cvm.medium_ties[0], ref.cvm.medium_ties[1], 'warn'],
    ['anderson_darling', ref.anderson.medium_ties[0], ref.anderson.medium_ties[1], 'warn'],
    ['energy', ref.energy.medium_ties, null, 'warn'],
    // Deepchecks' default limit 0.2: 0.081 passes.
    ['wasserstein_range', ref.wasserstein_range.medium_ties[0], null, 'pass'],
  ];
  it.each(cases)('%s', (method, statistic, p, status) => {
    const r = run(a, b, perColumn(method));
    expect(r.method).toBe(method);
    expect(r.status).toBe(status);
    expect(r.message).toContain(METHOD_LABEL[method]);
    close(r.value as number, statistic);
    if (p === null) {
      expect(r.p_value).toBeUndefined();
      expect(r.threshold).toMatchObject({ on: 'value', fail: method === 'wasserstein_range' ? 0.2 : 0.1 });
    } else {
      close(r.p_value as number, p);
      expect(r.threshold).toMatchObject({ on: 'p_value', fail: 0.05 });
    }
  });
  it('anderson_darling says when scipy\'s table only bounds the p-value', () => {
    expect(run(a, b, perColumn('anderson_darling')).details?.p_value_kind).toBe('floored');
  });
  it('range_margin 0 gives the distance over the whole joint range', () => {
    const r = run(a, b, (cfg) => {
      cfg.tests.drift.columns = { x: { method: 'wasserstein_range' } };
      cfg.tests.drift.range_margin = 0;
    });
    close(r.value as number, ref.wasserstein_range.medium_ties[1]);
  });
});

describe('categorical peer methods through the drift check', () => {
  const three = ref.counts.three;
  const cases: [DriftMethod, number, string][] = [
    ['cramer_v', three.cramer_v, 'pass'],
    ['cramer_v_corrected', three.cramer_v_corrected, 'pass'],
    ['tvd', three.tvd, 'pass'],
    ['l_infinity', three.l_infinity, 'pass'],
    ['kl_divergence', three.kl, 'pass'],
  ];
  it.each(cases)('%s', (method, statistic, status) => {
    const r = run(labels(three.ref), labels(three.cur), perColumn(method));
    expect(r.method).toBe(method);
    expect(r.status).toBe(status);
    expect(r.message).toContain(METHOD_LABEL[method]);
    close(r.value as number, statistic);
  });
  it('a share distance drifts past its limit', () => {
    const nc = ref.counts.new_category;
    const r = run(labels(nc.ref), labels(nc.cur), perColumn('tvd'));
    close(r.value as number, nc.tvd);
    expect(r.status).toBe('warn');
    expect(r.details?.drifted).toBe(true);
  });
  it("fisher_exact on a two-valued column gives scipy's two-sided p", () => {
    const two = ref.counts.two;
    const r = run(labels(two.ref), labels(two.cur), perColumn('fisher_exact'));
    const scipy = ref.fisher.find((c: [number[]]) => c[0].join() === '120,80,95,105');
    expect(r.method).toBe('fisher_exact');
    close(r.p_value as number, scipy[2]);
    expect(r.status).toBe('warn');
    expect(r.message).toContain("Fisher's exact p = ");
  });
  it('fisher_exact on a column with one value in both files: p = 1, no odds ratio', () => {
    const r = run(labels([30]), labels([20]), perColumn('fisher_exact'));
    expect(r).toMatchObject({ method: 'fisher_exact', status: 'pass', p_value: 1 });
    expect(r.details?.odds_ratio).toBeNull();
  });
  it('chi_squared_gof: a category new in the current file gives p = 0 (Evidently), chi_squared does not', () => {
    const nc = ref.counts.new_category;
    const gof = run(labels([60, 40]), labels(nc.cur), perColumn('chi_squared_gof'));
    expect(gof.method).toBe('chi_squared_gof');
    expect(gof.p_value).toBe(0);
    expect(gof.status).toBe('warn');
    const homogeneity = run(labels([60, 40]), labels(nc.cur), perColumn('chi_squared'));
    expect(homogeneity.p_value as number).toBeGreaterThan(0);
  });
});

describe('per-method default limits', () => {
  const three = ref.counts.three;
  it("Cramér's V is judged at Deepchecks' 0.2 unless tests.drift.distance is written", () => {
    const dflt = run(labels(three.ref), labels(three.cur), perColumn('cramer_v'));
    expect(dflt.threshold).toMatchObject({ fail: 0.2 });
    const written = run(labels(three.ref), labels(three.cur), (cfg) => {
      cfg.tests.drift.columns = { x: { method: 'cramer_v' } };
      cfg.tests.drift.distance = 0.05;
      (cfg as { explicit: ReadonlySet<string> }).explicit = new Set(['tests.drift.distance']);
    });
    expect(written.threshold).toMatchObject({ fail: 0.05 });
    expect(written.status).toBe('warn');
  });
});

describe('a method named for a column it cannot handle', () => {
  const three = ref.counts.three;
  it.each(['mann_whitney', 'cramer_von_mises', 'anderson_darling', 'energy', 'wasserstein_range'] as DriftMethod[])(
    'per column, %s on text is an error naming the key',
    (method) => {
      const r = run(labels(three.ref), labels(three.cur), perColumn(method));
      expect(r.status).toBe('error');
      expect(r.message).toContain(`config key tests.drift.columns.x.method is ${method}, which needs numbers`);
    },
  );
  it('per column, fisher_exact on three categories is an error naming the key', () => {
    const r = run(labels(three.ref), labels(three.cur), perColumn('fisher_exact'));
    expect(r.status).toBe('error');
    expect(r.message).toContain('config key tests.drift.columns.x.method is fisher_exact');
    expect(r.message).toContain('at most 2 distinct values, and this one has 3');
  });
  it('per column, fisher_exact on a continuous numeric column is an error', () => {
    const [a, b] = numericCase('medium');
    const r = run(a, b, perColumn('fisher_exact'));
    expect(r.status).toBe('error');
    expect(r.message).toContain('config key tests.drift.columns.x.method is fisher_exact');
  });
  it('the global fisher_exact gives way to auto on a column it cannot test, and says so', () => {
    const r = run(labels(three.ref), labels(three.cur), (cfg) => {
      cfg.tests.drift.method = 'fisher_exact';
    });
    expect(r.method).toBe('chi_squared');
    expect(r.message).toContain('auto (the global method fisher_exact does not apply');
  });
  it('the global mann_whitney gives way to auto on text', () => {
    const r = run(labels(three.ref), labels(three.cur), (cfg) => {
      cfg.tests.drift.method = 'mann_whitney';
    });
    expect(r.method).toBe('chi_squared');
  });
});

describe('config', () => {
  const base = { version: 1, reference: 'r.csv', current: 'c.csv' };
  it('accepts every peer method and range_margin', () => {
    for (const method of ['fisher_exact', 'chi_squared_gof', 'cramer_v', 'cramer_v_corrected', 'tvd', 'l_infinity', 'kl_divergence', 'energy', 'anderson_darling', 'cramer_von_mises', 'mann_whitney', 'wasserstein_range']) {
      const cfg = resolveConfig({ ...base, tests: { drift: { method, range_margin: 0.1, columns: { x: { method } } } } }, 'model-gate.yml');
      expect(cfg.tests.drift.method).toBe(method);
      expect(cfg.tests.drift.range_margin).toBe(0.1);
    }
    expect(resolveConfig(base, 'model-gate.yml').tests.drift.range_margin).toBe(0.025);
  });
  it('refuses a range_margin of 0.5 or more', () => {
    expect(() => resolveConfig({ ...base, tests: { drift: { range_margin: 0.5 } } }, 'model-gate.yml')).toThrow(/range_margin/);
  });
});

describe('through the gate', () => {
  const [a, b] = numericCase('medium_ties');
  const refCsv = ['num,cat,bin', ...a.map((v, i) => `${v},${['p', 'q', 'r'][i % 3]},${i % 2 ? 'y' : 'n'}`)].join('\n');
  // "s" is new in the current file; "y" falls from 50 % to 33 %.
  const curCsv = ['num,cat,bin', ...b.map((v, i) => `${v},${i % 5 === 0 ? 's' : ['p', 'q', 'r'][i % 3]},${i % 3 === 0 ? 'y' : 'n'}`)].join('\n');
  const gate = async (columns: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-peers-'));
    writeFileSync(join(dir, 'ref.csv'), refCsv);
    writeFileSync(join(dir, 'cur.csv'), curCsv);
    writeFileSync(join(dir, 'model-gate.yml'), `reference: ref.csv\ncurrent: cur.csv\ntests:\n  drift:\n    columns: ${columns}\n`);
    return runGate({ configPath: 'model-gate.yml', cwd: dir });
  };

  it('runs the methods the config names, with their labels, and renders an infinite statistic', async () => {
    const report = await gate('{ num: { method: mann_whitney }, cat: { method: chi_squared_gof }, bin: { method: fisher_exact } }');
    const num = byId(report.tests, 'drift.num');
    expect(num).toMatchObject({ method: 'mann_whitney', status: 'warn' });
    const cat = byId(report.tests, 'drift.cat');
    expect(cat).toMatchObject({ method: 'chi_squared_gof', status: 'warn', p_value: 0 });
    expect(cat.value).toBe(Infinity);
    const bin = byId(report.tests, 'drift.bin');
    expect(bin).toMatchObject({ method: 'fisher_exact', status: 'warn' });
    expect(bin.message).toContain("Fisher's exact p = ");
    expect(report.verdict).not.toBe('error');
    const json = JSON.parse(renderJson(report));
    expect(json.tests.find((t: { id: string }) => t.id === 'drift.cat').method).toBe('chi_squared_gof');
    expect(renderMarkdown(report)).toContain('chi-squared goodness of fit');
    expect(renderHtml(report)).toContain('chi_squared_gof');
  });

  it('a numeric-only method named for a text column makes the verdict error', async () => {
    const report = await gate('{ cat: { method: energy } }');
    const cat = byId(report.tests, 'drift.cat');
    expect(cat.status).toBe('error');
    expect(cat.message).toContain('config key tests.drift.columns.cat.method is energy, which needs numbers');
    expect(report.verdict).toBe('error');
  });
});

describe('per chunk', () => {
  it('mann_whitney and energy measure every current chunk against the whole reference', () => {
    const [a, b] = numericCase('medium_ties');
    const day = (d: number): string => `2026-11-0${d}`;
    const reference = makeTable('ref.csv', { ts: a.map((_, i) => day(1 + (i % 4))), x: a });
    const current = makeTable('cur.csv', { ts: b.map((_, i) => day(1 + (i % 2))), x: b });
    const sortedRef = Float64Array.from(a).sort();
    const chunk = (k: number): Float64Array => Float64Array.from(b.filter((_, i) => i % 2 === k)).sort();
    for (const method of ['mann_whitney', 'energy'] as DriftMethod[]) {
      const ctx = makeContext(reference, current, {
        config: (c) => {
          c.chunking = { ...defaultChunking(), column: 'ts', period: 'day' };
          c.tests.drift.columns = { x: { method } };
        },
      });
      const r = byId(chunkChecks(ctx), 'drift.chunks.x');
      expect(r.method).toBe(method);
      const rows = r.details!.chunks as { statistic?: number; value: number; p_value?: number }[];
      expect(rows).toHaveLength(2);
      rows.forEach((row, k) => {
        if (method === 'mann_whitney') {
          const direct = mannWhitneyU(sortedRef, chunk(k));
          expect(row.statistic).toBe(direct.statistic);
          expect(row.p_value).toBe(direct.pValue);
        } else {
          expect(row.value).toBe(energyDistance(sortedRef, chunk(k)));
        }
      });
    }
  });
});
