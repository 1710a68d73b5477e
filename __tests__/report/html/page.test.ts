import { describe, expect, it } from 'vitest';
import { MARKDOWN_ISSUE_ROWS, MARKDOWN_PASSING_ROWS } from '../../../src/report/caps.js';
import { CHUNK_CHARTS, CONTENT_SECURITY_POLICY, renderHtml } from '../../../src/report/html/page.js';
import { ATTENTION_CARDS } from '../../../src/report/html/tests.js';
import { escapeHtml } from '../../../src/report/html/escape.js';
import type { TestResult } from '../../../src/results/types.js';
import { fixtureTests, HOSTILE, report } from '../fixture.js';
import { charts, QUOTE, XSS } from './fixture.js';

/** Every element the page may contain, and the attributes each may carry. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  html: ['lang'],
  head: [],
  meta: ['charset', 'http-equiv', 'content', 'name'],
  title: [],
  style: [],
  body: [],
  main: [],
  header: ['class', 'id'],
  section: ['class'],
  nav: [],
  footer: [],
  h1: [], h2: ['id'], h3: [], h4: [],
  p: ['class'],
  span: ['class'],
  a: ['href'],
  dl: [], dt: [], dd: [],
  ol: ['class'], li: ['class'],
  div: ['class', 'id'],
  details: ['open'], summary: [],
  table: ['class'], thead: [], tbody: [], tr: [], th: [], td: ['data-label', 'class'],
  svg: ['class', 'viewBox', 'width', 'height', 'role', 'aria-label', 'xmlns'],
  rect: ['x', 'y', 'width', 'height', 'class', 'fill'],
  line: ['x1', 'y1', 'x2', 'y2', 'class'],
  path: ['d', 'class'],
  circle: ['cx', 'cy', 'r', 'class'],
  text: ['x', 'y', 'text-anchor', 'class'],
};

/** Fails on any tag or attribute outside ALLOWED, any unquoted attribute, and any `<` that is not a tag. */
function expectOnlyAllowedMarkup(html: string): void {
  const body = html.replace(/^<!doctype html>\n/, '').replace(/<style>[^<]*<\/style>/, '<style></style>');
  const tag = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-zA-Z][a-zA-Z0-9-]*(?:="[^"<>]*")?)*)\s*(\/?)>/y;
  for (let i = body.indexOf('<'); i >= 0; i = body.indexOf('<', i + 1)) {
    tag.lastIndex = i;
    const m = tag.exec(body);
    expect(m, `not a well-formed tag at ${JSON.stringify(body.slice(i, i + 60))}`).not.toBeNull();
    const name = m![2];
    expect(Object.keys(ALLOWED), `<${name}>`).toContain(name);
    for (const a of m![3].matchAll(/([a-zA-Z][a-zA-Z0-9-]*)(="[^"]*")?/g)) expect(ALLOWED[name], `<${name} ${a[1]}>`).toContain(a[1]);
  }
}

function hostileReport() {
  const tests: TestResult[] = [
    ...fixtureTests(),
    {
      id: 'drift.hostile',
      family: 'drift',
      name: `Drift: ${XSS}`,
      column: XSS,
      method: QUOTE,
      status: 'fail',
      severity: 'fail',
      value: 0.5,
      threshold: { on: 'value', bad: 'above', fail: 0.1, text: `≥ 0.1 ${XSS}` },
      message: `${XSS} ${QUOTE} ${HOSTILE.script}`,
    },
  ];
  return report(tests, { config: XSS, charts: charts(), data: { reference: { path: XSS, rows: 1, columns: 1 }, current: { path: QUOTE, rows: 1, columns: 1 } } });
}

describe('renderHtml', () => {
  it('one self-contained document: a CSP that loads nothing, the viewport set for phones, no script', () => {
    const html = renderHtml(hostileReport());
    expect(html.startsWith('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">')).toBe(true);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:;/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|\s(src|srcset|action|formaction|background)="|url\(|@import/i);
    // The only URL is the SVG namespace, which is a name, never fetched.
    expect([...html.matchAll(/[a-z]+:\/\/[^\s"'<>]*/gi)].map((m) => m[0])).toEqual(
      new Array(html.split('<svg').length - 1).fill('http://www.w3.org/2000/svg'),
    );
    for (const a of html.matchAll(/href="([^"]*)"/g)) expect(a[1]).toMatch(/^#[a-z0-9-]+$/);
  });

  it('hostile names, paths and messages stay text, in elements, attributes and SVG alike', () => {
    const html = renderHtml(hostileReport());
    expectOnlyAllowedMarkup(html);
    expect(html).toContain(escapeHtml(XSS));
    expect(html).toContain('&quot; onmouseover=&quot;alert(1)');
    expect(html).not.toContain('" onmouseover="');
    // The fixture's multi-line and control-character texts cannot break a line or an element either.
    expect(html).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u202a-\u202e]/);
  });

  it('verdict first, then the issues worst first, then every test, with its numbers', () => {
    const r = hostileReport();
    const html = renderHtml(r);
    const at = (s: string) => html.indexOf(s);
    expect(at('id="verdict"')).toBeLessThan(at('id="attention"'));
    expect(html).toContain(`<h1>${r.verdict.toUpperCase()}</h1>`);
    const issues = html.slice(at('id="attention"'), at('id="distributions"'));
    const order = [...issues.matchAll(/<li class="i-([a-z]+)">/g)].map((m) => m[1]);
    const rank = { error: 0, fail: 1, warn: 2 } as Record<string, number>;
    expect(order.length).toBe(r.tests.filter((t) => ['error', 'fail', 'warn'].includes(t.status)).length);
    expect(order.map((s) => rank[s])).toEqual([...order.map((s) => rank[s])].sort((a, b) => a - b));
    const every = html.slice(at('id="tests"'));
    for (const t of r.tests) expect(every).toContain(escapeHtml(t.name, 160));
    // A comparison with the baseline shows both values and the change with its interval.
    expect(html).toMatch(/<span class="nw">candidate 0\.\d+<\/span> · <span class="nw">baseline 0\.\d+<\/span> · <span class="nw">Δ -0\.\d+ \[-0\.\d+, -?0\.\d+\]<\/span>/);
  });

  it('names the families skipped on request, so that none reads as passed', () => {
    const r = { ...report(fixtureTests()), families: { run: ['input' as const, 'quality' as const, 'drift' as const], skipped: ['performance' as const, 'differential' as const, 'model' as const] } };
    expect(renderHtml(r)).toContain('<dt>Families run</dt><dd>input, quality, drift <strong>(skipped on request: performance, differential, model)</strong></dd>');
    expect(renderHtml(report(fixtureTests()))).not.toContain('Families run');
  });

  it('a picture per column, with a link from the drift test that needs a look to it', () => {
    const html = renderHtml(hostileReport());
    expect(html.match(/<div class="card[^"]*" id="dist-\d+">/g)).toHaveLength(4);
    // The failing drift test's column comes first among the distributions, and its issue links there.
    expect(html).toMatch(/<a href="#dist-1">chart<\/a>/);
    expect(html.indexOf('id="dist-1"')).toBeLessThan(html.indexOf('id="dist-0"'));
    expect(html).toContain('<h2 id="models">Models</h2>');
    expect(html).toContain('ROC, current file');
    expect(html).toContain('Confusion matrix, candidate, current file');
  });

  it('says what the chart data left out, and why a calibration curve is empty', () => {
    const r = hostileReport();
    r.charts = { ...charts(), truncated: { distributions: 3, matrices: 1 } };
    r.charts.curves[0].calibration = { predicted: [], observed: [], count: [], note: 'scores outside [0, 1] are not probabilities' };
    const html = renderHtml(r);
    expect(html).toContain('3 more columns are not drawn: the chart data is capped, drifted and role columns first.');
    expect(html).toContain('1 matrix is not drawn: too many classes for the chart data.');
    expect(html).toContain('baseline: scores outside [0, 1] are not probabilities.');
  });

  it('without chart data: no picture sections, the rest unchanged', () => {
    const r = hostileReport();
    delete r.charts;
    const html = renderHtml(r);
    expect(html).not.toContain('id="distributions"');
    expect(html).not.toContain('id="models"');
    expect(html).toContain('id="tests"');
    expectOnlyAllowedMarkup(html);
  });

  it('an inconclusive warning is labelled as such, not as a warning', () => {
    const t: TestResult = {
      id: 'performance.precision.change',
      family: 'performance',
      name: 'Precision vs baseline',
      method: 'precision',
      status: 'warn',
      severity: 'fail',
      value: -0.05,
      threshold: { on: 'value', bad: 'below', fail: -0.01, text: 'Δ ≥ −0.01' },
      message: 'inconclusive',
      details: { baseline: 0.63, candidate: 0.58, delta: -0.05, ci: { lo: -0.1, hi: -0.002 }, inconclusive: true },
    };
    const html = renderHtml(report([t]));
    expect(html).toContain('<span class="badge s-inconclusive">INCONCLUSIVE</span> <span class="name">Precision vs baseline</span>');
  });

  it('bounded for any number of columns: report.md’s row caps per family, 200 issue cards, 60 chunk charts', () => {
    const many = (n: number, status: 'pass' | 'fail', chunks: boolean): TestResult[] =>
      Array.from({ length: n }, (_, i) => ({
        id: `drift.chunks.c${status}${i}`,
        family: 'drift' as const,
        name: `Drift: c${status}${i}`,
        column: `c${i}`,
        method: 'psi',
        status,
        severity: 'fail' as const,
        value: 0.5,
        threshold: null,
        message: 'm',
        ...(chunks ? { details: { chunks: [{ key: 'a', rows: 1, value: 0.5, state: 'ok', crossed: false }] } } : {}),
      }));
    const html = renderHtml(report([...many(2_100, 'fail', true), ...many(700, 'pass', false)]));
    expect(html.match(/<li class="i-fail">/g)).toHaveLength(ATTENTION_CARDS);
    expect(html).toContain('1,900 more below, in their families’ tables.');
    expect(html.match(/<tr><td data-label="Status"><span class="badge s-fail">/g)).toHaveLength(MARKDOWN_ISSUE_ROWS);
    expect(html.match(/<tr><td data-label="Status"><span class="badge s-pass">/g)).toHaveLength(MARKDOWN_PASSING_ROWS);
    expect(html).toContain('100 more errors, failures and warnings not listed (at most 2,000 per family, as in report.md)');
    expect(html).toContain('200 more passing, informational and skipped tests not listed (at most 500 per family');
    expect(html.match(/id="chunks-\d+"/g)).toHaveLength(CHUNK_CHARTS);
    expect(html).toContain('2,040 more tests have per-chunk values');
    // 100,000 columns make a page of the same bounded size, quickly.
    const t0 = performance.now();
    const huge = renderHtml(report(many(100_000, 'pass', false)));
    expect(huge.length).toBeLessThan(1_000_000);
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it('the same report gives the same page', () => {
    expect(renderHtml(hostileReport())).toBe(renderHtml(hostileReport()));
  });
});
