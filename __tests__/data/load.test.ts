import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CategoricalColumn, NumericColumn, Table } from '../../src/data/table.js';
import { MAX_COLUMNS } from '../../src/data/builder.js';
import { bothReaders, csvFile, inputError, load } from './helpers.js';
import { parseFile } from '../../src/data/parse-file.js';

const GOOD = 'a,b\n1,x\n2,y\n';

function num(t: Table, name: string): NumericColumn {
  const c = t.columns.get(name);
  if (c?.kind !== 'numeric') throw new Error(`${name} is not numeric`);
  return c;
}
function cat(t: Table, name: string): CategoricalColumn {
  const c = t.columns.get(name);
  if (c?.kind !== 'categorical') throw new Error(`${name} is not categorical`);
  return c;
}
function texts(c: CategoricalColumn): (string | null)[] {
  return Array.from(c.codes, (k) => (k < 0 ? null : c.dictionary[k]));
}

describe('loadPair: reading', () => {
  it('reads numbers and categories into typed columns', async () => {
    const { reference, current, sorted } = await load(
      csvFile('x,g,y\n1.5,a,3\n,b,-1\n2,a,NA\n'),
      csvFile('x,g,y\n7,c,1\n'),
    );
    expect(reference.rowCount).toBe(3);
    expect(reference.names).toEqual(['x', 'g', 'y']);
    expect(Array.from(num(reference, 'x').values)).toEqual([1.5, NaN, 2]);
    expect(num(reference, 'x').missing).toBe(1);
    expect(num(reference, 'y').missing).toBe(1);
    expect(texts(cat(reference, 'g'))).toEqual(['a', 'b', 'a']);
    expect(cat(reference, 'g').dictionary).toEqual(['a', 'b']);
    expect(Array.from(sorted.reference.get('y')!)).toEqual([-1, 3]);
    expect(Array.from(sorted.current.get('x')!)).toEqual([7]);
    expect(sorted.reference.has('g')).toBe(false);
    expect(reference.source).toBe('ref.csv');
    expect(current.source).toBe('cur.csv');
  });

  it('strips a UTF-8 BOM', async () => {
    const { reference } = await load(csvFile('\ufeffid,v\n1,2\n'), csvFile(GOOD));
    expect(reference.names).toEqual(['id', 'v']);
    expect(num(reference, 'id').values[0]).toBe(1);
  });

  it('reads CRLF files, and a last line without a newline', async () => {
    const { reference } = await load(csvFile('a,b\r\n1,x\r\n2,y'), csvFile(GOOD));
    expect(Array.from(num(reference, 'a').values)).toEqual([1, 2]);
    expect(texts(cat(reference, 'b'))).toEqual(['x', 'y']);
  });

  it('reads quoted fields with commas, quotes and newlines, and maps rows to their lines', async () => {
    const file = csvFile('id,note\n1,"a, b"\n2,"say ""hi"""\n3,"two\nlines"\n4,"three\r\nlines\nhere"\n5,plain\n');
    const { reference } = await load(file, csvFile(GOOD));
    expect(texts(cat(reference, 'note'))).toEqual(['a, b', 'say "hi"', 'two\nlines', 'three\r\nlines\nhere', 'plain']);
    expect([0, 1, 2, 3, 4].map((i) => reference.rowLine(i))).toEqual([2, 3, 4, 6, 9]);
  });

  it('skips blank lines and keeps row → line right', async () => {
    const { reference } = await load(csvFile('\na,b\n1,2\n\n\n3,4\n\n5,6\n'), csvFile('a,b\n1,2\n'));
    expect(reference.rowCount).toBe(3);
    expect([0, 1, 2].map((i) => reference.rowLine(i))).toEqual([3, 6, 8]);
  });

  it('trims spaces around numbers; keeps category text as written', async () => {
    const { reference } = await load(csvFile('n,c\n 1 ,a \n\t2.5\t, a\n'), csvFile(GOOD));
    expect(Array.from(num(reference, 'n').values)).toEqual([1, 2.5]);
    expect(cat(reference, 'c').dictionary).toEqual(['a ', ' a']);
  });

  it('reads missing tokens as missing in both kinds, NaN included', async () => {
    const { reference } = await load(csvFile('n,c\nNaN,NA\n1,\n null ,x\nN/A,None\n'), csvFile(GOOD));
    expect(num(reference, 'n').missing).toBe(3);
    expect(cat(reference, 'c').missing).toBe(3);
    expect(cat(reference, 'c').dictionary).toEqual(['x']);
  });

  it('infers a column with any text as categorical, keeping the numbers as written', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${i},0${i}.0`).join('\n');
    const { reference, sorted } = await load(csvFile(`n,m\n${rows}\n51,abc\n`), csvFile('n,m\n1,2\n'));
    const m = cat(reference, 'm');
    expect(m.dictionary.slice(0, 3)).toEqual(['00.0', '01.0', '02.0']);
    expect(m.dictionary.at(-1)).toBe('abc');
    expect(m.missing).toBe(0);
    expect(sorted.reference.has('m')).toBe(false);
  });

  it('honours type overrides: a numeric-looking column read as categorical keeps its text', async () => {
    const { reference, current } = await load(
      csvFile('zip,v\n02134,1\n10001,2\n'),
      csvFile('zip,v\n02134,1\n'),
      { zip: 'categorical' },
    );
    expect(cat(reference, 'zip').dictionary).toEqual(['02134', '10001']);
    expect(cat(current, 'zip').dictionary).toEqual(['02134']);
  });

  it('gives an all-missing reference column the kind the current file suggests', async () => {
    const a = await load(csvFile('e,f,g\n,,1\nNA,,2\n'), csvFile('e,f,g\nred,,3\nblue,4,5\n'));
    const e = cat(a.reference, 'e');
    expect(e.missing).toBe(2);
    expect(Array.from(e.codes)).toEqual([-1, -1]);
    expect(cat(a.current, 'e').dictionary).toEqual(['red', 'blue']);
    expect(num(a.reference, 'f').missing).toBe(2);
    expect(Array.from(a.sorted.reference.get('f')!)).toEqual([]);
    expect(Array.from(num(a.current, 'f').values)).toEqual([NaN, 4]);
    // Missing on both sides: numeric, all missing.
    const b = await load(csvFile('e,g\n,1\n'), csvFile('e,g\nNA,2\n'));
    expect(num(b.reference, 'e').missing).toBe(1);
    expect(num(b.current, 'e').missing).toBe(1);
  });

  it('reads the current file with the reference kinds; current-only columns are inferred', async () => {
    const { current } = await load(
      csvFile('c,n\nx,1\ny,2\n'),
      csvFile('c,n,extra,extra2\n1,3,q,4\n2.50,4,r,5\n,5,s,6\n'),
    );
    expect(texts(cat(current, 'c'))).toEqual(['1', '2.50', null]);
    expect(Array.from(num(current, 'n').values)).toEqual([3, 4, 5]);
    expect(cat(current, 'extra').dictionary).toEqual(['q', 'r', 's']);
    expect(Array.from(num(current, 'extra2').values)).toEqual([4, 5, 6]);
  });

  it('counts rows equal in every column to an earlier row', async () => {
    const { reference } = await load(
      csvFile('a,b,c\n1,x,2\n1.0,x,2\n1,y,2\n,x,\nNA,x,NaN\n1,x,2\n-0,x,2\n0,x,2\n'),
      csvFile(GOOD),
    );
    // rows 2 and 6 repeat row 1 (1.0 = 1), row 5 repeats row 4 (missing = missing), -0 = 0.
    expect(reference.duplicateRows).toBe(4);
  });

  it('counts duplicates on the columns as reconciled: a column read again as text compares as text', async () => {
    // `c` is text in the reference, so the current file's numbers in it are read again as text:
    // "1" and "1.0" then differ, and only the third row repeats the first.
    const { current } = await load(csvFile('c,n\np,1\nq,2\n'), csvFile('c,n\n1,5\n1.0,5\n1,5\n'));
    expect(current.columns.get('c')!.kind).toBe('categorical');
    expect(current.duplicateRows).toBe(1);
    expect(current.duplicateRows).toBe(1); // counted once, then remembered
  });
});

describe('loadPair: malformed input', () => {
  it('missing file', async () => {
    const e = await inputError(load('/nonexistent/nope.csv', csvFile(GOOD)));
    expect(e.message).toBe('ref.csv: file not found');
  });

  it('a directory', async () => {
    const d = csvFile('', 'x') + '.d';
    mkdirSync(d);
    const e = await inputError(load(csvFile(GOOD), d));
    expect(e.message).toBe('cur.csv: is a directory without Parquet part files (*.parquet) in it: name a CSV or Parquet file, or a directory of Parquet parts (partition sub-directories such as day=1/ are not read)');
  });

  it('empty file, BOM only, blank lines only', async () => {
    for (const content of ['', '\ufeff', '\n\n', '\r\n\r\n']) {
      const e = await inputError(load(csvFile(content), csvFile(GOOD)));
      expect(e.message).toBe('ref.csv: the file is empty: expected a header row');
    }
  });

  it('header only', async () => {
    for (const content of ['a,b', 'a,b\n', 'a,b\r\n\r\n']) {
      const e = await inputError(load(csvFile(GOOD), csvFile(content)));
      expect(e.message).toBe('cur.csv: the file has a header but no data rows');
    }
  });

  it('duplicate and empty header names', async () => {
    let e = await inputError(load(csvFile('a,b,a\n1,2,3\n'), csvFile(GOOD)));
    expect(e.message).toBe('ref.csv row 1 column "a": duplicate column name (columns 1 and 3 of the header)');
    e = await inputError(load(csvFile('\na,,c\n1,2,3\n'), csvFile(GOOD)));
    expect(e.message).toBe('ref.csv row 2: column 2 of the header has an empty name');
  });

  it('ragged rows, short and long', async () => {
    let e = await inputError(load(csvFile(GOOD), csvFile('a,b,c\n1,2,3\n4,5\n')));
    expect(e.message).toBe('cur.csv row 3: 2 fields, but the header has 3');
    e = await inputError(load(csvFile('a,b,c\n1,2,3\n\n4,5,6,7,8\n'), csvFile(GOOD)));
    expect(e.message).toBe('ref.csv row 4: 5 fields, but the header has 3');
    e = await inputError(load(csvFile('a,b\n"1\n2",3\n4\n'), csvFile(GOOD)));
    expect(e.message).toBe('ref.csv row 4: 1 field, but the header has 2');
  });

  it('a non-numeric value in a numeric column of the current file', async () => {
    const e = await inputError(load(csvFile('a,b\n1,2\n'), csvFile('a,b\n1,2\n3,4\n5,oops\n')));
    expect(e.message).toBe('cur.csv row 4 column "b": "oops" is not a number, but the column is numeric in ref.csv');
    expect(e.where).toBe('cur.csv row 4 column "b"');
  });

  it('a non-numeric value in a column the config makes numeric; long values are cut', async () => {
    const long = 'x'.repeat(60);
    const e = await inputError(load(csvFile(`a,b\n1,2\n3,${long}\n`), csvFile(GOOD), { b: 'numeric' }));
    expect(e.message).toBe(
      `ref.csv row 3 column "b": "${'x'.repeat(40)}…" is not a number, but the column is numeric (columns.types in the config makes it numeric)`,
    );
  });

  it('Infinity and inf are not finite numbers', async () => {
    for (const bad of ['Infinity', '-inf', 'inf', '+Infinity', '1e999']) {
      const e = await inputError(load(csvFile(`a,b\n1,2\n3,${bad}\n`), csvFile(GOOD)));
      expect(e.message).toBe(`ref.csv row 3 column "b": "${bad}" is not a finite number`);
      const f = await inputError(load(csvFile('a,b\n1,2\n'), csvFile(`a,b\n1,2\n${bad},4\n`)));
      expect(f.message).toBe(`cur.csv row 3 column "a": "${bad}" is not a finite number`);
    }
  });

  it('"inf" in a text column is just a category', async () => {
    const { reference } = await load(csvFile('a\ninf\nfoo\n'), csvFile('a\nbar\n'));
    expect(cat(reference, 'a').dictionary).toEqual(['inf', 'foo']);
  });

  it('reports the first problem by row, whichever reader and column', async () => {
    const e = await inputError(load(csvFile('a,b\n1,2\n'), csvFile('a,b\n1,2\n3,inf\nx,4\n')));
    expect(e.message).toBe('cur.csv row 3 column "b": "inf" is not a finite number');
  });

  it('malformed quoting names the line', async () => {
    const e = await inputError(load(csvFile('a,b\n1,2\n"x"y,3\n'), csvFile(GOOD)));
    expect(e.where).toBe('ref.csv row 3');
    expect(e.message).toMatch(/^ref\.csv row 3: malformed CSV: /);
  });

  it('both readers give the same errors', async () => {
    const files = [
      'a,b\n1,2\n3\n',
      'a,b\n1,2\n3,4,5\n',
      'a,b\n1,2\r\n',
      'a,a\n1,2\n',
      'a,b\n',
      '',
      'a,b\n1,inf\n',
    ];
    for (const content of files) {
      const p = csvFile(content);
      const fast = await inputError(load(p, csvFile(GOOD), {}, 'auto')).catch((x: Error) => x);
      const slow = await inputError(load(p, csvFile(GOOD), {}, 'csv-parse')).catch((x: Error) => x);
      expect(fast.message, content).toBe(slow.message);
    }
  });
});

describe('readers', () => {
  it('the byte scanner reads plain and RFC 4180 quoted files and hands irregular ones to csv-parse', async () => {
    expect((await bothReaders(csvFile('a,b\n1,2\n')))[0].reader).toBe('plain');
    expect((await bothReaders(csvFile('a,b\r\n1,2\r\n')))[0].reader).toBe('plain');
    expect((await bothReaders(csvFile('a,b\n1,"2"\n')))[0].reader).toBe('plain');
    const [fast, slow] = await bothReaders(csvFile('"a","b ""c"""\r\n"x,1","2"\r\n'));
    expect(fast.reader).toBe('plain');
    expect(fast.names).toEqual(['a', 'b "c"']);
    expect(fast.names).toEqual(slow.names);
    expect(fast.columns[0].dictionary).toEqual(['x,1']);
    const [multi, multiSlow] = await bothReaders(csvFile('a,b\n1,"x\ny"\n2,z\n'));
    expect(multi.reader).toBe('plain');
    expect(multi.columns[1].dictionary).toEqual(['x\ny', 'z']);
    expect(multi.shifts).toEqual(multiSlow.shifts);
    // A quote inside an unquoted field, text after a closing quote, a quote never closed, a line
    // break in a header name.
    for (const irregular of ['a,b\n1,x"y\n', 'a,b\n1,"x"y\n', 'a,b\n1,"x" \n', 'a,b\n1, "x"\n', 'a,b\n1,"x\n', '"a\nb",c\n1,2\n']) {
      const reader = await parseFile({ path: csvFile(irregular), display: 'x.csv', hints: [] }).then((f) => f.reader, () => 'csv-parse');
      expect(reader, irregular).toBe('csv-parse');
    }
    expect((await bothReaders(csvFile('a,b\n1,x\ry\n')))[0].reader).toBe('csv-parse');
    expect((await bothReaders(csvFile('a,b\r\n1,2\n3\r\n')))[0].reader).toBe('csv-parse');
  });
});

describe('loadPair: very wide files', () => {
  const header = (n: number) => Array.from({ length: n }, (_, j) => `c${j}`).join(',');
  const row = (n: number, i: number) => Array.from({ length: n }, (_, j) => (j % 3 === 0 ? `v${(i + j) % 5}` : String((i * j) % 97))).join(',');

  it(`reads ${MAX_COLUMNS.toLocaleString('en-US')} columns, the cap, by both readers`, async () => {
    const text = `${header(MAX_COLUMNS)}\n${row(MAX_COLUMNS, 1)}\n${row(MAX_COLUMNS, 2)}\n`;
    const [fast, slow] = await bothReaders(csvFile(text));
    for (const f of [fast, slow]) {
      expect(f.names).toHaveLength(MAX_COLUMNS);
      expect(f.columns[3]!.dictionary).toEqual(['v4', 'v0']);
      expect(Array.from(f.columns[MAX_COLUMNS - 2]!.values!)).toEqual([(MAX_COLUMNS - 2) % 97, (2 * (MAX_COLUMNS - 2)) % 97]);
    }
  });

  it('refuses more columns with a one-line error naming the file and the cap, before reading rows', async () => {
    for (const reader of ['auto', 'csv-parse'] as const) {
      const e = await inputError(load(csvFile(`${header(100_000)}\n${row(100_000, 1)}\n`), csvFile(GOOD), {}, reader));
      expect(e.message).toBe(
        "ref.csv row 1: the header has 100,000 columns, more than the 16,384 model-gate reads: keep the columns the model uses (e.g. with csvkit's csvcut or pandas) and try again",
      );
    }
  });
});
