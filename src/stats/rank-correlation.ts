/**
 * Spearman's rank correlation: Pearson's correlation of the two samples' ranks, ties given their
 * average rank (scipy's `spearmanr`, pandas' `corr(method='spearman')`). Used to say whether two
 * models order their features by importance the same way.
 */

/**
 * 1-based ranks of `x`, a tie sharing the mean of the ranks it spans ("average" in scipy's
 * `rankdata`). NaN is refused: it has no place in an order.
 */
export function averageRanks(x: ArrayLike<number>): Float64Array {
  const n = x.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(x[i])) throw new Error(`ranks: value ${i} is NaN`);
    order[i] = i;
  }
  order.sort((a, b) => x[a] - x[b] || a - b);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i + 1;
    while (j < n && x[order[j]] === x[order[i]]) j++;
    // Positions i..j-1 (0-based) hold equal values: ranks i+1..j, mean (i + 1 + j) / 2.
    const r = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) ranks[order[k]] = r;
    i = j;
  }
  return ranks;
}

/**
 * Spearman's ρ of paired samples. NaN when it is undefined: fewer than 2 pairs, or one sample
 * constant (its ranks have no spread), as scipy returns nan.
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) throw new Error(`Spearman: samples differ in length (${x.length} and ${y.length})`);
  const n = x.length;
  if (n < 2) return NaN;
  const rx = averageRanks(x);
  const ry = averageRanks(y);
  // Both rank vectors have mean (n + 1) / 2 whatever the ties.
  const mean = (n + 1) / 2;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i] - mean;
    const dy = ry[i] - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return NaN;
  // Clamped: rounding may take a perfect correlation a hair past ±1.
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
