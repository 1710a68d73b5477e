/**
 * McNemar's exact test on paired correctness: of the n = b + c discordant rows (b: only the
 * baseline right, c: only the candidate right), under "both models are equally often right" each
 * is as likely to fall either way, so b ~ Binomial(n, 1/2). Two-sided p-value = min(1,
 * 2·P(X ≤ min(b, c))), as statsmodels' `mcnemar(table, exact=True)` and scipy's
 * `binomtest(b, b + c, 0.5)` (for p = 1/2 the distribution is symmetric, so scipy's "as or less
 * likely" rule and doubling the smaller tail give the same sum).
 */
import gammaln from '@stdlib/math-base-special-gammaln';

/** Terms smaller than this share of the running sum no longer change it in double precision. */
const NEGLIGIBLE = 1e-17;

/**
 * P(X ≤ k) for X ~ Binomial(n, 1/2), k ≤ n/2. Starts at the largest term, pmf(k), in log space
 * (C(n, k)/2ⁿ underflows long before n is large) and walks down by the exact ratio
 * pmf(j − 1)/pmf(j) = j/(n − j + 1); past the mode the terms fall geometrically, so the work is a
 * few spreads of the distribution, not n.
 */
function lowerTailHalf(k: number, n: number): number {
  let term = Math.exp(gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1) - n * Math.LN2);
  let sum = term;
  for (let j = k; j > 0; j--) {
    term *= j / (n - j + 1);
    sum += term;
    if (term < sum * NEGLIGIBLE) break;
  }
  return sum;
}

/**
 * Two-sided exact McNemar p-value from the discordant counts. No discordant row (b = c = 0) says
 * nothing against equality: p = 1.
 */
export function mcnemarExact(b: number, c: number): number {
  if (!(Number.isInteger(b) && Number.isInteger(c) && b >= 0 && c >= 0)) {
    throw new Error(`McNemar: discordant counts must be non-negative integers, got ${b} and ${c}`);
  }
  const n = b + c;
  if (b === c) return 1;
  return Math.min(1, 2 * lowerTailHalf(Math.min(b, c), n));
}
