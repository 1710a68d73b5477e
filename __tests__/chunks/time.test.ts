import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { civilFromDays, DAY_MS, daysFromCivil, describePeriod, parseTimestamp, periodOf } from '../../src/chunks/time.js';

const fixture = JSON.parse(readFileSync(new URL('../fixtures/chunks.json', import.meta.url), 'utf8')) as {
  calendar: { day: number; date: string; week: string; month: string }[];
};

describe('parseTimestamp', () => {
  it('reads ISO 8601 dates and date-times as UTC, honouring offsets', () => {
    expect(parseTimestamp('2026-11-03')).toBe(Date.UTC(2026, 10, 3));
    expect(parseTimestamp('2026-11-03T10:20:30Z')).toBe(Date.UTC(2026, 10, 3, 10, 20, 30));
    expect(parseTimestamp('2026-11-03 10:20')).toBe(Date.UTC(2026, 10, 3, 10, 20));
    expect(parseTimestamp('2026-11-03T10:20:30.250Z')).toBe(Date.UTC(2026, 10, 3, 10, 20, 30, 250));
    expect(parseTimestamp('2026-11-03T01:00:00+02:00')).toBe(Date.UTC(2026, 10, 2, 23));
    expect(parseTimestamp('2026-11-03T23:30:00-0130')).toBe(Date.UTC(2026, 10, 4, 1));
    expect(parseTimestamp('2026-11-03T23:00:00-05')).toBe(Date.UTC(2026, 10, 4, 4));
  });

  it('reads the fixed machine form by character codes exactly as the general parser reads it', () => {
    // A leading blank sends a string past the fixed-form reader to the regular expression.
    const strings = [
      '2026-11-03T10:20:30', '2026-11-03 10:20:30', '2026-11-03T10:20:30Z', '2026-11-03T10:20:30.250', '2026-11-03T23:59:59.999Z',
      '2024-02-29T00:00:00Z', '2023-02-29T00:00:00Z', '2026-04-31T00:00:00Z', '2026-13-01T00:00:00Z', '2026-00-01T00:00:00Z',
      '2026-11-00T00:00:00Z', '2026-11-03T24:00:00Z', '2026-11-03T10:60:00Z', '2026-11-03T10:20:60.000Z', '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59.999Z', '2026-11-03T10:20:30.25Z', '2026-11-03T10:20:30.2500', '2026-11-03T1a:20:30Z', '2026/11/03T10:20:30Z',
      '2026-11-03T10:20:30z', '2026-11-03T10:20:30+', '-026-11-03T10:20:30Z', '2026-11-03T10:20:30 ',
    ];
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 3_600_000 * 7 + 61_001) strings.push(new Date(ms).toISOString());
    for (const s of strings) expect(Object.is(parseTimestamp(s), parseTimestamp(` ${s}`)), s).toBe(true);
    expect(parseTimestamp('2026-11-03T10:20:30.007Z')).toBe(Date.UTC(2026, 10, 3, 10, 20, 30, 7));
    expect(parseTimestamp('2026-02-29T00:00:00Z')).toBeNaN();
  });

  it('reads numbers as epoch seconds, and as milliseconds above 1e11', () => {
    expect(parseTimestamp('1700000000')).toBe(1_700_000_000_000);
    expect(parseTimestamp('1700000000123')).toBe(1_700_000_000_123);
    expect(parseTimestamp('1.5')).toBe(1500);
  });

  it('refuses what is no timestamp, including impossible dates', () => {
    for (const bad of ['', 'yesterday', '2026-02-30', '2026-13-01', '2026-11-03T24:00', '2026-11-03T10:61', '03/11/2026', '2026-11-03T10:00+25:00', 'NaN']) {
      expect(parseTimestamp(bad), bad).toBeNaN();
    }
    expect(parseTimestamp('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    expect(parseTimestamp('2023-02-29')).toBeNaN();
  });
});

describe('calendar arithmetic against Python datetime', () => {
  it('round-trips days and dates, and agrees with JavaScript Date', () => {
    const c = new Int32Array(3);
    for (let d = -800_000; d <= 800_000; d += 997) {
      civilFromDays(d, c);
      expect(daysFromCivil(c[0], c[1], c[2])).toBe(d);
      const js = new Date(d * DAY_MS);
      expect([c[0], c[1], c[2]]).toEqual([js.getUTCFullYear(), js.getUTCMonth() + 1, js.getUTCDate()]);
    }
  });

  it('gives the day, ISO week and month keys Python gives', () => {
    const s = new Int32Array(3);
    expect(fixture.calendar.length).toBeGreaterThan(250);
    for (const row of fixture.calendar) {
      const ms = row.day * DAY_MS + 12 * 3600_000;
      expect(describePeriod(periodOf(ms, 'day', s), 'day').key, row.date).toBe(row.date);
      expect(describePeriod(periodOf(ms, 'week', s), 'week').key, row.date).toBe(row.week);
      expect(describePeriod(periodOf(ms, 'month', s), 'month').key, row.date).toBe(row.month);
    }
  });

  it('gives each period its [start, end) in ms', () => {
    const s = new Int32Array(3);
    const week = describePeriod(periodOf(Date.UTC(2026, 10, 3), 'week', s), 'week');
    expect(week).toEqual({ key: '2026-W45', start: Date.UTC(2026, 10, 2), end: Date.UTC(2026, 10, 9) });
    const month = describePeriod(periodOf(Date.UTC(2024, 11, 31, 23, 59), 'month', s), 'month');
    expect(month).toEqual({ key: '2024-12', start: Date.UTC(2024, 11, 1), end: Date.UTC(2025, 0, 1) });
    // Before the epoch, floor (not truncation) keeps the last second of 1969 in its own day.
    expect(describePeriod(periodOf(-1000, 'day', s), 'day').key).toBe('1969-12-31');
  });
});
