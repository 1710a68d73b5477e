/**
 * Fisher's exact test of a 2×2 table, two-sided, as scipy.stats.fisher_exact: the p-value is the
 * total probability, under the hypergeometric distribution with the table's margins, of the tables
 * no more likely than the observed one. Probabilities are built as ratios from the mode outwards
 * and normalised by their sum, so no factorial is formed and a million-row table costs one pass
 * over the support, stopping where the remaining terms are below 1e-17 of the total. Tables whose
 * probability is within a relative 1e-7 of the observed one count as equally likely (R's
 * fisher.test tolerance; scipy's is 1e-14 — they differ only for probabilities equal to 7 digits
 * but not 14).
 */

export interface FisherResult {
  /** The sample odds ratio (a·d)/(b·c); Infinity when b·c = 0, NaN when a margin is 0. */
  oddsRatio: number;
  pValue: number;
}

const RELATIVE_TIE = 1e-7;
const NEGLIGIBLE = 1e-17;

/** Table [[a, b], [c, d]] of non-negative integer counts. */
export function fisherExact(a: number, b: number, c: number, d: number): FisherResult {
  for (const [name, v] of [['a', a], ['b', b], ['c', c], ['d', d]] as const) {
    if (!(Number.isInteger(v) && v >= 0)) throw new Error(`Fisher's exact test: count ${name} = ${v} is not a non-negative integer`);
  }
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) return { oddsRatio: NaN, pValue: 1 };
  const oddsRatio = b > 0 && c > 0 ? (a * d) / (b * c) : Infinity;
  const n1 = a + b;
  const n2 = c + d;
  const n = a + c;
  // X = the top-left count: hypergeometric on [lo, hi], P(x+1)/P(x) = (n1−x)(n−x) / ((x+1)(n2−n+x+1)).
  const lo = Math.max(0, n - n2);
  const hi = Math.min(n, n1);
  const mode = Math.min(hi, Math.max(lo, Math.floor(((n + 1) * (n1 + 1)) / (n1 + n2 + 2))));
  const ratioUp = (x: number): number => ((n1 - x) * (n - x)) / ((x + 1) * (n2 - n + x + 1));
  // Relative probability of the observed table (mode = 1).
  let pObs = 1;
  if (a > mode) for (let x = mode; x < a; x++) pObs *= ratioUp(x);
  else for (let x = mode; x > a; x--) pObs /= ratioUp(x - 1);
  const limit = pObs * (1 + RELATIVE_TIE);
  let total = 1;
  let extreme = 1 <= limit ? 1 : 0;
  for (const dir of [1, -1]) {
    let p = 1;
    for (let x = mode; dir > 0 ? x < hi : x > lo; x += dir) {
      p = dir > 0 ? p * ratioUp(x) : p / ratioUp(x - 1);
      total += p;
      if (p <= limit) extreme += p;
      if (p < NEGLIGIBLE * total && p < limit) {
        // Unimodal: every further term is smaller still, and all of them are as extreme.
        break;
      }
    }
  }
  return { oddsRatio, pValue: Math.min(1, extreme / total) };
}
