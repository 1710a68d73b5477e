/**
 * "Did you mean …" for names the config gives that match nothing: column names, config keys.
 * Names come from user files, so every name put in a message goes through `quoteName`.
 */
import { quoteName } from './names.js';

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, so "tpyo" is one
 * edit from "typo"), or `max + 1` as soon as it must exceed `max`: with many candidates only the
 * close ones are worth finishing.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const m = b.length;
  let prev2 = new Int32Array(m + 1);
  let prev = Int32Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Int32Array(m + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        d = Math.min(d, prev2[j - 2]! + 1);
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[m]!, max + 1);
}

/** How many edits still look like a typo of a name this long: 1 up to 5 characters, at most 3. */
function typoBudget(length: number): number {
  return Math.min(3, Math.max(1, Math.floor(length / 3)));
}

const MAX_SUGGESTIONS = 3;

/**
 * The real names `name` was probably meant to be, best first: names equal to it ignoring case
 * (a wrong case is the likeliest slip), else names within a few edits (case ignored), closest
 * first and in their given order among equals. At most MAX_SUGGESTIONS.
 */
export function suggest(name: string, candidates: Iterable<string>): string[] {
  const lower = name.toLowerCase();
  const sameCase: string[] = [];
  const close: { c: string; d: number }[] = [];
  const budget = typoBudget(name.length);
  for (const c of candidates) {
    if (c === name) continue;
    const cl = c.toLowerCase();
    if (cl === lower) sameCase.push(c);
    else if (sameCase.length === 0) {
      const d = editDistance(lower, cl, budget);
      if (d <= budget) close.push({ c, d });
    }
  }
  if (sameCase.length) return sameCase.slice(0, MAX_SUGGESTIONS);
  // sort is stable: equals keep their given order.
  return close
    .sort((x, y) => x.d - y.d)
    .slice(0, MAX_SUGGESTIONS)
    .map((x) => x.c);
}

/** `"a", "b" or "c"`. */
function orList(names: readonly string[]): string {
  const q = names.map(quoteName);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]!}`;
}

/** Up to `limit` names, quoted, with how many more there are. */
export function listNames(names: readonly string[], limit = 12): string {
  const shown = names.slice(0, limit).map(quoteName).join(', ');
  return names.length > limit ? `${shown}, … ${names.length - limit} more` : names.length ? shown : 'none';
}

/**
 * The hint that ends a "matches nothing" message: `did you mean "age"?`, or when nothing is close,
 * the real names (`its columns: …`, with `what` = "its columns").
 */
export function didYouMean(name: string, candidates: readonly string[], what: string): string {
  const s = suggest(name, candidates);
  return s.length ? `did you mean ${orList(s)}?` : `${what}: ${listNames(candidates)}`;
}
