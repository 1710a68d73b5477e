/**
 * Class labels for classification checks. Targets and predictions may be read as numbers in one
 * file and as text in another, so labels are compared by their string form: a categorical value is
 * its text, a number is `String(x)` (the CSV's `1` and `"1"` agree; `1.0` in a numeric column reads
 * back as "1", as JavaScript formats it).
 *
 * Class order (`sortClasses`): when every label reads as a finite number, ascending numeric order
 * (so "2" comes before "10"); otherwise plain code-unit order of the strings, which does not depend
 * on the machine's locale. Class index i is the i-th label in that order in every matrix and array.
 *
 * Positive class (`choosePositive`), for the binary metrics (precision, recall, F1, ROC AUC):
 * 1. `columns.positive_class` when set (as a string label);
 * 2. otherwise, in a problem with exactly 2 classes, "1", "true" or "yes" (case-insensitive, in that
 *    order of preference) when one of the two classes is spelled so;
 * 3. otherwise, with exactly 2 classes, the second class in class order (e.g. "pos" of
 *    ["neg", "pos"]; "b" of ["a", "b"]);
 * 4. no positive class with any other number of classes: binary metrics do not apply.
 */
import type { Column } from '../data/table.js';

const SMALL_LABELS = 1024;

/** A column's values as codes into a dictionary of their string forms; -1 = missing. */
export interface StringCodes {
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

/** The string form of each row of a column (see the module comment), without per-row strings. */
export function stringCodes(column: Column): StringCodes {
  if (column.kind === 'categorical') return { codes: column.codes, dictionary: column.dictionary };
  const values = column.values;
  const codes = new Int32Array(values.length);
  const byValue = new Map<number, number>();
  const dictionary: string[] = [];
  const byText = new Map<string, number>();
  // Labels are mostly small non-negative integers: an array lookup is several times faster than a
  // Map on a million rows. -1 = not seen yet.
  const small = new Int32Array(SMALL_LABELS).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) {
      codes[i] = -1;
      continue;
    }
    // Both arms integers: a choice between the double v and an integer would be boxed per row by
    // V8's first optimising tier.
    const iv = v | 0;
    const slot = v >= 0 && v < SMALL_LABELS && iv === v ? iv : -1;
    if (slot >= 0 && small[slot] >= 0) {
      codes[i] = small[slot];
      continue;
    }
    let code = byValue.get(v);
    if (code === undefined) {
      // -0 and 0 print the same, so they must share a code.
      const text = String(v);
      code = byText.get(text);
      if (code === undefined) {
        code = dictionary.length;
        dictionary.push(text);
        byText.set(text, code);
      }
      byValue.set(v, code);
    }
    if (slot >= 0) small[slot] = code;
    codes[i] = code;
  }
  return { codes, dictionary };
}

function numericForm(s: string): number {
  if (s.trim() === '') return NaN;
  const x = Number(s);
  return Number.isFinite(x) ? x : NaN;
}

/** Distinct labels in class order (see the module comment). */
export function sortClasses(labels: Iterable<string>): string[] {
  const distinct = [...new Set(labels)];
  const nums = distinct.map(numericForm);
  const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  if (nums.every((x) => !Number.isNaN(x))) {
    const order = distinct.map((s, i) => i);
    order.sort((i, j) => nums[i] - nums[j] || byString(distinct[i], distinct[j]));
    return order.map((i) => distinct[i]);
  }
  return distinct.sort(byString);
}

export interface PositiveChoice {
  /** Index into the returned classes, or null when binary metrics do not apply. */
  positive: number | null;
  /** The classes, with a configured positive class added when fewer than 2 classes were seen. */
  classes: string[];
  /** How the positive class was chosen, or why there is none (for messages). */
  note: string;
}

const CONVENTIONAL_POSITIVE = ['1', 'true', 'yes'];

/** Chooses the positive class by the rule in the module comment. */
export function choosePositive(classes: readonly string[], configured: string | null): PositiveChoice {
  if (configured !== null) {
    const at = classes.indexOf(configured);
    if (at >= 0) return { positive: at, classes: [...classes], note: `positive class ${JSON.stringify(configured)} (configured)` };
    if (classes.length < 2) {
      // Data that happens to hold only one class is still a binary problem when the user says so.
      const withIt = sortClasses([...classes, configured]);
      return {
        positive: withIt.indexOf(configured),
        classes: withIt,
        note: `positive class ${JSON.stringify(configured)} (configured; no row holds it)`,
      };
    }
    return {
      positive: null,
      classes: [...classes],
      note: `the configured positive_class ${JSON.stringify(configured)} is not among the labels (${classes
        .slice(0, 10)
        .map((c) => JSON.stringify(c))
        .join(', ')})`,
    };
  }
  if (classes.length !== 2) {
    return { positive: null, classes: [...classes], note: `${classes.length} classes, so no positive class` };
  }
  for (const word of CONVENTIONAL_POSITIVE) {
    const at = classes.findIndex((c) => c.toLowerCase() === word);
    if (at >= 0) return { positive: at, classes: [...classes], note: `positive class ${JSON.stringify(classes[at])}` };
  }
  return {
    positive: 1,
    classes: [...classes],
    note: `positive class ${JSON.stringify(classes[1])} (the second class in sorted order; set columns.positive_class to choose)`,
  };
}

/** Class index per row (-1 = missing) of a column already in string codes. */
export function encodeClasses(sc: StringCodes, index: ReadonlyMap<string, number>): Int32Array {
  const lookup = new Int32Array(sc.dictionary.length);
  for (let d = 0; d < sc.dictionary.length; d++) {
    const at = index.get(sc.dictionary[d]);
    lookup[d] = at === undefined ? -1 : at;
  }
  const codes = sc.codes;
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    out[i] = c < 0 ? -1 : lookup[c];
  }
  return out;
}
