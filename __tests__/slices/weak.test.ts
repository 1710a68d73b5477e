import { describe, expect, it } from 'vitest';
import { pairedMean, searchSegments, segmentSums } from '../../src/slices/weak.js';
import { makeTable } from '../helpers/tables.js';

describe('pairedMean', () => {
  it('is the mean of the paired differences and its standard error √(s²/n), s² with n − 1', () => {
    // numpy: d.mean(), d.std(ddof=1) / sqrt(len(d))
    const cases: [number[], number, number][] = [
      [[1, 0, 0, -1, 1, 1, 0, 1, 0, 0, 1, 0], 0.3333333333333333, 0.18802535827258873],
      [[0.5, -0.25, 1.75, 0.0, 2.5, -1.0, 0.75], 0.6071428571428571, 0.45269412718646534],
    ];
    for (const [d, mean, se] of cases) {
      const r = pairedMean(d.length, d.reduce((a, b) => a + b, 0), d.reduce((a, b) => a + b * b, 0));
      expect(r.mean).toBeCloseTo(mean, 12);
      expect(r.se).toBeCloseTo(se, 12);
    }
    expect(pairedMean(5, 5, 5).se).toBe(0);
    expect(pairedMean(1, 1, 1).se).toBeNaN();
  });
});

describe('segmentSums', () => {
  it('sums n, baseline loss, d and d² per group over usable rows only', () => {
    const codes = Int32Array.from([0, 1, 0, -1, 1, 0]);
    const diff = Float64Array.from([1, -1, 0, 1, NaN, 1]);
    const baseline = Float64Array.from([0, 1, 1, 0, 1, 0]);
    expect(Array.from(segmentSums(codes, 2, { diff, baseline }))).toEqual([3, 1, 2, 2, 1, 1, -1, 1]);
  });
});

// The data of scripts written once in numpy/scipy (see the comment on EXPECTED): 240 rows, two
// categorical columns and a numeric one cut at the reference median, baseline wrong on every 4th
// row, candidate wrong on every 5th and on every other row of g = a.
function data(): ReturnType<typeof makeTable> {
  const n = 240;
  const g: string[] = [];
  const h: string[] = [];
  const v: number[] = [];
  for (let i = 0; i < n; i++) {
    g.push(['a', 'b', 'c'][i % 3]);
    h.push(['x', 'y'][Math.floor(i / 3) % 2]);
    v.push((i * 7) % 11);
  }
  return makeTable('t.csv', { g, h, v });
}

function losses(): { diff: Float64Array; baseline: Float64Array } {
  const n = 240;
  const diff = new Float64Array(n);
  const baseline = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = i % 4 === 0 ? 1 : 0;
    const c = i % 5 === 0 || (i % 3 === 0 && i % 2 === 0) ? 1 : 0;
    baseline[i] = b;
    diff[i] = c - b;
  }
  return { diff, baseline };
}

/**
 * [segment, n, worsening, se, Holm-adjusted p of "worse by more than 0.05"], computed with numpy and
 * scipy: d = wrong(candidate) − wrong(baseline); w = d.mean(); se = d.std(ddof=1)/√n;
 * p = norm.sf((w − 0.05)/se); Holm over all 23 segments (single columns and every pair, v cut at
 * np.quantile(v, 0.5) = 5).
 */
const EXPECTED: [string, number, number, number, number][] = [
  ['g=a', 80, 0.35, 0.05366327268666194, 2.4917936244520584e-07],
  ['g=b', 80, -0.05, 0.06632295362252189, 1.0],
  ['g=c', 80, -0.05, 0.06632295362252189, 1.0],
  ['h=x', 120, 0.13333333333333333, 0.05667408091222623, 1.0],
  ['h=y', 120, 0.03333333333333333, 0.05011657744899134, 1.0],
  ['v=< 5', 109, 0.07339449541284404, 0.05786204259457034, 1.0],
  ['v=≥ 5', 131, 0.0916030534351145, 0.050190923420688434, 1.0],
  ['g=a,h=x', 40, 0.5, 0.08006407690254357, 2.1896871372141232e-07],
  ['g=a,h=y', 40, 0.2, 0.06405126152203486, 0.18227819524472183],
  ['g=b,h=x', 40, 0.2, 0.06405126152203486, 0.18227819524472183],
  ['g=b,h=y', 40, -0.3, 0.10253204627247284, 1.0],
  ['g=c,h=x', 40, -0.3, 0.10253204627247284, 1.0],
  ['g=c,h=y', 40, 0.2, 0.06405126152203486, 0.18227819524472183],
  ['g=a,v=< 5', 36, 0.3333333333333333, 0.07968190728895957, 0.003768233415685959],
  ['g=a,v=≥ 5', 44, 0.36363636363636365, 0.07335878043508444, 0.00020035580015862712],
  ['g=b,v=< 5', 35, -0.05714285714285714, 0.10802160648216076, 1.0],
  ['g=b,v=≥ 5', 45, -0.044444444444444446, 0.08382012701302927, 1.0],
  ['g=c,v=< 5', 38, -0.05263157894736842, 0.09941055595821423, 1.0],
  ['g=c,v=≥ 5', 42, -0.047619047619047616, 0.08985974975091614, 1.0],
  ['h=x,v=< 5', 54, 0.16666666666666666, 0.09061479586639898, 1.0],
  ['h=x,v=≥ 5', 66, 0.10606060606060606, 0.0720294807515437, 1.0],
  ['h=y,v=< 5', 55, -0.01818181818181818, 0.0710238215403917, 1.0],
  ['h=y,v=≥ 5', 65, 0.07692307692307693, 0.07039617391431972, 1.0],
];

describe('searchSegments', () => {
  it('finds every segment and pair with its paired worsening, standard error and Holm-adjusted p (scipy)', () => {
    const t = data();
    const found = searchSegments(t, t, ['g', 'h', 'v'], [{ metric: 'accuracy', losses: losses(), allowed: () => 0.05 }], { minRows: 10, quantiles: 2, maxColumns: 3, confidence: 0.95 }, () => undefined);
    expect(found.columns).toBe(3);
    expect(found.pairs).toBe(3);
    expect(found.segments).toHaveLength(EXPECTED.length);
    const byId = new Map(found.segments.map((s) => [s.columns.map((c, i) => `${c}=${s.parts[i]}`).join(','), s]));
    for (const [id, n, w, se, p] of EXPECTED) {
      const s = byId.get(id);
      expect(s, id).toBeDefined();
      expect(s!.n).toBe(n);
      expect(s!.worsening).toBeCloseTo(w, 12);
      expect(s!.se).toBeCloseTo(se, 12);
      expect(s!.p!.beyond).toBeCloseTo(p, 9);
      expect(s!.p!.beyond / p).toBeCloseTo(1, 6);
    }
    // Worst first by the lower end of the interval: g = a, h = x (0.5 − 1.96·0.080) leads.
    expect(found.segments[0].parts).toEqual(['a', 'x']);
  });

  it('adjusts the segments of every metric searched together', () => {
    // Two metrics with the same losses: Holm over 46 segments (scipy, as above, on the p-values twice).
    const t = data();
    const sets = ['accuracy', 'recall'].map((metric) => ({ metric, losses: losses(), allowed: () => 0.05 }));
    const found = searchSegments(t, t, ['g', 'h', 'v'], sets, { minRows: 10, quantiles: 2, maxColumns: 3, confidence: 0.95 }, () => undefined);
    expect(found.segments).toHaveLength(46);
    const at = (metric: string, id: string): number =>
      found.segments.find((x) => x.metric === metric && x.columns.map((c, i) => `${c}=${x.parts[i]}`).join(',') === id)!.p!.beyond;
    for (const metric of ['accuracy', 'recall']) {
      expect(at(metric, 'g=a') / 4.983587248904117e-7).toBeCloseTo(1, 6);
      expect(at(metric, 'g=a,h=x') / 4.3793742744282464e-7).toBeCloseTo(1, 6);
      expect(at(metric, 'g=a,v=≥ 5') / 0.00040071160031725423).toBeCloseTo(1, 6);
    }
  });

  it('crosses only the max_columns columns with the worst segments, and leaves small segments out', () => {
    const t = data();
    const found = searchSegments(t, t, ['g', 'h', 'v'], [{ metric: 'accuracy', losses: losses(), allowed: () => 0.05 }], { minRows: 50, quantiles: 2, maxColumns: 2, confidence: 0.95 }, () => undefined);
    expect(found.pairs).toBe(1);
    // g (worst: g = a) and v (v ≥ 5) are crossed, h is not: the 6 cells of g × v (35 to 45 rows)
    // are all below 50 rows, so no pair segment is tested.
    expect(found.segments.some((s) => s.columns.length === 2)).toBe(false);
    expect(found.small).toBe(6);
    expect(found.segments.every((s) => s.n >= 50)).toBe(true);
  });

  it('searches a seeded sample of rows when a file has more than sampleRows, and finds the weak segment in it', () => {
    const t = data();
    const settings = { minRows: 10, quantiles: 2, maxColumns: 3, confidence: 0.95, sampleRows: 120, seed: 7 };
    const sets = [{ metric: 'accuracy', losses: losses(), allowed: () => 0.05 }];
    const found = searchSegments(t, t, ['g', 'h', 'v'], sets, settings, () => undefined);
    expect(found.sampled).toBe(120);
    // Each column's segments partition the sampled rows (none of g, h, v is missing).
    const single = (c: string) => found.segments.filter((x) => x.columns.length === 1 && x.columns[0] === c).reduce((a, x) => a + x.n, 0);
    expect(single('g')).toBe(120);
    expect(single('h')).toBe(120);
    // Seeded: the same sample, the same segments; the planted weakness (g = a) still ranks first.
    expect(searchSegments(t, t, ['g', 'h', 'v'], sets, settings, () => undefined).segments).toEqual(found.segments);
    expect(found.segments[0]!.parts[0]).toBe('a');
    // At or below the limit: every row, as before.
    expect(searchSegments(t, t, ['g', 'h', 'v'], sets, { ...settings, sampleRows: 240 }, () => undefined).sampled).toBeNull();
  });

  it('names a column it cannot group and searches the rest', () => {
    const t = data();
    const cur = makeTable('c.csv', { g: ['a'] });
    const found = searchSegments(t, cur, ['g', 'h'], [{ metric: 'accuracy', losses: { diff: Float64Array.of(1), baseline: Float64Array.of(0) }, allowed: () => 0.05 }], { minRows: 1, quantiles: 2, maxColumns: 0, confidence: 0.95 }, () => undefined);
    expect(found.skipped).toEqual(['column "h" is not in c.csv']);
    expect(found.columns).toBe(1);
  });
});
