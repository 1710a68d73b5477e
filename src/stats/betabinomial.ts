/**
 * Upper tail of the beta-binomial distribution, P(X ≥ x) for X ~ BetaBinomial(n, a, b)
 * (= scipy.stats.betabinom.sf(x − 1, n, a, b)).
 *
 * The data-quality share tests use it as the no-change distribution of a count in the current
 * file: the chance p that a current value is "new" (outside the reference range, in an unseen
 * category, missing) is unknown and only estimated from the reference, so the count is binomial
 * given p and p is Beta-distributed. For the range test this is exact, not a model: under
 * exchangeability of continuous values, the number of n fresh values outside the min/max of N
 * reference values is BetaBinomial(n, 2, N − 1), whatever the distribution.
 */
import gammaln from '@stdlib/math-base-special-gammaln';

/** ln B(x, y). */
function betaln(x: number, y: number): number {
  return gammaln(x) + gammaln(y) - gammaln(x + y);
}

function logPmf(k: number, n: number, a: number, b: number): number {
  return gammaln(n + 1) - gammaln(k + 1) - gammaln(n - k + 1) + betaln(k + a, n - k + b) - betaln(a, b);
}

/** pmf(k + 1) / pmf(k). */
function ratioUp(k: number, n: number, a: number, b: number): number {
  return ((n - k) / (k + 1)) * ((k + a) / (n - k - 1 + b));
}

/** Terms smaller than this share of the running sum no longer change it in double precision. */
const NEGLIGIBLE = 1e-17;

/**
 * P(X ≥ x). Sums probabilities outward from x (upward when x is above the mean, else the lower
 * tail downward from x − 1, subtracted from 1), each from the previous by the pmf ratio: the
 * terms fall off geometrically past the mode, so the work is a few spreads of the distribution,
 * not n. `b ≤ 0` is the degenerate limit where every draw is a success (a one-value reference
 * has no inside).
 */
export function betaBinomialSf(x: number, n: number, a: number, b: number): number {
  if (!(Number.isInteger(n) && n >= 0)) throw new Error(`beta-binomial: n must be a non-negative integer, got ${n}`);
  if (!(a > 0)) throw new Error(`beta-binomial: a must be > 0, got ${a}`);
  if (x <= 0) return 1;
  if (x > n) return 0;
  if (!(b > 0)) return 1;
  const k0 = Math.ceil(x);
  const mean = (n * a) / (a + b);
  if (k0 > mean) {
    let term = Math.exp(logPmf(k0, n, a, b));
    let sum = term;
    for (let k = k0; k < n; k++) {
      const r = ratioUp(k, n, a, b);
      term *= r;
      sum += term;
      if (r < 1 && term < sum * NEGLIGIBLE) break;
    }
    return Math.min(1, sum);
  }
  let term = Math.exp(logPmf(k0 - 1, n, a, b));
  let sum = term;
  for (let k = k0 - 1; k > 0; k--) {
    const r = 1 / ratioUp(k - 1, n, a, b);
    term *= r;
    sum += term;
    if (r < 1 && term < sum * NEGLIGIBLE) break;
  }
  return Math.max(0, 1 - sum);
}
