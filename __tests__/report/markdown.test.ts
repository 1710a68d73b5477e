import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Status, TestResult } from '../../src/results/types.js';
import { MARKDOWN_PASSING_ROWS } from '../../src/report/caps.js';
import { fixtureTests, HOSTILE, manyColumns, report } from './fixture.js';
import { tableRows, tableWidths, toHtml } from './gfm.js';

const FOOTER = '<!-- model-gate:comment config=model-gate.yml -->';
const NOTE = 'the `model-gate-report` artifact of this run';

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** What must hold for any rendering: it parses into whole tables and balanced <details>. */
function expectWellFormed(md: string): void {
  expect(md).not.toMatch(/NaN|undefined|\[object /);
  expect((md.match(/<details[ >]/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  const html = toHtml(md);
  expect(html).not.toContain('<script');
  expect(html.match(/<!--/g)?.length ?? 0).toBe(md.includes('<!--') && md.endsWith(`${FOOTER}`) ? 1 : 0);
  const widths = tableWidths(html);
  const bodies = [...html.matchAll(/<table>[\s\S]*?<\/table>/g)].map((m) => tableRows(m[0]));
  expect(bodies).toHaveLength(widths.length);
  bodies.forEach((rows, i) => rows.forEach((r) => expect(r).toHaveLength(widths[i]!)));
}

/** A wide dataset where everything drifts: 2,000 columns with multi-byte, hostile names. */
function wideReport(columns = 2000): ReturnType<typeof report> {
  const tests: TestResult[] = [
    {
      id: 'input.reference', family: 'input', name: 'Read reference data', method: 'read', status: 'error', severity: 'fail',
      value: null, threshold: null, message: 'data/ref.csv row 3 column "größe": "∞" is not a number',
    },
  ];
  for (let i = 0; i < columns; i++) {
    const column = `特征_${i}_größe|<b>@x`;
    const status: Status = i % 10 === 9 ? 'warn' : i % 50 === 7 ? 'pass' : 'fail';
    tests.push({
      id: `drift.c${i}`, family: 'drift', name: `Drift: ${column}`, column, method: 'wasserstein_norm', status, severity: 'fail',
      value: 0.3 + i / 10000, p_value: 1e-9 * (i + 1),
      threshold: { on: 'value', bad: 'above', fail: 0.1, warn: 0.05, text: '≥ 0.1 (warn ≥ 0.05)' },
      message: `${column} moved by ${(0.3 + i / 10000).toFixed(3)} reference standard deviations — 数据漂移`,
    });
  }
  tests.push({
    id: 'performance.accuracy.change', family: 'performance', name: 'Accuracy vs baseline', method: 'accuracy', status: 'fail',
    severity: 'fail', value: -0.05, threshold: { on: 'value', bad: 'below', fail: -0.01, text: 'Δ ≥ -0.01' },
    message: 'accuracy fell', details: { baseline: 0.9, candidate: 0.85, delta: -0.05, ci: { lo: -0.06, hi: -0.04 } },
  });
  return report(tests);
}

describe('renderMarkdown: the fixture report', () => {
  const r = report(fixtureTests());
  const md = renderMarkdown(r, { footer: FOOTER });

  it('matches the committed expected rendering', async () => {
    await expect(md).toMatchFileSnapshot('./expected/fixture.md');
  });

  it('puts the verdict first, then the failures and warnings, the header, and families in order', () => {
    const lines = md.split('\n');
    expect(lines[0]).toBe('### model-gate');
    expect(lines[2]).toBe('❗ **ERROR** — 1 error, 4 failed, 3 warnings, 8 passed, 2 skipped');
    expect(lines.slice(4, 10)).toEqual([
      '**Errors and failures**',
      '',
      '- ❗ **Read current data** current row 12 column "a&#124;b": "12abc" is not a number',
      '- ❌ **Accuracy vs baseline** −0.0312, 95 % CI [−0.0351, −0.0273], limit Δ ≥ -0.01',
      '- ❌ **Agreement** 94.1%, limit ≥ 95%',
      '- ❌ **Drift: @\u200doctocat** KS 0.2135, limit p &lt; 0.05, p = 3.2e-7',
    ]);
    const header = lines.find((l) => l.startsWith('Task: '))!;
    expect(header).toContain('Reference: 150,000 rows (data/reference.csv)');
    expect(header).toContain('Current: 120,345 rows, 80,000 labelled (data/current.csv)');
    const at = (s: string): number => md.indexOf(s);
    expect(at('**Warnings**')).toBeGreaterThan(at('- ❌ **Missing columns**'));
    expect(at('Task: ')).toBeGreaterThan(at('- ⚠️ **Missing values**'));
    expect(at('#### Input')).toBeGreaterThan(at('Task: '));
    expect(at('#### Input')).toBeGreaterThan(at('**ERROR**'));
    expect(at('#### Input')).toBeLessThan(at('#### Data quality'));
    expect(at('#### Data quality')).toBeLessThan(at('#### Drift'));
    expect(at('#### Drift')).toBeLessThan(at('#### Performance'));
    expect(at('#### Performance')).toBeLessThan(at('#### Differential'));
    expect(md.endsWith(`\n${FOOTER}`)).toBe(true);
  });

  it('is well-formed GFM, with hostile names inert', () => {
    expectWellFormed(md);
    expect(md).not.toContain('@octocat');
    expect(md).not.toContain('#123');
    expect(md).not.toContain(HOSTILE.script);
    expect(md).not.toContain(HOSTILE.marker);
    expect(toHtml(md)).not.toMatch(/<a /);
  });

  it('shows issues in tables and folds passing and skipped tests', () => {
    const html = toHtml(md);
    const folded = [...html.matchAll(/<details><summary>([^<]*)<\/summary>/g)].map((m) => m[1]);
    expect(folded).toEqual(['2 passed, 1 skipped', '3 passed', '2 passed, 1 skipped', 'Confusion matrix: rows actual, columns predicted, candidate (baseline)', '1 passed']);
    // Issue rows come out error, fail, warn; passes are not among them.
    const drift = md.slice(md.indexOf('#### Drift'), md.indexOf('<details>', md.indexOf('#### Drift')));
    expect(drift.indexOf('❌ **FAIL**')).toBeLessThan(drift.indexOf('⚠️ WARN'));
    expect(drift).not.toContain('| ✅ pass |');
  });

  it('uses the performance details and the differential top rows', () => {
    expect(md).toContain('| Status | Metric | Baseline | Candidate | Δ | CI | Threshold | Message |');
    expect(md).toContain('| ❌ **FAIL** | Accuracy vs baseline | 0.9123 | 0.8811 | -0.0312 | [-0.0351, -0.0273] |');
    expect(md).toContain('<details open><summary>Largest differences: Agreement</summary>');
    expect(md).toContain('| line | id | baseline | candidate | target | score_diff |');
    expect(md).toContain('| 4242 | &lt;/details&gt;&lt;script&gt;alert(1)&lt;/script&gt; | a&#124;b | no | no | 0.88 |');
    expect(md).toContain('| 90001 | — | no | a&#124;b | a&#124;b | 0.8 |');
    expect(md).toContain('<details open><summary>Flips: rows baseline, columns candidate</summary>');
    expect(md).toContain('| a&#124;b | 4,000 | 13,283 |');
    expect(md).toContain('| yes | 7,012 (5,016) | 10,488 (12,484) |');
  });

  it('formats numbers for people', () => {
    expect(md).toContain('| 3.2e-7 |'); // p-value
    expect(md).toContain('| 3.42% |'); // a share
    expect(md).toContain('| 0.2135 |'); // a statistic
    expect(md).toContain('| 94.1% |'); // agreement
  });

  it('does not change when only the time of the run changes', () => {
    const other = report(fixtureTests(), { generated_at: '2030-01-01T00:00:00Z', duration_ms: 99 });
    expect(renderMarkdown(other, { footer: FOOTER })).toBe(md);
  });

  it('renders a report with no tests and no data', () => {
    const empty = renderMarkdown(report([], { data: { reference: null, current: null }, task: null }));
    expect(empty).toContain('❗ **ERROR** — no tests ran');
    expectWellFormed(empty);
  });
});

describe('renderMarkdown: informational results', () => {
  it('are folded with the passes and counted, never shown as problems', () => {
    const info: TestResult = {
      id: 'differential.agreement', family: 'differential', name: 'Agreement', method: 'agreement_rate', status: 'info',
      severity: 'warn', value: 0.588, threshold: null, message: 'candidate and baseline agree on 58.8% of rows (no min_agreement set)',
    };
    const pass: TestResult = { ...info, id: 'differential.mean_abs_diff', name: 'Mean |Δ|', method: 'mean_abs_diff', status: 'pass', value: 1 };
    const md = renderMarkdown(report([info, pass]));
    expect(md).toContain('✅ **PASS** — 1 passed, 1 informational');
    expect(md).toContain('#### Differential (candidate vs baseline) — 1 passed, 1 informational');
    // No issue table: the only table is inside the folded block.
    expect(md).toMatch(/<details><summary>1 passed, 1 informational<\/summary>\n\n\| Status \|/);
    expect(md).toContain('| ℹ️ info | Agreement |');
    expect(md.indexOf('| ℹ️ info |')).toBeGreaterThan(md.indexOf('<details>'));
    expect(md).not.toMatch(/\*\*(FAIL|ERROR)\*\* \||\| ⚠️ WARN \|/);
  });
});

describe('renderMarkdown: the full report.md of a degenerate shape', () => {
  it('100,000 columns: bounded, every failing test listed, the passing rows capped and the cap said', () => {
    const md = renderMarkdown(report(manyColumns()));
    // Uncapped, this shape wrote tens of MB.
    expect(bytes(md)).toBeLessThan(400_000);
    expect(md).toContain('**FAIL** — 4 failed, 199,996 passed');
    expect(md.match(/^\| ❌ \*\*FAIL\*\* \| Drift: column_/gm)).toHaveLength(4);
    expect(md.match(/^\| ✅ pass \| /gm)).toHaveLength(2 * MARKDOWN_PASSING_ROWS);
    expect(md).toContain('<details><summary>99,996 passed</summary>');
    expect(md).toContain(`The first ${MARKDOWN_PASSING_ROWS} are listed (at most ${MARKDOWN_PASSING_ROWS} per section).`);
    expectWellFormed(md);
  });
});

describe('renderMarkdown within a byte budget', () => {
  const fixture = report(fixtureTests());
  const fullSize = bytes(renderMarkdown(fixture, { footer: FOOTER }));

  it('renders in full, with no note, when the report fits', () => {
    const md = renderMarkdown(fixture, { footer: FOOTER, fullReportNote: NOTE, maxBytes: fullSize });
    expect(bytes(md)).toBe(fullSize);
    expect(md).not.toContain('Not shown');
  });

  it('first folds away passing tests, keeping the failing rows and their details', () => {
    const md = renderMarkdown(fixture, { footer: FOOTER, fullReportNote: NOTE, maxBytes: fullSize - 1 });
    expect(bytes(md)).toBeLessThanOrEqual(fullSize - 1);
    expectWellFormed(md);
    expect(md).not.toContain('<details><summary>');
    expect(md).toContain('<details open><summary>Largest differences');
    expect(md).toContain('```mermaid'); // the chart of the changes is kept while it fits
    expect(md).toContain('Not shown** to stay within');
    expect(md).toContain('10 passing, informational or skipped tests');
    expect(md).toContain(`Full report: ${NOTE}.`);
    for (const s of ['**ERROR**', 'Missing columns', 'Drift: @\u200doctocat', 'Log loss vs baseline', '| ❌ **FAIL** | Agreement']) {
      expect(md).toContain(s);
    }
    expect(md.endsWith(`\n${FOOTER}`)).toBe(true);
    const dotted = renderMarkdown(fixture, { fullReportNote: 'report.md.', maxBytes: fullSize - 1, footer: FOOTER });
    expect(dotted).toContain('Full report: report.md.\n');
  });

  it('then drops the charts, then the tables of largest differences, keeping every failing row', () => {
    const level1 = renderMarkdown(fixture, { footer: FOOTER, fullReportNote: NOTE, maxBytes: fullSize - 1 });
    const noCharts = renderMarkdown(fixture, { footer: FOOTER, fullReportNote: NOTE, maxBytes: bytes(level1) - 1 });
    expect(noCharts).not.toContain('```mermaid');
    expect(noCharts).toContain('<details open><summary>Largest differences');
    expect(noCharts).toContain(': 1 chart; 10 passing, informational or skipped tests');
    const md = renderMarkdown(fixture, { footer: FOOTER, fullReportNote: NOTE, maxBytes: bytes(noCharts) - 1 });
    expect(bytes(md)).toBeLessThan(bytes(noCharts));
    expectWellFormed(md);
    expect(md).not.toContain('<details');
    expect(md).toContain('1 chart; the detail tables (largest differences, matrices); 10 passing, informational or skipped tests');
    expect(md.match(/^\| (❌ \*\*FAIL\*\*|⚠️ WARN) \|/gm)).toHaveLength(7);
  });

  it('caps failing rows most important first, the headline kept whole', () => {
    const md = renderMarkdown(fixture, { footer: FOOTER, fullReportNote: NOTE, maxBytes: 2770 });
    expect(bytes(md)).toBeLessThanOrEqual(2770);
    expectWellFormed(md);
    // Every failure and warning still has its line at the top.
    for (const name of ['Read current data', 'Accuracy vs baseline', 'Agreement', 'Drift: @\u200doctocat', 'Missing columns', 'Log loss vs baseline', 'Drift: link', 'Missing values']) {
      expect(md).toMatch(new RegExp(`^- (❗|❌|⚠️) \\*\\*${name.replace(/[|()]/g, '\\$&')}\\*\\* `, 'mu'));
    }
    // Performance and differential rows before drift and quality; what was cut is counted per family.
    for (const row of ['Accuracy vs baseline', 'Agreement', 'Drift: @\u200doctocat']) expect(md).toContain(`| ❌ **FAIL** | ${row} |`);
    expect(md).toMatch(/\*\*Not shown\*\* to stay within 2,770 bytes: Data quality: 1 of 1 failed test, 1 of 1 warning; 1 chart;/);
    // Every section keeps its heading and counts.
    for (const h of ['#### Input', '#### Data quality', '#### Drift', '#### Performance', '#### Differential']) expect(md).toContain(h);
  });

  it('keeps the failures before the warnings when only the headline fits', () => {
    const md = renderMarkdown(fixture, { footer: FOOTER, fullReportNote: NOTE, maxBytes: 600 });
    expect(bytes(md)).toBeLessThanOrEqual(600);
    expectWellFormed(md);
    expect(md).toContain('- ❗ **Read current data**');
    expect(md).toContain('- ❌ **Accuracy vs baseline**');
    expect(md).not.toContain('**Warnings**');
    expect(md).toMatch(/^- … and \d more \(report\.json lists every one\)$/m);
    expect(md).toContain('**Not shown** to stay within 600 bytes: every section below the verdict.');
    expect(md.endsWith(`\n${FOOTER}`)).toBe(true);
  });

  const wide = wideReport();
  it.each([1_048_576, 65_536, 65_535, 20_000, 5_000, 1_000, 400])('2,000 drifting columns in %d bytes', (maxBytes) => {
    const md = renderMarkdown(wide, { maxBytes, footer: FOOTER, fullReportNote: NOTE });
    expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
    expect(md.endsWith(`\n${FOOTER}`)).toBe(true);
    expect(md).toContain('❗ **ERROR** — 1 error, 1,761 failed, 200 warnings, 40 passed');
    expectWellFormed(md);
    if (maxBytes < 1_048_576) {
      expect(md).toContain(`Full report: ${NOTE}.`);
      expect(md).toContain('Not shown');
    }
    if (maxBytes >= 1_000) {
      // The headline first: the input error, then the performance failure (after 1,761 drift
      // failures in document order), then the first drift failures, and how many more there are.
      const error = md.indexOf('- ❗ **Read reference data**');
      expect(error).toBeGreaterThan(0);
      expect(md.indexOf('- ❌ **Accuracy vs baseline**')).toBeGreaterThan(error);
      expect(md.indexOf('- ❌ **Drift: 特征_0_größe&#124;&lt;b&gt;@\u200dx**')).toBeGreaterThan(md.indexOf('- ❌ **Accuracy vs baseline**'));
    }
    if (maxBytes >= 5_000) {
      expect(md).toContain('- … and 1,742 more (report.json lists every one)');
      expect(md.indexOf('**Warnings**')).toBeGreaterThan(md.indexOf('- … and 1,742 more'));
    }
    if (maxBytes >= 20_000) {
      // Then the tables, most important family first.
      expect(md).toContain('| ❌ **FAIL** | Accuracy vs baseline |');
      if (maxBytes < 1_048_576) expect(md.indexOf('#### Performance')).toBeLessThan(md.indexOf('#### Drift'));
      expect(md).toContain('| ❌ **FAIL** | Drift: 特征_0_größe&#124;&lt;b&gt;@\u200dx |');
    }
    if (maxBytes >= 20_000 && maxBytes < 1_048_576) {
      expect(md).toMatch(/Drift: [\d,]+ of 1,760 failed tests, 200 of 200 warnings; 1 chart; 40 passing, informational or skipped tests/);
    }
    // Nearly all of the budget is used when rows had to be dropped.
    if (maxBytes >= 5_000 && maxBytes < 1_048_576) expect(bytes(md)).toBeGreaterThan(maxBytes - 1000);
  });

  it('keeps the footer and cuts the verdict when almost nothing fits', () => {
    const md = renderMarkdown(wide, { maxBytes: FOOTER.length + 40, footer: FOOTER });
    expect(bytes(md)).toBeLessThanOrEqual(FOOTER.length + 40);
    expect(md.endsWith(`\n${FOOTER}`)).toBe(true);
    expect(md.startsWith('### model-gate')).toBe(true);
  });

  it('refuses a budget smaller than the footer, or not a number', () => {
    expect(() => renderMarkdown(wide, { maxBytes: 10, footer: FOOTER })).toThrow(RangeError);
    expect(() => renderMarkdown(wide, { maxBytes: NaN })).toThrow(RangeError);
  });

  it('never cuts a multi-byte character', () => {
    for (let maxBytes = 20; maxBytes < 120; maxBytes++) {
      const md = renderMarkdown(report(wide.tests, { verdict: 'error' }), { maxBytes, title: 'ñ数🚀'.repeat(10) });
      expect(bytes(md)).toBeLessThanOrEqual(maxBytes);
      expect(md).not.toContain('\ufffd');
    }
  });
});
