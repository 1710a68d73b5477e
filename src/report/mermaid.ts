/**
 * Mermaid `xychart-beta` charts for the markdown report, which GitHub draws from a ```mermaid
 * block: reference vs current histograms of the drifted columns, the score distribution, each
 * change against the baseline with its interval, and one chunk test over time. A few small charts
 * (CHART_LIMIT), most important first; the JSON report has the numbers of every one.
 *
 * Only the documented subset of the grammar is written (title, x-axis [..], y-axis "…" min -->
 * max, bar [..], line [..]), one statement a line. Text from the data (column names, categories,
 * chunk keys) goes only into double-quoted strings, after `mermaidText` has made it inert: the
 * lexer ends a string at the next `"`, reads `%%` as a comment or directive, and a backtick run or
 * a newline would end the markdown fence or the statement. Numbers are plain decimals: the lexer
 * has no exponent form.
 */
import { formatNumber } from './format.js';
import type { ColumnDistribution, Side } from '../results/charts.js';
import { isIssue, type Report, type Status, type TestResult } from '../results/types.js';

/** Charts in one report at most; bars or points per chart at most. */
export const CHART_LIMIT = 6;
export const CHART_POINTS = 24;
/** Characters of a label or title taken from the data. */
const LABEL_CAP = 24;
const TITLE_CAP = 80;

/**
 * Text safe inside a Mermaid double-quoted string in a markdown code fence: letters, digits,
 * spaces and plain punctuation are kept; quotes, brackets, `%`, `#`, `;`, backticks, `<`, `>`,
 * `&`, `\`, control and format characters and line breaks are replaced, so no value can end the
 * string, the statement or the fence, start a comment or directive, or be read as HTML or an entity.
 */
export function mermaidText(s: string, cap = LABEL_CAP): string {
  const chars = [...String(s).normalize('NFC')];
  // An empty string is a category too; `""` is not a token every version of the lexer reads.
  if (chars.every((c) => /^\s$/u.test(c))) return '(empty)';
  const kept = chars.length > cap ? [...chars.slice(0, cap - 1), '…'] : chars;
  return kept
    .map((c) => {
      if (/^[\p{L}\p{N} _.,:/()+\-=*'!?@$^~|…·−≥≤×Δ]$/u.test(c)) return c;
      if (c === '"' || c === '`') return "'";
      if (c === '[' || c === '{' || c === '<') return '(';
      if (c === ']' || c === '}' || c === '>') return ')';
      if (/^\s$/u.test(c)) return ' ';
      return '_';
    })
    .join('');
}

/**
 * A finite number as the xychart lexer reads it, `[+-]?(\d+(\.\d+)?|\.\d+)`: at most 4
 * significant digits, no exponent, no separators; null when it cannot be written so.
 */
export function mermaidNumber(x: number): string | null {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e15) return null;
  if (x === 0) return '0';
  const digits = Math.min(12, Math.max(0, 3 - Math.floor(Math.log10(Math.abs(x)))));
  let s = x.toFixed(digits);
  if (s.includes('.')) s = s.replace(/0+$/, '').replace(/\.$/, '');
  return s === '-0' ? '0' : s;
}

export interface XyChart {
  title: string;
  /** Already made safe with mermaidText. */
  xLabels: string[];
  xTitle?: string;
  yTitle: string;
  bars: number[][];
  lines: number[][];
}

/** A y range that holds every value (and 0, where bars start), with a little room above and below. */
function yRange(series: number[][]): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const s of series) {
    for (const v of s) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  const pad = (hi - lo) * 0.05 || 1;
  return [lo < 0 ? lo - pad : 0, hi + pad];
}

/** The ```mermaid block, or '' when a number cannot be written or there is nothing to draw. */
export function renderXyChart(c: XyChart): string {
  const series = [...c.bars, ...c.lines];
  if (c.xLabels.length === 0 || series.length === 0 || series.some((s) => s.length !== c.xLabels.length)) return '';
  const nums = (s: number[]): string | null => {
    const out = s.map(mermaidNumber);
    return out.some((v) => v === null) ? null : `[${out.join(', ')}]`;
  };
  const [lo, hi] = yRange(series);
  const range = [mermaidNumber(lo), mermaidNumber(hi)];
  const rows = [...c.bars.map((s) => ['bar', nums(s)]), ...c.lines.map((s) => ['line', nums(s)])];
  if (range.includes(null) || rows.some(([, v]) => v === null)) return '';
  const q = (s: string): string => `"${s}"`;
  const xTitle = c.xTitle === undefined ? '' : `${q(c.xTitle)} `;
  return (
    '```mermaid\nxychart-beta\n' +
    `    title ${q(c.title)}\n` +
    `    x-axis ${xTitle}[${c.xLabels.map(q).join(', ')}]\n` +
    `    y-axis ${q(c.yTitle)} ${range[0]} --> ${range[1]}\n` +
    rows.map(([kind, v]) => `    ${kind} ${v}\n`).join('') +
    '```\n\n'
  );
}

function finite(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** Adjacent bins summed so that at most `max` remain; returns the kept bins' first indexes. */
function groupBins(n: number, max: number): number[][] {
  const per = Math.ceil(n / max);
  const groups: number[][] = [];
  for (let i = 0; i < n; i += per) groups.push(Array.from({ length: Math.min(per, n - i) }, (_, k) => i + k));
  return groups;
}

/** Labels and each side's share of its non-missing values (in %) for one column's bars. */
export function distributionBars(d: ColumnDistribution): { labels: string[]; shares: Record<Side, number[]> } | null {
  const sides: Side[] = ['reference', 'current'];
  const labels: string[] = [];
  const counts: Record<Side, number[]> = { reference: [], current: [] };
  const push = (label: string, at: (s: Side) => number): void => {
    labels.push(label);
    for (const s of sides) counts[s].push(at(s));
  };
  const extra = (key: 'below' | 'above' | 'other', label: string): void => {
    const e = d[key];
    if (e && (e.reference > 0 || e.current > 0)) push(label, (s) => e[s]);
  };
  if (d.kind === 'numeric') {
    const edges = d.edges;
    const n = d.counts.reference.length;
    if (!edges || edges.length !== n + 1 || d.counts.current.length !== n || n === 0) return null;
    extra('below', 'below');
    for (const g of groupBins(n, CHART_POINTS)) {
      // The centre labels a bar: an integer column's bins are [v − ½, v + ½), so it reads v.
      const centre = (edges[g[0]!]! + edges[g[g.length - 1]! + 1]!) / 2;
      push(mermaidText(formatNumber(centre), 12), (s) => g.reduce((a, i) => a + (d.counts[s][i] ?? 0), 0));
    }
    extra('above', 'above');
  } else {
    const cats = d.categories;
    if (!cats || cats.length !== d.counts.reference.length || cats.length !== d.counts.current.length || cats.length === 0) return null;
    const shown = Math.min(cats.length, CHART_POINTS - 1);
    for (let i = 0; i < shown; i++) push(mermaidText(cats[i]!), (s) => d.counts[s][i] ?? 0);
    const restOf = (s: Side): number => d.counts[s].slice(shown).reduce((a, b) => a + b, 0) + (d.other?.[s] ?? 0);
    if (restOf('reference') > 0 || restOf('current') > 0) push('other', restOf);
  }
  const shares = { reference: [] as number[], current: [] as number[] };
  for (const s of sides) {
    const total = counts[s].reduce((a, b) => a + b, 0);
    if (!(total > 0)) return null;
    shares[s] = counts[s].map((c) => (100 * c) / total);
  }
  return { labels, shares };
}

function distributionChart(d: ColumnDistribution, what: string): string {
  const bars = distributionBars(d);
  if (!bars) return '';
  return renderXyChart({
    title: `${mermaidText(d.column)}${what}: reference (bars) vs current (line)`,
    xLabels: bars.labels,
    xTitle: d.kind === 'numeric' ? 'bin centre' : undefined,
    yTitle: '% of values',
    bars: [bars.shares.reference],
    lines: [bars.shares.current],
  });
}

/** Baseline vs candidate scores on the current file, when both score columns were binned alike. */
function scoreComparison(base: ColumnDistribution, cand: ColumnDistribution): string {
  const same =
    base.kind === 'numeric' &&
    cand.kind === 'numeric' &&
    base.edges !== undefined &&
    cand.edges !== undefined &&
    base.edges.length === cand.edges.length &&
    base.edges.every((e, i) => e === cand.edges![i]);
  if (!same) return '';
  const b = distributionBars({ ...base, counts: { reference: base.counts.current, current: cand.counts.current }, below: undefined, above: undefined });
  if (!b) return '';
  return renderXyChart({
    title: 'Scores on the current file: baseline (bars) vs candidate (line)',
    xLabels: b.labels,
    xTitle: 'score (bin centre)',
    yTitle: '% of rows',
    bars: [b.shares.reference],
    lines: [b.shares.current],
  });
}

/** Every change against the baseline with an interval: Δ as bars, the interval's ends as lines. */
function changesChart(tests: readonly TestResult[]): string {
  const changes = tests.filter((t) => {
    const ci = t.details?.ci as { lo?: unknown; hi?: unknown } | null | undefined;
    return t.id.endsWith('.change') && finite(t.details?.delta) !== null && ci && finite(ci.lo) !== null && finite(ci.hi) !== null;
  });
  if (changes.length === 0) return '';
  const shown = changes.slice(0, CHART_POINTS);
  const ci = (t: TestResult): { lo: number; hi: number } => t.details!.ci as { lo: number; hi: number };
  return renderXyChart({
    title: 'Change vs baseline: Δ (bars), interval ends (lines)',
    xLabels: shown.map((t) => mermaidText(t.name.replace(/ vs baseline$/, ''))),
    yTitle: 'candidate − baseline',
    bars: [shown.map((t) => t.details!.delta as number)],
    lines: [shown.map((t) => ci(t).lo), shown.map((t) => ci(t).hi)],
  });
}

interface ChunkPoint {
  key: string;
  value: number | null;
}

/** A chunk test's values per chunk: the chunk table's rows, or CBPE's estimates per model. */
function chunkSeries(t: TestResult): { keys: string[]; series: number[][]; what: string } | null {
  const chunks = t.details?.chunks;
  if (!Array.isArray(chunks) || chunks.length < 2) return null;
  const rows = (chunks as Record<string, unknown>[]).slice(-CHART_POINTS * 2);
  if (t.id.startsWith('drift.chunks.') || t.id.startsWith('performance.chunks.')) {
    const pts: ChunkPoint[] = rows.map((r) => ({ key: String(r.key), value: r.state === undefined || r.state === 'ok' ? finite(r.value) : null }));
    if (pts.some((p) => p.value === null)) return null;
    const limit = finite(t.threshold?.fail);
    const values = pts.map((p) => p.value as number);
    return {
      keys: pts.map((p) => p.key),
      series: limit === null ? [values] : [values, values.map(() => limit)],
      what: `${t.threshold?.on === 'p_value' ? 'p-value' : t.method} per chunk${limit === null ? '' : ', limit (flat line)'}`,
    };
  }
  if (t.id.startsWith('performance.estimated.') && !t.id.endsWith('.change') && !t.id.endsWith('.health')) {
    const roles = (['candidate', 'baseline'] as const).filter((role) => rows.every((r) => finite((r[role] as { value?: unknown } | undefined)?.value) !== null));
    if (roles.length === 0) return null;
    return {
      keys: rows.map((r) => String(r.chunk)),
      series: roles.map((role) => rows.map((r) => (r[role] as { value: number }).value)),
      what: `estimated per chunk: ${roles.join(', then ')}`,
    };
  }
  return null;
}

/** Chunk lines: at most CHART_POINTS chunks, the last ones (the newest data). */
function chunkChart(t: TestResult): string {
  const s = chunkSeries(t);
  if (!s) return '';
  const from = Math.max(0, s.keys.length - CHART_POINTS);
  return renderXyChart({
    title: mermaidText(`${t.name}: ${s.what}`, TITLE_CAP),
    xLabels: s.keys.slice(from).map((k) => mermaidText(k, 12)),
    xTitle: 'chunk',
    yTitle: t.threshold?.on === 'p_value' ? 'p-value' : mermaidText(t.method),
    bars: [],
    lines: s.series.map((v) => v.slice(from)),
  });
}

const RANK: Readonly<Record<Status, number>> = { error: 0, fail: 1, warn: 2, pass: 3, info: 4, skip: 5 };

function byStatus(a: TestResult, b: TestResult): number {
  return (RANK[a.status] ?? 9) - (RANK[b.status] ?? 9);
}

/**
 * The report's charts, most important first, at most CHART_LIMIT: the changes against the
 * baseline, the drifted columns (failures first), the score distribution, one chunk test.
 * Each is a whole ```mermaid block, so the byte budget can drop them one by one from the end.
 */
export function reportCharts(report: Report, limit = CHART_LIMIT): string[] {
  const changes = changesChart(report.tests);
  const dists = report.charts?.distributions ?? [];
  const byColumn = new Map(dists.map((d) => [d.column, d]));
  const drifted = report.tests
    .filter((t) => t.family === 'drift' && t.column !== undefined && isIssue(t.status) && byColumn.has(t.column) && !t.id.startsWith('drift.chunks.'))
    .sort(byStatus);
  const scores = dists.filter((d) => /score/.test(d.role));
  const base = scores.find((d) => d.role === 'baseline_score');
  const cand = scores.find((d) => d.role === 'candidate_score');
  let scoreChart = base && cand ? scoreComparison(base, cand) : '';
  // Otherwise one score column, reference vs current (one the reference lacks draws nothing).
  let scoreColumn: string | null = null;
  for (const d of scores) {
    if (scoreChart !== '') break;
    scoreChart = distributionChart(d, ' (scores)');
    scoreColumn = d.column;
  }
  const chunked = report.tests.filter((t) => chunkSeries(t) !== null).sort(byStatus);
  const chunks = chunked.length > 0 ? chunkChart(chunked[0]!) : '';
  // The drifted columns get the places the other charts leave.
  const room = limit - [changes, scoreChart, chunks].filter((c) => c !== '').length;
  const columns: string[] = [];
  const drawn = new Set<string>();
  for (const t of drifted) {
    if (columns.length >= room) break;
    if (drawn.has(t.column!)) continue;
    drawn.add(t.column!);
    const c = distributionChart(byColumn.get(t.column!)!, '');
    if (c !== '') columns.push(c);
  }
  // A score column already drawn as drifted is not drawn twice.
  if (scoreColumn !== null && drawn.has(scoreColumn)) scoreChart = '';
  return [changes, ...columns, scoreChart, chunks].filter((c) => c !== '').slice(0, Math.max(0, limit));
}
