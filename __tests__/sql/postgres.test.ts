/**
 * PostgreSQL sources against a real server (MODEL_GATE_PG_URL; .ci/run starts one, see
 * docs/development.md): column kinds, row counts, one shared connection, the read-only session,
 * timeouts on connect and on queries, and every failure as an InputError that never shows the
 * URL, the password or the user.
 */
import { createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { openRelation, openRelations } from '../../src/sql/index.js';
import type { SqlRelation, SqlSourceSpec } from '../../src/sql/types.js';
import { freePort } from '../helpers/prometheus.js';
import { PG_URL_ENV, requirePgUrl, skipWithoutPg } from '../helpers/postgres.js';

const SCHEMA = `mg_sql_test_${process.pid}`;
const spec = (sql: string, extra: Partial<SqlSourceSpec> = {}): SqlSourceSpec => ({ sql, engine: 'postgres', url_env: PG_URL_ENV, ...extra });

describe.skipIf(skipWithoutPg())('PostgreSQL sources', () => {
  let url: string;
  let env: Record<string, string>;
  let admin: pg.Client;
  const T = (name: string) => `${SCHEMA}.${name}`;

  beforeAll(async () => {
    url = requirePgUrl();
    env = { [PG_URL_ENV]: url };
    // The tables the queries read, made by an ordinary (writable) session of the test itself.
    admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; CREATE SCHEMA ${SCHEMA};
      CREATE TYPE ${T('mood')} AS ENUM ('sad', 'ok', 'happy');
      CREATE TABLE ${T('t')} (i2 int2, i4 int4, i8 int8, f4 float4, f8 float8, num numeric(12, 3), txt text, vc varchar(10),
        ch char(3), b boolean, m ${T('mood')}, d date, ts timestamp, tz timestamptz, tm time, u uuid);
      INSERT INTO ${T('t')} SELECT g::int2, g, g * 10000000000, g / 4.0, g / 8.0, g / 3.0, 'x' || g, 'v' || (g % 3), 'abc', g % 2 = 0,
        (ARRAY['sad', 'ok', 'happy'])[1 + g % 3]::${T('mood')}, DATE '2026-01-01' + g, TIMESTAMP '2026-01-01' + g * INTERVAL '1 hour',
        TIMESTAMPTZ '2026-01-01 00:00:00+00' + g * INTERVAL '1 hour', TIME '00:00' + g * INTERVAL '1 minute', gen_random_uuid()
        FROM generate_series(1, 250) AS g;
      CREATE SEQUENCE ${T('seq')};`);
  });

  afterAll(async () => {
    await admin?.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await admin?.end();
  });

  /** Every message must hide the URL and its credentials. */
  function expectNoCredentials(message: string, u = url) {
    const parsed = new URL(u);
    expect(message).not.toContain(u);
    if (parsed.password) expect(message).not.toContain(decodeURIComponent(parsed.password));
    expect(message).not.toMatch(new RegExp(`\\b${parsed.username}\\b`));
    expect(message).not.toContain('@127.0.0.1');
  }

  async function openError(s: SqlSourceSpec, e: Record<string, string | undefined> = env): Promise<InputError> {
    let rel: SqlRelation | undefined;
    try {
      rel = await openRelation('reference', s, e);
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      return err as InputError;
    }
    await rel.connection.close();
    throw new Error(`opened: ${s.sql}`);
  }

  it('describes each PostgreSQL type as numeric or categorical, and counts rows', async () => {
    const rel = await openRelation('reference', spec(`SELECT * FROM ${T('t')}`), env);
    try {
      expect(rel.label).toBe('reference query (postgres)');
      expect(rel.rowCount).toBe(250);
      expect(rel.columns.map((c) => [c.name, c.kind, c.engineType])).toEqual([
        ['i2', 'numeric', 'smallint'],
        ['i4', 'numeric', 'integer'],
        ['i8', 'numeric', 'bigint'],
        ['f4', 'numeric', 'real'],
        ['f8', 'numeric', 'double precision'],
        ['num', 'numeric', 'numeric'],
        ['txt', 'categorical', 'text'],
        ['vc', 'categorical', 'character varying'],
        ['ch', 'categorical', 'character'],
        ['b', 'categorical', 'boolean'],
        ['m', 'categorical', `${SCHEMA}.mood`],
        ['d', 'categorical', 'date'],
        ['ts', 'categorical', 'timestamp without time zone'],
        ['tz', 'categorical', 'timestamp with time zone'],
        ['tm', 'categorical', 'time without time zone'],
        ['u', 'categorical', 'uuid'],
      ]);
      // int8 and numeric arrive as numbers (pg's default is text), booleans and dates as text (UTC, ISO).
      const [row] = await rel.connection.query(
        `SELECT sum(i8) AS s, max(num) AS m, bool_or(b) AS any_b, min(tz) AS first_tz, count(*) AS n, NULL::int AS nothing FROM ${rel.from}`,
        'values',
      );
      expect(row).toEqual({ s: 31375 * 10000000000, m: 83.333, any_b: 'true', first_tz: '2026-01-01 01:00:00+00', n: 250, nothing: null });
    } finally {
      await rel.connection.close();
    }
  });

  it.each([
    ['integer[]', 'SELECT ARRAY[1, 2] AS l'],
    ['json', `SELECT '{}'::json AS l`],
    ['jsonb', `SELECT '{}'::jsonb AS l`],
    ['bytea', `SELECT 'x'::bytea AS l`],
    ['interval', `SELECT INTERVAL '1 day' AS l`],
    ['record', 'SELECT ROW(1, 2) AS l'],
    ['int4range', 'SELECT int4range(1, 3) AS l'],
    ['money', 'SELECT 1::money AS l'],
  ])('refuses a column of type %s, naming it', async (type, sql) => {
    const e = await openError(spec(sql));
    expect(e.message).toBe(`reference query (postgres): column "l" has type ${type}, which the gate cannot compare (numbers, text, booleans, dates and timestamps can); cast it or leave it out of the query`);
  });

  it('shares one connection when both sides name the same URL; one query reads both', async () => {
    const rels = await openRelations(spec(`SELECT i4 AS x FROM ${T('t')} WHERE i4 <= 100`), spec(`SELECT i4 AS x FROM ${T('t')} WHERE i4 > 100`, { timeout_seconds: 30 }), env);
    try {
      expect(rels.shared).toBe(true);
      const [a] = await rels.reference.connection.query('SELECT pg_backend_pid() AS pid', 'pid');
      const [b] = await rels.current.connection.query('SELECT pg_backend_pid() AS pid', 'pid');
      expect(a!.pid).toBe(b!.pid);
      const [u] = await rels.reference.connection.query(
        `SELECT count(*) AS n, sum(CASE WHEN side = 'r' THEN 1 ELSE 0 END) AS r FROM (SELECT 'r' AS side FROM ${rels.reference.from} UNION ALL SELECT 'c' FROM ${rels.current.from}) AS u`,
        'union',
      );
      expect(u).toEqual({ n: 250, r: 100 });
      // Each side's own timeout applies to its queries on the shared connection.
      const [t1] = await rels.current.connection.query(`SELECT current_setting('statement_timeout') AS t`, 'timeout');
      const [t2] = await rels.reference.connection.query(`SELECT current_setting('statement_timeout') AS t`, 'timeout');
      expect([t1!.t, t2!.t]).toEqual(['30s', '5min']);
    } finally {
      await rels.close();
    }
  });

  it('different URLs (or engines) do not share', async () => {
    const other = `${url}${url.includes('?') ? '&' : '?'}application_name=other`;
    const rels = await openRelations(spec('SELECT 1 AS x'), spec('SELECT 2 AS x', { url_env: 'OTHER_URL' }), { ...env, OTHER_URL: other });
    expect(rels.shared).toBe(false);
    await rels.close();
    const mixed = await openRelations(spec('SELECT 1 AS x'), { sql: 'SELECT 2 AS x', engine: 'duckdb' }, env);
    expect(mixed.shared).toBe(false);
    await mixed.close();
  });

  it('the session is read-only and takes one statement', async () => {
    const rel = await openRelation('reference', spec('SELECT 1 AS x'), env);
    try {
      await expect(rel.connection.query(`SELECT nextval('${T('seq')}')`, 'a write')).rejects.toThrow(/reference query \(postgres\): a write: cannot execute nextval\(\) in a read-only transaction/);
      await expect(rel.connection.query(`INSERT INTO ${T('t')} (i4) VALUES (1)`, 'an insert')).rejects.toThrow(/read-only transaction/);
    } finally {
      await rel.connection.close();
    }
    expect((await openError(spec(`SELECT 1) AS s; DELETE FROM ${T('t')}; SELECT * FROM (SELECT 1`))).message).toMatch(/cannot insert multiple commands into a prepared statement/);
    expect((await openError(spec(`WITH d AS (DELETE FROM ${T('t')} RETURNING *) SELECT * FROM d`))).message).toMatch(/reference query \(postgres\): describing the columns: WITH clause containing a data-modifying statement must be at the top level/);
    expect((await openError(spec(`DELETE FROM ${T('t')}`))).message).toBe('reference query (postgres): the query: must be one query (SELECT, WITH, VALUES or TABLE)');
    const [{ n }] = (await admin.query(`SELECT count(*)::int AS n FROM ${T('t')}`)).rows as { n: number }[];
    expect(n).toBe(250);
  });

  it.each([
    ['a syntax error', 'SELEC 1', 'reference query (postgres): the query: must be one query (SELECT, WITH, VALUES or TABLE)'],
    ['a syntax error inside', 'SELECT 1 FRM x', 'reference query (postgres): describing the columns: syntax error at or near "x"'],
    ['a missing table', 'SELECT * FROM no_such_table', 'reference query (postgres): describing the columns: relation "no_such_table" does not exist'],
    ['a missing column', `SELECT nope FROM ${SCHEMA}.t`, 'reference query (postgres): describing the columns: column "nope" does not exist'],
    ['two columns of one name', 'SELECT 1 AS a, 2 AS a', 'reference query (postgres): the query returns more than one column named "a": give each column its own name'],
  ])('%s', async (_what, sql, message) => {
    const e = await openError(spec(sql));
    expect(e.message).toBe(message);
    expectNoCredentials(e.message);
  });

  it('a query running past timeout_seconds is cancelled by the server; the connection stays usable', async () => {
    const rel = await openRelation('reference', spec('SELECT 1 AS x', { timeout_seconds: 1 }), env);
    try {
      await expect(rel.connection.query('SELECT pg_sleep(5)', 'sleeping')).rejects.toThrow('reference query (postgres): sleeping: timed out after 1 s (timeout_seconds)');
      expect(await rel.connection.query('SELECT 2 AS y', 'after')).toEqual([{ y: 2 }]);
    } finally {
      await rel.connection.close();
    }
    const e = await openError(spec('SELECT x FROM (SELECT 1 AS x, pg_sleep(5)) AS s', { timeout_seconds: 1 }));
    expect(e.message).toMatch(/^reference query \(postgres\): (describing the columns|counting the rows): timed out after 1 s \(timeout_seconds\)$/);
  });

  describe('connection failures never show the credentials', () => {
    const PASSWORD = 'S3cr3t-P@ss/word';
    const withPassword = (port: number, user = 'gate', password = PASSWORD) => `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/gate`;

    it('a refused port', async () => {
      const port = await freePort();
      const u = withPassword(port);
      const e = await openError(spec('SELECT 1 AS x', { timeout_seconds: 5 }), { [PG_URL_ENV]: u });
      expect(e.message).toBe(`reference query (postgres): connecting: connect ECONNREFUSED 127.0.0.1:${port}`);
      expectNoCredentials(e.message, u);
    });

    it('a wrong password', async () => {
      const port = Number(new URL(url).port);
      const user = new URL(url).username;
      const u = withPassword(port, user, 'wrong-Passw0rd!');
      const e = await openError(spec('SELECT 1 AS x'), { [PG_URL_ENV]: u });
      expect(e.message).toBe('reference query (postgres): connecting: password authentication failed for user "***"');
      expectNoCredentials(e.message, u);
    });

    it('a server that accepts and never answers: the connect timeout', async () => {
      const sockets: Socket[] = [];
      const silent: Server = createServer((s) => sockets.push(s));
      await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
      const port = (silent.address() as { port: number }).port;
      try {
        const u = withPassword(port);
        const e = await openError(spec('SELECT 1 AS x', { timeout_seconds: 1 }), { [PG_URL_ENV]: u });
        expect(e.message).toBe('reference query (postgres): connecting: could not connect within 1 s (timeout_seconds)');
        expectNoCredentials(e.message, u);
      } finally {
        for (const s of sockets) s.destroy();
        silent.close();
      }
    });

    it('a missing variable, an empty one, one that holds no URL', async () => {
      expect((await openError(spec('SELECT 1 AS x', { url_env: 'MG_NOT_SET_ANYWHERE' }), {})).message).toBe('reference query (postgres): the environment variable MG_NOT_SET_ANYWHERE (url_env) is not set');
      expect((await openError(spec('SELECT 1 AS x'), { [PG_URL_ENV]: '' })).message).toBe(`reference query (postgres): the environment variable ${PG_URL_ENV} (url_env) is not set`);
      const e = await openError(spec('SELECT 1 AS x'), { [PG_URL_ENV]: `host=127.0.0.1 password=${PASSWORD}` });
      expect(e.message).toBe(`reference query (postgres): the environment variable ${PG_URL_ENV} (url_env) does not hold a postgres:// or postgresql:// URL`);
      expect((await openError({ sql: 'SELECT 1 AS x', engine: 'postgres' }, env)).message).toBe('reference query (postgres): url_env must name the environment variable that holds the connection URL');
    });

    it('a database that does not exist', async () => {
      const u = url.replace(/\/[^/?]*(\?|$)/, '/no_such_db$1');
      const e = await openError(spec('SELECT 1 AS x'), { [PG_URL_ENV]: u });
      expect(e.message).toBe('reference query (postgres): connecting: database "no_such_db" does not exist');
      expectNoCredentials(e.message, u);
    });
  });
});

// No server needed: the URL is refused before any connection, and the message still hides it.
describe('a malformed URL', () => {
  it.each(['postgres://gate:sec ret pw@127.0.0.1:notaport/gate', 'postgres://gate:secretpw@[::1/gate'])('%s', async (u) => {
    const e = await openRelation('current', spec('SELECT 1 AS x', { url_env: 'U', timeout_seconds: 3 }), { U: u }).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toBe('current query (postgres): connecting: Invalid URL');
  });
});
