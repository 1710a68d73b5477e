import { describe, expect, it } from 'vitest';
import { eligibleGroups, gapOf, gaps, groupCells, rateParts, type GapMeasure } from '../../src/fairness/gaps.js';
import type { FairnessMetric } from '../../src/config/types.js';

const codes = (s: string): Int32Array => Int32Array.from(s, (ch) => Number(ch));

// 180 rows, 3 groups: numpy default_rng(7); group ~ choice(3, p=[.5, .3, .2]); y positive with
// probability .4/.3/.5 by group; the baseline keeps y with probability .8, the candidate .9/.7/.8
// by group, else flips it.
const G = codes('121002021000001121120010010211000010002002121101120100002021111000002010210222100210211000020101000021012011011202012002011110000021002021121102020012021112000002201011020110001210');
const Y = codes('000001111110101010000001010001111001001001000100001000110100010011100100111110011011110110010010100000100110001100000001010000101000001000100100011011010101010111001000111110110110');
const PB = codes('000001110110011110010001011011101001000000000001011010111100010010100100110110011010110111011010100000101100001110000001010100100100101010100010011011010111010111001001111110110110');
const PC = codes('100001111110101000000001000001110001001010000011001010110100100011101110011110111001111110000010100001110110010100010001010000111000001000010100011010010101110111001000111110110110');

// numpy, fairlearn's definitions: per group selection rate = mean(pred), TPR = mean(pred | y = 1),
// FPR = mean(pred | y = 0), precision = mean(y | pred = 1); gap = max − min over the groups
// (method='between_groups'); equalised odds = max(TPR gap, FPR gap).
const NUMPY = {
  baseline: {
    rates: {
      selection_rate: [0.47619047619047616, 0.38596491228070173, 0.5897435897435898],
      tpr: [0.8378378378378378, 0.8, 0.9],
      fpr: [0.19148936170212766, 0.16216216216216217, 0.2631578947368421],
      precision: [0.775, 0.7272727272727273, 0.782608695652174],
    },
    gaps: { selection_rate: 0.20377867746288802, tpr: 0.09999999999999998, fpr: 0.10099573257467992, precision: 0.055335968379446654, equalized_odds: 0.10099573257467992 },
  },
  candidate: {
    rates: {
      selection_rate: [0.4880952380952381, 0.42105263157894735, 0.4358974358974359],
      tpr: [0.972972972972973, 0.7, 0.75],
      fpr: [0.10638297872340426, 0.2702702702702703, 0.10526315789473684],
      precision: [0.8780487804878049, 0.5833333333333334, 0.8823529411764706],
    },
    gaps: { selection_rate: 0.06704260651629074, tpr: 0.27297297297297307, fpr: 0.16500711237553345, precision: 0.2990196078431372, equalized_odds: 0.27297297297297307 },
  },
};

const METRICS: FairnessMetric[] = ['selection_rate', 'tpr', 'fpr', 'precision'];
const MEASURES: GapMeasure[] = [...METRICS, 'equalized_odds'];
const all = new Map(METRICS.map((m) => [m, [0, 1, 2]]));

describe('fairness rates and gaps (fairlearn definitions)', () => {
  const cells = groupCells(G, 3, Y, 1, PC, PB);

  it('gives every group its rates for both models', () => {
    for (const model of ['baseline', 'candidate'] as const) {
      for (const m of METRICS) {
        for (let g = 0; g < 3; g++) {
          const { num, den } = rateParts(cells, g, m, model);
          expect(num / den).toBeCloseTo(NUMPY[model].rates[m][g], 14);
        }
      }
    }
  });

  it('gives the gaps as fairlearn: demographic parity, equal opportunity, equalised odds', () => {
    const measured = gaps(cells, MEASURES, all, true, null);
    for (const m of MEASURES) {
      expect(measured.get(m)!.candidate).toBeCloseTo(NUMPY.candidate.gaps[m], 14);
      expect(measured.get(m)!.baseline!).toBeCloseTo(NUMPY.baseline.gaps[m], 14);
      expect(measured.get(m)!.intervals).toBeNull();
    }
  });

  it('leaves out the groups below the minimum, and has no gap with fewer than two', () => {
    // Rows, labelled positives and negatives per group: 84/37/47, 57/20/37, 39/20/19.
    expect(eligibleGroups(cells, 3, 'tpr', true, 21)).toEqual([0]);
    expect(eligibleGroups(cells, 3, 'tpr', true, 20)).toEqual([0, 1, 2]);
    expect(eligibleGroups(cells, 3, 'fpr', true, 30)).toEqual([0, 1]);
    expect(eligibleGroups(cells, 3, 'selection_rate', true, 40)).toEqual([0, 1]);
    expect(gapOf(cells, [0, 1], 'tpr', 'candidate')).toBeCloseTo(0.972972972972973 - 0.7, 14);
    expect(Number.isNaN(gapOf(cells, [0], 'tpr', 'candidate'))).toBe(true);
  });

  it('skips rows without a group or a prediction, and counts unlabelled rows only in the selection rate', () => {
    const g = Int32Array.from([0, 0, 1, 1, -1, 1]);
    const y = Int32Array.from([1, -1, 0, 1, 1, -1]);
    const p = Int32Array.from([1, 1, 0, 1, 1, -1]);
    const c = groupCells(g, 2, y, 1, p, null);
    expect(rateParts(c, 0, 'selection_rate', 'candidate')).toEqual({ num: 2, den: 2 });
    expect(rateParts(c, 0, 'tpr', 'candidate')).toEqual({ num: 1, den: 1 });
    expect(rateParts(c, 1, 'selection_rate', 'candidate')).toEqual({ num: 1, den: 2 });
    expect(rateParts(c, 1, 'fpr', 'candidate')).toEqual({ num: 0, den: 1 });
    // Without a baseline the candidate stands in for it.
    expect(rateParts(c, 1, 'selection_rate', 'baseline')).toEqual({ num: 1, den: 2 });
  });
});

describe('bootstrap of the gaps', () => {
  it('has the spread of the difference of two independent proportions', () => {
    // Two groups of 4,000 and 1,000 rows selecting 30 % and 50 %: se of the gap
    // sqrt(.3·.7/4000 + .5·.5/1000) = 0.017364.
    const n = 5000;
    const g = new Int32Array(n);
    const p = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      g[i] = i < 4000 ? 0 : 1;
      p[i] = i < 4000 ? (i % 10 < 3 ? 1 : 0) : i % 2;
    }
    const cells = groupCells(g, 2, null, 1, p, null);
    const gap = gaps(cells, ['selection_rate'], new Map([['selection_rate', [0, 1]]]), false, { replicates: 4000, seed: 5, confidence: 0.95 }).get('selection_rate')!;
    expect(gap.candidate).toBeCloseTo(0.2, 14);
    const se = Math.sqrt((0.3 * 0.7) / 4000 + 0.25 / 1000);
    expect(gap.intervals!.candidate.se / se).toBeGreaterThan(0.95);
    expect(gap.intervals!.candidate.se / se).toBeLessThan(1.05);
    expect(gap.intervals!.candidate.lo).toBeLessThan(0.2);
    expect(gap.intervals!.candidate.hi).toBeGreaterThan(0.2);
    expect(gap.intervals!.widening).toBeNull();
  });

  it('gives a widening of exactly zero when the models agree, and a paired spread when they differ', () => {
    const opts = { replicates: 300, seed: 1, confidence: 0.95 };
    const same = gaps(groupCells(G, 3, Y, 1, PB, PB), MEASURES, all, true, opts);
    for (const m of MEASURES) expect(same.get(m)!.intervals!.widening).toEqual({ lo: 0, hi: 0, se: 0 });
    const diff = gaps(groupCells(G, 3, Y, 1, PC, PB), ['tpr'], all, true, opts).get('tpr')!;
    expect(diff.intervals!.widening!.se).toBeGreaterThan(0);
    // Seeded: the same seed gives the same interval.
    expect(gaps(groupCells(G, 3, Y, 1, PC, PB), ['tpr'], all, true, opts).get('tpr')!.intervals).toEqual(diff.intervals);
  });
});
