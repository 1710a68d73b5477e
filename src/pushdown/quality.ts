/**
 * Data quality on SQL sources: the schema tests, missing shares, value ranges, unseen categories
 * and constant columns, decided by the same functions as on files (src/checks/quality.ts) from
 * counts the engines return. What needs rows is said so: duplicate rows (an error when the config
 * names the test, a skip otherwise), and the range test lists no example rows.
 */
import { isExplicit } from '../config/load.js';
import {
  categoriesFromCounts, constantResult, missingTest, rangeFromCounts, result, schemaResults, type SchemaSide,
} from '../checks/quality.js';
import { attempt } from '../checks/result.js';
import { fmt } from '../checks/threshold.js';
import type { TestResult } from '../results/types.js';
import { categoryCounts, outsideCounts, quoted, toNumber, type NumericProfile } from './aggregates.js';
import { NEEDS_ROWS, type PushdownContext, type SqlSide } from './context.js';

function schemaSide(side: SqlSide): SchemaSide {
  return { source: side.source, names: side.rel.columns.map((c) => c.name), kind: (n) => side.kinds.get(n) };
}

function counts(side: SqlSide): { rowCount: number; source: string } {
  return { rowCount: side.profile.rows, source: side.source };
}

/** Distinct non-missing values of every column, and the value where there is exactly one: one scan. */
async function distinctAll(side: SqlSide, names: readonly string[]): Promise<Map<string, { count: number; value: string | null }>> {
  const out = new Map<string, { count: number; value: string | null }>();
  if (names.length === 0) return out;
  const d = side.rel.connection.dialect;
  const expr = (n: string): string => (side.kinds.get(n) === 'numeric' ? d.asDouble(quoted(side.rel, n)) : d.asText(quoted(side.rel, n)));
  const parts = names.map((n, i) => `COUNT(DISTINCT ${expr(n)}) AS n${i}, MIN(${expr(n)}) AS v${i}`);
  const [row] = await side.rel.connection.query(`SELECT ${parts.join(', ')} FROM ${side.rel.from}`, `${side.rel.side}: distinct values of every column`);
  names.forEach((n, i) => {
    const count = toNumber(row[`n${i}`]);
    const v = row[`v${i}`];
    out.set(n, { count, value: count !== 1 || v === null ? null : side.kinds.get(n) === 'numeric' ? fmt(toNumber(v)) : JSON.stringify(String(v)) });
  });
  return out;
}

async function categories(ctx: PushdownContext, name: string): Promise<TestResult> {
  const [a, b] = await Promise.all([categoryCounts(ctx.reference.rel, name), categoryCounts(ctx.current.rel, name)]);
  // Reference categories first, then the current's new ones: the order alignedCategoryCounts keeps.
  const names = [...a.keys(), ...[...b.keys()].filter((k) => !a.has(k))];
  const aligned = { categories: names, a: Float64Array.from(names, (k) => a.get(k) ?? 0), b: Float64Array.from(names, (k) => b.get(k) ?? 0) };
  return categoriesFromCounts(ctx.config, name, counts(ctx.reference), counts(ctx.current), aligned);
}

async function range(ctx: PushdownContext, name: string): Promise<TestResult> {
  const r = ctx.reference.profile.numeric.get(name) as NumericProfile;
  const c = ctx.current.profile.numeric.get(name) as NumericProfile;
  const base = { N: r.n, n: c.n, min: r.min, max: r.max, below: 0, above: 0, far: 0 };
  if (r.n === 0 || c.n === 0) return rangeFromCounts(ctx.config, name, counts(ctx.reference), counts(ctx.current), base, null);
  const width = r.max - r.min;
  const o = await outsideCounts(ctx.current.rel, name, r.min, r.max, r.min - width, r.max + width);
  return rangeFromCounts(ctx.config, name, counts(ctx.reference), counts(ctx.current), { ...base, ...o }, null);
}

async function settle(family: 'quality', id: string, name: string, column: string, severity: 'fail' | 'warn', run: () => Promise<TestResult>): Promise<TestResult[]> {
  try {
    return [await run()];
  } catch (e) {
    return attempt(family, id, name, column, severity, () => {
      throw e;
    });
  }
}

export async function pushdownQuality(ctx: PushdownContext): Promise<TestResult[]> {
  const qs = ctx.config.tests.quality;
  if (!qs.enabled) return [];
  const out: TestResult[] = [];
  const excluded: ReadonlySet<string> = new Set(ctx.config.columns.exclude);
  const ref = ctx.reference;
  const cur = ctx.current;
  if (qs.schema.enabled) out.push(...schemaResults(ctx.config, schemaSide(ref), schemaSide(cur), excluded));
  const idColumn = ctx.config.columns.id;
  const shared = ref.rel.columns.map((c) => c.name).filter((n) => !excluded.has(n) && cur.kinds.has(n));
  const distinct = qs.constant.enabled ? await Promise.all([distinctAll(ref, shared), distinctAll(cur, shared)]) : null;
  for (const { name } of ref.rel.columns) {
    if (excluded.has(name)) continue;
    const a = ref.kinds.get(name);
    const b = cur.kinds.get(name);
    if (!b) continue; // reported by quality.missing_columns
    if (qs.missing.enabled) {
      const m = { missing: ref.profile.missing.get(name) as number };
      const n = { missing: cur.profile.missing.get(name) as number };
      out.push(...attempt('quality', `quality.missing.${name}`, `Missing values: ${name}`, name, qs.missing.severity, () => missingTest(ctx.config, name, counts(ref), counts(cur), m, n)));
    }
    if (name !== idColumn) {
      if (qs.range.enabled && a === 'numeric' && b === 'numeric') {
        out.push(...(await settle('quality', `quality.range.${name}`, `Value range: ${name}`, name, qs.range.severity, () => range(ctx, name))));
      }
      if (qs.categories.enabled && a === 'categorical' && b === 'categorical') {
        const type = cur.rel.columns.find((c) => c.name === name)?.engineType ?? '';
        // New dates are expected, as on files (checks/dates.ts): not a category test.
        if (/date|time/i.test(type)) {
          out.push(result(`quality.categories.${name}`, `Categories: ${name}`, name, 'date', 'skip', qs.categories.severity, null, null,
            `${cur.source} column ${JSON.stringify(name)} holds ${type} values: new dates are expected, so it is not tested as categories, for drift, or as a default feature`));
        } else out.push(...(await settle('quality', `quality.categories.${name}`, `Categories: ${name}`, name, qs.categories.severity, () => categories(ctx, name))));
      }
    }
    if (distinct) {
      const [x, y] = [distinct[0].get(name), distinct[1].get(name)];
      if (x && y) out.push(...attempt('quality', `quality.constant.${name}`, `Constant column: ${name}`, name, qs.constant.severity, () => constantResult(ctx.config, name, counts(ref), counts(cur), x, y)));
    }
  }
  if (qs.duplicates.enabled) {
    const asked = isExplicit(ctx.config, 'tests.quality.duplicates');
    out.push(result('quality.duplicates', 'Duplicate rows', undefined, 'duplicate_share', asked ? 'error' : 'skip', qs.duplicates.severity, null, null,
      `duplicate rows are ${NEEDS_ROWS}${asked ? ', but tests.quality.duplicates is configured' : ''}`));
  }
  return out;
}
