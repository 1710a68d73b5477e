import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { renderJson, REPORT_JSON_SCHEMA } from '../../src/report/json.js';
import type { TestResult } from '../../src/results/types.js';
import { JSON_COLUMN_DETAILS, JSON_PASSING_COLUMN_TESTS } from '../../src/report/caps.js';
import { fixtureTests, manyColumns, report } from './fixture.js';

const validate = new Ajv({ allErrors: true, strict: true }).compile(REPORT_JSON_SCHEMA);

function test1(over: Partial<TestResult>): TestResult {
  return {
    id: 'drift.age', family: 'drift', name: 'Drift: age', column: 'age', method: 'ks', status: 'pass', severity: 'warn',
    value: 0.1, threshold: { on: 'p_value', bad: 'below', fail: 0.05, text: 'p < 0.05' }, p_value: 0.5, message: 'ok', ...over,
  };
}

describe('report.schema.json', () => {
  it('is the exported schema, as shipped at the repository root', async () => {
    await expect(`${JSON.stringify(REPORT_JSON_SCHEMA, null, 2)}\n`).toMatchFileSnapshot('../../report.schema.json');
  });

  it('accepts a rendered report, and rejects a broken one', () => {
    const json = JSON.parse(renderJson(report(fixtureTests())));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...json, verdict: 'maybe' })).toBe(false);
    expect(validate({ ...json, tests: [{ ...json.tests[0], status: 'passed' }] })).toBe(false);
    const { counts: _, ...noCounts } = json;
    expect(validate(noCounts)).toBe(false);
  });
});

describe('renderJson', () => {
  it('prints the report with a fixed key order, whatever order the producer used', () => {
    const r = report([test1({})]);
    const reversed = Object.fromEntries(Object.entries(test1({})).reverse()) as unknown as TestResult;
    const shuffled = { ...r, tests: [reversed], counts: { skip: 0, info: 0, pass: 1, warn: 0, fail: 0, error: 0 } };
    const text = renderJson(shuffled);
    expect(text).toBe(renderJson(r));
    expect(Object.keys(JSON.parse(text))).toEqual([
      'schema_version', 'tool', 'generated_at', 'config', 'task', 'verdict', 'counts', 'data', 'tests', 'duration_ms',
    ]);
    expect(Object.keys(JSON.parse(text).counts)).toEqual(['error', 'fail', 'warn', 'pass', 'info', 'skip']);
    expect(Object.keys(JSON.parse(text).tests[0])).toEqual([
      'id', 'family', 'name', 'column', 'method', 'status', 'severity', 'value', 'threshold', 'p_value', 'message',
    ]);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "verdict": "pass",\n');
  });

  it('keeps finite numbers exact and leaves out optional fields that do not apply', () => {
    const t = test1({ value: 0.1 + 0.2, p_value: 3.2e-300 });
    delete t.column;
    const out = JSON.parse(renderJson(report([t]))).tests[0];
    expect(out.value).toBe(0.1 + 0.2);
    expect(out.p_value).toBe(3.2e-300);
    expect('column' in out).toBe(false);
    expect('details' in out).toBe(false);
  });

  it('turns NaN and infinities into null and says why in the message', () => {
    const out = JSON.parse(renderJson(report([test1({ value: Infinity, p_value: NaN, message: 'relative change' })]))).tests[0];
    expect(out.value).toBeNull();
    expect(out.p_value).toBeNull();
    expect(out.message).toBe('relative change (value was Infinity; p-value was NaN)');
    const plain = JSON.parse(renderJson(report([test1({ value: null, message: 'no value' })]))).tests[0];
    expect(plain.message).toBe('no value');
  });

  it('makes details plain JSON: typed arrays, maps, non-finite numbers, cycles', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const details = {
      matrix: [new Float64Array([1, NaN]), new Int32Array([3, 4])],
      byClass: new Map([['yes', 1]]),
      classes: new Set(['a', 'b']),
      big: 12n,
      ci: { lo: -Infinity, hi: 0.5 },
      skipped: undefined,
      cyclic,
    };
    const text = renderJson(report([test1({ details })]));
    expect(JSON.parse(text).tests[0].details).toEqual({
      matrix: [[1, null], [3, 4]],
      byClass: { yes: 1 },
      classes: ['a', 'b'],
      big: 12,
      ci: { lo: null, hi: 0.5 },
      cyclic: { a: 1, self: '[circular]' },
    });
    expect(validate(JSON.parse(text))).toBe(true);
  });

  it('100,000 columns: a bounded report.json that keeps every failing test and counts what it left out', () => {
    const tests = manyColumns();
    const r = report(tests);
    const text = renderJson(r);
    // Uncapped, this shape wrote hundreds of MB (each test ~1.5 KB with its details).
    expect(Buffer.byteLength(text)).toBeLessThan(3_000_000);
    const json = JSON.parse(text);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    // The counts and the verdict are the whole run's.
    expect(json.counts).toEqual({ error: 0, fail: 4, warn: 0, pass: 199_996, info: 0, skip: 0 });
    const failing = json.tests.filter((t: { status: string }) => t.status === 'fail');
    expect(failing).toHaveLength(4);
    expect(failing.every((t: { details?: unknown }) => t.details !== undefined)).toBe(true);
    expect(json.tests).toHaveLength(4 + JSON_PASSING_COLUMN_TESTS);
    expect(json.tests.filter((t: { details?: unknown }) => t.details !== undefined)).toHaveLength(4 + JSON_COLUMN_DETAILS);
    expect(json.omitted).toEqual({
      tests: 200_000 - 4 - JSON_PASSING_COLUMN_TESTS,
      tests_by_family: { quality: 100_000 - JSON_PASSING_COLUMN_TESTS / 2, drift: 100_000 - 4 - JSON_PASSING_COLUMN_TESTS / 2 },
      details: JSON_PASSING_COLUMN_TESTS - JSON_COLUMN_DETAILS,
      limits: { passing_column_tests: JSON_PASSING_COLUMN_TESTS, column_details: JSON_COLUMN_DETAILS, issue_column_details: 1000 },
    });
    // A small report has no omitted field.
    expect('omitted' in JSON.parse(renderJson(report(fixtureTests())))).toBe(false);
  });

  it('writes a missing data summary as null', () => {
    const json = JSON.parse(renderJson(report([test1({})], { data: { reference: null, current: null }, task: null })));
    expect(json.data).toEqual({ reference: null, current: null });
    expect(validate(json)).toBe(true);
  });
});
