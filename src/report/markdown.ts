/**
 * The markdown report, for people reading a PR comment, a check run or a job summary: the verdict
 * and one line per failure, warning and inconclusive change first (headline.ts), the header with
 * the data files and the action's links, a few Mermaid charts (mermaid.ts), then one section per
 * family with the failing, erroring and warning tests in a table and the rest folded away.
 *
 * GitHub caps every body (a comment at 65,536 characters), so the report can be rendered to a byte
 * budget. Every piece is rendered and measured once, then the pieces that fit are chosen in levels:
 *   0. everything;
 *   1. passing, informational and skipped tests (and their extra tables) left to the section counts,
 *      and as many charts as fit, the most important first;
 *   2. no chart, and detail tables (largest differences, matrices) of failing tests dropped too;
 *   3. failing rows capped: a few rows of every family first, then the most important
 *      (error > fail > warn, then CUT_PRIORITY's family order);
 *   4. the verdict, as many headline lines as fit (failures first) and the links.
 * A cut report (levels 1 to 3) puts its families in CUT_PRIORITY order.
 * Pieces are whole blocks (a table, a `<details>` element), so no level leaves one open. Anything
 * left out is named in a closing line that says where the full report is. Nothing in the markdown
 * changes between two runs on the same data (no times), so the action can skip unchanged comments.
 */
import { escapeText } from './escape.js';
import { FAMILY_TITLES, formatDelta, formatInt, formatNumber, formatPValue, formatShare, MISSING } from './format.js';
import { MARKDOWN_ISSUE_ROWS, MARKDOWN_PASSING_ROWS } from './caps.js';
import { chunkTable } from './chunk-table.js';
import { headlineGroups, renderGroup, STATUS_ICON, statusCell, type HeadlineGroup } from './headline.js';
import { headerPaths, shortenPaths, tableMessage, type HeaderPaths } from './message.js';
import { reportCharts } from './mermaid.js';
import { FAMILIES, isIssue, STATUSES, type Family, type Report, type Status, type TestResult } from '../results/types.js';
import { countStatuses } from './verdict.js';

export interface MarkdownOptions {
  /** Hard cap in UTF-8 bytes (GitHub: comment 65,536 chars, check summary 65,535, job summary 1 MiB). */
  maxBytes?: number;
  /** Where the full report is, shown when anything was left out, e.g. "the `model-gate-report` artifact of this run". */
  fullReportNote?: string;
  /** Extra lines appended verbatim at the end (e.g. a hidden HTML marker comment the action uses). */
  footer?: string;
  /** Title line; default "model-gate". */
  title?: string;
  /**
   * Markdown written by the action, not taken from the data, appended to the title: which commit
   * and run the report is about ("for [a1b2c3d](…), [run #12](…)").
   */
  about?: string;
  /**
   * Markdown written by the action, not taken from the data, shown under the header in every
   * rendering, cut or not: links to the full report (the artifact, report.html in it), the check
   * run and the workflow run.
   */
  links?: string;
  /** Mermaid charts drawn at most (default CHART_LIMIT); 0 leaves them out. */
  maxCharts?: number;
}


const STATUS_RANK: Readonly<Record<Status, number>> = { error: 0, fail: 1, warn: 2, pass: 3, info: 4, skip: 5 };

/** Characters kept of each data-derived field, so one hostile value cannot eat the budget. */
const CAP = { title: 100, name: 120, column: 120, method: 40, threshold: 80, message: 500, path: 200, cell: 80 };
/** Rows of a `details.top` table shown at most; the JSON report has them all. */
const TOP_ROWS = 50;
/** Classes of a confusion or flip matrix shown at most. */
const MATRIX_MAX = 20;
const DEFAULT_NOTE = 'the report.md and report.json files written by model-gate';

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function plural(n: number, one: string, many: string): string {
  return `${formatInt(n)} ${n === 1 ? one : many}`;
}

/** "2 errors, 1 failed, 3 warnings, 41 passed, 1 skipped", zero counts left out. */
export function countsPhrase(c: Readonly<Record<Status, number>>): string {
  const parts: string[] = [];
  if (c.error > 0) parts.push(plural(c.error, 'error', 'errors'));
  if (c.fail > 0) parts.push(`${formatInt(c.fail)} failed`);
  if (c.warn > 0) parts.push(plural(c.warn, 'warning', 'warnings'));
  if (c.pass > 0) parts.push(`${formatInt(c.pass)} passed`);
  if (c.info > 0) parts.push(`${formatInt(c.info)} informational`);
  if (c.skip > 0) parts.push(`${formatInt(c.skip)} skipped`);
  return parts.join(', ');
}

function esc(s: unknown, cap: number): string {
  if (s === undefined || s === null) return '';
  return escapeText(typeof s === 'string' ? s : String(s), cap);
}

function finite(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** Shares read better as percentages; the checks name them in `method` or say so in `details.unit`. */
function isShare(t: TestResult): boolean {
  const unit = t.details?.unit;
  if (unit === 'share') return true;
  if (unit !== undefined) return false;
  return /(^|_)(share|rate|agreement)(_|$)/.test(t.method);
}

function valueCell(t: TestResult): string {
  if (typeof t.value !== 'number') return MISSING;
  return isShare(t) ? formatShare(t.value) : formatNumber(t.value);
}

/** Keys whose integer values are positions people look up (a CSV line), so no separators. */
const POSITION_KEY = /^(row|line|index|id)$/i;

/** A cell for an arbitrary detail value (differential top rows). */
function anyCell(v: unknown, key = ''): string {
  if (v === null || v === undefined) return MISSING;
  if (typeof v === 'number') return Number.isInteger(v) && POSITION_KEY.test(key) ? String(v) : formatNumber(v);
  if (typeof v === 'string') return esc(v, CAP.cell);
  if (typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  let json: string | undefined;
  try {
    json = JSON.stringify(v);
  } catch {
    json = undefined;
  }
  return json === undefined ? MISSING : esc(json, CAP.cell);
}

interface TableColumn {
  head: string;
  cell(t: TestResult): string;
}

const COL_STATUS: TableColumn = { head: 'Status', cell: statusCell };
const COL_TEST: TableColumn = { head: 'Test', cell: (t) => esc(t.name, CAP.name) };
const COL_METRIC: TableColumn = { head: 'Metric', cell: (t) => esc(t.name, CAP.name) };
const COL_COLUMN: TableColumn = { head: 'Column', cell: (t) => (t.column === undefined ? '' : esc(t.column, CAP.column)) };
const COL_METHOD: TableColumn = { head: 'Method', cell: (t) => esc(t.method, CAP.method) };
const COL_VALUE: TableColumn = { head: 'Value', cell: valueCell };
const COL_THRESHOLD: TableColumn = {
  head: 'Threshold',
  cell: (t) => (t.threshold ? esc(t.threshold.text, CAP.threshold) : ''),
};
const COL_P: TableColumn = {
  head: 'p-value',
  cell: (t) => (t.p_value === undefined ? '' : formatPValue(t.p_value)),
};
/** The message without what the row's other cells show, and without the header's file paths. */
function messageColumn(paths: HeaderPaths, shown: { column: boolean; numbers: boolean }): TableColumn {
  return { head: 'Message', cell: (t) => esc(tableMessage(t, paths, shown), CAP.message) };
}
const COL_BASELINE: TableColumn = { head: 'Baseline', cell: (t) => formatNumber(finite(t.details?.baseline)) };
const COL_CANDIDATE: TableColumn = { head: 'Candidate', cell: (t) => formatNumber(finite(t.details?.candidate)) };
const COL_DELTA: TableColumn = { head: 'Δ', cell: (t) => formatDelta(finite(t.details?.delta)) };
const COL_CI: TableColumn = {
  head: 'CI',
  cell: (t) => {
    const ci = t.details?.ci as { lo?: unknown; hi?: unknown } | null | undefined;
    if (!ci || typeof ci !== 'object') return '';
    const lo = finite(ci.lo);
    const hi = finite(ci.hi);
    return lo === null && hi === null ? '' : `[${formatDelta(lo)}, ${formatDelta(hi)}]`;
  },
};

function hasPerformanceDetails(t: TestResult): boolean {
  const d = t.details;
  return !!d && (finite(d.baseline) !== null || finite(d.candidate) !== null || finite(d.delta) !== null);
}

/** The columns a group of rows needs; optional columns only when some row has a value for them. */
function columnsFor(tests: readonly TestResult[], paths: HeaderPaths): TableColumn[] {
  const anyColumn = tests.some((t) => t.column !== undefined);
  const anyP = tests.some((t) => t.p_value !== undefined && t.p_value !== null);
  if (tests.some(hasPerformanceDetails)) {
    const anyCi = tests.some((t) => COL_CI.cell(t) !== '');
    const COL_MESSAGE = messageColumn(paths, { column: false, numbers: true });
    return [
      COL_STATUS,
      COL_METRIC,
      COL_BASELINE,
      COL_CANDIDATE,
      COL_DELTA,
      ...(anyCi ? [COL_CI] : []),
      COL_THRESHOLD,
      ...(anyP ? [COL_P] : []),
      COL_MESSAGE,
    ];
  }
  const COL_MESSAGE = messageColumn(paths, { column: anyColumn, numbers: false });
  return [
    COL_STATUS,
    COL_TEST,
    ...(anyColumn ? [COL_COLUMN] : []),
    COL_METHOD,
    COL_VALUE,
    COL_THRESHOLD,
    ...(anyP ? [COL_P] : []),
    COL_MESSAGE,
  ];
}

function tableHead(cols: readonly TableColumn[]): string {
  return `| ${cols.map((c) => c.head).join(' | ')} |\n|${cols.map(() => '---').join('|')}|\n`;
}

function tableRow(cols: readonly TableColumn[], t: TestResult): string {
  return `| ${cols.map((c) => c.cell(t)).join(' | ')} |\n`;
}

function fullTable(tests: readonly TestResult[], paths: HeaderPaths): string {
  const cols = columnsFor(tests, paths);
  let s = tableHead(cols);
  for (const t of tests) s += tableRow(cols, t);
  return s;
}

/** The `details.top` rows of a differential test (largest candidate − baseline differences). */
function topBlock(t: TestResult, open: boolean): string {
  // Multivariate drift's `top` are features, not rows: multivariateBlock shows them.
  if (t.id.startsWith('drift.multivariate.')) return '';
  return rowsBlock(t.details?.top, `Largest differences: ${esc(t.name, CAP.name)}`, open);
}

/** A folded table of row objects (one column per key), at most TOP_ROWS of them; '' for none. */
function rowsBlock(list: unknown, summary: string, open: boolean): string {
  if (!Array.isArray(list) || list.length === 0) return '';
  const top = list as unknown[];
  const rows = top.slice(0, TOP_ROWS);
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (r === null || typeof r !== 'object' || Array.isArray(r)) continue;
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.add(k);
        keys.push(k);
      }
    }
  }
  // A 0-based row index beside the file line only confuses people; the JSON report keeps both.
  const rowAt = keys.indexOf('row');
  if (seen.has('line') && rowAt >= 0) keys.splice(rowAt, 1);
  let table: string;
  if (keys.length === 0) {
    table = `| Value |\n|---|\n${rows.map((r) => `| ${anyCell(r)} |\n`).join('')}`;
  } else {
    table = `| ${keys.map((k) => esc(k, CAP.method)).join(' | ')} |\n|${keys.map(() => '---').join('|')}|\n`;
    for (const r of rows) {
      const o = (r !== null && typeof r === 'object' ? r : {}) as Record<string, unknown>;
      table += `| ${keys.map((k) => anyCell(o[k], k)).join(' | ')} |\n`;
    }
  }
  const more = top.length > rows.length ? ` (first ${formatInt(rows.length)} of ${formatInt(top.length)})` : '';
  return (
    `<details${open ? ' open' : ''}><summary>${summary}${more}</summary>\n\n` +
    `${table}\n</details>\n\n`
  );
}

/** A k × k count matrix, or null when `m` is not one (checks coordinate through the shape). */
function squareMatrix(m: unknown, k: number): number[][] | null {
  if (!Array.isArray(m) || m.length !== k) return null;
  for (const row of m) {
    if (!Array.isArray(row) || row.length !== k || !row.every((x) => typeof x === 'number')) return null;
  }
  return m as number[][];
}

/**
 * A class-by-class table: the confusion matrix (rows actual, columns predicted; "candidate
 * (baseline)" in each cell) or the flips between the models (rows baseline, columns candidate).
 * Left out beyond MATRIX_MAX classes, where it would be unreadable; the JSON report has it.
 */
function matrixBlock(t: TestResult, open: boolean): string {
  const d = t.details;
  const classes = d?.classes;
  if (!d || !Array.isArray(classes) || classes.length === 0 || classes.length > MATRIX_MAX) return '';
  const k = classes.length;
  const labels = classes.map((c) => anyCell(c));
  const table = (corner: string, main: number[][], other: number[][] | null): string => {
    let s = `| ${corner} | ${labels.join(' | ')} |\n|${'---|'.repeat(k + 1)}\n`;
    for (let a = 0; a < k; a++) {
      const cells = main[a]!.map((x, b) => (other ? `${formatInt(x)} (${formatInt(other[a]![b])})` : formatInt(x)));
      s += `| ${labels[a]} | ${cells.join(' | ')} |\n`;
    }
    return s;
  };
  const block = (summary: string, body: string): string =>
    `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body}\n</details>\n\n`;
  let out = '';
  const candidate = squareMatrix(d.candidate, k);
  if (candidate) {
    const baseline = squareMatrix(d.baseline, k);
    out += block(
      `${esc(t.name, CAP.name)}: rows actual, columns predicted${baseline ? ', candidate (baseline)' : ''}`,
      table('actual ↓ predicted →', candidate, baseline),
    );
  }
  const flips = squareMatrix(d.flips, k);
  if (flips) out += block('Flips: rows baseline, columns candidate', table('baseline ↓ candidate →', flips, null));
  return out;
}

/** "12.3 KiB", "85.2 MiB": file sizes and memory. */
function bytesCell(x: unknown): string {
  const b = finite(x);
  if (b === null) return MISSING;
  if (b < 1024) return `${formatInt(b)} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = b / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${formatNumber(v)} ${units[u]}`;
}

/**
 * The speed test's figures per model (`details.models` of model.speed.*), with the machine and the
 * schedule they were measured on: latency on a CI runner means little without them.
 */
function speedBlock(t: TestResult, open: boolean): string {
  const d = t.details;
  const models = d?.models;
  if (!d || !t.id.startsWith('model.speed.') || models === null || typeof models !== 'object') return '';
  let rows = '';
  for (const role of ['baseline', 'candidate']) {
    const m = (models as Record<string, unknown>)[role] as Record<string, unknown> | undefined;
    if (!m || typeof m !== 'object') continue;
    const cells = [
      role,
      esc(m.path, CAP.cell),
      bytesCell(m.bytes),
      formatNumber(finite(m.p50_ms)),
      formatNumber(finite(m.p95_ms)),
      formatNumber(finite(m.per_row_p50_us)),
      formatInt(finite(m.rows_per_s)),
      bytesCell(m.peak_memory_bytes),
    ];
    rows += `| ${cells.join(' | ')} |\n`;
  }
  if (rows === '') return '';
  const mc = (d.machine ?? {}) as Record<string, unknown>;
  const pr = (d.protocol ?? {}) as Record<string, unknown>;
  const machine =
    `Measured on ${esc(mc.cpu, CAP.cell)}, ${formatInt(finite(mc.cores))} cores, ${formatInt(finite(mc.threads))} intra-op threads per session, ` +
    `node ${esc(mc.node, 20)}, ${esc(mc.platform, 30)}: a batch of the first ${formatInt(finite(pr.rows))} rows of ${esc(pr.source, CAP.path)}, ` +
    `${formatInt(finite(pr.warmup))} warm-up runs discarded, ${formatInt(finite(pr.repetitions))} timed runs each (${esc(pr.order, 40)}).`;
  return (
    `<details${open ? ' open' : ''}><summary>Speed: per model</summary>\n\n` +
    '| Model | File | Size | p50 ms/batch | p95 ms/batch | p50 µs/row | rows/s | Peak memory |\n|---|---|---|---|---|---|---|---|\n' +
    `${rows}\n${machine}\n</details>\n\n`
  );
}

const IMPORTANCE_SCORES: Readonly<Record<string, string>> = {
  accuracy: 'the drop in accuracy on labelled rows',
  neg_mae: 'the rise in MAE on labelled rows',
  agreement: 'the share of the model’s own predictions that change',
  neg_mean_abs_change: 'the mean |change| of the model’s own predictions',
};

/**
 * The permutation importances of `model.importance` (`details.features`, most important to the
 * candidate first): the first `details.listed`, each model's mean ± std over the permutations and
 * its rank (1 = most important).
 */
function importanceBlock(t: TestResult, open: boolean): string {
  const d = t.details;
  const list = d?.features;
  if (!d || t.id !== 'model.importance' || !Array.isArray(list) || list.length === 0) return '';
  const listed = finite(d.listed);
  const n = Math.min(list.length, TOP_ROWS, listed !== null && listed > 0 ? listed : list.length);
  const cells = (o: Record<string, unknown>, role: string): string =>
    o[role] === null || o[role] === undefined
      ? `${MISSING} | ${MISSING}`
      : `${formatNumber(finite(o[role]))} ± ${formatNumber(finite(o[`${role}_std`]))} | ${anyCell(o[`${role}_rank`])}`;
  let rows = '';
  for (const r of (list as unknown[]).slice(0, n)) {
    const o = (r !== null && typeof r === 'object' ? r : {}) as Record<string, unknown>;
    rows += `| ${anyCell(o.feature)} | ${cells(o, 'baseline')} | ${cells(o, 'candidate')} |\n`;
  }
  const more = list.length > n ? ` (first ${formatInt(n)} of ${formatInt(list.length)})` : '';
  const score = typeof d.score === 'string' ? IMPORTANCE_SCORES[d.score] : undefined;
  const note = score ? `Importance: ${score} when the feature is permuted, mean ± std over ${formatInt(finite(d.repeats))} permutations.\n` : '';
  return (
    `<details${open ? ' open' : ''}><summary>Feature importance${more}</summary>\n\n` +
    `| Feature | Baseline | Rank | Candidate | Rank |\n|---|---|---|---|---|\n${rows}\n${note}</details>\n\n`
  );
}

/** The rows of a behaviour test that broke the property worst (`details.worst`). */
function worstBlock(t: TestResult, open: boolean): string {
  if (!t.id.startsWith('model.behaviour.')) return '';
  return rowsBlock(t.details?.worst, `Worst rows: ${esc(t.name, CAP.name)}`, open);
}

/** Contributions shown per row in the markdown; the JSON report lists up to five. */
const EXPLAIN_PER_ROW = 3;

/**
 * `model.explain`: under each listed row (line, id, both models' outputs) its features with the
 * largest |candidate − baseline| contributions, each model's Shapley value side by side.
 */
function explainBlock(t: TestResult, open: boolean): string {
  const d = t.details;
  const list = d?.rows;
  if (!d || t.id !== 'model.explain' || !Array.isArray(list) || list.length === 0) return '';
  const rows = (list as unknown[]).slice(0, TOP_ROWS);
  const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  let body = '';
  for (const r of rows) {
    const o = obj(r);
    const b = obj(o.baseline);
    const c = obj(o.candidate);
    const cls = o.class === undefined ? '' : ` (class ${anyCell(o.class)})`;
    const head = `${anyCell(o.line, 'line')} | ${anyCell(o.id, 'id')} | ${formatNumber(finite(b.output))} → ${formatNumber(finite(c.output))}${cls}`;
    const contributions = Array.isArray(o.contributions) ? (o.contributions as unknown[]).slice(0, EXPLAIN_PER_ROW) : [];
    if (contributions.length === 0) body += `| ${head} | ${MISSING} | ${MISSING} | ${MISSING} |\n`;
    contributions.forEach((x, i) => {
      const e = obj(x);
      body += `| ${i === 0 ? head : ' |  | '} | ${anyCell(e.feature)} | ${formatNumber(finite(e.baseline))} | ${formatNumber(finite(e.candidate))} |\n`;
    });
  }
  const more = list.length > rows.length ? ` (first ${formatInt(rows.length)} of ${formatInt(list.length)})` : '';
  const bg = obj(d.background);
  const note =
    `φ: each feature's contribution to ${esc(d.output, CAP.cell)}, against its mean over ${formatInt(finite(bg.rows))} background rows of ${esc(bg.source, CAP.path)}; ` +
    `a row's contributions add up to its output minus that mean. Largest candidate − baseline differences first.\n`;
  return (
    `<details${open ? ' open' : ''}><summary>Why the models disagree: contributions per row${more}</summary>\n\n` +
    `| line | id | output: baseline → candidate | feature | baseline φ | candidate φ |\n|---|---|---|---|---|---|\n${body}\n${note}</details>\n\n`
  );
}

/**
 * Multivariate drift (`drift.multivariate.*`): the value of each current chunk against its limit
 * (`details.chunks`, crossings marked) and the features that separate the files most (`details.top`).
 */
function multivariateBlock(t: TestResult, open: boolean): string {
  if (!t.id.startsWith('drift.multivariate.')) return '';
  const d = t.details;
  let out = '';
  if (Array.isArray(d?.chunks) && d.chunks.length > 0) {
    const rows = (d.chunks as Record<string, unknown>[]).slice(0, TOP_ROWS);
    const pca = t.id === 'drift.multivariate.pca';
    const limit = pca ? `[${formatNumber(finite(d.lower))}, ${formatNumber(finite(d.upper))}]` : `CI low > ${formatNumber(finite(t.threshold?.fail))}`;
    const body = rows
      .map((r) => pca
        ? `| ${esc(r.key, CAP.cell)} | ${formatInt(finite(r.rows))} | ${formatNumber(finite(r.value))} | ${r.crossed ? '**outside**' : ''} |`
        : `| ${esc(r.key, CAP.cell)} | ${formatInt(finite(r.rows))} | ${formatNumber(finite(r.auc))} | ${formatNumber(finite(r.lo))}–${formatNumber(finite(r.hi))} | ${r.crossed ? '**drift**' : ''} |`)
      .join('\n');
    const head = pca ? `| chunk | rows | error | outside ${limit} |\n|---|---|---|---|` : `| chunk | rows | AUC | 95 % CI | ${limit} |\n|---|---|---|---|---|`;
    const more = d.chunks.length > rows.length ? ` (first ${formatInt(rows.length)} of ${formatInt(d.chunks.length)})` : '';
    out += `<details${open ? ' open' : ''}><summary>${esc(t.name, CAP.name)}: per chunk${more}</summary>\n\n${head}\n${body}\n\n</details>\n\n`;
  }
  out += rowsBlock(d?.top, 'Features that separate the files most (standardised coefficient)', open);
  return out;
}

/**
 * CBPE per current chunk (`details.chunks` of performance.estimated.<metric>, its `.health` and
 * performance.business_value): each model's estimate with its interval and, for the health check,
 * the realized value beside it, diverging chunks marked.
 */
function estimationBlock(t: TestResult, open: boolean): string {
  const estimate = t.id.startsWith('performance.estimated.') || t.id === 'performance.business_value';
  if (!estimate || t.id.endsWith('.change')) return '';
  const d = t.details;
  if (!Array.isArray(d?.chunks) || d.chunks.length === 0) return '';
  const health = t.id.endsWith('.health');
  const all = d.chunks as Record<string, unknown>[];
  const roles = (['candidate', 'baseline'] as const).filter((r) => all.some((c) => c[r] !== undefined));
  const rows = all.slice(0, TOP_ROWS);
  const cell = (v: unknown): string => {
    const x = v as { value?: unknown; estimated?: unknown; realized?: unknown; ci?: unknown[]; diverges?: unknown } | undefined;
    if (!x) return MISSING;
    const ci = Array.isArray(x.ci) ? ` [${formatNumber(finite(x.ci[0]))}, ${formatNumber(finite(x.ci[1]))}]` : '';
    if (!health) return `${formatNumber(finite(x.value))}${ci}`;
    return `${formatNumber(finite(x.estimated))}${ci} | ${formatNumber(finite(x.realized))}${x.diverges ? ' **diverges**' : ''}`;
  };
  const cols = roles.flatMap((r) => (health ? [`${r} estimated`, `${r} realized`] : [`${r} estimated`]));
  const head = `| chunk | rows | ${cols.join(' | ')} |\n|${'---|'.repeat(cols.length + 2)}`;
  const body = rows.map((r) => `| ${esc(r.chunk, CAP.cell)} | ${formatInt(finite(r.rows))} | ${roles.map((role) => cell(r[role])).join(' | ')} |`).join('\n');
  const more = all.length > rows.length ? ` (first ${formatInt(rows.length)} of ${formatInt(all.length)})` : '';
  return `<details${open ? ' open' : ''}><summary>${esc(t.name, CAP.name)}: per chunk${more}</summary>\n\n${head}\n${body}\n\n</details>\n\n`;
}

function extrasOf(t: TestResult, open: boolean): string {
  return (
    topBlock(t, open) + matrixBlock(t, open) + speedBlock(t, open) + importanceBlock(t, open) + worstBlock(t, open) + explainBlock(t, open) + multivariateBlock(t, open) + estimationBlock(t, open)
  );
}

/** One family's pieces, each rendered once and measured once. */
interface Section {
  /** Its title in the omission line. */
  title: string;
  /** Place in a cut report: what people must see first comes first. */
  priority: number;
  head: string;
  /** Table header (or nothing, for the input family's bullet list) shown before the first issue row. */
  issueHead: string;
  /** Issue rows listed, most important first; `issueStatus[i]` is the status of `issueRows[i]`. */
  issueRows: string[];
  issueRowBytes: number[];
  /** The status of every issue, listed or not, most important first. */
  issueStatus: Status[];
  /** The line after the issue table naming the issues past MARKDOWN_ISSUE_ROWS (full report only). */
  issueUnlisted: string;
  /** Extra tables (largest differences, confusion and flip matrices) of issue tests, open. */
  issueExtras: string;
  /** Passing, informational and skipped tests, folded; and their extra tables (closed). */
  rest: string;
  restCount: number;
}

/**
 * In a cut report the families that decide whether a model ships come first: input problems (the
 * data could not be read), then performance and differential results, then drift and data quality.
 */
const CUT_PRIORITY: Readonly<Record<Family, number>> = { input: 0, performance: 1, differential: 2, model: 3, drift: 4, quality: 5 };
const OTHER_PRIORITY = 6;

function buildSection(
  family: Family,
  tests: readonly TestResult[],
  paths: HeaderPaths,
  title = FAMILY_TITLES[family],
  priority = CUT_PRIORITY[family],
): Section {
  const issues = tests
    .map((t, i) => ({ t, i }))
    .filter(({ t }) => isIssue(t.status))
    .sort((a, b) => STATUS_RANK[a.t.status] - STATUS_RANK[b.t.status] || a.i - b.i)
    .map(({ t }) => t);
  const others = tests.filter((t) => !isIssue(t.status));
  // A bounded number of rows per family, so no number of columns makes report.md unbounded; the
  // JSON report lists every test that is not a pass.
  const listedIssues = issues.slice(0, MARKDOWN_ISSUE_ROWS);
  const listedOthers = others.slice(0, MARKDOWN_PASSING_ROWS);

  let issueHead = '';
  let issueRows: string[];
  if (family === 'input') {
    // Input problems are sentences naming a file, row and column: a list reads better than a table.
    issueRows = listedIssues.map(
      (t) => `- ${statusCell(t)} ${esc(t.name, CAP.name)}: ${esc(shortenPaths(t.message, paths), CAP.message)}\n`,
    );
  } else {
    const cols = columnsFor(listedIssues, paths);
    issueHead = tableHead(cols);
    issueRows = listedIssues.map((t) => tableRow(cols, t));
  }
  const unlisted = issues.length - listedIssues.length;
  const issueUnlisted =
    unlisted === 0
      ? ''
      : `${countsPhrase(countStatuses(issues.slice(listedIssues.length)))} more not listed here ` +
        `(at most ${formatInt(MARKDOWN_ISSUE_ROWS)} rows per section; report.json lists every one).\n\n`;

  let rest = '';
  if (others.length > 0) {
    const more =
      others.length > listedOthers.length
        ? `\nThe first ${formatInt(listedOthers.length)} are listed (at most ${formatInt(MARKDOWN_PASSING_ROWS)} per section).\n`
        : '';
    rest =
      `<details><summary>${countsPhrase(countStatuses(others))}</summary>\n\n` +
      `${fullTable(listedOthers, paths)}${more}\n</details>\n\n`;
    for (const t of listedOthers) rest += extrasOf(t, false);
  }
  // The per-chunk tests share one table, open when one of them is an issue.
  const chunkPrefix = family === 'drift' ? 'drift.chunks.' : family === 'performance' ? 'performance.chunks.' : null;
  const chunkIssue = chunkPrefix !== null && tests.some((t) => t.id.startsWith(chunkPrefix) && isIssue(t.status));
  const chunks = chunkPrefix === null ? '' : chunkTable(tests, chunkPrefix, family === 'drift' ? 'Drift per chunk' : 'Performance per chunk', chunkIssue);
  if (!chunkIssue) rest += chunks;

  return {
    title,
    priority,
    head: `#### ${title} — ${countsPhrase(countStatuses(tests))}\n\n`,
    issueHead,
    issueRows,
    issueRowBytes: issueRows.map(bytes),
    issueStatus: issues.map((t) => t.status),
    issueUnlisted,
    issueExtras: listedIssues.map((t) => extrasOf(t, true)).join('') + (chunkIssue ? chunks : ''),
    rest,
    restCount: others.length,
  };
}

function verdictLine(report: Report): string {
  const phrase = countsPhrase(report.counts);
  const icon = STATUS_ICON[report.verdict] ?? '';
  return `${icon ? `${icon} ` : ''}**${String(report.verdict).toUpperCase()}** — ${phrase === '' ? 'no tests ran' : phrase}\n\n`;
}

function contextLine(report: Report): string {
  const parts: string[] = [];
  if (report.task) parts.push(`Task: ${report.task}`);
  const ref = report.data.reference;
  if (ref) parts.push(`Reference: ${plural(ref.rows, 'row', 'rows')} (${esc(ref.path, CAP.path)})`);
  const cur = report.data.current;
  if (cur) {
    const labelled = cur.labelled_rows === undefined ? '' : `, ${formatInt(cur.labelled_rows)} labelled`;
    parts.push(`Current: ${plural(cur.rows, 'row', 'rows')}${labelled} (${esc(cur.path, CAP.path)})`);
  }
  parts.push(`Config: ${esc(report.config, CAP.path)}`);
  // Families left out on request must read as not checked, never as passed.
  if (report.families) parts.push(`Families run: ${report.families.run.join(', ')} (skipped on request: ${report.families.skipped.join(', ')})`);
  return `${parts.join(' · ')}\n\n${modelsLine(report)}`;
}

/** The models the gate ran: file, hash prefix (which file exactly), and how fast it went. */
function modelsLine(report: Report): string {
  if (!report.models?.length) return '';
  const parts = report.models.map((m) => {
    const speed = m.predicted && m.predicted.ms > 0 ? `, ${formatInt(m.predicted.rows)} rows in ${formatNumber(m.predicted.ms / 1000)} s` : '';
    return `${m.role} ${esc(m.path, CAP.path)} (SHA-256 ${m.sha256.slice(0, 12)}${speed})`;
  });
  return `Models run by the gate: ${parts.join(' · ')}\n\n`;
}

interface Omitted {
  rest: number;
  extras: boolean;
  /** Mermaid charts left out. */
  charts: number;
  /** Per section (by its title), per issue status: [left out, total]. */
  capped: Map<string, Partial<Record<Status, [number, number]>>>;
  everything: boolean;
}

const CAPPED_WORDS: Partial<Record<Status, [string, string]>> = {
  error: ['error', 'errors'],
  fail: ['failed test', 'failed tests'],
  warn: ['warning', 'warnings'],
};

function omissionLine(o: Omitted, maxBytes: number, note: string): string {
  const parts: string[] = [];
  if (o.everything) parts.push('every section below the verdict');
  else {
    for (const [title, byStatus] of o.capped) {
      const cut: string[] = [];
      for (const s of STATUSES) {
        const c = byStatus[s];
        const words = CAPPED_WORDS[s];
        if (c && words && c[0] > 0) cut.push(`${formatInt(c[0])} of ${c[1] === 1 ? `1 ${words[0]}` : `${formatInt(c[1])} ${words[1]}`}`);
      }
      if (cut.length > 0) parts.push(`${title}: ${cut.join(', ')}`);
    }
    if (o.charts > 0) parts.push(plural(o.charts, 'chart', 'charts'));
    if (o.extras) parts.push('the detail tables (largest differences, matrices)');
    if (o.rest > 0) parts.push(plural(o.rest, 'passing, informational or skipped test', 'passing, informational or skipped tests'));
  }
  return `**Not shown** to stay within ${formatInt(maxBytes)} bytes: ${parts.join('; ')}. Full report: ${note.replace(/[.\s]+$/, '')}.\n`;
}

function withFooter(body: string, footer: string): string {
  return footer === '' ? body : `${body}\n${footer}`;
}

/** The longest prefix of `s` of at most `max` UTF-8 bytes, cut between characters. */
function cutToBytes(s: string, max: number): string {
  const buf = Buffer.from(s, 'utf8');
  if (buf.length <= max) return s;
  let n = Math.max(0, max);
  while (n > 0 && (buf[n]! & 0xc0) === 0x80) n--;
  return buf.subarray(0, n).toString('utf8');
}

/** Rows every family with issues keeps, budget allowing, before any family gets more. */
const ROWS_RESERVED_PER_FAMILY = 3;

export interface RenderedMarkdown {
  markdown: string;
  /** Something was left out to meet `maxBytes` (the body is not the whole report). */
  cut: boolean;
}

export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  return renderMarkdownFitted(report, opts).markdown;
}

/** renderMarkdown, also saying whether the budget cut anything. */
export function renderMarkdownFitted(report: Report, opts: MarkdownOptions = {}): RenderedMarkdown {
  const maxBytes = opts.maxBytes ?? Infinity;
  const note = opts.fullReportNote ?? DEFAULT_NOTE;
  const footer = opts.footer ?? '';
  if (Number.isNaN(maxBytes) || maxBytes < 0) throw new RangeError(`maxBytes must be a byte count, got ${maxBytes}`);
  const footerBytes = footer === '' ? 0 : bytes(footer) + 1;
  if (footerBytes > maxBytes) {
    throw new RangeError(`maxBytes ${maxBytes} cannot hold even the footer (${footerBytes} bytes)`);
  }

  const about = opts.about ? ` ${opts.about}` : '';
  const title = `### ${esc(opts.title ?? 'model-gate', CAP.title)}${about}\n\n`;
  const paths = headerPaths(report);
  // Failures first: what a reviewer must read is above everything else, before any table.
  const groups = headlineGroups(report.tests, paths);
  const links = opts.links ? `${opts.links}\n\n` : '';
  const head = title + verdictLine(report) + groups.map((g) => renderGroup(g)).join('') + contextLine(report) + links;
  const charts = reportCharts(report, opts.maxCharts);
  const chartsBlock = (n: number): string => (n === 0 ? '' : `#### Charts\n\n${charts.slice(0, n).join('')}`);
  const sections: Section[] = [];
  for (const family of FAMILIES) {
    const tests = report.tests.filter((t) => t.family === family);
    if (tests.length > 0) sections.push(buildSection(family, tests, paths));
  }
  // Tests of a family this renderer does not know must still be seen.
  const unknown = report.tests.filter((t) => !FAMILIES.includes(t.family));
  if (unknown.length > 0) sections.push(buildSection('input', unknown, paths, 'Other', OTHER_PRIORITY));
  // Section indexes in the order a cut report shows them (the sort is stable).
  const byPriority = sections.map((_, i) => i).sort((a, b) => sections[a]!.priority - sections[b]!.priority);

  const issueBlock = (s: Section, n: number, whole: boolean): string =>
    (n === 0 ? '' : `${s.issueHead}${s.issueRows.slice(0, n).join('')}\n`) + (whole ? s.issueUnlisted : '');
  const assemble = (level: number, shown: readonly number[], omitted: Omitted | null, chartsShown = 0): string => {
    let out = head + chartsBlock(chartsShown);
    // A cut report puts the most important families first; the whole report keeps the usual order.
    for (const i of level === 0 ? sections.keys() : byPriority) {
      const s = sections[i]!;
      out += s.head + issueBlock(s, shown[i]!, level === 0);
      if (level < 2) out += s.issueExtras;
      if (level < 1) out += s.rest;
    }
    return withFooter(omitted ? out + omissionLine(omitted, maxBytes, note) : out.replace(/\n+$/, '\n'), footer);
  };

  const all = sections.map((s) => s.issueRows.length);
  const restTotal = sections.reduce((n, s) => n + s.restCount, 0);
  const anyExtras = sections.some((s) => s.issueExtras !== '');
  // Issue rows a section leaves out (none, or those past MARKDOWN_ISSUE_ROWS, or past the budget).
  const cappedFor = (shown: readonly number[]): Omitted['capped'] => {
    const capped: Omitted['capped'] = new Map();
    for (const i of byPriority) {
      const s = sections[i]!;
      const byStatus: Partial<Record<Status, [number, number]>> = {};
      s.issueStatus.forEach((st, r) => {
        const c = (byStatus[st] ??= [0, 0]);
        c[1] += 1;
        if (r >= shown[i]!) c[0] += 1;
      });
      capped.set(s.title, byStatus);
    }
    return capped;
  };

  const full = assemble(0, all, null, charts.length);
  if (!Number.isFinite(maxBytes)) return { markdown: full, cut: false };
  const fits = (s: string): boolean => bytes(s) <= maxBytes;
  if (fits(full)) return { markdown: full, cut: false };

  const listedCapped = cappedFor(all);
  // Level 1 keeps as many charts as fit, most important first; levels 2 on keep none: a chart
  // goes before any failing row or detail table does.
  for (let n = charts.length; n >= 0; n--) {
    const level1 = assemble(1, all, { rest: restTotal, extras: false, charts: charts.length - n, capped: listedCapped, everything: false }, n);
    if (fits(level1)) return { markdown: level1, cut: true };
  }
  const level2 = assemble(2, all, { rest: restTotal, extras: anyExtras, charts: charts.length, capped: listedCapped, everything: false });
  if (fits(level2)) return { markdown: level2, cut: true };

  // Level 3: rows chosen in order of importance, each measured once. The omission line is
  // budgeted at its longest (every row left out), so the rows chosen always leave room for it.
  const worstCase: Omitted = { rest: restTotal, extras: anyExtras, charts: charts.length, capped: cappedFor(sections.map(() => 0)), everything: false };
  let remaining =
    maxBytes -
    bytes(head) -
    sections.reduce((n, s) => n + bytes(s.head), 0) -
    bytes(omissionLine(worstCase, maxBytes, note)) -
    footerBytes;
  // Errors first, then failures, then warnings; within a status, the most important family first.
  const order: { section: number; row: number; rank: number; priority: number }[] = [];
  sections.forEach((s, i) =>
    s.issueRows.forEach((_, r) => order.push({ section: i, row: r, rank: STATUS_RANK[s.issueStatus[r]!], priority: s.priority })),
  );
  order.sort((a, b) => a.rank - b.rank || a.priority - b.priority || a.row - b.row);
  const shown = sections.map(() => 0);
  const take = (limitRows: number) => {
    for (const { section, row } of order) {
      // Rows of a section are taken in its own order, so the shown rows are always a prefix: once a
      // row does not fit, its section takes no more (`remaining` only shrinks).
      if (row !== shown[section] || row >= limitRows) continue;
      const s = sections[section]!;
      const cost = s.issueRowBytes[row]! + (row === 0 ? bytes(s.issueHead) + 1 : 0);
      if (cost > remaining) continue;
      remaining -= cost;
      shown[section] = row + 1;
    }
  };
  if (remaining >= 0) {
    // First a few rows of every family, so one family's hundreds of failures cannot hide another's.
    take(ROWS_RESERVED_PER_FAMILY);
    take(Infinity);
    const level3 = assemble(3, shown, { rest: restTotal, extras: anyExtras, charts: charts.length, capped: cappedFor(shown), everything: false });
    if (fits(level3)) return { markdown: level3, cut: true };
  }

  // Level 4: the verdict, as many headline lines as fit (failures before warnings), the links; cut
  // it if even the verdict is too long for a tiny budget.
  const omitted: Omitted = { rest: 0, extras: false, charts: 0, capped: new Map(), everything: true };
  const tail = links + omissionLine(omitted, maxBytes, note);
  let top = title + verdictLine(report);
  let room = maxBytes - footerBytes - bytes(top) - bytes(tail);
  for (const g of groups) {
    const n = mostItemsFitting(g, room);
    if (n > 0) {
      const block = renderGroup(g, n);
      top += block;
      room -= bytes(block);
    }
    if (n < g.items.length) break;
  }
  return { markdown: withFooter(cutToBytes(top + tail, maxBytes - footerBytes), footer), cut: true };
}

/** How many of a headline group's lines fit in `room` bytes with its title and "… more" line. */
function mostItemsFitting(g: HeadlineGroup, room: number): number {
  for (let n = g.items.length; n > 0; n--) if (bytes(renderGroup(g, n)) <= room) return n;
  return 0;
}
