/**
 * DuckDB sources: column kinds from the engine's types, row counts, one shared connection for
 * both sides, every bad input as an InputError naming the side, the file-access lockdown (only
 * the workspace is readable) and the timeout.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { openRelation, openRelations } from '../../src/sql/index.js';
import type { SqlRelation, SqlSourceSpec } from '../../src/sql/types.js';
import { ROOT } from '../helpers/node-binaries.js';

const duck = (sql: string, extra: Partial<SqlSourceSpec> = {}): SqlSourceSpec => ({ sql, engine: 'duckdb', ...extra });

// The workspace is the repository, the tests' working directory (as the action's working directory
// is its workspace: DuckDB checks a relative path against the working directory first); the
// config sits in a directory below it.
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
const scratch = mkdtempSync(join(ROOT, '.tmp', 'sql-duckdb-'));
const configDir = join(scratch, 'conf');
mkdirSync(join(configDir, 'data'), { recursive: true });
writeFileSync(join(configDir, 'data', 'ref.csv'), 'age,city\n30,Paris\n41,Oslo\n27,"Rome, Italy"\n');
const outside = mkdtempSync(join(tmpdir(), 'sql-outside-'));
writeFileSync(join(outside, 'secret.csv'), 'token\nhunter2\n');
symlinkSync(join(outside, 'secret.csv'), join(configDir, 'data', 'link.csv'));
symlinkSync('/etc', join(configDir, 'etc'));
const locked = { dir: configDir, root: ROOT };
/** A path below the config directory as the working directory (the repository) sees it. */
const fromCwd = (p: string) => relative(process.cwd(), join(configDir, p));

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

async function openError(spec: SqlSourceSpec, opts: { dir: string; root?: string } = locked, env: Record<string, string> = {}): Promise<InputError> {
  let rel: SqlRelation | undefined;
  try {
    rel = await openRelation('current', spec, env, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  await rel.connection.close();
  throw new Error(`opened: ${spec.sql}`);
}

describe('columns and rows', () => {
  it('describes each DuckDB type as numeric or categorical', async () => {
    const sql = `SELECT 1::TINYINT AS ti, 2::SMALLINT AS si, 3::INTEGER AS i, 4::BIGINT AS bi, 5::HUGEINT AS hi, 6::UTINYINT AS ut,
      7::UBIGINT AS ub, 1.5::FLOAT AS f, 2.5::DOUBLE AS d, 3.25::DECIMAL(10,2) AS dec, 'x'::VARCHAR AS v, true AS b,
      CAST('a' AS ENUM('a', 'b')) AS e, DATE '2026-01-02' AS dt, TIMESTAMP '2026-01-02 03:04:05' AS ts,
      TIMESTAMPTZ '2026-01-02 03:04:05+00' AS tz, TIME '03:04:05' AS tm, uuid() AS u`;
    const rel = await openRelation('reference', duck(sql), {}, locked);
    try {
      expect(rel.label).toBe('reference query (duckdb)');
      expect(rel.columns.map((c) => [c.name, c.kind, c.engineType])).toEqual([
        ['ti', 'numeric', 'TINYINT'],
        ['si', 'numeric', 'SMALLINT'],
        ['i', 'numeric', 'INTEGER'],
        ['bi', 'numeric', 'BIGINT'],
        ['hi', 'numeric', 'HUGEINT'],
        ['ut', 'numeric', 'UTINYINT'],
        ['ub', 'numeric', 'UBIGINT'],
        ['f', 'numeric', 'FLOAT'],
        ['d', 'numeric', 'DOUBLE'],
        ['dec', 'numeric', 'DECIMAL(10,2)'],
        ['v', 'categorical', 'VARCHAR'],
        ['b', 'categorical', 'BOOLEAN'],
        ['e', 'categorical', "ENUM('a', 'b')"],
        ['dt', 'categorical', 'DATE'],
        ['ts', 'categorical', 'TIMESTAMP'],
        ['tz', 'categorical', 'TIMESTAMP WITH TIME ZONE'],
        ['tm', 'categorical', 'TIME'],
        ['u', 'categorical', 'UUID'],
      ]);
      expect(rel.rowCount).toBe(1);
      // Big integers and decimals arrive as numbers, booleans as text, NULL as null.
      const [row] = await rel.connection.query(`SELECT sum(bi) AS s, max(dec) AS m, bool_and(b) AS all_b, NULL::INTEGER AS n, count(*) AS c FROM ${rel.from}`, 'values');
      expect(row).toEqual({ s: 4, m: 3.25, all_b: 'true', n: null, c: 1 });
    } finally {
      await rel.connection.close();
    }
  });

  it.each([
    ['INTEGER[]', 'SELECT [1, 2] AS l'],
    ['INTEGER[2]', 'SELECT [1, 2]::INTEGER[2] AS l'],
    ['STRUCT', "SELECT {'a': 1} AS l"],
    ['MAP', 'SELECT MAP {1: 2} AS l'],
    ['JSON', `SELECT '{}'::JSON AS l`],
    ['BLOB', `SELECT 'x'::BLOB AS l`],
    ['INTERVAL', 'SELECT INTERVAL 1 DAY AS l'],
  ])('refuses a column of type %s, naming it', async (type, sql) => {
    const e = await openError(duck(`SELECT 1 AS ok, * FROM (${sql})`));
    expect(e.message).toMatch(new RegExp(`^current query \\(duckdb\\): column "l" has type ${type.replace(/[[\]]/g, '\\$&')}.*, which the gate cannot compare`));
  });

  it('counts rows, from a file relative to the working directory (and, without a root, to the config directory)', async () => {
    const sql = `SELECT * FROM read_csv('${fromCwd('data/ref.csv')}')`;
    const rel = await openRelation('reference', duck(sql), {}, locked);
    try {
      expect(rel.rowCount).toBe(3);
      expect(rel.columns.map((c) => `${c.name}:${c.kind}`)).toEqual(['age:numeric', 'city:categorical']);
      expect(rel.from).toBe(`(\n${sql}\n) AS src`);
    } finally {
      await rel.connection.close();
    }
    const cli = await openRelation('reference', duck("SELECT * FROM read_csv('data/ref.csv')"), {}, { dir: configDir });
    expect(cli.rowCount).toBe(3);
    await cli.connection.close();
    const empty = await openRelation('reference', duck('SELECT * FROM range(10) WHERE range > 100'), {}, locked);
    expect(empty.rowCount).toBe(0);
    await empty.connection.close();
    const many = await openRelation('reference', duck('SELECT range AS x FROM range(123457) -- a trailing comment'), {}, locked);
    expect(many.rowCount).toBe(123457);
    await many.connection.close();
  });

  it('refuses two columns of one name', async () => {
    const e = await openError(duck('SELECT 1 AS a, 2 AS a'));
    expect(e.message).toBe('current query (duckdb): the query: returns more than one column named "a": give each column its own name');
  });
});

describe('settings', () => {
  it('takes DuckDB memory and thread limits at open; the query cannot change any setting', async () => {
    const rel = await openRelation('current', duck('SELECT 1 AS x'), {}, { ...locked, duckdb: { memoryLimit: '256MB', threads: 1 } });
    try {
      const [row] = await rel.connection.query(
        "SELECT current_setting('memory_limit') AS m, current_setting('threads') AS t, current_setting('enable_external_access') AS ext, current_setting('lock_configuration') AS locked, current_setting('TimeZone') AS tz",
        'settings',
      );
      expect(row).toEqual({ m: '244.1 MiB', t: 1, ext: 'false', locked: 'true', tz: 'UTC' });
      await expect(rel.connection.query('SET enable_external_access = true', 'unlock')).rejects.toThrow(/the configuration has been locked/);
    } finally {
      await rel.connection.close();
    }
  });
});

describe('one connection for both sides', () => {
  it('shares the in-memory database: both relations read in one query, on one connection', async () => {
    const rels = await openRelations(duck('SELECT range AS x FROM range(5)'), duck(`SELECT * FROM read_csv('${fromCwd('data/ref.csv')}')`), {}, locked);
    try {
      expect(rels.shared).toBe(true);
      const [a] = await rels.reference.connection.query('SELECT current_connection_id() AS id', 'id');
      const [b] = await rels.current.connection.query('SELECT current_connection_id() AS id', 'id');
      expect(a!.id).toBe(b!.id);
      const [u] = await rels.current.connection.query(
        `SELECT count(*) AS n FROM (SELECT 'r' AS side FROM ${rels.reference.from} UNION ALL SELECT 'c' AS side FROM ${rels.current.from}) AS u`,
        'union',
      );
      expect(u!.n).toBe(8);
      // Closing one side leaves the connection to the other.
      await rels.reference.connection.close();
      expect(await rels.current.connection.query('SELECT 1 AS one', 'after one close')).toEqual([{ one: 1 }]);
    } finally {
      await rels.close();
      await rels.close();
    }
    await expect(rels.current.connection.query('SELECT 1', 'after close')).rejects.toThrow(/after close/);
  });

  it('a failing side closes the other', async () => {
    await expect(openRelations(duck('SELECT 1 AS x'), duck('SELECT * FROM nowhere'), {}, locked)).rejects.toThrow(/^current query \(duckdb\): the query: Catalog Error: Table with name nowhere does not exist/);
  });
});

describe('bad input', () => {
  it.each([
    ['a syntax error', 'SELEC 1', /current query \(duckdb\): the query: .*Parser Error: syntax error at or near "SELEC"/],
    ['a missing table', 'SELECT * FROM missing_table', /current query \(duckdb\): the query: Catalog Error: Table with name missing_table does not exist/],
    ['a missing column', 'SELECT nope FROM range(3)', /Binder Error: Referenced column "nope" not found/],
    ['two statements', 'SELECT 1; SELECT 2', /must be exactly one SELECT statement, found 2/],
    ['breaking out of the derived table', 'SELECT 1) AS src; COPY (SELECT 1) TO \'x.csv\'; SELECT * FROM (SELECT 1', /must be exactly one SELECT statement|Parser Error/],
    ['a statement that is not a query', 'PRAGMA version', /must be a SELECT statement|syntax error/],
    ['SET', "SET enable_external_access = true", /must be a SELECT statement/],
    ['ATTACH', "ATTACH 'x.db'", /must be a SELECT statement/],
    ['COPY', "COPY (SELECT 1) TO 'out.csv'", /must be a SELECT statement|Permission Error/],
    ['INSTALL', 'INSTALL httpfs', /must be a SELECT statement/],
  ])('%s', async (_what, sql, message) => {
    const e = await openError(duck(sql));
    expect(e.message).toMatch(message);
    expect(e.message.startsWith('current query (duckdb): ')).toBe(true);
    expect(e.message).not.toContain('\n');
  });

  it('a database file from url_env: a missing variable, a missing file, a file outside the workspace', async () => {
    expect((await openError(duck('SELECT 1 AS x', { url_env: 'MG_TEST_DUCKDB_FILE' }))).message).toBe('current query (duckdb): the environment variable MG_TEST_DUCKDB_FILE (url_env) is not set');
    expect((await openError(duck('SELECT 1 AS x', { url_env: 'F' }), locked, { F: 'missing.duckdb' })).message).toMatch(/connecting: the database file named by url_env does not exist/);
    writeFileSync(join(outside, 'x.duckdb'), '');
    expect((await openError(duck('SELECT 1 AS x', { url_env: 'F' }), locked, { F: join(outside, 'x.duckdb') })).message).toMatch(/connecting: the database file named by url_env must be inside the workspace/);
  });
});

describe('file access: only the workspace', () => {
  it.each([
    ['/etc/passwd', "SELECT * FROM read_csv('/etc/passwd')"],
    ['/proc/self/environ', "SELECT * FROM read_text('/proc/self/environ')"],
    ['a blob', "SELECT * FROM read_blob('/etc/hostname')"],
    ['a glob', "SELECT * FROM glob('/etc/*')"],
    ['a link to a file outside', `SELECT * FROM read_csv('${fromCwd('data/link.csv')}')`],
    ['a link to a directory outside', `SELECT * FROM read_text('${fromCwd('etc/hostname')}')`],
    ['a glob through a link to a directory outside', `SELECT * FROM read_text('${fromCwd('etc/*')}')`],
    ['an absolute path through a link', `SELECT * FROM read_text('${join(configDir, 'etc', 'hostname')}')`],
    ['.. out of the workspace', "SELECT * FROM read_csv('../../../../../../etc/passwd')"],
    ['a URL', "SELECT * FROM read_csv('https://example.com/x.csv')"],
    ['another database', "SELECT * FROM sqlite_scan('/etc/x.db', 't')"],
  ])('refuses %s', async (_what, sql) => {
    const e = await openError(duck(sql));
    expect(e.message).toMatch(/^current query \(duckdb\): the query: /);
    expect(e.message).not.toContain('hunter2');
    expect(e.message).not.toContain('root:');
  });

  it('a relative glob through a link in the config directory lists nothing', async () => {
    // DuckDB's file_search_path (the config directory) would have let count(*) see the 75 files of
    // /etc; in the action only the working directory is searched, where `etc/` does not exist.
    const e = await openError(duck("SELECT * FROM read_text('etc/*')"));
    expect(e.message).toContain(`only existing files inside the workspace ${resolve(ROOT)}, outside its .git, can be read`);
  });

  it('refuses the workspace\'s .git (actions/checkout keeps the job\'s token in .git/config), even through a link', async () => {
    const ws = mkdtempSync(join(ROOT, '.tmp', 'sql-git-'));
    try {
      mkdirSync(join(ws, '.git'));
      mkdirSync(join(ws, 'data'));
      writeFileSync(join(ws, '.git', 'config'), '[http]\nextraheader = AUTHORIZATION: basic dG9rZW4=\n');
      writeFileSync(join(ws, 'top.csv'), 'a\n1\n');
      writeFileSync(join(ws, 'data', 'in.csv'), 'a\n1\n2\n');
      symlinkSync(join(ws, '.git', 'config'), join(ws, 'data', 'cfg.csv'));
      const opts = { dir: ws, root: ws };
      for (const p of ['.git/config', 'data/cfg.csv']) {
        const e = await openError(duck(`SELECT * FROM read_csv('${join(ws, p)}', header = false)`), opts);
        expect(e.message).toContain('Permission Error');
        expect(e.message).not.toContain('dG9rZW4=');
      }
      const top = await openRelation('current', duck(`SELECT * FROM read_csv('${join(ws, 'top.csv')}')`), {}, opts);
      const sub = await openRelation('current', duck(`SELECT * FROM read_csv('${join(ws, 'data', 'in.csv')}')`), {}, opts);
      expect([top.rowCount, sub.rowCount]).toEqual([1, 2]);
      await top.connection.close();
      await sub.connection.close();
      writeFileSync(join(ws, '.git', 'x.duckdb'), '');
      expect((await openError(duck('SELECT 1 AS x', { url_env: 'F' }), opts, { F: join(ws, '.git', 'x.duckdb') })).message).toMatch(/must be inside the workspace/);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('says why a relative path is refused when the working directory is outside the workspace', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'sql-ws-'));
    mkdirSync(join(elsewhere, 'data'));
    writeFileSync(join(elsewhere, 'data', 'ref.csv'), 'a\n1\n');
    try {
      const e = await openError(duck("SELECT * FROM read_csv('data/ref.csv')"), { dir: elsewhere, root: elsewhere });
      expect(e.message).toContain(`relative paths resolve against the working directory (${process.cwd()}), which is outside the workspace ${elsewhere}; write the path absolute`);
      const rel = await openRelation('current', duck(`SELECT * FROM read_csv('${join(elsewhere, 'data', 'ref.csv')}')`), {}, { dir: elsewhere, root: elsewhere });
      expect(rel.rowCount).toBe(1);
      await rel.connection.close();
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('without a root (the CLI) files anywhere are read, as CSV paths are', async () => {
    const rel = await openRelation('current', duck(`SELECT * FROM read_csv('${join(outside, 'secret.csv')}')`), {}, { dir: configDir });
    expect(rel.rowCount).toBe(1);
    await rel.connection.close();
  });
});

describe('timeout', () => {
  const SLOW = 'SELECT count(*) AS n FROM range(100000000) AS a, range(100000) AS b WHERE (a.range * b.range) % 7 = 3';

  it('interrupts a query that runs past timeout_seconds; the connection stays usable', async () => {
    const rel = await openRelation('current', duck('SELECT 1 AS x', { timeout_seconds: 1 }), {}, locked);
    try {
      await expect(rel.connection.query(SLOW, 'a slow cross join')).rejects.toThrow('current query (duckdb): a slow cross join: timed out after 1 s (timeout_seconds)');
      expect(await rel.connection.query('SELECT 2 AS y', 'after the timeout')).toEqual([{ y: 2 }]);
    } finally {
      await rel.connection.close();
    }
  });

  it('counting the rows of a slow query times out at open', async () => {
    const e = await openError(duck(SLOW.replace('count(*) AS n', 'a.range AS n'), { timeout_seconds: 1 }));
    expect(e.message).toBe('current query (duckdb): counting the rows: timed out after 1 s (timeout_seconds)');
  });
});
