import { describe, expect, it } from 'vitest';
import { formatDelta, formatInt, formatNumber, formatPValue, formatShare } from '../../src/report/format.js';

describe('formatInt', () => {
  it.each<[number, string]>([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [120345, '120,345'],
    [1234567, '1,234,567'],
    [-1234567, '-1,234,567'],
    [10_000_000, '10,000,000'],
    [2.6, '3'],
  ])('%d → %s', (x, s) => expect(formatInt(x)).toBe(s));
});

describe('formatNumber', () => {
  it.each<[number, string]>([
    [0, '0'],
    [1, '1'],
    [0.1, '0.1'],
    [0.21345678, '0.2135'],
    [0.04123, '0.04123'],
    [12.3456, '12.35'],
    [-3.14159, '-3.142'],
    [999.96, '1000'],
    [1234.5678, '1,235'],
    [150000, '150,000'],
    [0.0004, '0.0004'],
    [0.00012346, '0.0001235'],
    [0.000012345, '1.23e-5'],
    [-2.5e-9, '-2.5e-9'],
    [1e16, '1e16'],
    [1.2345e20, '1.235e20'],
  ])('%d → %s', (x, s) => expect(formatNumber(x)).toBe(s));

  it('never prints NaN; shows infinities', () => {
    expect(formatNumber(NaN)).toBe('—');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(-Infinity)).toBe('-∞');
  });
});

describe('formatDelta', () => {
  it.each<[number, string]>([
    [0.0123, '+0.0123'],
    [-0.0312, '-0.0312'],
    [0, '0'],
    [Infinity, '+∞'],
    [-Infinity, '-∞'],
    [NaN, '—'],
  ])('%d → %s', (x, s) => expect(formatDelta(x)).toBe(s));
});

describe('formatPValue', () => {
  it.each<[number, string]>([
    [3.2e-7, '3.2e-7'],
    [3.24e-7, '3.2e-7'],
    [1e-300, '1e-300'],
    [0.00099, '9.9e-4'],
    [0.001, '0.001'],
    [0.041, '0.041'],
    [0.04149, '0.041'],
    [0.5, '0.5'],
    [0.999, '1'],
    [1, '1'],
    [0, '0'],
  ])('%d → %s', (x, s) => expect(formatPValue(x)).toBe(s));
  it('shows impossible p-values as missing, not as numbers', () => {
    for (const p of [NaN, -0.1, 1.5, Infinity, null, undefined]) expect(formatPValue(p)).toBe('—');
  });
});

describe('formatShare', () => {
  it.each<[number, string]>([
    [0, '0%'],
    [1, '100%'],
    [0.5, '50%'],
    [0.0342, '3.42%'],
    [0.12345, '12.3%'],
    [0.001, '0.1%'],
    [0.0000042, '<0.001%'],
    [-0.02, '-2%'],
    [25, '2,500%'],
  ])('%d → %s', (x, s) => expect(formatShare(x)).toBe(s));
  it('never prints NaN', () => expect(formatShare(NaN)).toBe('—'));
});
