import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';

const base = { reference: 'ref.csv', current: 'cur.csv' };

describe('tests.multivariate config', () => {
  it('is off by default with NannyML\'s variance share and the documented classifier defaults', () => {
    const m = resolveConfig(base, 'model-gate.yml').tests.multivariate;
    expect(m).toEqual({
      enabled: false,
      severity: 'warn',
      pca: { enabled: true, variance: 0.65 },
      classifier: { enabled: true, max_auc: 0.55, folds: 5, rows: 100000, seed: 1, top: 5 },
    });
  });

  it('`true` turns both methods on; a method can be switched off or tuned alone', () => {
    expect(resolveConfig({ ...base, tests: { multivariate: true } }, 'm.yml').tests.multivariate.enabled).toBe(true);
    const m = resolveConfig({ ...base, tests: { multivariate: { enabled: true, pca: false, classifier: { max_auc: 0.6, rows: 5000 } } } }, 'm.yml').tests.multivariate;
    expect(m.pca.enabled).toBe(false);
    expect(m.classifier).toEqual({ enabled: true, max_auc: 0.6, folds: 5, rows: 5000, seed: 1, top: 5 });
  });

  it('writing its settings asks for it: a mapping without `enabled` turns it on; `enabled: false` or `false` keep it off', () => {
    expect(resolveConfig({ ...base, tests: { multivariate: { classifier: { rows: 5000 } } } }, 'm.yml').tests.multivariate.enabled).toBe(true);
    expect(resolveConfig({ ...base, tests: { multivariate: { enabled: false, pca: { variance: 0.8 } } } }, 'm.yml').tests.multivariate.enabled).toBe(false);
    expect(resolveConfig({ ...base, tests: { multivariate: false } }, 'm.yml').tests.multivariate.enabled).toBe(false);
  });

  it('rejects values outside their ranges, naming the key', () => {
    expect(() => resolveConfig({ ...base, tests: { multivariate: { pca: { variance: 1 } } } }, 'm.yml')).toThrow(/multivariate\.pca\.variance/);
    expect(() => resolveConfig({ ...base, tests: { multivariate: { classifier: { max_auc: 0.4 } } } }, 'm.yml')).toThrow(/max_auc/);
    expect(() => resolveConfig({ ...base, tests: { multivariate: { classifier: { folds: 1 } } } }, 'm.yml')).toThrow(/folds/);
    expect(() => resolveConfig({ ...base, tests: { multivariate: { pca: { components: 3 } } } }, 'm.yml')).toThrow(/components/);
  });
});
