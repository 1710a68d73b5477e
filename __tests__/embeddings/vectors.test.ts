import { describe, expect, it } from 'vitest';
import { prefixColumns, presentIndex, presentRows, readVectors, VectorError } from '../../src/embeddings/vectors.js';
import { embeddingColumns } from '../../src/embeddings/config.js';
import { resolveConfig } from '../../src/config/load.js';
import type { EmbeddingSpec } from '../../src/config/types.js';
import { makeTable } from '../helpers/tables.js';

const JSON_SPEC: EmbeddingSpec = { json: true, prefix: null, role: 'feature' };
const PREFIX_SPEC: EmbeddingSpec = { json: false, prefix: 'emb_', role: 'feature' };

function problem(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(VectorError);
    return (e as Error).message;
  }
  throw new Error('expected a VectorError');
}

describe('JSON vector columns', () => {
  it('parses one array per field into rows × d, missing fields as missing vectors', () => {
    const t = makeTable('ref.csv', { e: ['[0.5, -1e-3, 2]', null, ' [1,2,3] ', '[0.5, -1e-3, 2]'] });
    const v = readVectors(t, 'e', JSON_SPEC, null);
    expect(v.dim).toBe(3);
    expect(v.missing).toBe(1);
    expect([...v.present]).toEqual([1, 0, 1, 1]);
    expect([...v.values.subarray(0, 3)]).toEqual([0.5, -0.001, 2]);
    expect(v.values.subarray(3, 6).every(Number.isNaN)).toBe(true);
    expect([...v.values.subarray(6)]).toEqual([1, 2, 3, 0.5, -0.001, 2]);
    expect([...presentIndex(v)]).toEqual([0, 2, 3]);
    expect([...presentRows(v, Int32Array.from([3, 2])).values]).toEqual([0.5, -0.001, 2, 1, 2, 3]);
  });

  it('names the file, row and column of ragged lengths, text and non-numbers', () => {
    const ragged = makeTable('cur.csv', { e: ['[1, 2]', '[3, 4]', '[5]'] });
    expect(problem(() => readVectors(ragged, 'e', JSON_SPEC, null))).toBe('cur.csv row 4 column "e": the array has 1 numbers, but the first vector of the file has 2 (every vector must have the same length)');
    expect(problem(() => readVectors(ragged, 'e', JSON_SPEC, 3))).toBe('cur.csv row 2 column "e": the array has 2 numbers, but the reference\'s vectors have 3 (every vector must have the same length)');
    const text = makeTable('cur.csv', { e: ['[1, 2]', 'hello'] });
    expect(problem(() => readVectors(text, 'e', JSON_SPEC, null))).toBe('cur.csv row 3 column "e": "hello" is not a JSON array of numbers');
    expect(problem(() => readVectors(makeTable('c.csv', { e: ['[1, "2"]'] }), 'e', JSON_SPEC, null))).toBe('c.csv row 2 column "e": entry 2 of the array is the string "2", not a finite number');
    expect(problem(() => readVectors(makeTable('c.csv', { e: ['[1, null]'] }), 'e', JSON_SPEC, null))).toMatch(/entry 2 of the array is null/);
    expect(problem(() => readVectors(makeTable('c.csv', { e: ['[[1], [2]]'] }), 'e', JSON_SPEC, null))).toMatch(/entry 1 of the array is a nested array/);
    expect(problem(() => readVectors(makeTable('c.csv', { e: ['[1e999]'] }), 'e', JSON_SPEC, null))).toMatch(/entry 1 of the array is Infinity, not a finite number/);
    expect(problem(() => readVectors(makeTable('c.csv', { e: ['[]'] }), 'e', JSON_SPEC, null))).toMatch(/row 2 column "e": an empty array is no vector/);
    expect(problem(() => readVectors(makeTable('c.csv', { e: [1, 2] }), 'e', JSON_SPEC, null))).toMatch(/row 2 column "e": 1 is a number, not a JSON array/);
    expect(problem(() => readVectors(makeTable('c.csv', { f: [1] }), 'e', JSON_SPEC, null))).toMatch(/c.csv has no column "e"/);
  });

  it('a column with no value at all has only missing vectors', () => {
    const v = readVectors(makeTable('c.csv', { e: [null, null] }), 'e', JSON_SPEC, 4);
    expect(v.missing).toBe(2);
    expect(v.dim).toBe(4);
  });
});

describe('prefix vector columns', () => {
  it('reads emb_0 … emb_k in number order, ignoring other columns that share the prefix', () => {
    const t = makeTable('ref.csv', { emb_1: [2, 20, null], emb_0: [1, 10, null], emb_norm: [9, 9, 9], emb_01: [7, 7, 7], other: [0, 0, 0] });
    expect(prefixColumns(t, 'emb_')).toEqual(['emb_0', 'emb_1']);
    const v = readVectors(t, 'e', PREFIX_SPEC, null);
    expect(v.dim).toBe(2);
    expect(v.missing).toBe(1);
    expect([...v.values.subarray(0, 4)]).toEqual([1, 2, 10, 20]);
  });

  it('names gaps, text, partly missing rows and another dimension than the reference', () => {
    expect(problem(() => prefixColumns(makeTable('r.csv', { emb_0: [1], emb_2: [1] }), 'emb_'))).toBe('r.csv: the columns "emb_0"… stop at "emb_0", but "emb_2" exists: "emb_1" is missing (the coordinates must be numbered from 0 without gaps)');
    expect(problem(() => readVectors(makeTable('r.csv', { x: [1] }), 'e', PREFIX_SPEC, null))).toMatch(/r.csv has no column "emb_0"/);
    expect(problem(() => readVectors(makeTable('r.csv', { emb_0: [1, 2], emb_1: [null, 'x'] }), 'e', PREFIX_SPEC, null))).toBe('r.csv row 3 column "emb_1": "x" is not a number (the columns "emb_0"… are the coordinates of embedding "e")');
    expect(problem(() => readVectors(makeTable('r.csv', { emb_0: [1, 2], emb_1: [3, null] }), 'e', PREFIX_SPEC, null))).toBe('r.csv row 3 column "emb_1": the row has 1 of the 2 coordinates of embedding "e"; this one is empty (a vector is either whole or missing)');
    expect(problem(() => readVectors(makeTable('c.csv', { emb_0: [1], emb_1: [1] }), 'e', PREFIX_SPEC, 3))).toBe('c.csv has 2 columns "emb_0"…"emb_1", but the reference has 3');
  });
});

describe('embedding config', () => {
  const base = { reference: 'r.csv', current: 'c.csv' };
  it('resolves specs and keeps prefix columns out of the default features', () => {
    const cfg = resolveConfig({ ...base, columns: { embeddings: { text_emb: { json: true }, img: { prefix: 'img_' } } } }, 'm.yml');
    expect(cfg.columns.embeddings).toEqual({ text_emb: { json: true, prefix: null, role: 'feature' }, img: { json: false, prefix: 'img_', role: 'feature' } });
    expect(cfg.tests.embeddings.bandwidth).toBeNull();
    expect([...embeddingColumns(cfg, makeTable('r.csv', { text_emb: ['[1]'], img_0: [1], img_1: [1], img_x: [1], age: [1] }))]).toEqual(['text_emb', 'img_0', 'img_1']);
    const emb = { embeddings: { e: { json: true } } };
    expect(resolveConfig({ ...base, columns: emb, tests: { embeddings: { bandwidth: 2.5 } } }, 'm.yml').tests.embeddings.bandwidth).toBe(2.5);
    expect(resolveConfig({ ...base, columns: emb, tests: { embeddings: { bandwidth: 'median' } } }, 'm.yml').tests.embeddings.bandwidth).toBeNull();
  });

  it('refuses a spec that says neither or both layouts, and one model embedding without the other', () => {
    expect(() => resolveConfig({ ...base, columns: { embeddings: { e: {} } } }, 'm.yml')).toThrow(/columns.embeddings.e: say how the vector is stored: json: true .* not neither/);
    expect(() => resolveConfig({ ...base, columns: { embeddings: { e: { json: true, prefix: 'e_' } } } }, 'm.yml')).toThrow(/not both/);
    expect(() => resolveConfig({ ...base, columns: { embeddings: { b: { json: true, role: 'baseline' } } } }, 'm.yml')).toThrow(/columns.embeddings.b.role: a baseline embedding is compared with the candidate's on the same rows; name the candidate's embedding too/);
    expect(() => resolveConfig({ ...base, columns: { embeddings: { e: { json: true, role: 'model' } } } }, 'm.yml')).toThrow(/columns.embeddings.e.role: expected one of "feature", "baseline", "candidate"/);
    expect(() => resolveConfig({ ...base, tests: { embeddings: { bandwidth: 'wide' } } }, 'm.yml')).toThrow(/tests.embeddings.bandwidth/);
    expect(() => resolveConfig({ ...base, tests: { embeddings: { permutations: 100 } } }, 'm.yml')).toThrow(/config key tests.embeddings: no embedding is declared/);
    expect(resolveConfig({ ...base, tests: { embeddings: false } }, 'm.yml').tests.embeddings.enabled).toBe(false);
    expect(() => resolveConfig({ ...base, columns: { embeddings: { e: { json: true } }, text: ['e'] } }, 'm.yml')).toThrow(/columns.text: "e" is a JSON embedding/);
  });
});
