/**
 * The slices example (examples/slices/): a candidate better on average and much worse in one
 * region. The overall tests pass; the slice fails the gate. Its report is pinned like the main
 * example's (refresh with `npx vitest run -u` when a change is intended).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../src/engine.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/results/types.js';

let report: Report;
beforeAll(async () => {
  report = await runGate({ configPath: 'examples/slices/model-gate.yml' });
}, 60_000);

describe('the slices example', () => {
  it('fails on the north region while every overall change test passes', () => {
    expect(report.verdict).toBe('fail');
    const failed = report.tests.filter((t) => t.status === 'fail' || t.status === 'error').map((t) => t.id);
    expect(failed).toContain('slices.recall.region=north');
    expect(failed.every((id) => id.startsWith('slices.'))).toBe(true);
    const overall = report.tests.filter((t) => /^performance\.\w+\.change$/.test(t.id));
    expect(overall.length).toBeGreaterThan(5);
    expect(overall.every((t) => t.status === 'pass')).toBe(true);
    const north = report.tests.find((t) => t.id === 'slices.recall.region=north')!;
    expect(north.details?.allowed).toBe(0.05);
  });

  it('renders exactly the committed sample report', async () => {
    await expect(renderMarkdown(report)).toMatchFileSnapshot('../../examples/slices/sample-report.md');
  });

  it('is what the README quotes', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const sample = readFileSync(new URL('../../examples/slices/sample-report.md', import.meta.url), 'utf8');
    for (const start of ['- ❌ **Recall vs baseline on region = north**', '- ⚠️ **Weak segment: Recall where region = north']) {
      const line = sample.split('\n').find((l) => l.startsWith(start));
      expect(line, start).toBeDefined();
      expect(readme).toContain(line!.replace(/\*\*/g, ''));
    }
    expect(readme).toContain(sample.split('\n')[2].replace(/\*\*/g, '').replace(/, \d[\d,]* passed.*$/, ', …'));
  });

  it('is what its generator writes', async () => {
    // The generator is seeded: the committed data must be exactly its output.
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, cpSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'mg-slices-'));
    cpSync(new URL('../../examples/slices/generate.mjs', import.meta.url), join(dir, 'examples', 'slices', 'generate.mjs'));
    cpSync(new URL('../../scripts/calibrate/random.mjs', import.meta.url), join(dir, 'scripts', 'calibrate', 'random.mjs'));
    execFileSync(process.execPath, [join(dir, 'examples', 'slices', 'generate.mjs')]);
    for (const f of ['reference.csv', 'current.csv']) {
      expect(readFileSync(join(dir, 'examples', 'slices', 'data', f), 'utf8')).toBe(readFileSync(new URL(`../../examples/slices/data/${f}`, import.meta.url), 'utf8'));
    }
  });
});
