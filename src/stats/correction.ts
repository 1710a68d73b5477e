/**
 * Multiple-testing adjustment of p-values with statsmodels' multipletests semantics
 * (bonferroni, holm, fdr_bh): adjusted values capped at 1 and returned in input order.
 */

export type PAdjustMethod = 'none' | 'bonferroni' | 'holm' | 'fdr_bh';

export function adjustPValues(p: readonly number[], method: PAdjustMethod): number[] {
  const n = p.length;
  for (let i = 0; i < n; i++) {
    if (!(p[i] >= 0 && p[i] <= 1)) throw new Error(`p-value adjustment: p-value ${p[i]} at index ${i} is not in [0, 1]`);
  }
  // No tests, nothing to adjust: an empty family is legitimate (no columns drift-tested).
  if (n === 0) return [];
  switch (method) {
    case 'none':
      return p.slice();
    case 'bonferroni':
      return p.map((x) => Math.min(1, x * n));
    case 'holm':
    case 'fdr_bh': {
      const order = Array.from({ length: n }, (_, i) => i).sort((x, y) => p[x] - p[y]);
      const out = new Array<number>(n);
      if (method === 'holm') {
        // Step-down: (n − rank)·p, made monotone non-decreasing in rank.
        let running = 0;
        for (let r = 0; r < n; r++) {
          running = Math.max(running, (n - r) * p[order[r]]);
          out[order[r]] = Math.min(1, running);
        }
      } else {
        // Step-up (Benjamini–Hochberg): p·n/rank, made monotone from the largest rank down.
        let running = Infinity;
        for (let r = n - 1; r >= 0; r--) {
          running = Math.min(running, p[order[r]] / ((r + 1) / n));
          out[order[r]] = Math.min(1, running);
        }
      }
      return out;
    }
    default:
      throw new Error(`p-value adjustment: unknown method ${JSON.stringify(method as string)}`);
  }
}
