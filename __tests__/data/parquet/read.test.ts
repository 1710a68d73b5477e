import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPair, type LoadedPair } from '../../../src/data/load.js';
import { parseFile } from '../../../src/data/parse-file.js';
import type { CategoricalColumn, ColumnKind, NumericColumn, Table } from '../../../src/data/table.js';
import { InputError } from '../../../src/errors.js';
import { tempDir, writeParquet } from './write.js';

function num(t: Table, name: string): NumericColumn {
  const c = t.columns.get(name);
  if (c?.kind !== 'numeric') throw new Error(`${name} is ${c?.kind ?? 'missing'}, not numeric`);
  return c;
}
function cat(t: Table, name: string): CategoricalColumn {
  const c = t.columns.get(name);
  if (c?.kind !== 'categorical') throw new Error(`${name} is ${c?.kind ?? 'missing'}, not categorical`);
  return c;
}
function texts(c: CategoricalColumn): (string | null)[] {
  return Array.from(c.codes, (k) => (k < 0 ? null : c.dictionary[k]));
}

async function load(reference: string, current: string, types: Record<string, ColumnKind> = {}, display = ['ref.parquet', 'cur.parquet']): Promise<LoadedPair> {
  return loadPair({ path: reference, display: display[0] }, { path: current, display: display[1] }, { types: new Map(Object.entries(types)), threads: false });
}

async function loadError(reference: string, current: string, types: Record<string, ColumnKind> = {}, display?: string[]): Promise<string> {
  try {
    await load(reference, current, types, display);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe('Parquet: types', () => {
  // Every flat type DuckDB writes, two rows each, the second null.
  const SELECT = `
    SELECT * FROM (VALUES
      ((-128)::TINYINT, 32767::SMALLINT, (-2147483648)::INTEGER, 9007199254740993::BIGINT,
       255::UTINYINT, 65535::USMALLINT, 4294967295::UINTEGER, 18446744073709551615::UBIGINT,
       0.1::FLOAT, 0.1::DOUBLE, 12345678901.234::DECIMAL(15,3), 123456789012345678.123::DECIMAL(21,3),
       'east', true, DATE '2024-03-01', TIMESTAMP '2024-03-01 12:30:05.123456',
       TIMESTAMPTZ '2024-03-01 12:30:05+02', TIME '01:02:03', 'a1b2c3d4-0000-4000-8000-000000000001'::UUID, 'NA', ''),
      (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
    ) t(i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, dec15, dec21, s, b, d, ts, tstz, tm, id, na, blank)`;

  it('reads numbers as doubles (exactly as CSV would read their decimal text) and the rest as categories', async () => {
    const file = await writeParquet(join(dir, 'types.parquet'), SELECT);
    const { reference: t } = await load(file, file);
    expect(t.rowCount).toBe(2);
    expect(t.names).toEqual(['i8', 'i16', 'i32', 'i64', 'u8', 'u16', 'u32', 'u64', 'f32', 'f64', 'dec15', 'dec21', 's', 'b', 'd', 'ts', 'tstz', 'tm', 'id', 'na', 'blank']);
    // Reference values: Python's float() of the decimal text (the CSV reader's rule), and
    // float(numpy.float32(0.1)) for the 32-bit float, widened exactly.
    const expected: Record<string, number> = {
      i8: -128,
      i16: 32767,
      i32: -2147483648,
      i64: 9007199254740992,
      u8: 255,
      u16: 65535,
      u32: 4294967295,
      u64: 1.8446744073709552e19,
      f32: 0.10000000149011612,
      f64: 0.1,
      dec15: 12345678901.234,
      dec21: 1.2345678901234568e17,
    };
    for (const [name, v] of Object.entries(expected)) {
      const c = num(t, name);
      expect([name, c.values[0]]).toEqual([name, v]);
      expect(Number.isNaN(c.values[1])).toBe(true);
      expect(c.missing).toBe(1);
    }
    const text: Record<string, string> = {
      s: 'east',
      b: 'true',
      d: '2024-03-01',
      ts: '2024-03-01 12:30:05.123456',
      // In UTC whatever the machine's zone.
      tstz: '2024-03-01 10:30:05+00',
      tm: '01:02:03',
      id: 'a1b2c3d4-0000-4000-8000-000000000001',
      // CSV's missing tokens are CSV's: in Parquet only a null is missing.
      na: 'NA',
      blank: '',
    };
    for (const [name, v] of Object.entries(text)) {
      const c = cat(t, name);
      expect([name, texts(c)]).toEqual([name, [v, null]]);
      expect(c.missing).toBe(1);
    }
    // No header line: row i is row i + 1.
    expect(t.rowLine(0)).toBe(1);
    expect(t.rowLine(1)).toBe(2);
  });

  it('reads zstd, gzip and uncompressed files alike, and a file written by another writer (hyparquet-writer)', async () => {
    const select = "SELECT range::DOUBLE / 8 AS x, ['a', 'b', 'c'][range % 3 + 1] AS g FROM range(5000)";
    const tables = [];
    for (const codec of ['zstd', 'gzip', 'uncompressed']) {
      tables.push((await load(await writeParquet(join(dir, `c-${codec}.parquet`), select, codec), join(dir, `c-${codec}.parquet`))).reference);
    }
    const other = join(dir, 'hyparquet.parquet');
    parquetWriteFile({
      filename: other,
      columnData: [
        { name: 'x', data: Array.from({ length: 5000 }, (_, i) => i / 8), type: 'DOUBLE' },
        { name: 'g', data: Array.from({ length: 5000 }, (_, i) => ['a', 'b', 'c'][i % 3]), type: 'STRING' },
      ],
    });
    tables.push((await load(other, other)).reference);
    for (const t of tables) {
      expect(Array.from(num(t, 'x').values)).toEqual(Array.from({ length: 5000 }, (_, i) => i / 8));
      expect(texts(cat(t, 'g'))).toEqual(Array.from({ length: 5000 }, (_, i) => ['a', 'b', 'c'][i % 3]));
      expect(cat(t, 'g').dictionary).toEqual(['a', 'b', 'c']);
    }
  });

  it('keeps rows in file order across many row groups, dictionary in order of first appearance, duplicates counted as for CSV', async () => {
    const file = await writeParquet(join(dir, 'order.parquet'), "SELECT range AS i, CASE WHEN range % 1000 = 999 THEN NULL ELSE 'v' || ((range * 7919) % 50) END AS g, range % 2 AS dup FROM range(300000)");
    const t = (await load(file, file)).reference;
    const i = num(t, 'i').values;
    for (let k = 0; k < 300000; k += 7) expect(i[k]).toBe(k);
    const g = cat(t, 'g');
    expect(g.missing).toBe(300);
    const firstSeen: string[] = [];
    for (let k = 0; k < 300000 && firstSeen.length < 50; k++) {
      const v = k % 1000 === 999 ? null : `v${(k * 7919) % 50}`;
      if (v !== null && !firstSeen.includes(v)) firstSeen.push(v);
    }
    expect(g.dictionary).toEqual(firstSeen);
    expect(t.duplicateRows).toBe(0);
    const d = await writeParquet(join(dir, 'dups.parquet'), 'SELECT range % 3 AS a, (range % 3)::VARCHAR AS b FROM range(10)');
    expect((await load(d, d)).current.duplicateRows).toBe(7);
  });

  it('NaN is missing; an infinite value in a numeric column is an error naming the file, row and column', async () => {
    const nan = await writeParquet(join(dir, 'nan.parquet'), "SELECT * FROM (VALUES (1.0::DOUBLE), ('NaN'::DOUBLE), (3.0)) t(x)");
    expect(num((await load(nan, nan)).reference, 'x').missing).toBe(1);
    const inf = await writeParquet(join(dir, 'inf.parquet'), "SELECT * FROM (VALUES (1.0::DOUBLE), (2.0), ('-Infinity'::DOUBLE)) t(x)");
    expect(await loadError(nan, inf)).toBe('cur.parquet row 3 column "x": "-Infinity" is not a finite number');
  });

  it('a column with no value takes its kind from the other file, as an empty CSV column does', async () => {
    const empty = await writeParquet(join(dir, 'empty-col.parquet'), 'SELECT * FROM (VALUES (1, NULL::VARCHAR), (2, NULL)) t(x, g)');
    const full = await writeParquet(join(dir, 'full-col.parquet'), "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) t(x, g)");
    const { reference, current } = await load(empty, full);
    expect(cat(reference, 'g').missing).toBe(2);
    expect(texts(cat(current, 'g'))).toEqual(['a', 'b']);
  });
});

describe('Parquet: columns.types and the other file', () => {
  it('columns.types reads a text column as numbers by the CSV rules and a number column as text', async () => {
    const file = await writeParquet(join(dir, 'hints.parquet'), "SELECT * FROM (VALUES ('1.5', 2.5::DOUBLE, 7::BIGINT), (' 3 ', 0.1, 8), ('NA', NULL, NULL)) t(s, x, k)");
    const { reference: t } = await load(file, file, { s: 'numeric', x: 'categorical', k: 'categorical' });
    expect(Array.from(num(t, 's').values)).toEqual([1.5, 3, NaN]);
    expect(texts(cat(t, 'x'))).toEqual(['2.5', '0.1', null]);
    expect(texts(cat(t, 'k'))).toEqual(['7', '8', null]);
    const bad = await writeParquet(join(dir, 'hints-bad.parquet'), "SELECT * FROM (VALUES ('1'), ('two')) t(s)");
    expect(await loadError(bad, bad, { s: 'numeric' })).toBe('ref.parquet row 2 column "s": "two" is not a number, but the column is numeric (columns.types in the config makes it numeric)');
  });

  it('a Parquet text column the reference has as numbers is read as numbers, or is an error naming its first text', async () => {
    const csv = join(dir, 'ref-numbers.csv');
    writeFileSync(csv, 'x\n1\n2\n');
    const ok = await writeParquet(join(dir, 'cur-text-numbers.parquet'), "SELECT * FROM (VALUES ('3.25'), ('4')) t(x)");
    const { current } = await load(csv, ok, {}, ['ref.csv', 'cur.parquet']);
    expect(Array.from(num(current, 'x').values)).toEqual([3.25, 4]);
    const bad = await writeParquet(join(dir, 'cur-text.parquet'), "SELECT * FROM (VALUES ('3'), ('four')) t(x)");
    expect(await loadError(csv, bad, {}, ['ref.csv', 'cur.parquet'])).toBe('cur.parquet row 2 column "x": "four" is not a number, but the column is numeric in ref.csv');
  });

  it('a Parquet number column the reference has as text is read as text', async () => {
    const csv = join(dir, 'ref-text.csv');
    writeFileSync(csv, 'k\na\n7\n');
    const cur = await writeParquet(join(dir, 'cur-ints.parquet'), 'SELECT * FROM (VALUES (7), (9)) t(k)');
    const { reference, current } = await load(csv, cur, {}, ['ref.csv', 'cur.parquet']);
    expect(texts(cat(current, 'k'))).toEqual(['7', '9']);
    expect(cat(reference, 'k').dictionary).toEqual(['a', '7']);
  });
});

describe('Parquet: by content, directories of parts', () => {
  it('a Parquet file named .csv is read as Parquet', async () => {
    const file = await writeParquet(join(dir, 'really.csv'), "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) t(x, g)");
    const t = (await load(file, file, {}, ['data/ref.csv', 'data/cur.csv'])).reference;
    expect(Array.from(num(t, 'x').values)).toEqual([1, 2]);
    expect(texts(cat(t, 'g'))).toEqual(['a', 'b']);
  });

  it('reads a directory of part files in name order as one table, skipping _SUCCESS and hidden files', async () => {
    const parts = join(dir, 'ref.parquet');
    mkdirSync(parts);
    // Written out of order: the names decide.
    await writeParquet(join(parts, 'part-00001.parquet'), 'SELECT range + 100 AS x, \'b\' AS g FROM range(3)');
    await writeParquet(join(parts, 'part-00000.parquet'), "SELECT range AS x, 'a' AS g FROM range(2)");
    writeFileSync(join(parts, '_SUCCESS'), '');
    writeFileSync(join(parts, '.part-00000.parquet.crc'), 'x');
    const { reference: t } = await load(parts, parts, {}, ['data/ref.parquet/', 'data/ref.parquet/']);
    expect(Array.from(num(t, 'x').values)).toEqual([0, 1, 100, 101, 102]);
    expect(texts(cat(t, 'g'))).toEqual(['a', 'a', 'b', 'b', 'b']);
    expect(t.source).toBe('data/ref.parquet/');
    // Parquet parts as DuckDB writes a dataset (PER_THREAD_OUTPUT) read back the same rows.
    const ds = join(dir, 'dataset');
    const { duck } = await import('./write.js');
    await duck(`COPY (SELECT range AS x FROM range(50000)) TO '${ds}' (FORMAT parquet, PER_THREAD_OUTPUT true)`);
    const back = (await load(ds, ds)).reference;
    expect(back.rowCount).toBe(50000);
    expect(Array.from(num(back, 'x').values).sort((a, b) => a - b)).toEqual(Array.from({ length: 50000 }, (_, i) => i));
  });

  it('parts whose schemas differ are an error naming both files and the column', async () => {
    const parts = join(dir, 'mixed');
    mkdirSync(parts);
    await writeParquet(join(parts, 'a.parquet'), "SELECT 1 AS x, 'a' AS g");
    await writeParquet(join(parts, 'b.parquet'), "SELECT 1 AS x, 2 AS g");
    expect(await loadError(parts, parts, {}, ['data/mixed', 'data/mixed'])).toBe(
      'data/mixed/b.parquet column "g": its schema differs from data/mixed/a.parquet\'s: the column is INTEGER here and VARCHAR there; every part of a Parquet directory must have the same columns and types',
    );
    const missing = join(dir, 'missing');
    mkdirSync(missing);
    await writeParquet(join(missing, 'a.parquet'), "SELECT 1 AS x, 'a' AS g");
    await writeParquet(join(missing, 'b.parquet'), 'SELECT 1 AS x');
    expect(await loadError(missing, missing, {}, ['m', 'm'])).toMatch(/^m\/b\.parquet column "g": its schema differs from m\/a\.parquet's: it has no column "g"/);
  });

  it('a directory without parts, and a .parquet part that is not Parquet, are errors', async () => {
    const none = join(dir, 'none');
    mkdirSync(none);
    writeFileSync(join(none, 'x.csv'), 'a\n1\n');
    expect(await loadError(none, none, {}, ['data/none', 'data/none'])).toMatch(/^data\/none: is a directory without Parquet part files/);
    const fake = join(dir, 'fake');
    mkdirSync(fake);
    writeFileSync(join(fake, 'p.parquet'), 'a\n1\n');
    expect(await loadError(fake, fake, {}, ['data/fake', 'data/fake'])).toBe('data/fake/p.parquet: is named .parquet but is not a Parquet file (it does not start with PAR1)');
  });

  it('a part that is a symbolic link is refused (it could lead out of the workspace); a path the reader would take as a pattern too', async () => {
    const outside = await writeParquet(join(dir, 'outside.parquet'), 'SELECT 1 AS x');
    const linked = join(dir, 'linked');
    mkdirSync(linked);
    await writeParquet(join(linked, 'a.parquet'), 'SELECT 2 AS x');
    symlinkSync(outside, join(linked, 'b.parquet'));
    expect(await loadError(linked, linked, {}, ['data/linked', 'data/linked'])).toBe('data/linked/b.parquet: is a symbolic link: the parts of a Parquet directory must be the files themselves');
    const star = await writeParquet(join(dir, 'x*.parquet'), 'SELECT 1 AS x');
    expect(await loadError(star, star, {}, ['x*.parquet', 'x*.parquet'])).toMatch(/^x\*\.parquet: has \*, \?, \[, \] or \{ \} in its path/);
  });
});

describe('Parquet: what cannot be read', () => {
  it.each([
    ['a list', 'SELECT [1, 2] AS v', 'INTEGER[]', /nested type/],
    ['a struct', "SELECT {'a': 1} AS v", 'STRUCT(a INTEGER)', /nested type/],
    ['a map', "SELECT MAP {'a': 1} AS v", 'MAP(VARCHAR, INTEGER)', /nested type/],
    ['binary', "SELECT 'ab'::BLOB AS v", 'BLOB', /binary data/],
    ['an interval', 'SELECT INTERVAL 1 DAY AS v', 'INTERVAL', /does not read/],
  ])('%s column is an error naming the column and its type', async (_what, select, type, why) => {
    const file = await writeParquet(join(dir, `bad-${type.replace(/\W/g, '')}.parquet`), `SELECT 1 AS ok, * FROM (${select})`);
    const msg = await loadError(file, file);
    expect(msg.startsWith(`ref.parquet column "v": has the Parquet column type ${type}, `)).toBe(true);
    expect(msg).toMatch(why);
  });

  it('a truncated file is an error naming the file', async () => {
    const whole = await writeParquet(join(dir, 'whole.parquet'), 'SELECT range AS x FROM range(1000)');
    const cut = join(dir, 'cut.parquet');
    writeFileSync(cut, readFileSync(whole).subarray(0, 300));
    expect(await loadError(whole, cut)).toBe('cur.parquet: is a Parquet file cut short (it starts with PAR1 but does not end with it): the file is truncated (write, download or copy it again)');
    // Both ends intact, the middle damaged: DuckDB's own message, naming the file.
    const damaged = join(dir, 'damaged.parquet');
    const bytes = Buffer.from(readFileSync(whole));
    bytes.fill(0xff, 4, bytes.length - 8);
    writeFileSync(damaged, bytes);
    expect(await loadError(whole, damaged)).toMatch(/^cur\.parquet: cannot be read as Parquet: /);
  });

  it('a file with no rows is an error', async () => {
    const none = await writeParquet(join(dir, 'no-rows.parquet'), 'SELECT 1 AS x WHERE false');
    expect(await loadError(none, none)).toBe('ref.parquet: the Parquet data has no rows');
  });

  it('parses in a worker thread too (the current file), columns in shared memory when asked', async () => {
    const file = await writeParquet(join(dir, 'shared.parquet'), "SELECT range AS x, 'g' || (range % 3) AS g FROM range(100)");
    const parsed = await parseFile({ path: file, display: 'cur.parquet', hints: [], shared: ['x'] });
    expect(parsed.reader).toBe('parquet');
    const x = parsed.columns.find((c) => c.name === 'x')!;
    expect(x.values!.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(parsed.sorted.map(([n]) => n)).toEqual(['x']);
    copyFileSync(file, join(dir, 'copy.parquet'));
    const { current } = await loadPair({ path: file, display: 'r' }, { path: join(dir, 'copy.parquet'), display: 'c' }, { types: new Map() });
    expect(texts(cat(current, 'g')).slice(0, 4)).toEqual(['g0', 'g1', 'g2', 'g0']);
  });
});
