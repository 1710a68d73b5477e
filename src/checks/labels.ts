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
import { keySegment, quoteName as q } from '../config/names.js';
import { listNames, suggest } from '../config/suggest.js';
import type { GateConfig } from '../config/types.js';
import type { Column, Table } from '../data/table.js';

const SMALL_LABELS = 1024;

/** A column's values as codes into a dictionary of their string forms; -1 = missing. */
export interface StringCodes {
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

// Columns never change once loaded: the known-label set, quality.labels and the performance
// tests read the same numeric columns, and each is encoded once per thread.
const codesCache = new WeakMap<Column, StringCodes>();

/**
 * The string form of each row of a column (see the module comment), without per-row strings.
 * The result is shared between callers: read it, never write to it.
 */
export function stringCodes(column: Column): StringCodes {
  if (column.kind === 'categorical') return { codes: column.codes, dictionary: column.dictionary };
  let sc = codesCache.get(column);
  if (!sc) {
    sc = numericCodes(column.values);
    codesCache.set(column, sc);
  }
  return sc;
}

function numericCodes(values: Float64Array): StringCodes {
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

/** How often each label of a column occurs, and the row of its first occurrence (-1: never). */
export interface LabelCounts {
  readonly labels: readonly string[];
  readonly counts: Int32Array;
  readonly first: Int32Array;
}

// A column object is never changed once loaded, so its counts are worth keeping for the run: the
// known-label set and quality.labels read the same columns.
const countCache = new WeakMap<Column, LabelCounts>();

/** Counts per dictionary code in one pass over the codes: no per-row strings. */
export function labelCounts(column: Column): LabelCounts {
  let lc = countCache.get(column);
  if (lc) return lc;
  const sc = stringCodes(column);
  const counts = new Int32Array(sc.dictionary.length);
  const first = new Int32Array(sc.dictionary.length).fill(-1);
  const codes = sc.codes;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c < 0) continue;
    if (counts[c] === 0) first[c] = i;
    counts[c]++;
  }
  lc = { labels: sc.dictionary, counts, first };
  countCache.set(column, lc);
  return lc;
}

/** The labels that occur at least once in any of `columns`, with their total counts. */
function presentLabels(columns: readonly Column[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const col of columns) {
    const lc = labelCounts(col);
    for (let d = 0; d < lc.labels.length; d++) {
      if (lc.counts[d] > 0) out.set(lc.labels[d], (out.get(lc.labels[d]) ?? 0) + lc.counts[d]);
    }
  }
  return out;
}

/** What a known-label set is made from; the engine builds it from the config and both tables. */
export interface LabelSources {
  /** The reference's target and baseline-prediction columns that exist there. */
  readonly reference: readonly Column[];
  readonly referenceSource: string;
  /** The current file's target and prediction columns that exist there. */
  readonly current: readonly Column[];
  readonly currentSource: string;
  /** Score-map keys of both models, in config order (none for single score columns). */
  readonly scoreKeys: readonly string[];
  /** Whether a model's scores are a single column (a binary task by construction). */
  readonly singleScore: boolean;
  readonly positiveClass: string | null;
}

/**
 * The classes of a classification task, learnt from data the candidate did not produce, so that a
 * stray label in the current file is a finding (quality.labels) instead of a new class that
 * silently turns every binary metric off.
 */
export interface KnownLabels {
  /** The classes, in class order. */
  readonly classes: readonly string[];
  /** Where the classes come from, for messages. */
  readonly source: string;
  /**
   * False when the classes are simply every label of the current file (no reference labels, no
   * score map, no single score column): then no label can be unexpected and quality.labels skips.
   */
  readonly checkable: boolean;
  /** Every label seen in the data (reference and current role columns), for config validation. */
  readonly dataLabels: readonly string[];
}

/**
 * The known label set (README "Labels and scores"):
 * 1. when the reference has a target or baseline-prediction column holding a value: their labels,
 *    plus the score-map keys;
 * 2. otherwise with score maps: their keys;
 * 3. otherwise with a single score column (binary): the two most frequent labels of the current
 *    target and predictions (a configured positive_class among those labels is always one of them);
 * 4. otherwise every label of the current target and predictions (nothing to check against).
 * A configured positive_class is added when the rule gives fewer than two classes (a binary task
 * whose reference holds one class only). The current file's labels are only read when a rule
 * needs them, or the config needs checking against them (keys or a positive class not among the
 * reference's labels).
 */
export function knownLabels(s: LabelSources): KnownLabels {
  // A reference column with no value at all (a traffic log whose labels never arrived) says nothing.
  const refColumns = s.reference.filter((c) => labelCounts(c).counts.some((n) => n > 0));
  return knownLabelsFromCounts({ ...s, referenceNames: refColumns.map((c) => c.name), reference: presentLabels(refColumns), current: () => presentLabels(s.current) });
}

/** The label counts knownLabels decides from; a SQL source (src/pushdown) gets them from GROUP BY. */
export interface LabelCountSources extends Omit<LabelSources, 'reference' | 'current'> {
  /** The reference's target and baseline-prediction columns that hold a value, by name. */
  readonly referenceNames: readonly string[];
  /** Their labels and total counts. */
  readonly reference: ReadonlyMap<string, number>;
  /** The current side's target and prediction labels with their counts, read only when needed. */
  readonly current: () => ReadonlyMap<string, number>;
}

export function knownLabelsFromCounts(s: LabelCountSources): KnownLabels {
  const refColumns = s.referenceNames.map((name) => ({ name }));
  const ref = s.reference;
  let current: ReadonlyMap<string, number> | null = null;
  const cur = (): ReadonlyMap<string, number> => (current ??= s.current());
  const needsCurrent =
    refColumns.length === 0 || s.scoreKeys.some((k) => !ref.has(k)) || (s.positiveClass !== null && !ref.has(s.positiveClass));
  const dataLabels = sortClasses(needsCurrent ? [...ref.keys(), ...cur().keys()] : ref.keys());
  const noReference = `${s.referenceSource} has no target or baseline-prediction values`;
  let classes: string[];
  let source: string;
  let checkable = true;
  if (refColumns.length > 0) {
    classes = sortClasses([...ref.keys(), ...s.scoreKeys]);
    source = `the ${refColumns.map((c) => q(c.name)).join(' and ')} column${refColumns.length > 1 ? 's' : ''} of ${s.referenceSource}${
      s.scoreKeys.length ? ' and the score-map keys' : ''
    }`;
  } else if (s.scoreKeys.length > 0) {
    classes = sortClasses(s.scoreKeys);
    source = `the score-map keys (${noReference})`;
  } else if (s.singleScore) {
    const rank = new Map(sortClasses(cur().keys()).map((label, i) => [label, i] as const));
    const byCount = [...cur()].sort((a, b) => b[1] - a[1] || (rank.get(a[0]) as number) - (rank.get(b[0]) as number));
    const top = byCount.slice(0, 2).map(([label]) => label);
    const pc = s.positiveClass;
    if (pc !== null && cur().has(pc) && !top.includes(pc)) top[top.length - 1] = pc;
    classes = sortClasses(top);
    source = `the two most frequent labels of ${s.currentSource}'s target and predictions (${noReference}; a single score column means two classes)`;
  } else {
    classes = sortClasses(cur().keys());
    source = `every label of ${s.currentSource}'s target and predictions (${noReference})`;
    checkable = false;
  }
  if (s.positiveClass !== null && classes.length < 2 && !classes.includes(s.positiveClass)) classes = sortClasses([...classes, s.positiveClass]);
  return { classes, source, checkable, dataLabels };
}

/** The label sources of a run: the config's role columns that exist in each file. */
export function labelSources(cfg: GateConfig, reference: Table, current: Table): LabelSources {
  const cols = cfg.columns;
  const pick = (t: Table, names: readonly (string | null)[]): Column[] =>
    names.flatMap((n) => {
      const c = n === null ? undefined : t.columns.get(n);
      return c ? [c] : [];
    });
  const scoreKeys: string[] = [];
  for (const spec of [cols.baseline_scores, cols.candidate_scores]) {
    if (spec !== null && typeof spec !== 'string') for (const k of Object.keys(spec)) if (!scoreKeys.includes(k)) scoreKeys.push(k);
  }
  return {
    reference: pick(reference, [cols.target, cols.baseline_prediction]),
    referenceSource: reference.source,
    current: pick(current, [cols.target, cols.baseline_prediction, cols.candidate_prediction]),
    currentSource: current.source,
    scoreKeys,
    singleScore: typeof cols.baseline_scores === 'string' || typeof cols.candidate_scores === 'string',
    positiveClass: cols.positive_class,
  };
}

function meant(name: string, labels: readonly string[]): string {
  const s = suggest(name, labels);
  return s.length ? `: did you mean ${s.map(q).join(' or ')}?` : '';
}

/**
 * Config that names a class the data does not have: a positive_class outside the known labels, a
 * score-map key that is no label of the data (checked only when the data has labels: scores alone
 * define the classes). One message per key, with "did you mean" and the labels listed.
 */
export function labelConfigProblems(cfg: GateConfig, known: KnownLabels): string[] {
  const out: string[] = [];
  const pc = cfg.columns.positive_class;
  if (pc !== null && !known.classes.includes(pc)) {
    out.push(
      `config key columns.positive_class: ${q(pc)} is not one of the classes (${listNames(known.classes)}; from ${known.source})${meant(pc, known.classes)}`,
    );
  }
  if (known.dataLabels.length === 0) return out;
  const data = new Set(known.dataLabels);
  for (const role of ['baseline', 'candidate'] as const) {
    const spec = cfg.columns[`${role}_scores`];
    if (spec === null || typeof spec === 'string') continue;
    for (const key of Object.keys(spec)) {
      if (data.has(key)) continue;
      out.push(
        `config key columns.${role}_scores.${keySegment(key)}: ${q(key)} is not a label of the target or predictions (their labels: ${listNames(known.dataLabels)})${meant(key, known.dataLabels)}`,
      );
    }
  }
  return out;
}
