import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { learnLimits, learnedText } from '../../src/chunks/learn.js';
import type { ChunkingSettings } from '../../src/config/types.js';
import { defaultChunking } from '../../src/config/defaults.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/chunks.json', import.meta.url), 'utf8')) as {
  limits: { values: number[]; std_k: number; quantiles: [number, number]; mean: number; std: number; upper: number; lower: number; q_lo: number; q_hi: number }[];
};

function settings(over: Partial<ChunkingSettings>): ChunkingSettings {
  return { ...defaultChunking(), count: 10, ...over };
}

describe('learnLimits against numpy', () => {
  it('mean ± k·σ with the sample σ (ddof 1)', () => {
    for (const c of fixture.limits) {
      const r = learnLimits(c.values, settings({ std_k: c.std_k }), 'both');
      if (!r.ok) throw new Error(r.message);
      expect(r.limits.mean).toBeCloseTo(c.mean, 14);
      expect(r.limits.std).toBeCloseTo(c.std, 14);
      expect(r.limits.upper).toBeCloseTo(c.upper, 13);
      expect(r.limits.lower).toBeCloseTo(c.lower, 13);
      expect(r.limits.chunks).toBe(c.values.length);
    }
  });

  it("empirical quantiles by numpy's default linear method", () => {
    for (const c of fixture.limits) {
      const r = learnLimits(c.values, settings({ quantiles: c.quantiles }), 'both');
      if (!r.ok) throw new Error(r.message);
      expect(r.limits.lower).toBeCloseTo(c.q_lo, 14);
      expect(r.limits.upper).toBeCloseTo(c.q_hi, 14);
    }
  });

  it('keeps only the bad side and says how the limit was made', () => {
    const c = fixture.limits[0];
    const r = learnLimits(c.values, settings({}), 'upper');
    if (!r.ok) throw new Error(r.message);
    expect(r.limits.lower).toBeNull();
    expect(learnedText(r.limits)).toMatch(/^limit [\d.]+ learned from 12 reference chunks: mean [\d.]+ \+ 3σ$/);
    const q = learnLimits(c.values, settings({ quantiles: [0.005, 0.995] }), 'lower');
    if (!q.ok) throw new Error(q.message);
    expect(q.limits.upper).toBeNull();
    expect(learnedText(q.limits)).toContain('quantile 0.005');
  });

  it('leaves out chunks with no value, and refuses to learn from fewer than min_reference_chunks', () => {
    const r = learnLimits([0.1, NaN, 0.2, 0.3, 0.2, 0.1, NaN], settings({ min_reference_chunks: 6 }), 'upper');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('only 5 reference chunks give a value, fewer than chunking.min_reference_chunks (6)');
    const ok = learnLimits([0.1, NaN, 0.2, 0.3, 0.2, 0.1, 0.4], settings({ min_reference_chunks: 6 }), 'upper');
    expect(ok.ok && ok.limits.chunks).toBe(6);
  });
});
