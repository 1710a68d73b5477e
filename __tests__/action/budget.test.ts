import { describe, expect, it } from 'vitest';
import { CHECK_OUTPUT_MAX, COMMENT_MAX, cutUtf8, fitReport, SUMMARY_MAX, utf8Bytes } from '../../src/action/budget.js';
import { checkTitle, conclusionFor } from '../../src/action/check.js';
import { commentMarker, configKey, hasMarker, isAuthor, isNewerReport, parseMarker } from '../../src/action/comment.js';
import { aboutRun, artifactUrl, failureReason, fullReportNote, reportLinks, runUrl } from '../../src/action/links.js';
import { outputValues } from '../../src/action/outputs.js';
import type { TestResult } from '../../src/results/types.js';
import { HOSTILE, report } from '../report/fixture.js';

/** n drifting columns with long, multi-byte, hostile names: far past every GitHub limit. */
function drifting(n: number): TestResult[] {
  const tests: TestResult[] = [];
  for (let i = 0; i < n; i++) {
    const column = `feature_${i}_${HOSTILE.unicode}_${HOSTILE.script}_${'x'.repeat(40)}`;
    tests.push({
      id: `drift.${column}`,
      family: 'drift',
      name: `Drift: ${column}`,
      column,
      method: 'wasserstein_norm',
      status: i % 3 === 0 ? 'fail' : 'warn',
      severity: 'fail',
      value: 0.3 + i / 1e4,
      threshold: { on: 'value', bad: 'above', fail: 0.2, warn: 0.1, text: '≥ 0.2 × ref std' },
      message: `distribution of ${column} moved by ${(0.3 + i / 1e4).toFixed(4)} reference standard deviations`,
      details: { psi: 0.5 },
    });
    tests.push({
      id: `quality.missing.${column}`,
      family: 'quality',
      name: `Missing: ${column}`,
      column,
      method: 'missing_share',
      status: 'pass',
      severity: 'fail',
      value: 0,
      threshold: { on: 'value', bad: 'above', fail: 0.05, text: 'Δ > 5%' },
      message: 'no change in missing values',
    });
  }
  return tests;
}

const NOTE = 'the model-gate-report artifact of [this workflow run](https://github.com/acme/models/actions/runs/1)';

describe('bodies fitted to GitHub limits', () => {
  const big = report(drifting(600));

  it('a comment with hundreds of drifting columns stays within 65,536 and says what was left out and where', () => {
    const key = configKey('.', 'model-gate.yml');
    const marker = commentMarker(key, { head: 'a'.repeat(40), at: '2026-12-04T14:00:00.000Z' });
    const body = fitReport(big, { limit: COMMENT_MAX, prefix: `${marker}\n`, fullReportNote: NOTE });
    expect(utf8Bytes(body)).toBeLessThanOrEqual(COMMENT_MAX);
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX);
    expect(utf8Bytes(body)).toBeGreaterThan(COMMENT_MAX * 0.8); // the room is used, not wasted
    expect(hasMarker(body, key)).toBe(true);
    expect(body).toMatch(/\*\*FAIL\*\*/);
    expect(body).toMatch(/Not shown.*Full report: the model-gate-report artifact of \[this workflow run\]/);
    expect(body).not.toContain('<script>');
    // Every <details> opened is closed.
    expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
  });

  it('a cut comment keeps every family’s failures, errors and performance first, with counts per family of what was cut', () => {
    // 179 drift failures come first in document order (drift before performance) and alone would
    // fill the comment; the performance and differential failures and the quality warning come after.
    const perf = (i: number): TestResult => ({
      id: `performance.metric_${i}`,
      family: 'performance',
      name: `Metric ${i} vs baseline`,
      method: 'delta',
      status: 'fail',
      severity: 'fail',
      value: -0.1,
      threshold: { on: 'value', bad: 'below', fail: -0.01, text: 'Δ ≥ −0.01' },
      message: `metric ${i} fell by 0.1`,
      details: { baseline: 0.9, candidate: 0.8, delta: -0.1 },
    });
    const tests: TestResult[] = [
      ...drifting(537).filter((t) => t.family === 'drift' && t.status === 'fail'),
      perf(1),
      perf(2),
      { ...perf(3), id: 'differential.agreement', family: 'differential', name: 'Agreement with baseline', status: 'fail' },
      { ...perf(4), id: 'quality.missing.x', family: 'quality', name: 'Missing: x', column: 'x', status: 'warn' },
      { ...perf(5), id: 'input.reference', family: 'input', name: 'Reference file', status: 'error', message: 'cannot read ref.csv' },
    ];
    expect(tests.filter((t) => t.family === 'drift')).toHaveLength(179);
    const body = fitReport(report(tests), { limit: 20_000, fullReportNote: NOTE });
    expect(utf8Bytes(body)).toBeLessThanOrEqual(20_000);
    for (const name of ['Metric 1 vs baseline', 'Metric 2 vs baseline', 'Agreement with baseline', 'Missing: x', 'Reference file']) {
      expect(body).toContain(name);
    }
    // The families that decide come first in a cut report.
    const at = (title: string) => body.indexOf(`#### ${title}`);
    expect(at('Input')).toBeLessThan(at('Performance'));
    expect(at('Performance')).toBeLessThan(at('Differential'));
    expect(at('Differential')).toBeLessThan(at('Drift'));
    expect(at('Drift')).toBeLessThan(at('Data quality'));
    // Some drift failures are shown, and the rest are counted for their family.
    const shownDrift = (body.match(/\| ❌ \*\*FAIL\*\* \| Drift: /g) ?? []).length;
    expect(shownDrift).toBeGreaterThan(3);
    expect(shownDrift).toBeLessThan(179);
    expect(body).toContain(`Drift: ${179 - shownDrift} of 179 failed tests`);
    expect(body).not.toMatch(/Performance: \d+ of/);
  });

  it('a check run summary stays within 65,535 bytes', () => {
    const body = fitReport(big, { limit: CHECK_OUTPUT_MAX, fullReportNote: NOTE });
    expect(utf8Bytes(body)).toBeLessThanOrEqual(CHECK_OUTPUT_MAX);
    expect(body).toContain('Full report:');
  });

  it('a job summary stays within 1 MiB', () => {
    const huge = report(drifting(6000));
    const body = fitReport(huge, { limit: SUMMARY_MAX, fullReportNote: NOTE });
    expect(utf8Bytes(body)).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(utf8Bytes(body)).toBeGreaterThan(SUMMARY_MAX * 0.8);
    expect(body).toContain('Not shown');
  });

  it('a small report is rendered whole, without an omission line', () => {
    const small = report(drifting(2));
    const body = fitReport(small, { limit: COMMENT_MAX, fullReportNote: NOTE });
    expect(body).not.toContain('Not shown');
    expect(body).toContain('feature_0');
    expect(body).toContain('&lt;script&gt;');
  });

  it('thousands of failures and a chart for each column: the failures are kept, the charts go first', () => {
    const tests = drifting(3000);
    const distributions = tests
      .filter((t) => t.family === 'drift')
      .map((t) => ({
        column: t.column!, kind: 'numeric' as const, role: 'feature',
        edges: Array.from({ length: 41 }, (_, i) => i), counts: { reference: Array(40).fill(10), current: Array(40).fill(12) },
        missing: { reference: 0, current: 0 },
      }));
    const withCharts = report(tests, { charts: { distributions, curves: [], matrices: [] } });
    // Whole (the job summary's size), the charts are there: a few, however many columns.
    const whole = fitReport(report(drifting(20), { charts: { distributions: distributions.slice(0, 20), curves: [], matrices: [] } }), { limit: SUMMARY_MAX, fullReportNote: NOTE });
    expect(whole.match(/```mermaid/g)).toHaveLength(6);
    // Cut to a comment: every chart dropped, failures listed at the top and in the table, the cut said.
    const body = fitReport(withCharts, { limit: COMMENT_MAX, fullReportNote: NOTE, links: 'Full report: [artifact](https://x/1)' });
    expect(utf8Bytes(body)).toBeLessThanOrEqual(COMMENT_MAX);
    expect(body).not.toContain('```mermaid');
    expect(body).toMatch(/^- ❌ \*\*Drift: feature_0_/m);
    expect(body).toMatch(/^\| ❌ \*\*FAIL\*\* \| Drift: feature_0_/m);
    expect(body).toMatch(/Not shown\*\* to stay within 65,536 bytes: Drift: [\d,]+ of 1,000 failed tests, [\d,]+ of 2,000 warnings; 6 charts; /);
    expect(body).toContain('Full report: [artifact](https://x/1)\n');
  });

  it('a huge chart set in a small body: charts dropped one by one before any failing row', () => {
    const few = drifting(6).filter((t) => t.family === 'drift');
    const long = (i: number): string => `${i}_${'é'.repeat(40)}`;
    const distributions = few.map((t, i) => ({
      column: t.column!, kind: 'categorical' as const, role: 'feature', categories: Array.from({ length: 30 }, (_, k) => long(k + i)),
      counts: { reference: Array(30).fill(5), current: Array(30).fill(7) }, missing: { reference: 0, current: 0 },
    }));
    const r = report(few, { charts: { distributions, curves: [], matrices: [] } });
    const full = fitReport(r, { limit: SUMMARY_MAX, fullReportNote: NOTE });
    const charts = full.match(/```mermaid/g)?.length ?? 0;
    expect(charts).toBe(6);
    let last = charts;
    for (let limit = utf8Bytes(full) - 1; last > 0; limit -= 500) {
      const body = fitReport(r, { limit, fullReportNote: NOTE });
      expect(utf8Bytes(body)).toBeLessThanOrEqual(limit);
      const n = body.match(/```mermaid/g)?.length ?? 0;
      expect(n).toBeLessThanOrEqual(last);
      last = n;
      // While any chart is shown, every failing and warning row is too.
      if (n > 0) expect(body.match(/^\| (❌ \*\*FAIL\*\*|⚠️ WARN) \| Drift: /gm)).toHaveLength(6);
    }
  });

  it('cutUtf8 never splits a character', () => {
    expect(cutUtf8('a🚀b', 3)).toBe('a');
    expect(cutUtf8('a🚀b', 5)).toBe('a🚀');
    expect(cutUtf8('abc', 10)).toBe('abc');
  });
});

describe('marker', () => {
  const KEY = '0123456789ab';
  const marker = commentMarker(KEY);
  const stamp = { head: 'c'.repeat(40), at: '2026-12-04T14:05:00.123Z' };

  it('is a hidden HTML comment with a hex key per config, the head commit and the run start', () => {
    expect(marker).toBe('<!-- model-gate:0123456789ab -->');
    expect(commentMarker(KEY, stamp)).toBe(`<!-- model-gate:0123456789ab head=${'c'.repeat(40)} at=2026-12-04T14:05:00.123Z -->`);
    expect(parseMarker(`${commentMarker(KEY, stamp)}\nreport`, KEY)).toEqual(stamp);
    expect(parseMarker(`${marker}\nreport`, KEY)).toEqual({});
    expect(configKey('.', 'model-gate.yml')).toMatch(/^[0-9a-f]{12}$/);
    expect(configKey('.', 'model-gate.yml')).toBe(configKey('./', './model-gate.yml'));
    expect(configKey('.', 'a.yml')).not.toBe(configKey('.', 'b.yml'));
    expect(configKey('ml', 'model-gate.yml')).not.toBe(configKey('.', 'model-gate.yml'));
  });

  it('matches only as the first line, old form and stamped form', () => {
    const stamped = commentMarker(KEY, stamp);
    expect(hasMarker(`${marker}\nreport`, KEY)).toBe(true);
    expect(hasMarker(`${marker}\r\nreport`, KEY)).toBe(true);
    expect(hasMarker(`${stamped}\r\nreport`, KEY)).toBe(true);
    expect(hasMarker(`> ${marker}\nquoted`, KEY)).toBe(false);
    expect(hasMarker(`text\n${marker}`, KEY)).toBe(false);
    expect(hasMarker(`<!-- model-gate:0123456789abc -->\nother config`, KEY)).toBe(false);
    expect(hasMarker(`<!-- model-gate:0123456789ab head=xyz at=now -->\nmangled`, KEY)).toBe(false);
    expect(hasMarker(null, KEY)).toBe(false);
  });

  it('a different commit written by a later run is newer; the same commit or an earlier run is not', () => {
    const ours = { head: 'a'.repeat(40), at: '2026-12-04T14:00:00Z' };
    expect(isNewerReport({ head: 'b'.repeat(40), at: '2026-12-04T14:00:01Z' }, ours)).toBe(true);
    expect(isNewerReport({ head: 'b'.repeat(40), at: '2026-12-04T13:59:59Z' }, ours)).toBe(false);
    expect(isNewerReport({ head: 'a'.repeat(40), at: '2026-12-04T15:00:00Z' }, ours)).toBe(false);
    expect(isNewerReport({}, ours)).toBe(false);
    expect(isNewerReport(null, ours)).toBe(false);
  });

  it('matches the author by login, case-insensitively', () => {
    const bots = new Set(['github-actions[bot]']);
    expect(isAuthor({ login: 'github-actions[bot]', type: 'Bot' }, bots)).toBe(true);
    expect(isAuthor({ login: 'GitHub-Actions[bot]' }, bots)).toBe(true);
    expect(isAuthor({ login: 'github-actions' }, bots)).toBe(false);
    expect(isAuthor(null, bots)).toBe(false);
  });
});

describe('verdict → check conclusion, job failure, outputs', () => {
  it('maps verdicts to conclusions', () => {
    expect(conclusionFor('pass')).toBe('success');
    expect(conclusionFor('warn')).toBe('neutral');
    expect(conclusionFor('fail')).toBe('failure');
    expect(conclusionFor('error')).toBe('failure');
  });

  it('fails the job exactly as fail-on says, and always on error', () => {
    const table = {
      fail: { pass: false, warn: false, fail: true, error: true },
      warn: { pass: false, warn: true, fail: true, error: true },
      never: { pass: false, warn: false, fail: false, error: true },
    } as const;
    for (const [failOn, row] of Object.entries(table)) {
      for (const [verdict, fails] of Object.entries(row)) {
        expect(failureReason(verdict as 'pass', failOn as 'fail') !== null, `${failOn}/${verdict}`).toBe(fails);
      }
    }
  });

  it('titles the check with the verdict, the counts and the commit and run', () => {
    const r = report(drifting(3));
    expect(checkTitle(r)).toBe('FAIL — 1 failed, 2 warnings, 3 passed');
    expect(checkTitle(r, 'a1b2c3d, run #12')).toBe('FAIL — 1 failed, 2 warnings, 3 passed (a1b2c3d, run #12)');
  });

  it('names the head commit and the run, linked where the runner says where they are', () => {
    const sha = 'a1b2c3d'.padEnd(40, '0');
    const run = 'https://github.com/acme/models/actions/runs/77';
    const env = { GITHUB_RUN_NUMBER: '12', GITHUB_SERVER_URL: 'https://github.com' };
    expect(aboutRun(env, 'acme', 'models', sha, run)).toEqual({
      markdown: `for [a1b2c3d](https://github.com/acme/models/commit/${sha}), [run #12](${run})`,
      text: 'a1b2c3d, run #12',
    });
    expect(aboutRun({ ...env, GITHUB_RUN_ATTEMPT: '2' }, 'acme', 'models', sha, undefined).text).toBe('a1b2c3d, run #12 attempt 2');
    expect(aboutRun({}, 'acme', 'models', sha, undefined)).toEqual({ markdown: 'for [a1b2c3d](https://github.com/acme/models/commit/' + sha + ')', text: 'a1b2c3d' });
    // The comment says it in its title line.
    const body = fitReport(report(drifting(2)), { limit: COMMENT_MAX, fullReportNote: NOTE, about: 'for [a1b2c3d](x), [run #12](y)' });
    expect(body.startsWith('### model-gate for [a1b2c3d](x), [run #12](y)\n\n❌ **FAIL**')).toBe(true);
  });

  it('never points a cut body at the job summary when that was cut too or is the body itself', () => {
    const run = 'https://github.com/acme/models/actions/runs/77';
    const path = '/home/runner/work/temp/model-gate/abc/report.md';
    const off = { uploaded: false, why: 'disabled' } as const;
    // Over 1 MiB with no artifact: the job summary is cut, so it is not "the full report".
    expect(fullReportNote(run, off, { forSummary: false, summaryIsWhole: false, reportPath: path })).toBe(
      `report.md in the runner's temp folder (${path}), which was not uploaded (artifact-name is empty); a later step can read it from the report-markdown output`,
    );
    // The job summary itself never points at itself.
    expect(fullReportNote(run, off, { forSummary: true, summaryIsWhole: true, reportPath: path })).not.toContain('job summary');
    // A comment cut to 65,536 may point at a whole job summary.
    expect(fullReportNote(run, off, { forSummary: false, summaryIsWhole: true })).toBe(`the job summary of [this workflow run](${run})`);
    expect(fullReportNote(run, { uploaded: false, why: 'failed' }, { forSummary: false, summaryIsWhole: false })).toContain(
      'not uploaded (the upload did not succeed, see the step warnings)',
    );
    expect(fullReportNote(run, { uploaded: true, name: 'model-gate-report' }, { forSummary: true, summaryIsWhole: false })).toBe(
      `the model-gate-report artifact of [this workflow run](${run})`,
    );
  });

  it('sets every output, empty where there is nothing, informational results counted apart', () => {
    const info: TestResult = { ...drifting(1)[1]!, id: 'differential.agreement', status: 'info', threshold: null };
    const r = report([...drifting(3), info]);
    expect(outputValues({ report: r, markdownPath: '/t/report.md', jsonPath: '/t/report.json' })).toEqual({
      verdict: 'fail',
      passed: '3',
      warnings: '2',
      failed: '1',
      errors: '0',
      informational: '1',
      skipped: '0',
      'report-markdown': '/t/report.md',
      'report-json': '/t/report.json',
      'comment-url': '',
      'check-url': '',
    });
  });

  it('links the full report (the artifact, report.html first), the check run and the workflow run', () => {
    const run = 'https://github.com/acme/models/actions/runs/77';
    const uploaded = { uploaded: true, name: 'model-gate-report', id: 4242 } as const;
    expect(artifactUrl(run, uploaded)).toBe(`${run}/artifacts/4242`);
    expect(artifactUrl(undefined, uploaded)).toBeUndefined();
    expect(artifactUrl(run, { uploaded: true, name: 'x' })).toBeUndefined();
    const files = ['report.md', 'report.json', 'report.html', 'event.json'];
    expect(reportLinks({ run, artifact: uploaded, files, note: NOTE, checkUrl: 'https://github.com/acme/models/runs/9' })).toBe(
      `Full report: [the model-gate-report artifact](${run}/artifacts/4242) (report.html, report.md, report.json) · ` +
        `[check run](https://github.com/acme/models/runs/9) · [workflow run](${run})`,
    );
    // No artifact: where the report is instead; a check URL that is not one is left out.
    const path = '/tmp/model-gate/abc/report.md';
    const note = fullReportNote(run, { uploaded: false, why: 'disabled' }, { forSummary: true, summaryIsWhole: false, reportPath: path });
    expect(reportLinks({ run, artifact: { uploaded: false, why: 'disabled' }, files, note, checkUrl: 'javascript:alert(1) ' })).toBe(
      `Full report: report.md in the runner's temp folder (${path}), which was not uploaded (artifact-name is empty); a later step can read it from the report-markdown output · [workflow run](${run})`,
    );
    // A name from the workflow file is escaped.
    expect(reportLinks({ run: undefined, artifact: { uploaded: true, name: '[x](y) @team' }, files: [], note })).toBe(
      'Full report: the &#91;x&#93;(y) @\u200dteam artifact',
    );
  });

  it('puts the links under the header of every body, whole or cut to the verdict', () => {
    const links = 'Full report: [the model-gate-report artifact](https://github.com/acme/models/actions/runs/77/artifacts/1)';
    const small = fitReport(report(drifting(2)), { limit: COMMENT_MAX, fullReportNote: NOTE, links });
    expect(small).toContain(`\n\n${links}\n\n`);
    expect(small.indexOf(links)).toBeLessThan(small.indexOf('#### '));
    const tiny = fitReport(report(drifting(600)), { limit: 1_500, fullReportNote: NOTE, links });
    expect(utf8Bytes(tiny)).toBeLessThanOrEqual(1_500);
    expect(tiny).toContain(`${links}\n\n**Not shown**`);
  });

  it('links the workflow run only from runner-provided values', () => {
    expect(runUrl({ GITHUB_RUN_ID: '77', GITHUB_SERVER_URL: 'https://github.com' }, 'acme', 'models')).toBe(
      'https://github.com/acme/models/actions/runs/77',
    );
    expect(runUrl({}, 'acme', 'models')).toBeUndefined();
    expect(runUrl({ GITHUB_RUN_ID: '1) [x](y' }, 'acme', 'models')).toBeUndefined();
  });
});
