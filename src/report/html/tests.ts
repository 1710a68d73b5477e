/**
 * The tests in HTML: a status badge, the numbers each test compared, and its message. The issues
 * (errors, failures, warnings) come first, as a list of cards; then every test, per family, in a
 * table with its issues on top and the rest folded.
 */
import { FAMILIES, isIssue, STATUSES, type Status, type TestResult } from '../../results/types.js';
import { MARKDOWN_ISSUE_ROWS, MARKDOWN_PASSING_ROWS } from '../caps.js';
import { FAMILY_TITLES, formatDelta, formatInt, formatNumber, formatPValue, formatShare, MISSING } from '../format.js';
import { escapeHtml } from './escape.js';

const CAP = { name: 160, column: 120, method: 60, threshold: 120, message: 1000 };
/** Issue cards at the top (their messages cut to two lines); every issue is also in its family’s table below, message in full. */
export const ATTENTION_CARDS = 200;


function finite(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** A warning from a change test whose interval straddles the allowance: not shown as a real warning. */
export function isInconclusive(t: TestResult): boolean {
  return t.status === 'warn' && t.details?.inconclusive === true;
}

/** Worst first: STATUSES is ordered error, fail, warn, pass, info, skip. */
export function byStatus(tests: readonly TestResult[]): TestResult[] {
  return tests
    .map((t, i) => ({ t, i }))
    .sort((a, b) => rank(a.t.status) - rank(b.t.status) || Number(isInconclusive(a.t)) - Number(isInconclusive(b.t)) || a.i - b.i)
    .map(({ t }) => t);
}

function rank(s: Status): number {
  const i = STATUSES.indexOf(s);
  return i < 0 ? STATUSES.length : i;
}

export function badge(t: TestResult): string {
  if (isInconclusive(t)) return '<span class="badge s-inconclusive">INCONCLUSIVE</span>';
  const s = STATUSES.includes(t.status) ? t.status : 'skip';
  return `<span class="badge s-${s}">${escapeHtml(String(t.status).toUpperCase(), 12)}</span>`;
}

function isShare(t: TestResult): boolean {
  const unit = t.details?.unit;
  if (unit !== undefined) return unit === 'share';
  return /(^|_)(share|rate|agreement)(_|$)/.test(t.method);
}

/** The measured value: a comparison of two models shows both and the change with its interval. */
export function numbers(t: TestResult): string {
  const d = t.details ?? {};
  const base = finite(d.baseline);
  const cand = finite(d.candidate);
  const delta = finite(d.delta);
  if (base !== null || cand !== null || delta !== null) {
    const ci = d.ci as { lo?: unknown; hi?: unknown } | null | undefined;
    const lo = ci && typeof ci === 'object' ? finite(ci.lo) : null;
    const hi = ci && typeof ci === 'object' ? finite(ci.hi) : null;
    const parts = [`candidate ${formatNumber(cand)}`, `baseline ${formatNumber(base)}`];
    if (delta !== null) parts.push(`Δ ${formatDelta(delta)}${lo !== null || hi !== null ? ` [${formatDelta(lo)}, ${formatDelta(hi)}]` : ''}`);
    // Each figure stays on one line; a narrow screen breaks between them.
    return parts.map((p) => `<span class="nw">${escapeHtml(p)}</span>`).join(' · ');
  }
  if (typeof t.value !== 'number') return MISSING;
  return escapeHtml(isShare(t) ? formatShare(t.value) : formatNumber(t.value));
}

function threshold(t: TestResult): string {
  return t.threshold ? escapeHtml(t.threshold.text, CAP.threshold) : '';
}

function pValue(t: TestResult): string {
  return t.p_value === undefined || t.p_value === null ? '' : escapeHtml(formatPValue(t.p_value));
}

/** The issues as cards; `chartLink` names the anchor of a test's picture when there is one. */
export function issueList(tests: readonly TestResult[], chartLink: (t: TestResult) => string | null): string {
  const all = byStatus(tests.filter((t) => isIssue(t.status)));
  if (all.length === 0) return '<p>Nothing failed and nothing needs a look.</p>';
  const issues = all.slice(0, ATTENTION_CARDS);
  const items = issues.map((t) => {
    const column = t.column !== undefined ? ` <span class="mono">${escapeHtml(t.column, CAP.column)}</span>` : '';
    const th = threshold(t);
    const p = pValue(t);
    const link = chartLink(t);
    const see = link === null ? '' : ` · <a href="#${escapeHtml(link)}">chart</a>`;
    return (
      `<li class="i-${isInconclusive(t) ? 'warn' : escapeHtml(t.status, 10)}">${badge(t)} <span class="name">${escapeHtml(t.name, CAP.name)}</span>${column}` +
      `<div class="numbers">${numbers(t)}${th ? ` · <span class="nw">limit ${th}</span>` : ''}${p ? ` · <span class="nw">p = ${p}</span>` : ''}${see}</div>` +
      `<p class="msg">${escapeHtml(t.message, CAP.message)}</p></li>`
    );
  });
  const more = all.length > issues.length ? `<p class="note">${formatInt(all.length - issues.length)} more below, in their families’ tables.</p>` : '';
  return `<ol class="issues">${items.join('')}</ol>${more}`;
}

function row(t: TestResult): string {
  return (
    `<tr><td data-label="Status">${badge(t)}</td>` +
    `<td data-label="Test">${escapeHtml(t.name, CAP.name)}</td>` +
    `<td data-label="Column">${t.column === undefined ? '' : `<span class="mono">${escapeHtml(t.column, CAP.column)}</span>`}</td>` +
    `<td data-label="Method">${escapeHtml(t.method, CAP.method)}</td>` +
    `<td data-label="Value" class="num">${numbers(t)}</td>` +
    `<td data-label="Threshold">${threshold(t)}</td>` +
    `<td data-label="p-value" class="num">${pValue(t)}</td>` +
    `<td data-label="Message" class="msg">${escapeHtml(t.message, CAP.message)}</td></tr>`
  );
}

function table(tests: readonly TestResult[]): string {
  return (
    '<div class="table-wrap"><table class="tests"><thead><tr><th>Status</th><th>Test</th><th>Column</th><th>Method</th><th>Value</th><th>Threshold</th><th>p-value</th><th>Message</th></tr></thead>' +
    `<tbody>${tests.map(row).join('')}</tbody></table></div>`
  );
}

function countsOf(tests: readonly TestResult[]): string {
  const n: Partial<Record<string, number>> = {};
  for (const t of tests) n[t.status] = (n[t.status] ?? 0) + 1;
  return STATUSES.filter((s) => n[s]).map((s) => `${n[s]} ${s}`).join(', ');
}

/** "N more not listed (at most M per family, as in report.md); report.json …", or ''. */
function cutNote(shown: number, total: number, cap: number, what: string): string {
  if (shown >= total) return '';
  return `<p class="note">${formatInt(total - shown)} more ${what} not listed (at most ${formatInt(cap)} per family, as in report.md); report.json counts every test.</p>`;
}

/** Every test, per family: issues in an open table, the rest folded below it; as many rows as report.md lists. */
export function familyTables(tests: readonly TestResult[]): string {
  const families: { title: string; tests: TestResult[] }[] = FAMILIES.map((f) => ({ title: FAMILY_TITLES[f], tests: tests.filter((t) => t.family === f) }));
  const unknown = tests.filter((t) => !FAMILIES.includes(t.family));
  if (unknown.length > 0) families.push({ title: 'Other', tests: unknown });
  let out = '';
  for (const f of families) {
    if (f.tests.length === 0) continue;
    const sorted = byStatus(f.tests);
    const issues = sorted.filter((t) => isIssue(t.status));
    const rest = sorted.filter((t) => !isIssue(t.status));
    out += `<h3>${escapeHtml(f.title)} <span class="note">${escapeHtml(countsOf(f.tests))}</span></h3>`;
    if (issues.length > 0) out += table(issues.slice(0, MARKDOWN_ISSUE_ROWS)) + cutNote(MARKDOWN_ISSUE_ROWS, issues.length, MARKDOWN_ISSUE_ROWS, 'errors, failures and warnings');
    if (rest.length > 0) {
      const listed = rest.slice(0, MARKDOWN_PASSING_ROWS);
      out += `<details${issues.length === 0 ? ' open' : ''}><summary>${escapeHtml(countsOf(rest))}</summary>${table(listed)}${cutNote(listed.length, rest.length, MARKDOWN_PASSING_ROWS, 'passing, informational and skipped tests')}</details>`;
    }
  }
  return out;
}
