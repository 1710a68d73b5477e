/**
 * Data-quality tests: the current file against the reference file, every column of both.
 *
 * - `quality.missing_columns`: columns of the reference absent from the current file; the
 *   severity when there is at least one.
 * - `quality.extra_columns`: columns of the current file absent from the reference; the severity
 *   only when `allow_extra_columns` is false, otherwise pass, listing them.
 * - `quality.type_changes`: columns read as numeric on one side and categorical on the other.
 * - `quality.missing.<column>`: value = current missing share − reference missing share (shares of
 *   all rows); warn from `max_increase`, the severity from `fail_increase`. The target column is
 *   reported but not gated: shadow-mode logs get their labels late, and the performance tests say
 *   how many rows are labelled.
 * - `quality.range.<column>` (numeric on both sides): value = share of the current non-missing
 *   values outside the reference's [min, max]; warn from `max_share`, the severity from
 *   `fail_share`, or when the share beyond the range widened by its width on each side ("far":
 *   a sentinel, a unit change) reaches `fail_far_share`. Lists the count and up to 5 values
 *   outside (and 5 far outside) with their file line.
 * - `quality.categories.<column>` (categorical on both sides): value = share of the current
 *   non-missing values whose category never occurs in the reference; warn from
 *   `max_unseen_share`, the severity from `fail_unseen_share`. Lists up to 10 unseen and 10
 *   vanished (in the reference, not in the current file) categories with their counts, most
 *   frequent first. A date column (dates.ts) gets a `skip` saying so instead: every new day
 *   would be an unseen category.
 * - `quality.constant.<column>`: value = distinct non-missing values in the current file; the
 *   severity when that is exactly one and the reference has more; pass with a note when both are
 *   constant.
 * - `quality.duplicates`: value = current rows identical to an earlier row in every column ÷ rows;
 *   bad when > `max_share`.
 *
 * Size-aware limits: the three share tests flag only what sampling alone does not explain at these
 * sizes. Under no change the count in the current file is BetaBinomial(n, a, b) (betabinomial.ts):
 * outside the range a = 2, b = N − 1 (exact for continuous data by exchangeability; ties only make
 * it rarer; far-outside values are a subset of the outside ones, so the same bound holds for them);
 * unseen categories a Beta with the Good–Turing mean (f1 + 1)/(N + 2), f1 the reference's singleton
 * categories, and Esty's variance, which grows with the categories seen twice (unseenMassPrior);
 * missing values
 * a = m + 1, b = N − m + 1 with m the reference's missing count. A limit counts only when the
 * one-sided tail P(count ≥ observed) is below SAMPLING_ALPHA. Limits are inclusive: a share equal
 * to its limit is flagged.
 *
 * The id column has no range or category test (new ids are expected, not a data problem).
 * Columns in `columns.exclude` get no test at all, the schema tests included.
 */
import { embeddingColumns } from '../embeddings/config.js';
import { textColumns } from '../embeddings/text.js';
import type { Check, CheckContext } from './context.js';
import type { GateConfig, QualitySettings } from '../config/types.js';
import type { Column, Table } from '../data/table.js';
import { csvPosition } from '../errors.js';
import { formatInt } from '../report/format.js';
import type { Severity, Status, TestResult } from '../results/types.js';
import { betaBinomialSf } from '../stats/betabinomial.js';
import { alignedCategoryCounts, type AlignedCounts } from '../stats/categories.js';
import { DATE_ADVICE, treatAsDate } from './dates.js';
import { attempt } from './result.js';
import { lowerBound, upperBound } from '../stats/search.js';
import { fmt, judge, makeThreshold, pct, plural, q } from './threshold.js';

const RANGE_EXAMPLES = 5;
const CATEGORY_LIST = 10;

/**
 * A share limit counts only when the count behind it is this unlikely under no change. Small, as
 * it is applied per column and test (60 tests on 20 columns stay under ~6 % family-wise), and
 * because a real fault (a renamed category, a sentinel) is many orders of magnitude past it.
 */
const SAMPLING_ALPHA = 0.001;

/**
 * Status of a share test with an inclusive warn and fail limit, given whether sampling alone
 * explains the count: explained never flags, whatever the share.
 */
function shareStatus(value: number, warn: number, fail: number | null, severity: Severity, unexplained: boolean): Status {
  return unexplained ? judge(value, 'above', fail, warn, severity, true) : 'pass';
}

/** "≥ 5% warn, ≥ 10% fail (p < 0.001)": the limits, and that sampling must not explain the count. */
function limitsText(warn: number, fail: number | null, severity: Severity, extra = ''): string {
  const failPart = fail === null ? '' : `, ≥ ${pct(fail)} ${severity}`;
  return `≥ ${pct(warn)} warn${failPart}${extra} (p < ${fmt(SAMPLING_ALPHA)})`;
}

/** "more than sampling explains (p = …)" or "within what sampling gives at these sizes (p = …)". */
function samplingNote(p: number): string {
  return p < SAMPLING_ALPHA
    ? `more than sampling explains at these sizes (p = ${fmt(p)})`
    : `within what sampling gives at these sizes (p = ${fmt(p)}), so no limit applies`;
}

/** A quality result; model-outputs-quality.ts builds its results with it too. */
export function result(
  id: string,
  name: string,
  column: string | undefined,
  method: string,
  status: Status,
  severity: Severity,
  value: number | null,
  threshold: TestResult['threshold'],
  message: string,
  details?: Record<string, unknown>,
): TestResult {
  const r: TestResult = { id, family: 'quality', name, method, status, severity, value, threshold, message };
  if (column !== undefined) r.column = column;
  if (details !== undefined) r.details = details;
  return r;
}

function nameList(names: readonly string[], max = 10): string {
  const shown = names.slice(0, max).map(q).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/** A side as the schema tests see it: its name, its columns in order, and each one's kind. */
export interface SchemaSide {
  readonly source: string;
  readonly names: readonly string[];
  kind(name: string): 'numeric' | 'categorical' | undefined;
}

function schemaSide(t: Table): SchemaSide {
  return { source: t.source, names: t.names, kind: (n) => t.columns.get(n)?.kind };
}

function schemaTests(ctx: CheckContext, excluded: ReadonlySet<string>): TestResult[] {
  return schemaResults(ctx.config, schemaSide(ctx.reference), schemaSide(ctx.current), excluded);
}

/** The three schema tests; a SQL source (src/pushdown) describes its columns the same way. */
export function schemaResults(cfg: GateConfig, ref: SchemaSide, cur: SchemaSide, excluded: ReadonlySet<string>): TestResult[] {
  const s = cfg.tests.quality.schema;
  const out: TestResult[] = [];
  const missing = ref.names.filter((n) => cur.kind(n) === undefined && !excluded.has(n));
  out.push(
    result(
      'quality.missing_columns',
      'Missing columns',
      undefined,
      'schema',
      missing.length > 0 ? s.severity : 'pass',
      s.severity,
      missing.length,
      makeThreshold('value', 'above', 0, null, '0 columns'),
      missing.length > 0
        ? `${cur.source} lacks ${plural(missing.length, 'column')} of ${ref.source}: ${nameList(missing)}`
        : `${cur.source} has every column of ${ref.source}`,
      { columns: missing },
    ),
  );
  const extra = cur.names.filter((n) => ref.kind(n) === undefined && !excluded.has(n));
  const extraBad = extra.length > 0 && !s.allow_extra_columns;
  out.push(
    result(
      'quality.extra_columns',
      'Extra columns',
      undefined,
      'schema',
      extraBad ? s.severity : 'pass',
      s.severity,
      extra.length,
      s.allow_extra_columns ? null : makeThreshold('value', 'above', 0, null, '0 columns'),
      extra.length === 0
        ? `${cur.source} has no column that ${ref.source} lacks`
        : `${cur.source} has ${plural(extra.length, 'column')} not in ${ref.source}: ${nameList(extra)}${
            s.allow_extra_columns ? ' (allowed by allow_extra_columns)' : ''
          }`,
      { columns: extra },
    ),
  );
  const changed: { column: string; reference: string; current: string }[] = [];
  for (const n of ref.names) {
    if (excluded.has(n)) continue;
    const a = ref.kind(n) as 'numeric' | 'categorical';
    const b = cur.kind(n);
    if (b && a !== b) changed.push({ column: n, reference: a, current: b });
  }
  out.push(
    result(
      'quality.type_changes',
      'Column types',
      undefined,
      'schema',
      changed.length > 0 ? s.severity : 'pass',
      s.severity,
      changed.length,
      makeThreshold('value', 'above', 0, null, '0 columns'),
      changed.length > 0
        ? `${plural(changed.length, 'column')} changed type: ${changed
            .slice(0, 10)
            .map((c) => `${q(c.column)} ${c.reference} in ${ref.source}, ${c.current} in ${cur.source}`)
            .join('; ')}`
        : 'every shared column has the same type in both files',
      { columns: changed },
    ),
  );
  return out;
}

/** Sides as the share tests need them: a SQL source (src/pushdown) gives the same from aggregates. */
export interface SideCounts {
  readonly rowCount: number;
  readonly source: string;
}

export function missingTest(cfg: GateConfig, name: string, ref: SideCounts, cur: SideCounts, a: { missing: number }, b: { missing: number }): TestResult {
  const m = cfg.tests.quality.missing;
  const id = `quality.missing.${name}`;
  const title = `Missing values: ${name}`;
  const threshold = makeThreshold('value', 'above', m.fail_increase, m.max_increase, limitsText(m.max_increase, m.fail_increase, m.severity));
  if (ref.rowCount === 0 || cur.rowCount === 0) {
    const empty = ref.rowCount === 0 ? ref.source : cur.source;
    return result(id, title, name, 'missing_share', 'error', m.severity, null, threshold, `${empty} has no rows, so column ${q(name)} has no missing share`);
  }
  const N = ref.rowCount;
  const n = cur.rowCount;
  const refShare = a.missing / N;
  const curShare = b.missing / n;
  // One rounding from exact integers: an increase of exactly 5 % equals the literal 0.05.
  const increase = (b.missing * N - a.missing * n) / (n * N);
  const p = betaBinomialSf(b.missing, n, a.missing + 1, N - a.missing + 1);
  const details = {
    unit: 'share',
    reference_share: refShare,
    current_share: curShare,
    reference_missing: a.missing,
    current_missing: b.missing,
    sampling_p: p,
  };
  const shares = `${pct(curShare)} missing in ${cur.source} vs ${pct(refShare)} in ${ref.source}`;
  if (name === cfg.columns.target) {
    return result(id, title, name, 'missing_share', 'pass', m.severity, increase, null,
      `${shares}; the target is not gated here (late labels are normal in shadow logs; performance tests say how many rows are labelled)`, details);
  }
  const status = shareStatus(increase, m.max_increase, m.fail_increase, m.severity, p < SAMPLING_ALPHA);
  const note = increase >= m.max_increase ? `; ${samplingNote(p)}` : '';
  return result(id, title, name, 'missing_share', status, m.severity, increase, threshold,
    `${csvPosition(cur.source, undefined, name)}: ${shares} (${increase >= 0 ? '+' : ''}${pct(increase)})${note}`, details);
}

function rangeTest(ctx: CheckContext, name: string, b: Column & { kind: 'numeric' }): TestResult {
  const ref = ctx.reference;
  const cur = ctx.current;
  const refSorted = ctx.sorted('reference', name);
  const curSorted = ctx.sorted('current', name);
  if (refSorted.length === 0 || curSorted.length === 0) {
    return rangeFromCounts(ctx.config, name, ref, cur, { N: refSorted.length, n: curSorted.length, min: NaN, max: NaN, below: 0, above: 0, far: 0 }, null);
  }
  const N = refSorted.length;
  const n = curSorted.length;
  const min = refSorted[0];
  const max = refSorted[N - 1];
  const width = max - min;
  const farLo = min - width;
  const farHi = max + width;
  const below = lowerBound(curSorted, min);
  const above = n - upperBound(curSorted, max);
  const outside = below + above;
  const far = lowerBound(curSorted, farLo) + (n - upperBound(curSorted, farHi));
  const examples: { line: number; value: number }[] = [];
  const farExamples: { line: number; value: number }[] = [];
  if (outside > 0) {
    const v = b.values;
    for (let i = 0; i < v.length && (examples.length < RANGE_EXAMPLES || (far > 0 && farExamples.length < RANGE_EXAMPLES)); i++) {
      const x = v[i];
      if (x < min || x > max) {
        if (examples.length < RANGE_EXAMPLES) examples.push({ line: cur.rowLine(i), value: x });
        if ((x < farLo || x > farHi) && farExamples.length < RANGE_EXAMPLES) farExamples.push({ line: cur.rowLine(i), value: x });
      }
    }
  }
  return rangeFromCounts(ctx.config, name, ref, cur, { N, n, min, max, below, above, far }, { examples, farExamples });
}

/** What the range test counts; a SQL source (src/pushdown) gets it from aggregates. */
export interface RangeCounts {
  /** Non-missing values: reference, current. */
  N: number;
  n: number;
  /** The reference's range. */
  min: number;
  max: number;
  /** Current values below min, above max, and beyond the range widened by its width on each side. */
  below: number;
  above: number;
  far: number;
}

/** The range test from its counts. `shown` null: no row examples (a SQL source sends no rows). */
export function rangeFromCounts(cfg: GateConfig, name: string, ref: SideCounts, cur: SideCounts, counts: RangeCounts,
  shown: { examples: { line: number; value: number }[]; farExamples: { line: number; value: number }[] } | null): TestResult {
  const r = cfg.tests.quality.range;
  const id = `quality.range.${name}`;
  const title = `Value range: ${name}`;
  const farText = r.fail_far_share === null ? '' : `, ≥ ${pct(r.fail_far_share)} far out ${r.severity}`;
  const threshold = makeThreshold('value', 'above', r.fail_share, r.max_share, limitsText(r.max_share, r.fail_share, r.severity, farText));
  if (counts.N === 0) {
    return result(id, title, name, 'out_of_range_share', 'skip', r.severity, null, threshold,
      `${csvPosition(ref.source, undefined, name)} has no values, so there is no reference range`);
  }
  if (counts.n === 0) {
    return result(id, title, name, 'out_of_range_share', 'skip', r.severity, null, threshold,
      `${csvPosition(cur.source, undefined, name)} has no values to compare with the reference range`);
  }
  const { N, n, min, max, below, above, far } = counts;
  const width = max - min;
  const farLo = min - width;
  const farHi = max + width;
  const outside = below + above;
  const share = outside / n;
  const farShare = far / n;
  // Far values are a subset of the outside ones, so the outside null bounds their count too.
  const p = betaBinomialSf(outside, n, 2, N - 1);
  const pFar = betaBinomialSf(far, n, 2, N - 1);
  const examples = shown?.examples ?? [];
  const farExamples = shown?.farExamples ?? [];
  const farOver = r.fail_far_share !== null && far > 0 && farShare >= r.fail_far_share;
  const farBad = farOver && pFar < SAMPLING_ALPHA;
  const status: Status = farBad ? r.severity : shareStatus(share, r.max_share, r.fail_share, r.severity, p < SAMPLING_ALPHA);
  const range = `[${fmt(min)}, ${fmt(max)}]`;
  const list = (xs: { line: number; value: number }[]): string =>
    shown === null ? 'no rows listed (a SQL source sends only aggregates)' : xs.map((e) => `${fmt(e.value)} at row ${e.line}`).join(', ');
  let message =
    outside === 0
      ? `every value of ${q(name)} in ${cur.source} is within the reference range ${range}`
      : `${plural(outside, 'value')} (${pct(share)}) of ${csvPosition(cur.source, undefined, name)} outside the reference range ${range}` +
        ` (${below} below, ${above} above), e.g. ${list(examples)}`;
  if (far > 0) {
    message += `; ${plural(far, 'value')} (${pct(farShare)}) far outside, beyond [${fmt(farLo)}, ${fmt(farHi)}] (the range widened by its width on each side: a sentinel or a unit change?), e.g. ${list(farExamples)}`;
  }
  // The sampling verdict behind the status: the far count's when it decided, else the outside count's.
  if (farBad) message += `; ${samplingNote(pFar)}`;
  else if (outside > 0 && (share >= r.max_share || farOver)) message += `; ${samplingNote(farOver && share < r.max_share ? pFar : p)}`;
  return result(id, title, name, 'out_of_range_share', status, r.severity, share, threshold, message, {
    unit: 'share',
    reference_min: min,
    reference_max: max,
    outside,
    below,
    above,
    far,
    far_share: farShare,
    far_bounds: [farLo, farHi],
    n,
    reference_n: N,
    sampling_p: p,
    sampling_p_far: pFar,
    examples,
    far_examples: farExamples,
  });
}

function categoriesTest(ctx: CheckContext, name: string, a: Column & { kind: 'categorical' }, b: Column & { kind: 'categorical' }): TestResult {
  return categoriesFromCounts(ctx.config, name, ctx.reference, ctx.current, alignedCategoryCounts(a.codes, a.dictionary, b.codes, b.dictionary));
}

/** The category test from the aligned counts alone (a SQL source's GROUP BY gives them too). */
export function categoriesFromCounts(cfg: GateConfig, name: string, ref: SideCounts, cur: SideCounts, counts: AlignedCounts): TestResult {
  const c = cfg.tests.quality.categories;
  const id = `quality.categories.${name}`;
  const title = `Categories: ${name}`;
  const threshold = makeThreshold('value', 'above', c.fail_unseen_share, c.max_unseen_share, limitsText(c.max_unseen_share, c.fail_unseen_share, c.severity));
  const unseen: { value: string; count: number }[] = [];
  const vanished: { value: string; count: number }[] = [];
  let unseenCount = 0;
  let curTotal = 0;
  let refTotal = 0;
  let singletons = 0;
  let doubletons = 0;
  for (let i = 0; i < counts.categories.length; i++) {
    const inRef = counts.a[i];
    const inCur = counts.b[i];
    curTotal += inCur;
    refTotal += inRef;
    if (inRef === 1) singletons++;
    else if (inRef === 2) doubletons++;
    if (inRef === 0 && inCur > 0) {
      unseenCount += inCur;
      unseen.push({ value: counts.categories[i], count: inCur });
    } else if (inRef > 0 && inCur === 0) {
      vanished.push({ value: counts.categories[i], count: inRef });
    }
  }
  const byCount = (x: { value: string; count: number }, y: { value: string; count: number }): number =>
    y.count - x.count || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0);
  unseen.sort(byCount);
  vanished.sort(byCount);
  if (refTotal === 0) {
    return result(id, title, name, 'unseen_share', 'skip', c.severity, null, threshold,
      `${csvPosition(ref.source, undefined, name)} has no values, so there are no reference categories`);
  }
  if (curTotal === 0) {
    return result(id, title, name, 'unseen_share', 'skip', c.severity, null, threshold,
      `${csvPosition(cur.source, undefined, name)} has no values to compare with the reference categories`);
  }
  const share = unseenCount / curTotal;
  const prior = unseenMassPrior(singletons, doubletons, refTotal);
  const p = betaBinomialSf(unseenCount, curTotal, prior.a, prior.b);
  const status = shareStatus(share, c.max_unseen_share, c.fail_unseen_share, c.severity, p < SAMPLING_ALPHA);
  const list = (xs: { value: string; count: number }[]): string =>
    xs.slice(0, 3).map((x) => `${JSON.stringify(x.value)} (${x.count})`).join(', ') + (xs.length > 3 ? ', …' : '');
  const parts: string[] = [];
  if (unseen.length > 0) {
    parts.push(`${plural(unseen.length, 'category', 'categories')} unseen in ${ref.source} hold ${pct(share)} of ${csvPosition(cur.source, undefined, name)}: ${list(unseen)}`);
    if (share >= c.max_unseen_share) parts.push(samplingNote(p));
  } else {
    parts.push(`every category of ${q(name)} in ${cur.source} occurs in ${ref.source}`);
  }
  if (vanished.length > 0) parts.push(`${plural(vanished.length, 'category', 'categories')} of the reference vanished: ${list(vanished)}`);
  return result(id, title, name, 'unseen_share', status, c.severity, share, threshold, parts.join('; '), {
    unit: 'share',
    unseen_count: unseenCount,
    unseen_categories: unseen.length,
    vanished_categories: vanished.length,
    reference_singletons: singletons,
    sampling_p: p,
    unseen: unseen.slice(0, CATEGORY_LIST),
    vanished: vanished.slice(0, CATEGORY_LIST),
  });
}

/**
 * The no-change distribution of the chance that a fresh value falls in a category the reference
 * lacks, as Beta(a, b). Its mean is the Good–Turing estimate (f1 + 1)/(N + 2) (f1: categories seen
 * once). Its variance is Esty's (1983) for that estimate, (f1/N)(1 − f1/N)/N + 2·f2/N² (f2: seen
 * twice): the reference's own missing mass is random, and long-tailed categories (many f2) make it
 * more so than Beta(f1 + 1, N − f1 + 1) says, which let rare categories fail small no-change
 * samples. Whichever variance is larger is kept.
 */
export function unseenMassPrior(f1: number, f2: number, n: number): { a: number; b: number } {
  const a0 = f1 + 1;
  const b0 = n - f1 + 1;
  const mean = a0 / (a0 + b0);
  const esty = ((f1 / n) * (1 - f1 / n) + (2 * f2 + 1) / n) / n;
  // a + b of the Beta with this mean and variance; the plain Beta's when that one is wider.
  const sum = Math.min(a0 + b0, (mean * (1 - mean)) / esty - 1);
  return sum > 0 ? { a: mean * sum, b: (1 - mean) * sum } : { a: a0, b: b0 };
}

/** One result per date column in place of the category test, saying why and what to do instead. */
function dateNote(ctx: CheckContext, name: string, column: Column): TestResult {
  const c = ctx.config.tests.quality.categories;
  const distinct = column.kind === 'categorical' ? column.dictionary.length : 0;
  return result(`quality.categories.${name}`, `Categories: ${name}`, name, 'date', 'skip', c.severity, null, null,
    `${csvPosition(ctx.current.source, undefined, name)} was recognised as dates (ISO 8601, ${plural(distinct, 'distinct value')}): ` +
      `new dates are expected, so it is not tested as categories, for drift, or as a default feature; ${DATE_ADVICE}`);
}

/** Distinct non-missing values of a column, and the value when there is exactly one. */
function distinctValues(ctx: CheckContext, side: 'reference' | 'current', column: Column): { count: number; value: string | null } {
  if (column.kind === 'numeric') {
    const s = ctx.sorted(side, column.name);
    if (s.length === 0) return { count: 0, value: null };
    let d = 1;
    for (let i = 1; i < s.length; i++) if (s[i] !== s[i - 1]) d++;
    return { count: d, value: d === 1 ? fmt(s[0]) : null };
  }
  const codes = column.codes;
  const seen = new Uint8Array(column.dictionary.length);
  let d = 0;
  let first = -1;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c < 0 || seen[c] === 1) continue;
    seen[c] = 1;
    if (d === 0) first = c;
    d++;
  }
  return { count: d, value: d === 1 ? JSON.stringify(column.dictionary[first]) : null };
}

function constantTest(ctx: CheckContext, name: string, a: Column, b: Column): TestResult {
  return constantResult(ctx.config, name, ctx.reference, ctx.current, distinctValues(ctx, 'reference', a), distinctValues(ctx, 'current', b));
}

/**
 * The constant-column test from each side's distinct count (and the value when there is one, as
 * shown: a number formatted, text JSON-quoted).
 */
export function constantResult(cfg: GateConfig, name: string, ref: SideCounts, cur: SideCounts, inRef: { count: number; value: string | null },
  inCur: { count: number; value: string | null }): TestResult {
  const k = cfg.tests.quality.constant;
  const id = `quality.constant.${name}`;
  const title = `Constant column: ${name}`;
  const threshold = makeThreshold('value', 'below', 2, null, '≥ 2 distinct values');
  const details = { current_distinct: inCur.count, reference_distinct: inRef.count };
  const value = inCur.count;
  if (inCur.count === 1 && inRef.count !== 1) {
    return result(id, title, name, 'distinct_values', k.severity, k.severity, value, threshold,
      `${csvPosition(cur.source, undefined, name)} holds one value only (${inCur.value}) but ${ref.source} has ${
        inRef.count === 0 ? 'no values' : plural(inRef.count, 'distinct value')}`, details);
  }
  if (inCur.count === 1) {
    return result(id, title, name, 'distinct_values', 'pass', k.severity, value, threshold,
      `${q(name)} is constant in both files (${inCur.value} in ${cur.source}, ${inRef.value} in ${ref.source}); it carries no information`, details);
  }
  return result(id, title, name, 'distinct_values', 'pass', k.severity, value, threshold,
    inCur.count === 0
      ? `${q(name)} has no values in ${cur.source} (see the missing-value test)`
      : `${q(name)} has ${plural(inCur.count, 'distinct value')} in ${cur.source} (${formatInt(inRef.count)} in ${ref.source})`, details);
}

function duplicatesTest(ctx: CheckContext): TestResult {
  const d = ctx.config.tests.quality.duplicates;
  const cur: Table = ctx.current;
  const threshold = makeThreshold('value', 'above', d.max_share, null, `≤ ${pct(d.max_share)}`);
  if (cur.rowCount === 0) {
    return result('quality.duplicates', 'Duplicate rows', undefined, 'duplicate_share', 'error', d.severity, null, threshold, `${cur.source} has no rows`);
  }
  const share = cur.duplicateRows / cur.rowCount;
  return result(
    'quality.duplicates',
    'Duplicate rows',
    undefined,
    'duplicate_share',
    judge(share, 'above', d.max_share, null, d.severity),
    d.severity,
    share,
    threshold,
    `${plural(cur.duplicateRows, 'row')} of ${cur.source} (${pct(share)}) repeat an earlier row in every column`,
    { unit: 'share', duplicate_rows: cur.duplicateRows, rows: cur.rowCount },
  );
}

export const qualityChecks: Check = (ctx) => {
  const qs: QualitySettings = ctx.config.tests.quality;
  if (!qs.enabled) return [];
  const out: TestResult[] = [];
  const excluded: ReadonlySet<string> = new Set(ctx.config.columns.exclude);
  if (qs.schema.enabled) out.push(...schemaTests(ctx, excluded));
  const idColumn = ctx.config.columns.id;
  // A vector's columns are judged together (drift.embedding.<name> counts its missing rows); free
  // text has no categories to compare: nearly every review is new, by nature.
  const vectors = embeddingColumns(ctx.config, ctx.reference);
  const text = new Set(textColumns(ctx).map((t) => t.column));
  for (const name of ctx.reference.names) {
    if (excluded.has(name) || vectors.has(name)) continue;
    const a = ctx.reference.columns.get(name) as Column;
    const b = ctx.current.columns.get(name);
    if (!b) continue; // reported by quality.missing_columns
    const sev = qs.missing.severity;
    if (qs.missing.enabled) out.push(...attempt('quality', `quality.missing.${name}`, `Missing values: ${name}`, name, sev, () => missingTest(ctx.config, name, ctx.reference, ctx.current, a, b)));
    if (name !== idColumn) {
      if (qs.range.enabled && a.kind === 'numeric' && b.kind === 'numeric') {
        out.push(...attempt('quality', `quality.range.${name}`, `Value range: ${name}`, name, qs.range.severity, () => rangeTest(ctx, name, b)));
      }
      if (qs.categories.enabled && a.kind === 'categorical' && b.kind === 'categorical' && !text.has(name)) {
        const run = (): TestResult => (treatAsDate(ctx.config, name, a, b) ? dateNote(ctx, name, b) : categoriesTest(ctx, name, a, b));
        out.push(...attempt('quality', `quality.categories.${name}`, `Categories: ${name}`, name, qs.categories.severity, run));
      }
    }
    if (qs.constant.enabled) {
      out.push(...attempt('quality', `quality.constant.${name}`, `Constant column: ${name}`, name, qs.constant.severity, () => constantTest(ctx, name, a, b)));
    }
  }
  if (qs.duplicates.enabled) out.push(duplicatesTest(ctx));
  return out;
};
