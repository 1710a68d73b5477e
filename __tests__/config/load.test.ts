import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema, loadConfig, resolveConfig, roleColumns } from '../../src/config/load.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { MAX_CONFIG_BYTES } from '../../src/config/read.js';
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

async function bytesError(bytes: Uint8Array): Promise<string> {
  const p = write('');
  writeFileSync(p, bytes);
  return loadConfig(p, 'model-gate.yml').then(
    () => {
      throw new Error('expected an InputError');
    },
    (e: Error) => {
      expect(e).toBeInstanceOf(InputError);
      return e.message;
    },
  );
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
    expect(cfg.tests.quality.missing).toEqual({ ...defaultConfig('r.csv', 'c.csv').tests.quality.missing, max_increase: 0.1 });
    // Explicit bounds replace the default change bound rather than adding to it.
    expect(cfg.tests.performance.metrics.accuracy).toMatchObject({ min: 0.8, max_degradation: null, enabled: true });
    expect(cfg.tests.performance.metrics.roc_auc?.enabled).toBe(false);
    expect(cfg.tests.performance.metrics.f1?.max_degradation).toBe(0.01);
  });

  it('normalises the positive class to its string form', async () => {
    const cfg = await loadConfig(write('reference: r.csv\ncurrent: c.csv\ncolumns: { target: y, positive_class: 1 }\n'));
    expect(cfg.columns.positive_class).toBe('1');
  });

  it('names an unknown key and suggests the allowed key it is closest to', async () => {
    const msg = await errorOf('reference: r.csv\ncurrent: c.csv\ntests:\n  drift:\n    methd: ks\n');
    expect(msg).toBe('model-gate.yml: config key tests.drift.methd: unknown key: did you mean "method"?');
    expect(await errorOf('reference: r.csv\ncurrent: c.csv\nColumns: {}\n')).toContain('config key Columns: unknown key: did you mean "columns"?');
  });

  it('lists the allowed keys when no allowed key is close', async () => {
    const msg = await errorOf('reference: r.csv\ncurrent: c.csv\ntests:\n  differential:\n    zzz: 1\n');
    expect(msg).toContain('config key tests.differential.zzz: unknown key: expected one of: "enabled", "severity", "min_agreement"');
  });

  it('shows at most 20 problems, then how many more', async () => {
    const keys = Array.from({ length: 25 }, (_, i) => `  junk_${i}: 1`).join('\n');
    const msg = await errorOf(`reference: r.csv\ncurrent: c.csv\ntests:\n${keys}\n`);
    expect(msg.split('; ')).toHaveLength(21);
    expect(msg).toMatch(/; … and 5 more$/);
  });

  it('quotes an unknown key holding control characters instead of writing them raw', async () => {
    const msg = await errorOf('reference: r.csv\ncurrent: c.csv\ntests:\n  "x\\n::error::y\\u001b[31m": 1\n');
    expect(msg).toContain('config key tests."x\\n::error::y\\u001b[31m": unknown key');
    expect(msg).not.toMatch(/[\u0000-\u001f]/u);
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

describe('settings that do not fit the task', () => {
  const base = 'reference: r.csv\ncurrent: c.csv\ncolumns: { target: y }\n';

  it('refuses a classification metric on a regression task (roc_auc on regression)', async () => {
    const msg = await errorOf(`${base}task: regression\ntests:\n  performance:\n    metrics:\n      roc_auc: { min: 0.8 }\n`);
    expect(msg).toBe(
      'model-gate.yml: config key tests.performance.metrics.roc_auc: the metric ROC AUC applies to classification only, but the task is regression (set by config key task): remove the key or change task',
    );
  });

  it('refuses regression metrics on a classification task (mae and r2 on classification), one message each', async () => {
    const msg = await errorOf(`${base}task: classification\ntests:\n  performance:\n    metrics:\n      mae: { max: 3 }\n      r2: true\n      accuracy: { min: 0.7 }\n`);
    expect(msg).toContain('config key tests.performance.metrics.mae: the metric MAE applies to regression only, but the task is classification');
    expect(msg).toContain('config key tests.performance.metrics.r2: the metric R² applies to regression only');
    expect(msg).not.toContain('accuracy');
  });

  it('refuses min_agreement on regression', async () => {
    const msg = await errorOf(`${base}task: regression\ntests:\n  differential: { min_agreement: 0.9 }\n`);
    expect(msg).toContain('config key tests.differential.min_agreement: agreement of predicted classes applies to classification only, but the task is regression');
  });

  it('refuses max_abs_diff and max_mean_abs_diff on classification', async () => {
    const msg = await errorOf(`${base}task: classification\ntests:\n  differential: { max_abs_diff: 2, max_mean_abs_diff: 0.5 }\n`);
    expect(msg).toContain('config key tests.differential.max_abs_diff: a bound on the largest |candidate − baseline| applies to regression only');
    expect(msg).toContain('config key tests.differential.max_mean_abs_diff:');
  });

  it('refuses scores and a positive class on regression', async () => {
    const msg = await errorOf(`${base}task: regression\ncolumns: { target: y, candidate_scores: s, positive_class: 1 }\n`.replace(`${base}`, 'reference: r.csv\ncurrent: c.csv\n'));
    expect(msg).toContain('config key columns.candidate_scores: class scores applies to classification only');
    expect(msg).toContain('config key columns.positive_class:');
  });

  it('stays silent for defaults, for metrics turned off and for unset bounds', async () => {
    for (const task of ['classification', 'regression']) {
      await expect(loadConfig(write(`${base}task: ${task}\n`))).resolves.toBeTruthy();
    }
    const cfg = await loadConfig(
      write(`${base}task: regression\ntests:\n  performance:\n    metrics: { roc_auc: false, log_loss: { enabled: false } }\n  differential: { min_agreement: null }\n`),
    );
    expect(cfg.tests.performance.metrics.roc_auc?.enabled).toBe(false);
  });

  it('leaves an inferred task to the engine', async () => {
    await expect(loadConfig(write(`${base}tests:\n  performance:\n    metrics: { mae: { max: 1 }, roc_auc: { min: 0.7 } }\n`))).resolves.toBeTruthy();
  });
});

describe('min_rows', () => {
  it('defaults to 100 and takes the value written', async () => {
    expect((await loadConfig(write('reference: r.csv\ncurrent: c.csv\n'))).min_rows).toBe(100);
    expect((await loadConfig(write('reference: r.csv\ncurrent: c.csv\nmin_rows: 20\n'))).min_rows).toBe(20);
    expect((await loadConfig(write('reference: r.csv\ncurrent: c.csv\nmin_rows: 0\n'))).min_rows).toBe(0);
  });

  it('must be a whole number of rows, not negative', async () => {
    expect(await errorOf('reference: r.csv\ncurrent: c.csv\nmin_rows: 2.5\n')).toContain('config key min_rows: expected integer, got 2.5');
    expect(await errorOf('reference: r.csv\ncurrent: c.csv\nmin_rows: -1\n')).toContain('config key min_rows');
  });
});

describe('hostile config files', () => {
  const oneLine = (msg: string) => {
    expect(msg).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\ufffd]/u);
    expect(msg.length).toBeLessThan(400);
  };

  it('refuses a config over 1 MiB without parsing it (the oversized config)', async () => {
    // 17 + 15 + 1 + 2^20 + 1 bytes.
    const path = write(`reference: r.csv\ncurrent: c.csv\n#${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    const msg = await loadConfig(path, 'big.yml').then(() => '', (e: Error) => e.message);
    expect(msg).toBe(`big.yml: is 1,048,610 bytes, more than the 1,048,576 a config may have (1 MiB): is it the right file?`);
    // Just under the limit is read.
    const fits = write(`reference: r.csv\ncurrent: c.csv\n#${'x'.repeat(MAX_CONFIG_BYTES - 40)}\n`);
    await expect(loadConfig(fits)).resolves.toBeTruthy();
  });

  it('refuses a FIFO without opening it (opening would block until a writer comes)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-fifo-'));
    const fifo = join(dir, 'model-gate.yml');
    execFileSync('mkfifo', [fifo]);
    await expect(loadConfig(fifo, 'model-gate.yml')).rejects.toThrow('model-gate.yml: is a FIFO (named pipe), not a regular file');
  });

  it('refuses a device and a directory', async () => {
    await expect(loadConfig('/dev/zero', 'zero.yml')).rejects.toThrow('zero.yml: is a character device, not a regular file');
    await expect(loadConfig(tmpdir(), 'conf')).rejects.toThrow('conf: is a directory, not a file');
  });

  it('gives a YAML alias bomb a one-line config error', async () => {
    const lines = ['reference: r.csv', 'current: c.csv', 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    const msg = await errorOf(`${lines.join('\n')}\n`);
    expect(msg).toBe('model-gate.yml: invalid YAML: its aliases (*name) expand to more than 100 copies, as in an alias bomb: write the values out');
  });

  it('still expands a few aliases', async () => {
    const cfg = await loadConfig(write('reference: r.csv\ncurrent: c.csv\ntests:\n  quality:\n    missing: &w { severity: fail }\n    range: *w\n'));
    expect(cfg.tests.quality.range.severity).toBe('fail');
  });

  it('gives deep nesting a one-line error, not a stack overflow', async () => {
    const msg = await errorOf(`reference: r.csv\ncurrent: c.csv\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    expect(msg).toMatch(/^model-gate\.yml: invalid YAML at line 3, column \d+: /);
    oneLine(msg);
  });

  it('refuses UTF-16 and UTF-32 (byte order marks) and invalid UTF-8, never echoing the bytes', async () => {
    const text = 'reference: r.csv\ncurrent: c.csv\n';
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await bytesError(utf16le)).toBe(
      'model-gate.yml: looks like UTF-16 LE text (it starts with the byte-order mark FF FE): a config must be UTF-8 YAML text, re-encode it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8',
    );
    const utf16be = Buffer.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
    expect(await bytesError(utf16be)).toContain('UTF-16 BE');
    expect(await bytesError(Buffer.from([0xff, 0xfe, 0, 0, 0x72, 0, 0, 0]))).toContain('UTF-32 LE');
    // Latin-1 "grün" on line 3: 17 + 15 bytes of lines 1-2, then "# gr".
    const latin1 = Buffer.from(`${text}# gr\xfcn\n`, 'latin1');
    const msg = await bytesError(latin1);
    expect(msg).toBe('model-gate.yml: line 3: invalid UTF-8 (byte 0xfc at offset 36): save the config as UTF-8 text');
    // A gzip file named .yml.
    const gz = await bytesError(Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xcb, 0x48]));
    expect(gz).toContain('looks like a gzip file');
    oneLine(gz);
  });

  it('reads a UTF-8 byte order mark as UTF-8', async () => {
    const p = write('');
    writeFileSync(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('reference: r.csv\ncurrent: c.csv\n')]));
    expect((await loadConfig(p)).reference).toBe('r.csv');
  });

  it('refuses data paths holding control characters', async () => {
    const msg = await errorOf('reference: "r\\u001b[2J.csv"\ncurrent: "c\\u0000.csv"\n');
    expect(msg).toContain('config key reference: the path "r\\u001b[2J.csv" contains a control character');
    expect(msg).toContain('config key current: the path "c\\u0000.csv" contains a control character');
    oneLine(msg);
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
