/**
 * Drift of text columns by their descriptors (src/embeddings/text.ts): each descriptor of the
 * reference against the same descriptor of the current file, measured and decided exactly as a
 * numeric drift column (drift.ts `measure` and `decide`: `auto` picks KS or the normalised
 * Wasserstein distance by the reference's size, z / Jensen–Shannon for the 0/1 `empty`), with the
 * column's `tests.drift.columns.<column>` settings (method, threshold, warn, severity, enabled).
 * The p-values are adjusted with `tests.drift.correction` over the text tests of the run.
 *
 * Ids `drift.text.<column>.<descriptor>`; a column found by `tests.text.auto` also gets
 * `drift.text.<column>` (info) saying why it is tested as text and not as categories.
 */
import type { TextDescriptor } from '../config/types.js';
import type { CategoricalColumn, Column, Table } from '../data/table.js';
import { csvPosition } from '../errors.js';
import { formatInt } from '../report/format.js';
import type { Severity, TestResult } from '../results/types.js';
import { adjustPValues } from '../stats/correction.js';
import { markSorted } from '../stats/descriptive.js';
import { DESCRIPTOR_NAME, describeText, textColumns, textDescriptors, type TextColumn } from '../embeddings/text.js';
import type { Check, CheckContext } from './context.js';
import { decide, errorResult, limits, measure, type Pair, type Pending } from './drift.js';
import { fmt, pct, q } from './threshold.js';

/** A column as text: numeric columns with no value at all are empty text. */
function asText(col: Column, table: Table): CategoricalColumn | string {
  if (col.kind === 'categorical') return col;
  if (col.missing === col.values.length) return { kind: 'categorical', name: col.name, codes: new Int32Array(col.values.length).fill(-1), dictionary: [], missing: col.missing };
  return `${csvPosition(table.source, undefined, col.name)} holds numbers, not text; to test its values as text, set columns.types.${col.name}: categorical`;
}

function sortedPresent(values: Float64Array): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) n++;
  const out = new Float64Array(n);
  for (let i = 0, t = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[t++] = values[i];
  return markSorted(out.sort());
}

function autoNote(ctx: CheckContext, t: TextColumn, severity: Severity): TestResult {
  const col = ctx.reference.columns.get(t.column) as CategoricalColumn;
  const present = col.codes.length - col.missing;
  let total = 0;
  for (const v of col.dictionary) total += describeText(v).length;
  const meanLength = total / col.dictionary.length;
  const share = col.dictionary.length / present;
  return {
    id: `drift.text.${t.column}`, family: 'drift', name: `Text: ${t.column}`, column: t.column, method: 'text_descriptors', status: 'info', severity,
    value: share, threshold: null,
    message: `${q(t.column)} is tested as text, by its descriptors, not as categories: ${pct(share)} of its ${formatInt(present)} values in ${ctx.reference.source} are distinct, ${fmt(meanLength)} characters long on average (tests.text.auto; list it in columns.types as categorical and set tests.text.auto: false to compare categories)`,
    details: { distinct_share: share, mean_length: meanLength, distinct: col.dictionary.length, values: present },
  };
}

function columnTests(ctx: CheckContext, t: TextColumn, out: (TestResult | Pending)[]): void {
  const s = ctx.config.tests.drift;
  const col = s.columns[t.column] ?? {};
  if (col.enabled === false) return;
  const severity = col.severity ?? s.severity;
  const base = { id: `drift.text.${t.column}`, name: `Text: ${t.column}`, column: t.column };
  const a = ctx.reference.columns.get(t.column);
  const b = ctx.current.columns.get(t.column);
  if (!a || !b) {
    out.push(errorResult(base, severity, `config key columns.text names ${q(t.column)}, which ${ctx.reference.source} ${a ? 'has' : 'does not have'} and ${ctx.current.source} ${b ? 'has' : 'does not have'}`));
    return;
  }
  const ra = asText(a, ctx.reference);
  const rb = asText(b, ctx.current);
  if (typeof ra === 'string' || typeof rb === 'string') {
    out.push(errorResult(base, severity, typeof ra === 'string' ? ra : (rb as string)));
    return;
  }
  if (t.auto) out.push(autoNote(ctx, t, severity));
  const which = ctx.config.tests.text.descriptors;
  const dr = textDescriptors(ra, which);
  const dc = textDescriptors(rb, which);
  for (const d of which as readonly TextDescriptor[]) {
    const id = `drift.text.${t.column}.${d}`;
    const name = `Text ${DESCRIPTOR_NAME[d]}: ${t.column}`;
    const ref = sortedPresent(dr.get(d)!);
    const cur = sortedPresent(dc.get(d)!);
    if (ref.length === 0 || cur.length === 0) {
      // No text on one side: nothing to measure the length of; `empty` shows it.
      const table = ref.length === 0 ? ctx.reference : ctx.current;
      const why = `${csvPosition(table.source, undefined, t.column)} has no non-empty value, so its ${DESCRIPTOR_NAME[d]} has no distribution (see drift.text.${t.column}.empty)`;
      out.push(errorResult({ id, name, column: t.column }, severity, why, t.auto ? 'skip' : 'error'));
      continue;
    }
    const pair: Pair = {
      id, name, column: t.column, settingsKey: t.column, isFeature: false,
      ref: { kind: 'numeric', sorted: ref, where: csvPosition(ctx.reference.source, undefined, t.column) },
      cur: { kind: 'numeric', sorted: cur, where: csvPosition(ctx.current.source, undefined, t.column) },
      note: `${DESCRIPTOR_NAME[d]} of ${q(t.column)}: `,
      info: { descriptor: d, text_column: t.column, auto: t.auto },
    };
    try {
      const m = measure(pair, col.method ?? s.method, s, null);
      out.push({ pair, m, limits: limits(m.family, col, s) });
    } catch (e) {
      out.push(errorResult({ id, name, column: t.column }, severity, `${pair.cur.where}: the ${DESCRIPTOR_NAME[d]} could not be compared: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
}

export const textChecks: Check = (ctx) => {
  const slots: (TestResult | Pending)[] = [];
  for (const t of textColumns(ctx)) columnTests(ctx, t, slots);
  const s = ctx.config.tests.drift;
  const pending = slots.filter((x): x is Pending => 'm' in x && x.m.family === 'p_value');
  const adjusted = adjustPValues(pending.map((x) => x.m.pValue as number), s.correction);
  const adjustedOf = new Map(pending.map((x, i) => [x, adjusted[i]] as const));
  return slots.map((x) => ('m' in x ? decide(x, adjustedOf.get(x) ?? null, s.correction) : x));
};
