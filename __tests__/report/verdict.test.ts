import { describe, expect, it } from 'vitest';
import type { Status, TestResult } from '../../src/results/types.js';
import { countStatuses, verdictOf } from '../../src/report/verdict.js';

function t(status: Status, i = 0): TestResult {
  return { id: `x.${i}`, family: 'drift', name: 'x', method: 'ks', status, severity: 'fail', value: 0, threshold: null, message: '' };
}
const many = (...s: Status[]): TestResult[] => s.map((x, i) => t(x, i));

describe('countStatuses', () => {
  it('counts every status, zeros included', () => {
    expect(countStatuses(many('pass', 'pass', 'warn', 'skip', 'error'))).toEqual({ error: 1, fail: 0, warn: 1, pass: 2, info: 0, skip: 1 });
    expect(countStatuses([])).toEqual({ error: 0, fail: 0, warn: 0, pass: 0, info: 0, skip: 0 });
  });
  it('counts an unknown status as an error rather than dropping it', () => {
    const odd = { ...t('pass'), status: 'passed' as Status };
    expect(countStatuses([odd])).toEqual({ error: 1, fail: 0, warn: 0, pass: 0, info: 0, skip: 0 });
    expect(verdictOf([odd, t('pass')])).toBe('error');
  });
});

describe('verdictOf', () => {
  it.each<[Status[], string]>([
    [['pass'], 'pass'],
    [['pass', 'skip'], 'pass'],
    [['pass', 'warn'], 'warn'],
    [['warn', 'fail', 'pass'], 'fail'],
    [['fail', 'error', 'warn'], 'error'],
    [['error'], 'error'],
    [['warn'], 'warn'],
    [['fail', 'skip'], 'fail'],
  ])('%j → %s', (statuses, verdict) => {
    expect(verdictOf(many(...statuses))).toBe(verdict);
  });
  it('is error when nothing ran: no tests, or only skips', () => {
    expect(verdictOf([])).toBe('error');
    expect(verdictOf(many('skip', 'skip'))).toBe('error');
  });
});

describe('info results', () => {
  it('count for nothing: info beside a pass is a pass, info alone is an error (nothing was judged)', () => {
    expect(verdictOf([t('info'), t('pass')])).toBe('pass');
    expect(verdictOf([t('info'), t('skip')])).toBe('error');
    expect(countStatuses([t('info')]).info).toBe(1);
  });
});
