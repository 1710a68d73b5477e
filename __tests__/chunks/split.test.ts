import { describe, expect, it } from 'vitest';
import { byCount, bySize, byTime, MAX_TIME_CHUNKS, splitChunks } from '../../src/chunks/split.js';
import { ChunkingError } from '../../src/chunks/types.js';
import { defaultChunking, defaultConfig } from '../../src/config/defaults.js';
import type { ChunkingSettings } from '../../src/config/types.js';
import { makeTable } from '../helpers/tables.js';

function cfgWith(over: Partial<ChunkingSettings> | null) {
  const c = defaultConfig('ref.csv', 'cur.csv');
  c.chunking = over === null ? null : { ...defaultChunking(), ...over };
  return c;
}

describe('positional chunks', () => {
  it('size: consecutive rows, the last chunk holding the rest', () => {
    const c = bySize(25, 10);
    expect(c.chunks.map((k) => [k.key, k.rows, k.first, k.last])).toEqual([
      ['rows 1–10', 10, 0, 9], ['rows 11–20', 10, 10, 19], ['rows 21–25', 5, 20, 24],
    ]);
    expect(Array.from(c.index.slice(8, 12))).toEqual([0, 0, 1, 1]);
    expect(c.by).toBe('10 rows');
  });

  it('count: numpy.array_split sizes (the first n mod K chunks one row longer)', () => {
    expect(byCount(10, 3).chunks.map((k) => k.rows)).toEqual([4, 3, 3]);
    expect(byCount(12, 4).chunks.map((k) => k.rows)).toEqual([3, 3, 3, 3]);
    const c = byCount(11, 4);
    expect(c.chunks.map((k) => k.rows)).toEqual([3, 3, 3, 2]);
    expect(Array.from(c.index)).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3]);
  });

  it('count: never makes a chunk with no rows; says so when the file is shorter than the count', () => {
    const c = byCount(3, 10);
    expect(c.chunks.map((k) => k.rows)).toEqual([1, 1, 1]);
    expect(c.by).toBe('3 chunks (10 asked; the file has 3 rows)');
    expect(byCount(0, 4).chunks).toEqual([]);
    expect(bySize(0, 4).chunks).toEqual([]);
  });
});

describe('time chunks', () => {
  it('text timestamps: parsed once per distinct value; empty days listed; out-of-order rows counted', () => {
    const t = makeTable('cur.csv', {
      ts: ['2026-11-03T10:00:00Z', '2026-11-03T23:59:59Z', '2026-11-06', '2026-11-03T01:00:00+02:00', '2026-11-04T00:00:00+01:00'],
    });
    const c = byTime(t, 'ts', 'day');
    expect(c.chunks.map((k) => [k.key, k.rows, k.first, k.last])).toEqual([
      ['2026-11-02', 1, 3, 3], // 01:00+02:00 is 23:00 the day before, UTC
      ['2026-11-03', 3, 0, 4],
      ['2026-11-04', 0, -1, -1],
      ['2026-11-05', 0, -1, -1],
      ['2026-11-06', 1, 2, 2],
    ]);
    expect(Array.from(c.index)).toEqual([1, 1, 4, 0, 1]);
    expect(c.outOfOrder).toBe(1);
    expect(c.chunks[0].start).toBe(Date.UTC(2026, 10, 2));
    expect(c.chunks[0].end).toBe(Date.UTC(2026, 10, 3));
    expect(c.by).toBe('day of "ts"');
  });

  it('numeric timestamps: epoch seconds, or milliseconds above 1e11; weeks and months', () => {
    const s = Date.UTC(2026, 10, 3) / 1000;
    const secs = makeTable('cur.csv', { ts: [s, s + 7 * 86400, s + 40 * 86400] });
    const ms = makeTable('cur.csv', { ts: [s * 1000, (s + 7 * 86400) * 1000, (s + 40 * 86400) * 1000] });
    for (const t of [secs, ms]) {
      expect(byTime(t, 'ts', 'week').chunks.map((k) => [k.key, k.rows])).toEqual([
        ['2026-W45', 1], ['2026-W46', 1], ['2026-W47', 0], ['2026-W48', 0], ['2026-W49', 0], ['2026-W50', 1],
      ]);
      expect(byTime(t, 'ts', 'month').chunks.map((k) => [k.key, k.rows])).toEqual([['2026-11', 2], ['2026-12', 1]]);
      expect(byTime(t, 'ts', 'month').outOfOrder).toBe(0);
    }
  });

  it('an unreadable or missing timestamp is an error naming the file, line and value (the first few)', () => {
    const t = makeTable('cur.csv', { ts: ['2026-11-03', 'tomorrow', null, '2026-02-30', 'x', '2026-11-04'] });
    const call = () => byTime(t, 'ts', 'day');
    expect(call).toThrow(ChunkingError);
    expect(call).toThrow('cur.csv column "ts": 4 rows have no readable timestamp (ISO 8601 date or date-time, or epoch seconds/milliseconds), so the rows cannot be put in time chunks: line 3: "tomorrow", line 4: missing, line 5: "2026-02-30", and 1 more');
    const n = makeTable('cur.csv', { ts: [1.7e9, null] });
    expect(() => byTime(n, 'ts', 'day')).toThrow('line 3: missing');
  });

  it('a missing column, or a span of more periods than allowed, is an error', () => {
    const t = makeTable('ref.csv', { a: [1, 2] });
    expect(() => byTime(t, 'ts', 'day')).toThrow('ref.csv has no column "ts", which chunking.column names as the timestamp');
    const wide = makeTable('ref.csv', { ts: ['1970-01-01', '2026-11-03'] });
    expect(() => byTime(wide, 'ts', 'day')).toThrow(`more than the ${MAX_TIME_CHUNKS.toLocaleString('en-US')} chunks allowed`);
    expect(byTime(wide, 'ts', 'month').chunks).toHaveLength(683);
  });
});

describe('splitChunks', () => {
  it('null without chunking; else the configured way', () => {
    const t = makeTable('cur.csv', { ts: ['2026-11-03', '2026-11-04', '2026-11-04'] });
    expect(splitChunks(cfgWith(null), t)).toBeNull();
    expect(splitChunks(cfgWith({ size: 2 }), t)!.chunks.map((k) => k.rows)).toEqual([2, 1]);
    expect(splitChunks(cfgWith({ count: 3 }), t)!.chunks.map((k) => k.rows)).toEqual([1, 1, 1]);
    expect(splitChunks(cfgWith({ column: 'ts', period: 'day' }), t)!.chunks.map((k) => k.key)).toEqual(['2026-11-03', '2026-11-04']);
    expect(() => splitChunks(cfgWith({}), t)).toThrow(ChunkingError);
  });
});
