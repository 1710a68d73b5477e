/**
 * The byte scanner must yield exactly what csv-parse yields: same columns bit for bit, same
 * dictionaries, same duplicate counts, same row → line map, same errors. Files are generated
 * from a seeded generator with tricky numbers, missing tokens, mixed columns and blank lines.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countDuplicateRows } from '../../src/data/duplicates.js';
import { parseFile } from '../../src/data/parse-file.js';
import type { ParsedFile } from '../../src/data/parsed.js';
import { ColumnarTable } from '../../src/data/columnar-table.js';
import { csvFile, sameFloats } from './helpers.js';
import { mulberry32 as rng } from '../helpers/random.js';

interface Fixture {
  text: string;
  value: string | null;
}
const numbers = JSON.parse(
  readFileSync(new URL('../fixtures/data-numbers.json', import.meta.url), 'utf8'),
) as Fixture[];
const finiteTexts = numbers.filter((n) => n.value !== 'inf').map((n) => n.text);


/**
 * With `quote`, fields are quoted as CSV writers do (RFC 4180): some, or every field of some rows,
 * with quotes and commas inside (`""` for a quote), quoted numbers and quoted empty fields.
 */
function generate(seed: number, rows: number, eol: string, quote = false): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const plain = ['a', 'b', 'ccc', 'Δelta', 'NA', '', ' x ', '02134', 'é'];
  const cats = quote ? [...plain, 'x,y', 'say "hi"', '"', ',', 'two\nlines', 'a\r\nb', '\n'] : plain;
  const q = (f: string): string => `"${f.replaceAll('"', '""')}"`;
  const needs = (f: string): boolean => /[",\r\n]/.test(f);
  const names = ['num', 'cat', 'mixed', 'sparse', 'int', 'empty', 'late'];
  const lines = [quote ? names.map((n, i) => (i % 2 ? q(n) : n)).join(',') : names.join(',')];
  const previous: string[] = [];
  for (let i = 0; i < rows; i++) {
    if (previous.length > 0 && r() < 0.03) {
      lines.push(pick(previous)); // exact duplicate row
      continue;
    }
    if (r() < 0.01) lines.push(''); // blank line
    const fields = [
      pick(finiteTexts),
      pick(cats),
      r() < 0.5 ? pick(finiteTexts) : pick(cats),
      r() < 0.9 ? pick(['', 'NaN', 'null', ' NA ']) : String(Math.floor(r() * 5)),
      String(Math.floor(r() * 7) - 3),
      pick(['', 'NA']),
      i === rows - 3 ? 'text at the end' : String(r()),
    ];
    const all = quote && r() < 0.2;
    const line = fields.map((f) => (quote && (all || needs(f) || r() < 0.3) ? q(f) : f)).join(',');
    previous.push(line);
    lines.push(line);
  }
  return lines.join(eol) + (r() < 0.5 ? eol : '');
}

function expectSame(fast: ParsedFile, slow: ParsedFile): void {
  expect(fast.reader).toBe('plain');
  expect(slow.reader).toBe('csv-parse');
  expect(fast.names).toEqual(slow.names);
  expect(fast.rowCount).toBe(slow.rowCount);
  expect(fast.headerLine).toBe(slow.headerLine);
  expect(countDuplicateRows(fast.columns, fast.rowCount)).toBe(countDuplicateRows(slow.columns, slow.rowCount));
  expect(fast.columns.length).toBe(slow.columns.length);
  for (let i = 0; i < fast.columns.length; i++) {
    const a = fast.columns[i];
    const b = slow.columns[i];
    expect(a.name).toBe(b.name);
    expect(a.kind, a.name).toBe(b.kind);
    expect(sameFloats(a.values, b.values), a.name).toBe(true);
    expect(a.codes && Array.from(a.codes)).toEqual(b.codes && Array.from(b.codes));
    expect(a.dictionary).toEqual(b.dictionary);
    expect(a.missing).toBe(b.missing);
    expect(a.firstText).toEqual(b.firstText);
    expect(a.firstInfinite).toEqual(b.firstInfinite);
  }
  expect(fast.sorted.length).toBe(slow.sorted.length);
  for (let i = 0; i < fast.sorted.length; i++) {
    expect(fast.sorted[i][0]).toBe(slow.sorted[i][0]);
    expect(sameFloats(fast.sorted[i][1], slow.sorted[i][1])).toBe(true);
  }
  const ta = new ColumnarTable('f', fast.rowCount, fast.names, fast.columns, fast.headerLine, fast.shifts, 0);
  const tb = new ColumnarTable('f', slow.rowCount, slow.names, slow.columns, slow.headerLine, slow.shifts, 0);
  for (let i = 0; i < fast.rowCount; i++) if (ta.rowLine(i) !== tb.rowLine(i)) expect(ta.rowLine(i)).toBe(tb.rowLine(i));
}

describe('byte scanner ≡ csv-parse', () => {
  for (const [seed, eol] of [
    [1, '\n'],
    [2, '\r\n'],
    [3, '\n'],
  ] as const) {
    it(`generated file, seed ${seed}, ${JSON.stringify(eol)}`, async () => {
      const path = csvFile(generate(seed, 3000, eol));
      const fast = await parseFile({ path, display: 'g.csv', hints: [], chunkSize: 700 });
      const slow = await parseFile({ path, display: 'g.csv', hints: [], reader: 'csv-parse' });
      expectSame(fast, slow);
      const kinds = Object.fromEntries(fast.columns.map((c) => [c.name, c.kind]));
      expect(kinds).toEqual({
        num: 'numeric',
        cat: 'categorical',
        mixed: 'categorical',
        sparse: 'numeric',
        int: 'numeric',
        empty: 'numeric',
        late: 'categorical',
      });
      expect(countDuplicateRows(fast.columns, fast.rowCount)).toBeGreaterThan(50);
    });
  }

  for (const [seed, eol] of [
    [5, '\n'],
    [6, '\r\n'],
  ] as const) {
    it(`generated file with quoted fields, seed ${seed}, ${JSON.stringify(eol)}`, async () => {
      const text = generate(seed, 3000, eol, true);
      expect(text).toContain('"say ""hi"""');
      const path = csvFile(text);
      const fast = await parseFile({ path, display: 'g.csv', hints: [], chunkSize: 700 });
      const slow = await parseFile({ path, display: 'g.csv', hints: [], reader: 'csv-parse' });
      expectSame(fast, slow);
      expect(fast.columns[1].dictionary).toEqual(expect.arrayContaining(['x,y', 'say "hi"', '"', ',', 'two\nlines', 'a\r\nb']));
      expect(fast.shifts!.rows.length).toBeGreaterThan(100);
      // Read sizes that put record ends inside quoted line breaks, again and again.
      for (const chunkSize of [97, 256, 1000]) expectSame(await parseFile({ path, display: 'g.csv', hints: [], chunkSize }), slow);
      for (const only of [['cat', 'late'], ['num']]) {
        const f = await parseFile({ path, display: 'g.csv', hints: [['int', 'categorical']], chunkSize: 1 << 12, only });
        const s2 = await parseFile({ path, display: 'g.csv', hints: [['int', 'categorical']], reader: 'csv-parse', only });
        expectSame(f, s2);
      }
    });
  }

  it('with config hints and a column subset', async () => {
    const path = csvFile(generate(4, 2000, '\n'));
    const hints: [string, 'numeric' | 'categorical'][] = [
      ['num', 'categorical'],
      ['int', 'categorical'],
    ];
    for (const only of [undefined, ['num', 'late']]) {
      const fast = await parseFile({ path, display: 'g.csv', hints, chunkSize: 1 << 12, ...(only ? { only } : {}) });
      const slow = await parseFile({ path, display: 'g.csv', hints, reader: 'csv-parse', ...(only ? { only } : {}) });
      expectSame(fast, slow);
    }
  });

  it('lines longer than the read size', async () => {
    const wide = Array.from({ length: 300 }, (_, i) => `c${i}`).join(',');
    const row = (k: number): string => Array.from({ length: 300 }, (_, i) => String((i * k) / 7)).join(',');
    const path = csvFile([wide, row(1), row(2), row(3)].join('\n'));
    const fast = await parseFile({ path, display: 'w.csv', hints: [], chunkSize: 4096 });
    const slow = await parseFile({ path, display: 'w.csv', hints: [], reader: 'csv-parse' });
    expectSame(fast, slow);
  });
});

describe('numbers', () => {
  it('parses every fixture value exactly as Python float() does, in both readers', async () => {
    const finite = numbers.filter((n) => n.value !== 'inf');
    const path = csvFile(`v\n${finite.map((n) => n.text).join('\n')}\n`);
    // Blank lines are skipped, so the fixture's empty string never becomes a row.
    const kept = finite.filter((n) => n.text !== '');
    for (const reader of ['auto', 'csv-parse'] as const) {
      const f = await parseFile({ path, display: 'n.csv', hints: [], reader });
      const values = f.columns[0].values!;
      expect(values.length).toBe(kept.length);
      for (let i = 0; i < kept.length; i++) {
        const expected = kept[i].value === null ? NaN : Number(kept[i].value);
        if (!Object.is(values[i], expected)) expect([kept[i].text, values[i]]).toEqual([kept[i].text, expected]);
      }
    }
  });

  it('long mantissas (16-19 digits, the exact quotient path and its fallbacks) in both readers', async () => {
    const r = rng(5);
    const texts: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const n = 15 + Math.floor(r() * 6);
      let digits = '';
      for (let j = 0; j < n; j++) digits += String(Math.floor(r() * 10));
      const point = Math.floor(r() * (n + 3));
      let text = point >= n ? `0.${'0'.repeat(point - n)}${digits}` : `${digits.slice(0, n - point)}.${digits.slice(n - point)}`;
      const form = r();
      if (form < 0.1) text = `${text}e${Math.floor(r() * 9) - 4}`;
      else if (form < 0.2) text = `-${text}`;
      else if (form < 0.25) text = ` ${text} `;
      else if (form < 0.3) text = text.replace(/0+$/, '') || '0';
      texts.push(text);
    }
    // Ties and near-ties around 2^53 and 2^54, and the file's real shape of data.
    texts.push('9007199254740993.0', '9007199254740993.01', '9007199254740992.99', '18014398509481986.0');
    texts.push('0.29137054659327166', '-0.13197055227372628', '0.36346807530784747');
    const path = csvFile(`v\n${texts.join('\n')}\n`);
    const fast = await parseFile({ path, display: 'l.csv', hints: [], chunkSize: 1 << 12 });
    const slow = await parseFile({ path, display: 'l.csv', hints: [], reader: 'csv-parse' });
    expectSame(fast, slow);
    const values = fast.columns[0].values!;
    for (let i = 0; i < texts.length; i++) {
      if (!Object.is(values[i], Number(texts[i]))) expect([texts[i], values[i]]).toEqual([texts[i], Number(texts[i])]);
    }
  });

  it('17-18-digit mantissas where the rounded running value strays furthest (leading nines, odd digit runs)', async () => {
    const r = rng(17);
    const texts: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      const n = 17 + Math.floor(r() * 2);
      const nines = Math.floor(r() * (n + 1));
      let digits = '9'.repeat(nines);
      for (let j = nines; j < n; j++) digits += String(Math.floor(r() * 10));
      if (digits[0] === '0') digits = `1${digits.slice(1)}`;
      // Every split into integer and fraction digits, so single-digit steps fall anywhere.
      const point = 1 + Math.floor(r() * (n - 1));
      texts.push(`${digits.slice(0, point)}.${digits.slice(point)}`);
    }
    texts.push('999999999999999999.9', '99999999999999999.9', '9.99999999999999999', '9999999999999999.99');
    const path = csvFile(`v\n${texts.join('\n')}\n`);
    const fast = await parseFile({ path, display: 'n.csv', hints: [] });
    const values = fast.columns[0].values!;
    for (let i = 0; i < texts.length; i++) {
      if (!Object.is(values[i], Number(texts[i]))) expect([texts[i], values[i]]).toEqual([texts[i], Number(texts[i])]);
    }
  });

  it('rejects every infinite fixture value', async () => {
    for (const n of numbers.filter((x) => x.value === 'inf')) {
      const path = csvFile(`v,w\n1,2\n${n.text},3\n`);
      const f = await parseFile({ path, display: 'n.csv', hints: [] });
      expect(f.columns[0].firstInfinite).toEqual({ line: 3, text: n.text });
    }
  });

  it('hex, binary and other things Number() accepts are text', async () => {
    const path = csvFile('v\n1\n0x10\n0b1\n1_000\n');
    for (const reader of ['auto', 'csv-parse'] as const) {
      const f = await parseFile({ path, display: 'n.csv', hints: [], reader });
      expect(f.columns[0].kind).toBe('categorical');
      expect(f.columns[0].dictionary).toEqual(['1', '0x10', '0b1', '1_000']);
    }
  });
});
