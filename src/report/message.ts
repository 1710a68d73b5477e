/**
 * A test's message as the markdown table shows it: without what the row's other cells already say
 * (the numbers of a change test, the statistic and limit of a drift test, the column a message
 * starts with) and without the file paths the report's header names. Rendering only: the checks'
 * messages are unchanged and report.json keeps them whole. A rule that would leave nothing keeps
 * the message as it was.
 */
import type { Report, TestResult } from '../results/types.js';

/** The data files as the header names them; a path is shortened only when both are known and differ. */
export interface HeaderPaths {
  reference?: string;
  current?: string;
}

export function headerPaths(report: Report): HeaderPaths {
  return { reference: report.data.reference?.path, current: report.data.current?.path };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Characters that continue a path, so "data/a.csv" is not found inside "data/a.csv.bak". */
const PATH_CHAR = String.raw`[\p{L}\p{N}_./\\-]`;

/** Every whole occurrence of the header's paths replaced by "current" / "reference". */
export function shortenPaths(message: string, paths: HeaderPaths): string {
  const { reference, current } = paths;
  if (!reference || !current || reference === current) return message;
  // The longer path first, so a path that contains the other is replaced whole.
  let out = message;
  for (const [re, word] of pathPatterns(reference, current)) out = out.replace(re, word);
  return out;
}

/** The two patterns, compiled once per pair of paths (a report renders thousands of messages). */
let cached: { key: string; patterns: [RegExp, string][] } | null = null;
function pathPatterns(reference: string, current: string): [RegExp, string][] {
  const key = `${reference}\u0000${current}`;
  if (cached?.key !== key) {
    const pairs: [string, string][] = [
      [reference, 'reference'],
      [current, 'current'],
    ];
    pairs.sort((a, b) => b[0].length - a[0].length);
    cached = { key, patterns: pairs.map(([path, word]) => [new RegExp(`(?<!${PATH_CHAR})${escapeRegExp(path)}(?!${PATH_CHAR})`, 'gu'), word]) };
  }
  return cached.patterns;
}

/** `Accuracy 0.71 vs baseline 0.74 (Δ -0.028, 95% CI [..]): ` – the cells Baseline, Candidate, Δ and CI. */
const CHANGE_HEAD = /^(?:inconclusive: )?(trade-off at the cut-off: )?.*? vs baseline \S+ \(Δ [^)]*\): /u;
/**
 * `drift: Jensen-Shannon 0.17 ≥ 0.1 (6,000 vs 4,000 values; PSI 0.58)` – the Value and Threshold
 * cells; an adjusted p-value's note (`KS p = 0.01 (holm-adjusted; raw 0.002) < 0.05 (…)`) stays.
 */
const DRIFT_STATEMENT = /^(.*?: )?(?:no |possible )?drift: [^(]*?(?:\(([^()]*-adjusted; raw [^()]*)\))?[^(]*\(([^()]*)\)$/u;
/** `current column "age": ` – the Column cell. */
const COLUMN_HEAD = /^(?:current|reference) column "(?:[^"\\]|\\.)*": /u;

/**
 * The message for a table row. `columnShown`: the row's table has a Column cell with this test's
 * column; `numbersShown`: its table has the Baseline / Candidate / Δ / CI cells.
 */
export function tableMessage(t: TestResult, paths: HeaderPaths, shown: { column: boolean; numbers: boolean }): string {
  let m = shortenPaths(t.message, paths);
  const before = m;
  if (shown.numbers) {
    m = m.replace(CHANGE_HEAD, '$1');
    // A value test: "ROC AUC 0.672 below the minimum 0.7 on …" – the name and candidate value are cells.
    if (m === before && m.startsWith(`${t.name} `)) m = m.slice(t.name.length + 1).replace(/^[-+]?[\d.,]+(?:e-?\d+)? /u, '');
  }
  if (t.family === 'drift' && typeof t.value === 'number' && t.threshold) {
    m = m.replace(DRIFT_STATEMENT, (_, prefix: string | undefined, adjusted: string | undefined, inner: string) => `${prefix ?? ''}${adjusted ? `${adjusted}; ` : ''}${inner}`);
  }
  if (shown.column && t.column !== undefined) m = m.replace(COLUMN_HEAD, '');
  m = m.trim();
  return m === '' ? before : m;
}
