/**
 * The top of the markdown report, what a reviewer reads without scrolling: the verdict with its
 * icon, then one line per failed test with its numbers ("Recall vs baseline −16.74 pp, 95 % CI
 * [−19.8, −13.67], allowed −1 pp"), then the warnings, then the inconclusive changes apart from
 * them (a warning says something is wrong; an inconclusive change says the data cannot tell yet).
 *
 * Icons, one per status and the same wherever a status is shown: ✅ pass, ❌ fail, ⚠️ warn,
 * ❗ error, ❔ inconclusive, ℹ️ informational, ⏭️ skipped.
 */
import { methodLabel } from '../results/methods.js';
import { escapeText } from './escape.js';
import { formatInt, formatNumber, formatPValue, formatShare } from './format.js';
import { shortenPaths, type HeaderPaths } from './message.js';
import type { Family, Status, TestResult } from '../results/types.js';

export const STATUS_ICON: Readonly<Record<Status, string>> = {
  pass: '✅',
  fail: '❌',
  warn: '⚠️',
  error: '❗',
  info: 'ℹ️',
  skip: '⏭️',
};
export const INCONCLUSIVE_ICON = '❔';

/**
 * A change the data could not decide (its interval straddles the allowance, or has no spread):
 * checks mark it with `details.inconclusive`. A `warn` (or `fail` under `inconclusive: fail`).
 */
export function isInconclusive(t: TestResult): boolean {
  return t.details?.inconclusive === true && (t.status === 'warn' || t.status === 'fail');
}

/** The status as a table cell: icon and word, issues in bold, an inconclusive change named so. */
export function statusCell(t: TestResult): string {
  if (isInconclusive(t)) return t.status === 'fail' ? `${INCONCLUSIVE_ICON} **FAIL** (inconclusive)` : `${INCONCLUSIVE_ICON} inconclusive`;
  switch (t.status) {
    case 'error':
      return `${STATUS_ICON.error} **ERROR**`;
    case 'fail':
      return `${STATUS_ICON.fail} **FAIL**`;
    case 'warn':
      return `${STATUS_ICON.warn} WARN`;
    case 'pass':
    case 'info':
    case 'skip':
      return `${STATUS_ICON[t.status]} ${t.status}`;
    default:
      return escapeText(String(t.status), 10);
  }
}

/** Characters kept of data-derived text in a headline line. */
const CAP = { name: 120, method: 40, threshold: 80, message: 300 };

/** Metrics that are proportions: their changes read as percentage points. */
const PROPORTION_METRICS = new Set(['accuracy', 'precision', 'recall', 'f1', 'macro_precision', 'macro_recall', 'macro_f1']);

function finite(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** A real minus sign: "-0.028" reads as a hyphen in running text. */
function minus(s: string): string {
  return s.replace(/^-/, '−');
}

function signed(x: number, scale: number, unit: string): string {
  const v = x * scale;
  const s = formatNumber(v);
  return `${v > 0 ? '+' : ''}${minus(s)}${unit}`;
}

function isShareValue(t: TestResult): boolean {
  const unit = t.details?.unit;
  if (unit === 'share') return true;
  if (unit !== undefined) return false;
  return /(^|_)(share|rate|agreement)(_|$)/.test(t.method);
}

function valueText(t: TestResult, x: number): string {
  return isShareValue(t) ? formatShare(x) : minus(formatNumber(x));
}

function ciOf(t: TestResult): { lo: number; hi: number } | null {
  const ci = t.details?.ci as { lo?: unknown; hi?: unknown } | null | undefined;
  if (!ci || typeof ci !== 'object') return null;
  const lo = finite(ci.lo);
  const hi = finite(ci.hi);
  return lo === null || hi === null ? null : { lo, hi };
}

function confidenceText(t: TestResult): string {
  const c = finite(t.details?.confidence);
  return `${c === null ? 95 : formatNumber(c * 100)} % CI`;
}

/**
 * A change against the baseline: Δ, its interval and the allowance, in percentage points for
 * proportions. The allowance's sign says which way is worse (−: the metric must not fall by more).
 */
function changeText(t: TestResult): string | null {
  const d = t.details;
  const delta = finite(d?.delta);
  const allowed = finite(d?.allowed);
  if (!d || delta === null || allowed === null || !t.threshold) return null;
  const pp = PROPORTION_METRICS.has(t.method);
  const scale = pp ? 100 : 1;
  const unit = pp ? ' pp' : '';
  const ci = ciOf(t);
  const parts = [signed(delta, scale, unit)];
  if (ci) parts.push(`${confidenceText(t)} [${signed(ci.lo, scale, '')}, ${signed(ci.hi, scale, '')}]`);
  parts.push(`allowed ${t.threshold.bad === 'below' ? '−' : '+'}${formatNumber(allowed * scale)}${unit}`);
  return parts.join(', ');
}

/** Any other judged test: its statistic, value and interval, limit and p-value. */
function valueLine(t: TestResult, paths: HeaderPaths): string {
  if (typeof t.value !== 'number' || !Number.isFinite(t.value)) {
    return escapeText(shortenPaths(t.message, paths), CAP.message);
  }
  // "ROC AUC 0.672", not "ROC AUC roc_auc 0.672"; "Drift: income PSI 0.11": the statistic is named
  // (as people call it) only when the test's name does not say it already.
  const label = methodLabel(t.method);
  const name = t.name.toLowerCase();
  const named = name.replace(/\s+/g, '_').includes(t.method.toLowerCase()) || name.includes(label.toLowerCase());
  const parts = [`${named ? '' : `${escapeText(label, CAP.method)} `}${valueText(t, t.value)}`];
  const ci = ciOf(t);
  if (ci) parts.push(`${confidenceText(t)} [${valueText(t, ci.lo)}, ${valueText(t, ci.hi)}]`);
  // Learned limits already say "limit 0.13 learned from …".
  if (t.threshold) parts.push(`${/^limit\b/i.test(t.threshold.text) ? '' : 'limit '}${escapeText(t.threshold.text, CAP.threshold)}`);
  if (typeof t.p_value === 'number') parts.push(`p = ${formatPValue(t.p_value)}`);
  return parts.join(', ');
}

/** One line of the headline for one test (a markdown list item). */
export function headlineItem(t: TestResult, paths: HeaderPaths): string {
  const icon = isInconclusive(t) ? INCONCLUSIVE_ICON : STATUS_ICON[t.status] ?? '';
  const what = changeText(t) ?? valueLine(t, paths);
  const tradeoff = t.details?.tradeoff ? ' (a trade-off at the cut-off: the candidate is better on ROC AUC or log loss)' : '';
  return `- ${icon} **${escapeText(t.name, CAP.name)}** ${what}${tradeoff}\n`;
}

/** How many lines each group of the headline lists; the family sections and report.json list all. */
export const HEADLINE_ROWS = { failed: 20, warned: 10, inconclusive: 10 };

const STATUS_RANK: Readonly<Record<Status, number>> = { error: 0, fail: 1, warn: 2, pass: 3, info: 4, skip: 5 };

/** Families whose results decide whether a model ships come first within a status. */
const FAMILY_RANK: Readonly<Record<Family, number>> = { input: 0, performance: 1, differential: 2, model: 3, drift: 4, quality: 5 };

export interface HeadlineGroup {
  /** "Failed", "Warnings", "Inconclusive". */
  title: string;
  /** One rendered line per listed test. */
  items: string[];
  /** Tests of the group past its cap. */
  unlisted: number;
}

/** The headline's groups, each ordered errors first, then by family importance, then report order. */
export function headlineGroups(tests: readonly TestResult[], paths: HeaderPaths): HeadlineGroup[] {
  const ordered = tests
    .map((t, i) => ({ t, i }))
    .sort(
      (a, b) =>
        (STATUS_RANK[a.t.status] ?? 9) - (STATUS_RANK[b.t.status] ?? 9) ||
        (FAMILY_RANK[a.t.family] ?? 9) - (FAMILY_RANK[b.t.family] ?? 9) ||
        a.i - b.i,
    )
    .map(({ t }) => t);
  // An inconclusive change under `inconclusive: fail` fails the gate, so it is listed with the
  // failures (its own icon says why); the inconclusive warnings have their own group.
  const failed = ordered.filter((t) => t.status === 'error' || t.status === 'fail');
  const warned = ordered.filter((t) => t.status === 'warn' && !isInconclusive(t));
  const inconclusive = ordered.filter((t) => t.status === 'warn' && isInconclusive(t));
  const group = (title: string, list: TestResult[], cap: number): HeadlineGroup => ({
    title,
    items: list.slice(0, cap).map((t) => headlineItem(t, paths)),
    unlisted: Math.max(0, list.length - cap),
  });
  const errors = failed.some((t) => t.status === 'error');
  const fails = failed.some((t) => t.status === 'fail');
  return [
    group(errors && fails ? 'Errors and failures' : errors ? 'Errors' : 'Failed', failed, HEADLINE_ROWS.failed),
    group('Warnings', warned, HEADLINE_ROWS.warned),
    group('Inconclusive: the interval straddles the allowance; more labelled rows would decide', inconclusive, HEADLINE_ROWS.inconclusive),
  ].filter((g) => g.items.length > 0);
}

/** A group as markdown: its title, its lines, and how many more there are. */
export function renderGroup(g: HeadlineGroup, items = g.items.length): string {
  const more = g.unlisted + g.items.length - items;
  const tail = more > 0 ? `- … and ${formatInt(more)} more (report.json lists every one)\n` : '';
  return `**${g.title}**\n\n${g.items.slice(0, items).join('')}${tail}\n`;
}
