import { describe, expect, it } from 'vitest';
import { isDateColumn, treatAsDate } from '../../src/checks/dates.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { Column } from '../../src/data/table.js';
import { makeTable } from '../helpers/tables.js';

const col = (values: (string | number | null)[]): Column => makeTable('t.csv', { c: values as string[] }).columns.get('c') as Column;

describe('isDateColumn', () => {
  it('recognises ISO 8601 dates and date-times in their usual forms', () => {
    expect(isDateColumn(col(['2024-01-01', '2024-02-29', '2024-12-31']))).toBe(true);
    expect(isDateColumn(col(['2024-01-01T08:30', '2024-01-01 09:15:02', '2024-01-02T10:00:00.123Z', '2024-01-03T10:00:00+01:00']))).toBe(true);
  });

  it('is not fooled by look-alikes: codes, versions, impossible months, numbers', () => {
    expect(isDateColumn(col(['2024-13-01', '2024-00-10']))).toBe(false);
    expect(isDateColumn(col(['A-2024-01', 'B-2024-02']))).toBe(false);
    expect(isDateColumn(col(['1.2.3', '2024.01.01']))).toBe(false);
    expect(isDateColumn(col([20240101, 20240102]))).toBe(false);
    expect(isDateColumn(col([null, null]))).toBe(false);
  });

  it('tolerates a stray placeholder among many dates (95 % of distinct values), not a mixed column', () => {
    const days = Array.from({ length: 40 }, (_, i) => `2024-03-${String((i % 28) + 1).padStart(2, '0')}`);
    expect(isDateColumn(col([...days, 'unknown']))).toBe(true);
    expect(isDateColumn(col(['2024-01-01', '2024-01-02', 'red', 'blue']))).toBe(false);
  });

  it('columns.types forces the column to stay what the user says', () => {
    const cfg = defaultConfig('r', 'c');
    const c = col(['2024-01-01', '2024-01-02']);
    expect(treatAsDate(cfg, 'c', c)).toBe(true);
    cfg.columns.types = { c: 'categorical' };
    expect(treatAsDate(cfg, 'c', c)).toBe(false);
  });
});
