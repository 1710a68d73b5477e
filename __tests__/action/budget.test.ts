import { describe, expect, it } from 'vitest';
import { CHECK_OUTPUT_MAX, COMMENT_MAX, cutUtf8, fitReport, SUMMARY_MAX, utf8Bytes } from '../../src/action/budget.js';
import { checkTitle, conclusionFor } from '../../src/action/check.js';
import { commentMarker, configKey, hasMarker, isAuthor } from '../../src/action/comment.js';
import { failureReason, runUrl } from '../../src/action/links.js';
import { outputValues } from '../../src/action/outputs.js';
import type { TestResult } from '../../src/report/model.js';
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
    const marker = commentMarker(configKey('.', 'model-gate.yml'));
    const body = fitReport(big, { limit: COMMENT_MAX, prefix: `${marker}\n`, fullReportNote: NOTE });
    expect(utf8Bytes(body)).toBeLessThanOrEqual(COMMENT_MAX);
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX);
    expect(utf8Bytes(body)).toBeGreaterThan(COMMENT_MAX * 0.8); // the room is used, not wasted
    expect(hasMarker(body, marker)).toBe(true);
    expect(body).toMatch(/\*\*FAIL\*\*/);
    expect(body).toMatch(/Not shown.*Full report: the model-gate-report artifact of \[this workflow run\]/);
    expect(body).not.toContain('<script>');
    // Every <details> opened is closed.
    expect((body.match(/<details>/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
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

  it('cutUtf8 never splits a character', () => {
    expect(cutUtf8('a🚀b', 3)).toBe('a');
    expect(cutUtf8('a🚀b', 5)).toBe('a🚀');
    expect(cutUtf8('abc', 10)).toBe('abc');
  });
});

describe('marker', () => {
  const marker = commentMarker('0123456789ab');

  it('is a hidden HTML comment with a hex key per config', () => {
    expect(marker).toBe('<!-- model-gate:0123456789ab -->');
    expect(configKey('.', 'model-gate.yml')).toMatch(/^[0-9a-f]{12}$/);
    expect(configKey('.', 'model-gate.yml')).toBe(configKey('./', './model-gate.yml'));
    expect(configKey('.', 'a.yml')).not.toBe(configKey('.', 'b.yml'));
    expect(configKey('ml', 'model-gate.yml')).not.toBe(configKey('.', 'model-gate.yml'));
  });

  it('matches only as the first line', () => {
    expect(hasMarker(`${marker}\nreport`, marker)).toBe(true);
    expect(hasMarker(`${marker}\r\nreport`, marker)).toBe(true);
    expect(hasMarker(`> ${marker}\nquoted`, marker)).toBe(false);
    expect(hasMarker(`text\n${marker}`, marker)).toBe(false);
    expect(hasMarker(`<!-- model-gate:0123456789abc -->\nother config`, marker)).toBe(false);
    expect(hasMarker(null, marker)).toBe(false);
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

  it('titles the check with the verdict and counts only', () => {
    const r = report(drifting(3));
    expect(checkTitle(r)).toBe('FAIL — 1 failed, 2 warnings, 3 passed');
  });

  it('sets every output, empty where there is nothing', () => {
    const r = report(drifting(3));
    expect(outputValues({ report: r, markdownPath: '/t/report.md', jsonPath: '/t/report.json' })).toEqual({
      verdict: 'fail',
      passed: '3',
      warnings: '2',
      failed: '1',
      errors: '0',
      skipped: '0',
      'report-markdown': '/t/report.md',
      'report-json': '/t/report.json',
      'comment-url': '',
      'check-url': '',
    });
  });

  it('links the workflow run only from runner-provided values', () => {
    expect(runUrl({ GITHUB_RUN_ID: '77', GITHUB_SERVER_URL: 'https://github.com' }, 'acme', 'models')).toBe(
      'https://github.com/acme/models/actions/runs/77',
    );
    expect(runUrl({}, 'acme', 'models')).toBeUndefined();
    expect(runUrl({ GITHUB_RUN_ID: '1) [x](y' }, 'acme', 'models')).toBeUndefined();
  });
});
