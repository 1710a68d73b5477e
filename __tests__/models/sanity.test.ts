import { describe, expect, it } from 'vitest';
import { SAME_FILE_ID, sanityCheck } from '../../src/checks/models/sanity.js';
import type { ModelOutputs, Models, Predictor } from '../../src/models/types.js';
import { fakePredictor } from '../helpers/fake-predictor.js';
import { makeContext, makeTable } from '../helpers/tables.js';

const table = makeTable('data/current.csv', { x: [1, 2, 3] });
const outputs = (): ModelOutputs => ({ kind: 'regression', values: new Float64Array(3) });
const HASH_A = '0123456789abcdef'.repeat(4);
const HASH_B = 'fedcba9876543210'.repeat(4);

function model(role: 'baseline' | 'candidate', sha256: string, path?: string): Predictor {
  const p = fakePredictor(role, ['x'], outputs, { sha256 });
  return path === undefined ? p : { ...p, info: { ...p.info, path } };
}

function check(models: Partial<Models>) {
  return sanityCheck({ data: makeContext(table, table), models: { baseline: null, candidate: null, threads: 1, ...models } });
}

describe('sanityCheck: model.same_file', () => {
  it('warns that every comparison is vacuous when both files have the same SHA-256', async () => {
    const [r] = await check({ baseline: model('baseline', HASH_A), candidate: model('candidate', HASH_A) });
    expect(r).toMatchObject({ id: SAME_FILE_ID, family: 'model', status: 'warn', severity: 'warn' });
    expect(r.message).toContain('models/baseline.onnx');
    expect(r.message).toContain('models/candidate.onnx');
    expect(r.message).toContain('SHA-256 0123456789ab…');
    expect(r.message).toMatch(/every comparison of the two models is vacuous/);
    expect(r.details).toMatchObject({ same: true });
  });

  it('names the one path when the config points both roles at one file', async () => {
    const [r] = await check({ baseline: model('baseline', HASH_A, 'm.onnx'), candidate: model('candidate', HASH_A.toUpperCase(), 'm.onnx') });
    expect(r.status).toBe('warn');
    expect(r.message).toContain('both roles are m.onnx');
  });

  it('passes for different files, with both hashes’ first 12 hex digits', async () => {
    const [r] = await check({ baseline: model('baseline', HASH_A), candidate: model('candidate', HASH_B) });
    expect(r.status).toBe('pass');
    expect(r.message).toContain('SHA-256 0123456789ab… vs fedcba987654…');
    expect(r.details).toMatchObject({ same: false, files: { baseline: { sha256: HASH_A }, candidate: { sha256: HASH_B } } });
  });

  it('reports nothing unless the gate runs both models', async () => {
    expect(await check({ candidate: model('candidate', HASH_A) })).toEqual([]);
    expect(await check({ baseline: model('baseline', HASH_A) })).toEqual([]);
    expect(await check({})).toEqual([]);
  });
});
