/**
 * Data-quality tests: the current file against the reference file, every column of both.
 *
 * - `quality.missing_columns`: columns of the reference absent from the current file; the
 *   severity when there is at least one.
 * - `quality.extra_columns`: columns of the current file absent from the reference; the severity
 *   only when `allow_extra_columns` is false, otherwise pass, listing them.
 * - `quality.type_changes`: columns read as numeric on one side and categorical on the other.
 * - `quality.missing.<column>`: value = current missing share − reference missing share (shares of
 *   all rows); bad when > `max_increase`. The target column is reported but not gated: shadow-mode
 *   logs get their labels late, and the performance tests say how many rows are labelled.
 * - `quality.range.<column>` (numeric on both sides): value = share of the current non-missing
 *   values outside the reference's [min, max]; bad when > `max_share`. Lists the count and up to 5
 *   out-of-range values with their file line.
 * - `quality.categories.<column>` (categorical on both sides): value = share of the current
 *   non-missing values whose category never occurs in the reference; bad when > `max_unseen_share`.
 *   Lists up to 10 unseen and 10 vanished (in the reference, not in the current file) categories
 *   with their counts, most frequent first.
 * - `quality.constant.<column>`: the severity when the current file holds exactly one distinct
 *   non-missing value and the reference does not; pass with a note when both are constant.
 * - `quality.duplicates`: value = current rows identical to an earlier row in every column ÷ rows;
 *   bad when > `max_share`.
 *
 * The id column has no range or category test (new ids are expected, not a data problem).
 */
import type { Check, CheckContext } from './context.js';
import type { QualitySettings } from '../config/types.js';
import type { Column, Table } from '../data/table.js';
import { csvPosition } from '../errors.js';
import type { Severity, Status, TestResult } from '../report/model.js';
import { alignedCategoryCounts } from '../stats/categories.js';
import { attempt } from './result.js';
import { lowerBound, upperBound } from '../stats/search.js';
import { fmt, judge, makeThreshold, pct, plural, q } from './threshold.js';

const RANGE_EXAMPLES = 5;
const CATEGORY_LIST = 10;

function result(
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

function schemaTests(ctx: CheckContext): TestResult[] {
  const s = ctx.config.tests.quality.schema;
  const ref = ctx.reference;
  const cur = ctx.current;
  const out: TestResult[] = [];
  const missing = ref.names.filter((n) => !cur.columns.has(n));
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
  const extra = cur.names.filter((n) => !ref.columns.has(n));
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
    const a = ref.columns.get(n) as Column;
    const b = cur.columns.get(n);
    if (b && a.kind !== b.kind) changed.push({ column: n, reference: a.kind, current: b.kind });
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

function missingTest(ctx: CheckContext, name: string, a: Column, b: Column): TestResult {
  const m = ctx.config.tests.quality.missing;
  const ref = ctx.reference;
  const cur = ctx.current;
  const id = `quality.missing.${name}`;
  const title = `Missing values: ${name}`;
  const threshold = makeThreshold('value', 'above', m.max_increase, null, `increase ≤ ${pct(m.max_increase)}`);
  if (ref.rowCount === 0 || cur.rowCount === 0) {
    const empty = ref.rowCount === 0 ? ref.source : cur.source;
    return result(id, title, name, 'missing_share', 'error', m.severity, null, threshold, `${empty} has no rows, so column ${q(name)} has no missing share`);
  }
  const refShare = a.missing / ref.rowCount;
  const curShare = b.missing / cur.rowCount;
  const increase = curShare - refShare;
  const details = {
    unit: 'share',
    reference_share: refShare,
    current_share: curShare,
    reference_missing: a.missing,
    current_missing: b.missing,
  };
  const shares = `${pct(curShare)} missing in ${cur.source} vs ${pct(refShare)} in ${ref.source}`;
  if (name === ctx.config.columns.target) {
    return result(id, title, name, 'missing_share', 'pass', m.severity, increase, null,
      `${shares}; the target is not gated here (late labels are normal in shadow logs; performance tests say how many rows are labelled)`, details);
  }
  const status = judge(increase, 'above', m.max_increase, null, m.severity);
  return result(id, title, name, 'missing_share', status, m.severity, increase, threshold,
    `${csvPosition(cur.source, undefined, name)}: ${shares} (${increase >= 0 ? '+' : ''}${pct(increase)})`, details);
}

function rangeTest(ctx: CheckContext, name: string, b: Column & { kind: 'numeric' }): TestResult {
  const r = ctx.config.tests.quality.range;
  const ref = ctx.reference;
  const cur = ctx.current;
  const id = `quality.range.${name}`;
  const title = `Value range: ${name}`;
  const threshold = makeThreshold('value', 'above', r.max_share, null, `≤ ${pct(r.max_share)} outside`);
  const refSorted = ctx.sorted('reference', name);
  const curSorted = ctx.sorted('current', name);
  if (refSorted.length === 0) {
    return result(id, title, name, 'out_of_range_share', 'skip', r.severity, null, threshold,
      `${csvPosition(ref.source, undefined, name)} has no values, so there is no reference range`);
  }
  if (curSorted.length === 0) {
    return result(id, title, name, 'out_of_range_share', 'skip', r.severity, null, threshold,
      `${csvPosition(cur.source, undefined, name)} has no values to compare with the reference range`);
  }
  const min = refSorted[0];
  const max = refSorted[refSorted.length - 1];
  const below = lowerBound(curSorted, min);
  const above = curSorted.length - upperBound(curSorted, max);
  const outside = below + above;
  const share = outside / curSorted.length;
  const examples: { line: number; value: number }[] = [];
  if (outside > 0) {
    const v = b.values;
    for (let i = 0; i < v.length && examples.length < RANGE_EXAMPLES; i++) {
      const x = v[i];
      if (x < min || x > max) examples.push({ line: cur.rowLine(i), value: x });
    }
  }
  const status = judge(share, 'above', r.max_share, null, r.severity);
  const range = `[${fmt(min)}, ${fmt(max)}]`;
  const message =
    outside === 0
      ? `every value of ${q(name)} in ${cur.source} is within the reference range ${range}`
      : `${plural(outside, 'value')} (${pct(share)}) of ${csvPosition(cur.source, undefined, name)} outside the reference range ${range}` +
        ` (${below} below, ${above} above), e.g. ${examples.map((e) => `${fmt(e.value)} at row ${e.line}`).join(', ')}`;
  return result(id, title, name, 'out_of_range_share', status, r.severity, share, threshold, message, {
    unit: 'share',
    reference_min: min,
    reference_max: max,
    outside,
    below,
    above,
    n: curSorted.length,
    examples,
  });
}

function categoriesTest(ctx: CheckContext, name: string, a: Column & { kind: 'categorical' }, b: Column & { kind: 'categorical' }): TestResult {
  const c = ctx.config.tests.quality.categories;
  const ref = ctx.reference;
  const cur = ctx.current;
  const id = `quality.categories.${name}`;
  const title = `Categories: ${name}`;
  const threshold = makeThreshold('value', 'above', c.max_unseen_share, null, `≤ ${pct(c.max_unseen_share)} unseen`);
  const counts = alignedCategoryCounts(a.codes, a.dictionary, b.codes, b.dictionary);
  const unseen: { value: string; count: number }[] = [];
  const vanished: { value: string; count: number }[] = [];
  let unseenCount = 0;
  let curTotal = 0;
  for (let i = 0; i < counts.categories.length; i++) {
    const inRef = counts.a[i];
    const inCur = counts.b[i];
    curTotal += inCur;
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
  if (curTotal === 0) {
    return result(id, title, name, 'unseen_share', 'skip', c.severity, null, threshold,
      `${csvPosition(cur.source, undefined, name)} has no values to compare with the reference categories`);
  }
  const share = unseenCount / curTotal;
  const status = judge(share, 'above', c.max_unseen_share, null, c.severity);
  const list = (xs: { value: string; count: number }[]): string =>
    xs.slice(0, 3).map((x) => `${JSON.stringify(x.value)} (${x.count})`).join(', ') + (xs.length > 3 ? ', …' : '');
  const parts: string[] = [];
  if (unseen.length > 0) {
    parts.push(`${plural(unseen.length, 'category', 'categories')} unseen in ${ref.source} hold ${pct(share)} of ${csvPosition(cur.source, undefined, name)}: ${list(unseen)}`);
  } else {
    parts.push(`every category of ${q(name)} in ${cur.source} occurs in ${ref.source}`);
  }
  if (vanished.length > 0) parts.push(`${plural(vanished.length, 'category', 'categories')} of the reference vanished: ${list(vanished)}`);
  return result(id, title, name, 'unseen_share', status, c.severity, share, threshold, parts.join('; '), {
    unit: 'share',
    unseen_count: unseenCount,
    unseen_categories: unseen.length,
    vanished_categories: vanished.length,
    unseen: unseen.slice(0, CATEGORY_LIST),
    vanished: vanished.slice(0, CATEGORY_LIST),
  });
}

/** 0, 1 or 2 (meaning "two or more"): distinct non-missing values, stopping at the second. */
function distinctUpToTwo(ctx: CheckContext, side: 'reference' | 'current', column: Column): { count: number; value: string | null } {
  if (column.kind === 'numeric') {
    const s = ctx.sorted(side, column.name);
    if (s.length === 0) return { count: 0, value: null };
    return s[0] === s[s.length - 1] ? { count: 1, value: fmt(s[0]) } : { count: 2, value: null };
  }
  let first = -1;
  const codes = column.codes;
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c < 0) continue;
    if (first < 0) first = c;
    else if (c !== first) return { count: 2, value: null };
  }
  return first < 0 ? { count: 0, value: null } : { count: 1, value: JSON.stringify(column.dictionary[first]) };
}

function constantTest(ctx: CheckContext, name: string, a: Column, b: Column): TestResult {
  const k = ctx.config.tests.quality.constant;
  const ref = ctx.reference;
  const cur = ctx.current;
  const id = `quality.constant.${name}`;
  const title = `Constant column: ${name}`;
  const inRef = distinctUpToTwo(ctx, 'reference', a);
  const inCur = distinctUpToTwo(ctx, 'current', b);
  const threshold = makeThreshold('value', 'below', 2, null, '≥ 2 distinct values');
  const details = { current_distinct: inCur.count, reference_distinct: inRef.count };
  const value = inCur.count;
  if (inCur.count === 1 && inRef.count !== 1) {
    return result(id, title, name, 'distinct_values', k.severity, k.severity, value, threshold,
      `${csvPosition(cur.source, undefined, name)} holds one value only (${inCur.value}) but ${ref.source} has ${inRef.count === 0 ? 'no values' : 'several'}`, details);
  }
  if (inCur.count === 1) {
    return result(id, title, name, 'distinct_values', 'pass', k.severity, value, threshold,
      `${q(name)} is constant in both files (${inCur.value} in ${cur.source}, ${inRef.value} in ${ref.source}); it carries no information`, details);
  }
  return result(id, title, name, 'distinct_values', 'pass', k.severity, value, threshold,
    inCur.count === 0 ? `${q(name)} has no values in ${cur.source} (see the missing-value test)` : `${q(name)} varies in ${cur.source}`, details);
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
  if (qs.schema.enabled) out.push(...schemaTests(ctx));
  const idColumn = ctx.config.columns.id;
  for (const name of ctx.reference.names) {
    const a = ctx.reference.columns.get(name) as Column;
    const b = ctx.current.columns.get(name);
    if (!b) continue; // reported by quality.missing_columns
    const sev = qs.missing.severity;
    if (qs.missing.enabled) out.push(...attempt('quality', `quality.missing.${name}`, `Missing values: ${name}`, name, sev, () => missingTest(ctx, name, a, b)));
    if (name !== idColumn) {
      if (qs.range.enabled && a.kind === 'numeric' && b.kind === 'numeric') {
        out.push(...attempt('quality', `quality.range.${name}`, `Value range: ${name}`, name, qs.range.severity, () => rangeTest(ctx, name, b)));
      }
      if (qs.categories.enabled && a.kind === 'categorical' && b.kind === 'categorical') {
        out.push(...attempt('quality', `quality.categories.${name}`, `Categories: ${name}`, name, qs.categories.severity, () => categoriesTest(ctx, name, a, b)));
      }
    }
    if (qs.constant.enabled) {
      out.push(...attempt('quality', `quality.constant.${name}`, `Constant column: ${name}`, name, qs.constant.severity, () => constantTest(ctx, name, a, b)));
    }
  }
  if (qs.duplicates.enabled) out.push(duplicatesTest(ctx));
  return out;
};
