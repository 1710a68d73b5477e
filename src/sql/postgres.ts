/**
 * PostgreSQL through the `pg` package (loaded only when a source names it). The URL comes from the
 * environment variable named by url_env and is never shown: every message passes through the
 * redactor. The session is read-only (default_transaction_read_only), runs every query of the
 * gate's in the extended protocol (one statement per query, so a query cannot end the derived
 * table and start another statement), and has a connect timeout, a server-side statement timeout
 * and a client-side backstop.
 */
import type { Client as PgClient, ClientConfig, QueryConfig } from 'pg';
import { postgresDialect } from './dialects/postgres.js';
import { postgresKind } from './columns.js';
import { TimedOut, type Backend, type RawColumn } from './backend.js';
import { redactor } from './errors.js';
import type { SqlRow } from './types.js';

/** The client-side backstop waits this much longer than the server's own statement timeout. */
const BACKSTOP_MS = 3000;

/** Numbers as numbers (pg returns int8 and numeric as text by default), everything else as its text. */
const NUMERIC_OIDS = new Set([20, 21, 23, 26, 700, 701, 1700]);
const BOOL_OID = 16;
const types = {
  getTypeParser: (oid: number) => {
    if (NUMERIC_OIDS.has(oid)) return (v: string) => Number(v);
    if (oid === BOOL_OID) return (v: string) => (v === 't' ? 'true' : 'false');
    return (v: string) => v;
  },
} as unknown as QueryConfig['types'];

export async function openPostgres(url: string, connectSeconds: number): Promise<Backend> {
  const pg = (await import('pg')).default;
  const redact = redactor(url);
  const ms = Math.ceil(connectSeconds * 1000);
  const config: ClientConfig = { connectionString: url, connectionTimeoutMillis: ms, application_name: 'model-gate', keepAlive: true };
  const client: PgClient = new pg.Client(config);
  // An idle connection dropped by the server is reported as an event; unheard, it would end the process.
  let lost: Error | null = null;
  client.on('error', (e: Error) => {
    lost = e;
  });
  try {
    await client.connect();
    // Set after connecting rather than as startup options, which connection poolers such as
    // PgBouncer refuse. Read-only; dates and timestamps as text the way the rest of the gate writes
    // them (ISO, UTC); backslashes in string literals plain characters, as the dialect's quoting
    // assumes. Fixed text of our own, so the simple protocol may carry several statements.
    await client.query({
      text: `SET default_transaction_read_only = on; SET TimeZone = 'UTC'; SET DateStyle = 'ISO'; SET standard_conforming_strings = on; SET statement_timeout = ${ms}`,
      query_timeout: ms + BACKSTOP_MS,
    } as QueryConfig);
  } catch (e) {
    await client.end().catch(() => undefined);
    if (e instanceof Error && /timeout/i.test(e.message)) throw new TimedOut(connectSeconds);
    throw e;
  }
  return postgresBackend(client, redact, ms, () => lost);
}

function postgresBackend(client: PgClient, redact: (s: string) => string, initialTimeoutMs: number, lostError: () => Error | null): Backend {
  let statementTimeoutMs = initialTimeoutMs;
  let closed = false;
  let broken = false;
  const query = async (text: string, seconds: number, values?: unknown[]) => {
    const lost = lostError();
    if (lost) throw lost;
    if (broken) throw new Error('the connection was closed after an earlier query timed out');
    const ms = Math.ceil(seconds * 1000);
    // Two sides sharing the connection may have different timeouts: the server's follows the query.
    if (ms !== statementTimeoutMs) {
      await client.query({ text: `SET statement_timeout = ${ms}`, queryMode: 'extended' } as QueryConfig);
      statementTimeoutMs = ms;
    }
    try {
      return await client.query({ text, values, queryMode: 'extended', types, query_timeout: ms + BACKSTOP_MS } as QueryConfig);
    } catch (e) {
      const code = e && typeof e === 'object' && 'code' in e ? e.code : undefined;
      // 57014: canceled by statement_timeout.
      if (code === '57014') throw new TimedOut(seconds);
      if (e instanceof Error && /Query read timeout/i.test(e.message)) {
        // The server did not answer even its own timeout: the connection's state is unknown.
        broken = true;
        throw new TimedOut(seconds);
      }
      throw e;
    }
  };
  return {
    engine: 'postgres',
    dialect: postgresDialect,
    redact,
    async run(sql, seconds) {
      const r = await query(sql, seconds);
      return r.rows as SqlRow[];
    },
    // The extended protocol refuses several statements in one query and the read-only session
    // refuses writes; this only says plainly that a statement which is not a query cannot be one.
    async assertOneQuery(sql) {
      if (!/^\s*(\(\s*)*(select|with|values|table)\b/i.test(stripComments(sql))) {
        throw new Error('must be one query (SELECT, WITH, VALUES or TABLE)');
      }
    },
    async describe(from, seconds) {
      const r = await query(`SELECT * FROM ${from} LIMIT 0`, seconds);
      const oids = [...new Set(r.fields.map((f) => f.dataTypeID))];
      const t = await query('SELECT oid::int8 AS oid, typname, typcategory, format_type(oid, NULL) AS shown FROM pg_type WHERE oid = ANY($1::oid[])', seconds, [oids]);
      const byOid = new Map<number, { typname: string; typcategory: string; shown: string }>();
      for (const row of t.rows as { oid: number; typname: string; typcategory: string; shown: string }[]) byOid.set(row.oid, row);
      return r.fields.map((f): RawColumn => {
        const info = byOid.get(f.dataTypeID);
        return {
          name: f.name,
          engineType: info?.shown ?? `type ${f.dataTypeID}`,
          kind: info ? postgresKind(info.typname, info.typcategory) : null,
        };
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      // end() waits for the server's goodbye; a broken connection may never send it.
      const ended = client.end().catch(() => undefined);
      const timer = new Promise<'late'>((r) => setTimeout(() => r('late'), 2000).unref());
      if ((await Promise.race([ended, timer])) === 'late') {
        (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
      }
    },
  };
}

/** The query without leading comments, to see which statement it is. */
function stripComments(sql: string): string {
  let s = sql;
  for (;;) {
    const t = s.replace(/^\s+/, '');
    if (t.startsWith('--')) s = t.slice(t.indexOf('\n') === -1 ? t.length : t.indexOf('\n'));
    else if (t.startsWith('/*')) s = t.slice(t.indexOf('*/') === -1 ? t.length : t.indexOf('*/') + 2);
    else return t;
  }
}
