import { describe, expect, it } from 'vitest';
import { precisionAtRecall } from '../../src/stats/matched-recall.js';

describe('precisionAtRecall', () => {
  // scikit-learn's precision_recall_curve docstring example: y = [0, 0, 1, 1],
  // scores [0.1, 0.4, 0.35, 0.8] give precision [0.5, 0.667, 0.5, 1], recall [1, 1, 0.5, 0.5] at
  // thresholds [0.1, 0.35, 0.4, 0.8].
  const y = Uint8Array.from([0, 0, 1, 1]);
  const s = Float64Array.from([0.1, 0.4, 0.35, 0.8]);

  it('takes the highest cut-off that reaches the recall, as scikit-learn\'s curve', () => {
    expect(precisionAtRecall(y, s, 1)).toEqual({ threshold: 0.35, precision: 2 / 3, recall: 1 });
    expect(precisionAtRecall(y, s, 0.5)).toEqual({ threshold: 0.8, precision: 1, recall: 0.5 });
    // A recall between curve points goes to the next point up.
    expect(precisionAtRecall(y, s, 0.6)).toEqual({ threshold: 0.35, precision: 2 / 3, recall: 1 });
  });

  it('counts ties at the cut-off as positive, leaves missing scores out, and needs a positive', () => {
    const tied = precisionAtRecall(Uint8Array.from([1, 0, 1, 0]), Float64Array.from([0.7, 0.7, 0.2, NaN]), 0.5);
    expect(tied).toEqual({ threshold: 0.7, precision: 0.5, recall: 0.5 });
    expect(precisionAtRecall(Uint8Array.from([0, 0]), Float64Array.from([0.2, 0.3]), 0.5)).toBeNull();
    expect(() => precisionAtRecall(y, Float64Array.from([0.1]), 0.5)).toThrow(RangeError);
  });
});
