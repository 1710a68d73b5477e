/**
 * The HTML report: one self-contained file a reviewer opens from the artifact, on a laptop or a
 * phone. Verdict first, then what needs a look, then the pictures (each column's two
 * distributions, the models' curves and matrices, values over time), then every test.
 *
 * Self-contained means no request of any kind: inline CSS and SVG, system fonts, no script, and a
 * Content-Security-Policy that forbids loading anything (default-src 'none') in case some text
 * were ever to slip past the escape. Every string from the data or the config goes through
 * escapeHtml. The output depends only on the report, so two runs on the same data give the same file
 * except for the time it was generated.
 */
import type { ColumnDistribution, CountMatrix, ModelCurves, ReportCharts } from '../../results/charts.js';
import { isIssue, type Report, type TestResult } from '../../results/types.js';
import { formatInt, formatNumber } from '../format.js';
import { countsPhrase } from '../markdown.js';
import { chunkChart, chunkSeries } from './chunks.js';
import { calibrationChart, rocChart } from './curves.js';
import { distributionFigures } from './distribution.js';
import { escapeHtml } from './escape.js';
import { heatmap } from './matrix.js';
import { CSS } from './style.js';
import { badge, byStatus, familyTables, issueList, numbers } from './tests.js';

export const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const CAP = { path: 300, column: 120 };
/** Per-chunk charts drawn at most (a chunked drift test per column could make thousands). */
export const CHUNK_CHARTS = 60;
const VERDICTS = new Set(['pass', 'warn', 'fail', 'error']);

/** Each column's drift test (not a per-chunk one), to title and order its distribution card. */
function driftTests(tests: readonly TestResult[]): Map<string, TestResult> {
  const by = new Map<string, TestResult>();
  for (const t of tests) {
    if (t.family === 'drift' && t.column !== undefined && !t.id.startsWith('drift.chunks.') && !by.has(t.column)) by.set(t.column, t);
  }
  return by;
}

function context(r: Report): string {
  const rows: [string, string][] = [];
  if (r.task) rows.push(['Task', escapeHtml(r.task)]);
  const side = (d: Report['data']['reference'], labelled: boolean): string => {
    if (!d) return '';
    const l = labelled && d.labelled_rows !== undefined ? `, ${formatInt(d.labelled_rows)} labelled` : '';
    return `<span class="mono">${escapeHtml(d.path, CAP.path)}</span> — ${formatInt(d.rows)} rows${l}, ${formatInt(d.columns)} columns`;
  };
  if (r.data.reference) rows.push(['Reference', side(r.data.reference, false)]);
  if (r.data.current) rows.push(['Current', side(r.data.current, true)]);
  for (const m of r.models ?? []) {
    rows.push([m.role === 'baseline' ? 'Baseline model' : 'Candidate model', `<span class="mono">${escapeHtml(m.path, CAP.path)}</span> (SHA-256 ${escapeHtml(m.sha256.slice(0, 12))})`]);
  }
  rows.push(['Config', `<span class="mono">${escapeHtml(r.config, CAP.path)}</span>`]);
  // A family left out on request must not read as one that passed.
  if (r.families) rows.push(['Families run', `${escapeHtml(r.families.run.join(', '))} <strong>(skipped on request: ${escapeHtml(r.families.skipped.join(', '))})</strong>`]);
  rows.push(['Generated', `${escapeHtml(r.generated_at)} by ${escapeHtml(r.tool.name)} ${escapeHtml(r.tool.version, 40)} in ${formatNumber(r.duration_ms / 1000)} s`]);
  return `<section class="context"><dl>${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></section>`;
}

interface Pictures {
  html: string;
  /** Anchor of a test's picture, for the links from the issue list. */
  anchors: Map<TestResult, string>;
  nav: [string, string][];
}

function distributions(list: readonly ColumnDistribution[], tests: readonly TestResult[], anchors: Map<TestResult, string>, left: number): string {
  const drift = driftTests(tests);
  const cards = list.map((d, i) => {
    const t = drift.get(d.column);
    const id = `dist-${i}`;
    if (t) anchors.set(t, id);
    return { d, t, id, i };
  });
  // Columns whose drift test needs a look first, worst first; then the others as listed.
  const worst = new Map(byStatus(tests.filter((t) => isIssue(t.status))).map((t, i) => [t, i]));
  const order = (c: (typeof cards)[number]): number => (c.t ? (worst.get(c.t) ?? Infinity) : Infinity);
  cards.sort((a, b) => order(a) - order(b) || a.i - b.i);
  const html = cards.map(({ d, t, id }) => {
    const head = t ? `${badge(t)} ` : '';
    const what = t ? `<p class="note">${escapeHtml(t.method)} ${numbers(t)}${t.threshold ? `, limit ${escapeHtml(t.threshold.text, 120)}` : ''}</p>` : '';
    return (
      `<div class="card${t && isIssue(t.status) ? ' issue' : ''}" id="${id}"><h4>${head}<span class="mono">${escapeHtml(d.column, CAP.column)}</span>${d.role === d.column ? '' : ` <span class="note">${escapeHtml(d.role, 40)}</span>`}</h4>` +
      `${what}${distributionFigures(d)}</div>`
    );
  });
  return (
    '<h2 id="distributions">Distributions: reference vs current</h2>' +
    '<p class="legend"><span class="key ref">reference</span><span class="key cur">current</span> Bars are shares of each file’s non-missing values; hover a bar for its counts.</p>' +
    `<div class="grid-cards">${html.join('')}</div>` +
    (left > 0 ? `<p class="note">${formatInt(left)} more ${left === 1 ? 'column is' : 'columns are'} not drawn: the chart data is capped, drifted and role columns first.</p>` : '')
  );
}

function models(curves: readonly ModelCurves[], matrices: readonly CountMatrix[], left: number): string {
  let cards = '';
  const sides = [...new Set(curves.map((c) => c.side))];
  for (const side of sides) {
    const on = curves.filter((c) => c.side === side);
    const legend = on.map((c) => `<span class="key ${c.model === 'baseline' ? 'ref' : 'cur'}">${escapeHtml(c.model)}</span>`).join('');
    const auc = on.map((c) => `${escapeHtml(c.model)} AUC ${formatNumber(c.roc.auc)} on ${formatInt(c.rows)} rows`).join(', ');
    const positive = on[0] ? `, positive class <span class="mono">${escapeHtml(on[0].positive, 60)}</span>` : '';
    cards += `<div class="card"><h4>ROC, ${escapeHtml(side)} file</h4><p class="legend">${legend}</p>${rocChart(on)}<p class="note">${auc}${positive}.</p></div>`;
    const why = on.filter((c) => c.calibration.note).map((c) => `${escapeHtml(c.model)}: ${escapeHtml(c.calibration.note, 300)}`);
    cards +=
      `<div class="card"><h4>Calibration, ${escapeHtml(side)} file</h4><p class="legend">${legend}</p>${calibrationChart(on)}` +
      `<p class="note">Rows grouped by predicted probability; the diagonal is a perfectly calibrated model.${why.length > 0 ? ` ${why.join('; ')}.` : ''}</p></div>`;
  }
  for (const m of matrices) {
    const title =
      m.kind === 'confusion'
        ? `Confusion matrix, ${escapeHtml(m.model ?? 'model')}, ${escapeHtml(m.side)} file`
        : `Flips: baseline vs candidate predictions, ${escapeHtml(m.side)} file`;
    const note = m.kind === 'confusion' ? 'Rows: actual class; columns: predicted. Shade: share of the row.' : 'Rows: the baseline’s prediction; columns: the candidate’s. Off the diagonal, the rows they disagree on.';
    cards += `<div class="card"><h4>${title}</h4>${heatmap(m)}<p class="note">${note}</p></div>`;
  }
  const cut = left > 0 ? `<p class="note">${formatInt(left)} ${left === 1 ? 'matrix is' : 'matrices are'} not drawn: too many classes for the chart data.</p>` : '';
  return cards === '' && cut === '' ? '' : `<h2 id="models">Models</h2><div class="grid-cards">${cards}</div>${cut}`;
}

function overTime(tests: readonly TestResult[], anchors: Map<TestResult, string>): string {
  const all = byStatus(tests.filter((t) => chunkSeries(t) !== null));
  if (all.length === 0) return '';
  const withChunks = all.slice(0, CHUNK_CHARTS);
  const cards = withChunks.map((t, i) => {
    const id = `chunks-${i}`;
    anchors.set(t, id);
    const text = t.threshold?.text ?? '';
    const limit = text === '' ? '' : `<p class="note">${/^limit\b/i.test(text) ? '' : 'Limit: '}${escapeHtml(text, 160)}</p>`;
    return `<div class="card${isIssue(t.status) ? ' issue' : ''}" id="${id}"><h4>${badge(t)} ${escapeHtml(t.name, 160)}</h4>${chunkChart(t)}${limit}</div>`;
  });
  const more = all.length > withChunks.length ? `<p class="note">${formatInt(all.length - withChunks.length)} more tests have per-chunk values: the ${formatInt(CHUNK_CHARTS)} drawn are those that need a look first; report.json has every chunk.</p>` : '';
  return `<h2 id="over-time">Over time</h2><div class="grid-cards">${cards.join('')}</div>${more}`;
}

function pictures(r: Report): Pictures {
  const charts: ReportCharts | undefined = r.charts;
  const anchors = new Map<TestResult, string>();
  const nav: [string, string][] = [];
  let html = '';
  if (charts?.distributions?.length) {
    html += distributions(charts.distributions, r.tests, anchors, charts.truncated?.distributions ?? 0);
    nav.push(['distributions', 'Distributions']);
  }
  const m = models(charts?.curves ?? [], charts?.matrices ?? [], charts?.truncated?.matrices ?? 0);
  if (m !== '') {
    html += m;
    nav.push(['models', 'Models']);
  }
  const t = overTime(r.tests, anchors);
  if (t !== '') {
    html += t;
    nav.push(['over-time', 'Over time']);
  }
  return { html, anchors, nav };
}

export function renderHtml(r: Report): string {
  const verdict = VERDICTS.has(r.verdict) ? r.verdict : 'error';
  const phrase = countsPhrase(r.counts) || 'no tests ran';
  const pics = pictures(r);
  const nav = [['attention', 'Needs attention'], ...pics.nav, ['tests', 'Every test']]
    .map(([id, label]) => `<a href="#${id}">${label}</a>`)
    .join('');
  const issues = r.tests.filter((t) => isIssue(t.status)).length;
  return (
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">' +
    `<title>model-gate: ${escapeHtml(verdict.toUpperCase())} — ${escapeHtml(phrase)}</title><style>${CSS}</style></head>\n<body><main>` +
    `<header class="verdict v-${verdict}" id="verdict"><p class="label">model-gate verdict</p><h1>${escapeHtml(verdict.toUpperCase())}</h1><p>${escapeHtml(phrase)}</p></header>` +
    context(r) +
    `<nav>${nav}</nav>` +
    `<h2 id="attention">Needs attention${issues > 0 ? ` (${formatInt(issues)})` : ''}</h2>${issueList(r.tests, (t) => pics.anchors.get(t) ?? null)}` +
    pics.html +
    `<h2 id="tests">Every test</h2>${familyTables(r.tests)}` +
    '<footer>Every number here is in report.json beside this file, with each test’s full details.</footer>' +
    '</main></body></html>\n'
  );
}
