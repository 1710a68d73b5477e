/**
 * A model's precision at a given recall, from its scores: the operating point of its
 * precision–recall curve (scikit-learn's `precision_recall_curve`) with the highest cut-off whose
 * recall reaches the target. Used to show a trade-off at the decision cut-off: a candidate that
 * predicts more positives loses precision at 0.5 but may be more precise than the baseline at the
 * baseline's own recall.
 */

export interface OperatingPoint {
  /** The cut-off: rows with score ≥ threshold are predicted positive. */
  threshold: number;
  precision: number;
  recall: number;
}

/**
 * The operating point at recall `target` (in (0, 1]) for 0/1 labels `isPositive` and `scores`
 * (NaN scores are left out). Null when there is no positive row or no score. Ties at the cut-off
 * are all predicted positive, so the recall reached may exceed the target.
 */
export function precisionAtRecall(isPositive: Uint8Array, scores: Float64Array, target: number): OperatingPoint | null {
  if (isPositive.length !== scores.length) throw new RangeError(`labels and scores differ in length (${isPositive.length} vs ${scores.length})`);
  let positives = 0;
  for (let i = 0; i < scores.length; i++) if (isPositive[i] === 1 && scores[i] === scores[i]) positives++;
  if (positives === 0) return null;
  const pos = new Float64Array(positives);
  for (let i = 0, j = 0; i < scores.length; i++) if (isPositive[i] === 1 && scores[i] === scores[i]) pos[j++] = scores[i];
  pos.sort();
  // The k highest-scored positives reach recall k/P; the cut-off is the k-th highest score.
  const k = Math.min(positives, Math.max(1, Math.ceil(target * positives - 1e-9)));
  const threshold = pos[positives - k];
  let above = 0, truePos = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s >= threshold) {
      above++;
      truePos += isPositive[i];
    }
  }
  return { threshold, precision: truePos / above, recall: truePos / positives };
}
