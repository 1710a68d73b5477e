import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/engine.js';
import { Ajv } from 'ajv';
import { renderMarkdown } from '../../src/report/markdown.js';
import { REPORT_JSON_SCHEMA, reportToJson } from '../../src/report/json.js';
import type { TestResult } from '../../src/results/types.js';
import { ROOT } from '../helpers/node-binaries.js';
import { rng } from '../helpers/tables.js';

const D = 16;

/** A CSV with an id, a numeric feature, a JSON embedding, a prefix embedding and two model embeddings. */
function csv(seed: number, n: number, opts: { shift?: number; candidateShift?: number; missingEvery?: number } = {}): string {
  const g = rng(seed);
  const vec = (shift: number) => Array.from({ length: D }, (_, k) => (g.normal() + (k < 4 ? shift : 0)).toFixed(5));
  const header = ['id', 'age', 'text_emb', ...Array.from({ length: D }, (_, k) => `img_${k}`), 'base_emb', 'cand_emb'];
  const lines = [header.join(',')];
  for (let i = 0; i < n; i++) {
    const missing = opts.missingEvery !== undefined && i % opts.missingEvery === 0;
    const base = vec(0);
    const cand = base.map((v, k) => (Number(v) + (k < 4 ? (opts.candidateShift ?? 0) : 0) + 0.05 * g.normal()).toFixed(5));
    lines.push([
      `r${i}`,
      (30 + 10 * g.normal()).toFixed(2),
      missing ? '' : `"[${vec(opts.shift ?? 0).join(', ')}]"`,
      ...vec(opts.shift ?? 0),
      `"[${base.join(',')}]"`,
      `"[${cand.join(',')}]"`,
    ].join(','));
  }
  return `${lines.join('\n')}\n`;
}

const CONFIG = `version: 1
reference: ref.csv
current: cur.csv
columns:
  id: id
  embeddings:
    text_emb: { json: true }
    img: { prefix: img_ }
    base_emb: { json: true, role: baseline }
    cand_emb: { json: true, role: candidate }
tests:
  embeddings: { severity: fail, permutations: 200 }
`;

function files(ref: string, cur: string, config = CONFIG): string {
  const dir = mkdtempSync(join(tmpdir(), 'mg-emb-'));
  writeFileSync(join(dir, 'ref.csv'), ref);
  writeFileSync(join(dir, 'cur.csv'), cur);
  writeFileSync(join(dir, 'model-gate.yml'), config);
  return dir;
}

const byId = (tests: TestResult[], id: string) => {
  const t = tests.find((x) => x.id === id);
  if (!t) throw new Error(`no ${id} among ${tests.map((x) => x.id).join(', ')}`);
  return t;
};

describe('a gate run with embeddings', () => {
  it('passes when nothing moved, testing each embedding whole and no prefix column alone', async () => {
    const dir = files(csv(1, 300), csv(2, 300));
    const report = await runGate({ configPath: 'model-gate.yml', cwd: dir });
    const failing = report.tests.filter((t) => t.status === 'fail' || t.status === 'error' || t.status === 'warn');
    expect(failing, JSON.stringify(failing, null, 1)).toEqual([]);
    expect(report.verdict).toBe('pass');
    const ids = report.tests.map((t) => t.id);
    for (const id of ['drift.embedding.text_emb', 'drift.embedding.text_emb.classifier', 'drift.embedding.text_emb.mean', 'drift.embedding.img', 'differential.embedding', 'differential.embedding.mean']) expect(ids).toContain(id);
    expect(ids.filter((id) => /^drift\.(img_|text_emb$|base_emb|cand_emb)/.test(id))).toEqual([]);
    // Nor per-column data quality: a vector's columns are judged together.
    expect(ids.filter((id) => /^quality\.\w+\.(img_|text_emb$|base_emb|cand_emb)/.test(id))).toEqual([]);
    expect(ids).toContain('quality.missing.age');
    expect(byId(report.tests, 'drift.dataset').message).toMatch(/^0 of 1 feature column drifted/);
    const mmd = byId(report.tests, 'drift.embedding.img');
    expect(mmd.message).toMatch(/^columns "img_0"…"img_15", ref.csv vs cur.csv: no drift: MMD² .*, permutation p = .* \(holm-adjusted; raw .*\)? ?≥ 0.05 \(200 permutations\) on 300 reference and 300 current vectors, 16 dimensions, RBF σ = .* \(median heuristic\); mean vectors .* apart \(Euclidean\), cosine distance/);
    expect(byId(report.tests, 'drift.embedding.text_emb.classifier').status).toBe('info');
    expect(byId(report.tests, 'differential.embedding').message).toMatch(/baseline JSON column "base_emb" vs candidate JSON column "cand_emb" on the same rows of cur.csv: no drift: .*swapping each row's two vectors/);
    expect(renderMarkdown(report)).toContain('Embedding drift: text_emb');
  }, 60_000);

  it('fails on a drifted embedding (feature and model output), naming the files', async () => {
    const dir = files(csv(1, 300), csv(2, 300, { shift: 0.5, candidateShift: 0.5 }));
    const report = await runGate({ configPath: 'model-gate.yml', cwd: dir });
    expect(report.verdict).toBe('fail');
    for (const id of ['drift.embedding.text_emb', 'drift.embedding.img', 'differential.embedding']) {
      const t = byId(report.tests, id);
      expect(t.status, t.message).toBe('fail');
      expect(t.p_value).toBeLessThan(0.05);
      expect(t.message).toMatch(/: drift: MMD²/);
    }
    expect((byId(report.tests, 'drift.embedding.text_emb.mean').details as Record<string, number>).cosine).toBeGreaterThan(0.01);
    const ajv = new Ajv({ allErrors: true, strict: false });
    expect(ajv.validate(REPORT_JSON_SCHEMA, reportToJson(report)), JSON.stringify(ajv.errors)).toBe(true);
  }, 60_000);

  it('leaves rows without a vector out and says how many; a ragged row is an error naming file, row and column', async () => {
    const ref = csv(1, 300, { missingEvery: 10 });
    const report = await runGate({ configPath: 'model-gate.yml', cwd: files(ref, csv(2, 300)) });
    expect(byId(report.tests, 'drift.embedding.text_emb').message).toMatch(/on 270 reference and 300 current vectors.*; 30 rows of ref.csv without a vector left out/);
    const lines = csv(2, 300).split('\n');
    lines[5] = lines[5].replace(/"\[([^\]]*), [^,\]]*\]"/, '"[$1]"');
    const ragged = await runGate({ configPath: 'model-gate.yml', cwd: files(ref, lines.join('\n')) });
    expect(byId(ragged.tests, 'drift.embedding.text_emb')).toMatchObject({
      status: 'error',
      message: 'cur.csv row 6 column "text_emb": the array has 15 numbers, but the reference\'s vectors have 16 (every vector must have the same length)',
    });
    expect(ragged.verdict).toBe('error');
  }, 60_000);
});

describe('dist/cli.js with an embedding', () => {
  it('exits 1 on a drifted embedding and prints the failing test', () => {
    const dir = files(csv(1, 200), csv(2, 200, { shift: 0.6 }), CONFIG.replace(/ {4}base_emb.*\n {4}cand_emb.*\n/, ''));
    const out = join(dir, 'out');
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--config', join(dir, 'model-gate.yml'), '--out', out], { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('Embedding drift: text_emb');
    const json = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { tests: TestResult[] };
    expect(json.tests.find((t) => t.id === 'drift.embedding.img')?.status).toBe('fail');
  }, 60_000);
});
