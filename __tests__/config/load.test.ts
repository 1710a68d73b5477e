import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema, loadConfig, resolveConfig, roleColumns } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';
import { VERSION } from '../../src/version.js';

function write(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-config-'));
  const p = join(dir, 'model-gate.yml');
  writeFileSync(p, text);
  return p;
}

async function errorOf(text: string): Promise<string> {
  try {
    await loadConfig(write(text), 'model-gate.yml');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('loadConfig', () => {
  it('fills every default when only the files and the target are named', async () => {
    const cfg = await loadConfig(write('reference: ref.csv\ncurrent: cur.csv\ncolumns:\n  target: label\n'));
    expect(cfg.reference).toBe('ref.csv');
    expect(cfg.columns.target).toBe('label');
    expect(cfg.task).toBeNull();
    expect(cfg.tests.drift.severity).toBe('warn');
    expect(cfg.tests.quality.schema.severity).toBe('fail');
    expect(cfg.tests.performance.severity).toBe('fail');
    expect(cfg.tests.performance.metrics.accuracy?.max_degradation).toBe(0.01);
    expect(cfg.tests.performance.metrics.mae?.max_relative_degradation).toBe(0.05);
  });

  it('overlays nested settings and keeps the rest of the defaults', async () => {
    const cfg = await loadConfig(
      write(`reference: r.csv
current: c.csv
tests:
  drift:
    severity: fail
    columns:
      age: { method: psi, threshold: 0.25 }
  quality:
    duplicates: false
    missing: { max_increase: 0.1 }
  performance:
    metrics:
      accuracy: { min: 0.8 }
      roc_auc: false
`),
    );
    expect(cfg.tests.drift.severity).toBe('fail');
    expect(cfg.tests.drift.p_value).toBe(0.05);
    expect(cfg.tests.drift.columns.age).toEqual({ method: 'psi', threshold: 0.25 });
    expect(cfg.tests.quality.duplicates.enabled).toBe(false);
    expect(cfg.tests.quality.duplicates.max_share).toBe(0.05);
    expect(cfg.tests.quality.missing).toEqual({ enabled: true, severity: 'warn', max_increase: 0.1 });
    // Explicit bounds replace the default change bound rather than adding to it.
    expect(cfg.tests.performance.metrics.accuracy).toMatchObject({ min: 0.8, max_degradation: null, enabled: true });
    expect(cfg.tests.performance.metrics.roc_auc?.enabled).toBe(false);
    expect(cfg.tests.performance.metrics.f1?.max_degradation).toBe(0.01);
  });

  it('normalises the positive class to its string form', async () => {
    const cfg = await loadConfig(write('reference: r.csv\ncurrent: c.csv\ncolumns: { target: y, positive_class: 1 }\n'));
    expect(cfg.columns.positive_class).toBe('1');
  });

  it('names an unknown key and lists the expected ones', async () => {
    const msg = await errorOf('reference: r.csv\ncurrent: c.csv\ntests:\n  drift:\n    methd: ks\n');
    expect(msg).toContain('config key tests.drift.methd: unknown key');
    expect(msg).toContain('method');
  });

  it('names a key with the wrong type and the value it got', async () => {
    const msg = await errorOf('reference: r.csv\ncurrent: c.csv\ntests:\n  drift:\n    p_value: "0.05x"\n');
    expect(msg).toContain('config key tests.drift.p_value: expected number, got "0.05x"');
  });

  it('says what a true/false-or-mapping key expects', async () => {
    const msg = await errorOf('reference: r.csv\ncurrent: c.csv\ntests:\n  quality: yes please\n');
    expect(msg).toContain('config key tests.quality: expected true/false or a mapping, got "yes please"');
  });

  it('names a bad enum value', async () => {
    const msg = await errorOf('reference: r.csv\ncurrent: c.csv\ntask: clasification\n');
    expect(msg).toContain('config key task: expected one of "classification", "regression", null, got "clasification"');
  });

  it('requires both files', async () => {
    expect(await errorOf('reference: r.csv\n')).toContain('missing required key "current"');
  });

  it('rejects a column used for two roles', async () => {
    const msg = await errorOf('reference: r.csv\ncurrent: c.csv\ncolumns:\n  baseline_prediction: p\n  candidate_prediction: p\n');
    expect(msg).toContain('config key columns.candidate_prediction: column "p" is already used by columns.baseline_prediction');
  });

  it('rejects a warn band narrower than the drift limit', async () => {
    const msg = await errorOf('reference: r.csv\ncurrent: c.csv\ntests:\n  drift: { p_value: 0.05, p_value_warn: 0.01 }\n');
    expect(msg).toContain('tests.drift.p_value_warn');
  });

  it('reports a missing config file, a directory and invalid YAML', async () => {
    await expect(loadConfig('/nonexistent/model-gate.yml', 'model-gate.yml')).rejects.toThrow('model-gate.yml: file not found');
    await expect(loadConfig(tmpdir(), 'conf')).rejects.toThrow('conf: is a directory');
    const msg = await errorOf('reference: r.csv\ncurrent: [c.csv\n');
    expect(msg).toMatch(/model-gate\.yml: invalid YAML at line \d+, column \d+/);
  });

  it('rejects duplicate keys instead of silently keeping the last', async () => {
    expect(await errorOf('reference: r.csv\nreference: s.csv\ncurrent: c.csv\n')).toContain('invalid YAML');
  });

  it('rejects a non-mapping document', () => {
    expect(() => resolveConfig(['a'], 'x.yml')).toThrow('x.yml: expected a YAML mapping');
  });

  it('lists role columns including per-class score maps', () => {
    const cfg = resolveConfig(
      { reference: 'r', current: 'c', columns: { target: 'y', candidate_scores: { a: 'pa', b: 'pb' } } },
      'x.yml',
    );
    expect([...roleColumns(cfg).entries()]).toEqual([
      ['y', 'columns.target'],
      ['pa', 'columns.candidate_scores.a'],
      ['pb', 'columns.candidate_scores.b'],
    ]);
  });
});

describe('shipped files', () => {
  it('the JSON Schema is itself valid and accepts the example config', () => {
    const ajv = new Ajv({ strict: false });
    const validate = ajv.compile(configSchema);
    const example = parse(readFileSync(new URL('../../examples/model-gate.yml', import.meta.url), 'utf8')) as unknown;
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(() => resolveConfig(example, 'examples/model-gate.yml')).not.toThrow();
  });

  it('the version in reports matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});
