/**
 * The config checked against the loaded files: what it names must exist (with "did you mean"
 * suggestions from the real names), and the files must hold enough rows for any comparison to
 * mean something. The rest of the config is checked at load time (load.ts).
 */
import { judge, makeThreshold, plural } from '../checks/threshold.js';
import type { Table } from '../data/table.js';
import type { TestResult } from '../results/types.js';
import { MAX_PROBLEMS, roleColumns } from './load.js';
import { keySegment, quoteName } from './names.js';
import { didYouMean } from './suggest.js';
import type { GateConfig } from './types.js';

/** What the checks here read of a side: a loaded file, or a SQL source's description (src/pushdown). */
export type NamedSide = Pick<Table, 'source' | 'names' | 'rowCount'> & { readonly columns: { has(name: string): boolean } };

/** Column names of both files, reference order first, each once. */
function namesOfBoth(reference: NamedSide, current: NamedSide): string[] {
  const seen = new Set(reference.names);
  return [...reference.names, ...current.names.filter((n) => !seen.has(n))];
}

/** A name that matches no column: the message without its hint, and where the hint looks. */
interface Unmatched {
  text: string;
  name: string;
  names: readonly string[];
  what: string;
}

/**
 * One message per name in the config that matches no column where it is used: role columns in the
 * current file (where the models are compared), explicit features in both files, and type
 * overrides, per-column drift settings and exclusions in at least one of them. At most
 * MAX_PROBLEMS, then a count: each suggestion is a pass over every column name.
 */
export function namedColumnProblems(cfg: GateConfig, reference: NamedSide, current: NamedSide): string[] {
  const found: Unmatched[] = [];
  for (const [column, key] of roleColumns(cfg)) {
    if (!current.columns.has(column)) {
      found.push({ text: `${current.source}: column ${quoteName(column)} named by config key ${key} is not in the file`, name: column, names: current.names, what: 'its columns' });
    }
  }
  for (const f of cfg.columns.features ?? []) {
    for (const t of [reference, current]) {
      if (!t.columns.has(f)) found.push({ text: `${t.source}: feature column ${quoteName(f)} named by config key columns.features is not in the file`, name: f, names: t.names, what: 'its columns' });
    }
  }
  const both = namesOfBoth(reference, current);
  const inEither = (c: string) => reference.columns.has(c) || current.columns.has(c);
  const where = `${reference.source} or ${current.source}`;
  const inBoth = (text: string, name: string) => found.push({ text, name, names: both, what: 'their columns' });
  for (const col of Object.keys(cfg.columns.types)) {
    if (!inEither(col)) inBoth(`config key columns.types.${keySegment(col)}: no column of that name in ${where}`, col);
  }
  for (const col of Object.keys(cfg.tests.drift.columns)) {
    if (!inEither(col)) inBoth(`config key tests.drift.columns.${keySegment(col)}: no column of that name in ${where}`, col);
  }
  for (const col of cfg.columns.exclude) {
    if (!inEither(col)) inBoth(`config key columns.exclude: ${quoteName(col)} is not a column of ${where}`, col);
  }
  const shown = found.slice(0, MAX_PROBLEMS).map((u) => `${u.text} (${didYouMean(u.name, u.names, u.what)})`);
  if (found.length > MAX_PROBLEMS) shown.push(`… and ${found.length - MAX_PROBLEMS} more names in the config that match no column`);
  return shown;
}

/**
 * `fail` results for a file with fewer than `min_rows` rows; nothing when both have enough (a pass
 * here would let a run in which no test could run pass, where it must be an error).
 */
export function rowMinimumResults(cfg: GateConfig, reference: NamedSide, current: NamedSide): TestResult[] {
  const min = cfg.min_rows;
  const out: TestResult[] = [];
  const files = [
    { id: 'input.rows', name: 'Current rows', t: current, role: 'current' },
    { id: 'input.reference_rows', name: 'Reference rows', t: reference, role: 'reference' },
  ];
  for (const { id, name, t, role } of files) {
    const status = judge(t.rowCount, 'below', min, null, 'fail');
    if (status === 'pass') continue;
    out.push({
      id,
      family: 'input',
      name,
      method: 'row_count',
      status,
      severity: 'fail',
      value: t.rowCount,
      threshold: makeThreshold('value', 'below', min, null, `≥ ${min} rows`),
      message: `${t.source}: ${plural(t.rowCount, 'row')}, fewer than the minimum of ${plural(min, 'row')} for the ${role} file (config key min_rows): too few for any comparison to mean something`,
    });
  }
  return out;
}
