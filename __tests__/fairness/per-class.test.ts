import { describe, expect, it } from 'vitest';
import { perClassStats } from '../../src/fairness/per-class.js';
import { pairedClassificationBootstrap } from '../../src/stats/bootstrap.js';

const codes = (s: string): Int32Array => Int32Array.from(s, (ch) => Number(ch));

// 240 rows, 4 classes (class 3 rare): numpy default_rng(16), y ~ choice(4, p=[.5, .3, .15, .05]);
// each model keeps y with probability 0.8 (baseline) or 0.7 (candidate), else a uniform class.
const Y = codes('100010220201013310003010001011011203223100111020031112100100001113001010020020011010301110201210311100000100100113012001201012023013103001000101012002101110001002000001020000002210102000000100010001000100010000200000000002011000110020220010');
const B = codes('100010100101023310303010001311011213223103011320331310100103001313001010022030011110301100221212310130000100100113012001101002022030103021300201013302001131001002010301020000202210102000000100010001000100010000100000000012201100110020220010');
const C = codes('101010200131013310233030031011011203123100211020131012110100001112201010030220011010301110200220311100003101100113233033203012033013100003103001313312100110001332000002123000102110102030002102021031030130000030202301000002010010100020220013');

// sklearn 1.2.1 precision_recall_fscore_support(y, pred, labels=[0, 1, 2, 3], zero_division=0).
const SKLEARN = {
  baseline: {
    precision: [0.923728813559322, 0.8484848484848485, 0.6896551724137931, 0.4074074074074074],
    recall: [0.8320610687022901, 0.8235294117647058, 0.7142857142857143, 0.8461538461538461],
    f1: [0.8755020080321285, 0.8358208955223881, 0.7017543859649122, 0.5499999999999999],
  },
  candidate: {
    precision: [0.9134615384615384, 0.7878787878787878, 0.625, 0.2894736842105263],
    recall: [0.7251908396946565, 0.7647058823529411, 0.7142857142857143, 0.8461538461538461],
    f1: [0.8085106382978724, 0.7761194029850745, 0.6666666666666666, 0.4313725490196079],
  },
  support: [131, 68, 28, 13],
};

describe('perClassStats', () => {
  const opts = { replicates: 400, seed: 3, confidence: 0.95 };
  const stats = perClassStats(Y, C, B, 4, opts);

  it('matches scikit-learn per class for both models', () => {
    for (let c = 0; c < 4; c++) {
      expect(stats[c].support).toBe(SKLEARN.support[c]);
      for (const m of ['precision', 'recall', 'f1'] as const) {
        expect(stats[c].candidate[m]).toBeCloseTo(SKLEARN.candidate[m][c], 12);
        expect(stats[c].baseline?.[m]).toBeCloseTo(SKLEARN.baseline[m][c], 12);
      }
    }
  });

  it('shares its replicates with the performance bootstrap: a class recall is the binary recall of that class', () => {
    // Class 3 against the rest: the binary recall of positive class 1 after relabelling is class 3's recall.
    const bin = (a: Int32Array) => Int32Array.from(a, (v) => (v === 3 ? 1 : 0));
    const binary = perClassStats(bin(Y), bin(C), bin(B), 2, opts);
    const whole = pairedClassificationBootstrap(bin(Y), bin(B), bin(C), 2, 1, opts);
    expect(binary[1].intervals?.delta?.recall.se).toBe(whole.recall?.se);
    expect(binary[1].intervals?.delta?.precision.lo).toBe(whole.precision?.lo);
    expect(binary[1].intervals?.delta?.f1.hi).toBe(whole.f1?.hi);
  });

  it('gives each model an interval around its value and a paired interval for the change', () => {
    for (const s of stats) {
      const iv = s.intervals!;
      expect(iv.candidate.recall.lo).toBeLessThanOrEqual(s.candidate.recall);
      expect(iv.candidate.recall.hi).toBeGreaterThanOrEqual(s.candidate.recall);
      expect(iv.baseline!.precision.lo).toBeLessThanOrEqual(s.baseline!.precision);
      expect(iv.delta!.recall.se).toBeGreaterThan(0);
    }
    // The rare class (13 rows) has the widest recall interval.
    const width = (c: number) => stats[c].intervals!.candidate.recall.hi - stats[c].intervals!.candidate.recall.lo;
    expect(width(3)).toBeGreaterThan(width(0));
  });

  it('gives a change of exactly zero with no spread when the models are the same', () => {
    const same = perClassStats(Y, B, B, 4, opts);
    for (const s of same) {
      expect(s.intervals!.delta!.recall).toEqual({ lo: 0, hi: 0, se: 0 });
    }
  });

  it('reports a class with no labelled row without an interval, and no intervals without replicates', () => {
    const y = Int32Array.from([0, 0, 1, 1, 0, 1]);
    const p = Int32Array.from([0, 2, 1, 1, 0, 0]);
    const s = perClassStats(y, p, null, 3, opts);
    expect(s[2].support).toBe(0);
    expect(s[2].predicted.candidate).toBe(1);
    expect(Number.isNaN(s[2].intervals!.candidate.recall.lo)).toBe(true);
    expect(s[2].baseline).toBeNull();
    expect(perClassStats(y, p, null, 3, null)[0].intervals).toBeNull();
  });
});
