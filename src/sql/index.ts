/**
 * SQL sources: `reference`/`current` written as `{ sql, engine, url_env, timeout_seconds }`.
 * openRelation(s) connects, checks that the query is one read-only query, wraps it as a derived
 * table, describes its columns and counts its rows; src/pushdown/ computes the statistics from
 * aggregate queries on `relation.from`. Rows never leave the engine.
 */
import { InputError } from '../errors.js';
import { quoteName } from '../config/names.js';
import { TimedOut, type Backend } from './backend.js';
import { engineMessage, redactor, sqlInputError } from './errors.js';
import { sqlLabel } from './config.js';
import type { SqlColumnInfo, SqlConnection, SqlOpenOptions, SqlRelation, SqlRelations, SqlRow, SqlSourceSpec } from './types.js';

export type * from './types.js';
export { DIALECTS } from './dialects/index.js';
export { sqlLabel, sqlSourceOf } from './config.js';

export const DEFAULT_TIMEOUT_SECONDS = 300;

type Side = 'reference' | 'current';
type Env = Readonly<Record<string, string | undefined>>;

function timeoutOf(spec: SqlSourceSpec): number {
  return spec.timeout_seconds ?? DEFAULT_TIMEOUT_SECONDS;
}

/** What identifies one database: sources with equal keys share one connection. */
function connectionKey(spec: SqlSourceSpec, env: Env): string {
  const target = spec.url_env === undefined ? '' : (env[spec.url_env] ?? '');
  return `${spec.engine}\u0000${target}`;
}

/** The value of url_env, or an InputError naming the variable (never a value). */
function urlFrom(side: Side, spec: SqlSourceSpec, env: Env): string | null {
  const label = sqlLabel(side, spec);
  if (spec.url_env === undefined) {
    if (spec.engine === 'postgres') throw new InputError('url_env must name the environment variable that holds the connection URL', label);
    return null;
  }
  const value = env[spec.url_env];
  if (value === undefined || value === '') throw new InputError(`the environment variable ${spec.url_env} (url_env) is not set`, label);
  if (spec.engine === 'postgres' && !/^postgres(ql)?:\/\//i.test(value)) {
    throw new InputError(`the environment variable ${spec.url_env} (url_env) does not hold a postgres:// or postgresql:// URL`, label);
  }
  return value;
}

async function openBackend(side: Side, spec: SqlSourceSpec, env: Env, opts: SqlOpenOptions): Promise<Backend> {
  const url = urlFrom(side, spec, env);
  const label = sqlLabel(side, spec);
  const redact = redactor(url);
  try {
    if (spec.engine === 'postgres') {
      const { openPostgres } = await import('./postgres.js');
      return await openPostgres(url ?? '', timeoutOf(spec));
    }
    const { openDuckDB } = await import('./duckdb.js');
    return await openDuckDB({ database: url, dir: opts.dir, root: opts.root, memoryLimit: opts.duckdb?.memoryLimit, threads: opts.duckdb?.threads });
  } catch (e) {
    if (e instanceof TimedOut) throw sqlInputError(label, 'connecting', `could not connect within ${e.seconds} s (timeout_seconds)`, redact);
    throw sqlInputError(label, 'connecting', engineMessage(e), redact);
  }
}

/**
 * A backend shared by several sides: queries run one at a time (each with its own timeout, which
 * an interrupt must not cut short for another), and it closes when the last side closes it.
 */
class SharedBackend {
  private queue: Promise<unknown> = Promise.resolve();
  private users = 0;
  constructor(readonly backend: Backend) {}

  serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  connection(side: Side, spec: SqlSourceSpec): SqlConnection {
    this.users++;
    const label = sqlLabel(side, spec);
    const seconds = timeoutOf(spec);
    const b = this.backend;
    let closed = false;
    return {
      engine: b.engine,
      dialect: b.dialect,
      query: (sql: string, purpose: string): Promise<SqlRow[]> =>
        this.serial(async () => {
          if (closed) throw new Error(`${label}: query after close (${purpose})`);
          try {
            return await b.run(sql, seconds);
          } catch (e) {
            throw sqlInputError(label, purpose, e instanceof TimedOut ? e.message : engineMessage(e), b.redact);
          }
        }),
      close: async () => {
        if (closed) return;
        closed = true;
        if (--this.users === 0) await this.serial(() => b.close());
      },
    };
  }
}

async function describeRelation(side: Side, spec: SqlSourceSpec, shared: SharedBackend): Promise<SqlRelation> {
  const label = sqlLabel(side, spec);
  const b = shared.backend;
  const seconds = timeoutOf(spec);
  const connection = shared.connection(side, spec);
  const fail = (purpose: string, e: unknown) => sqlInputError(label, purpose, e instanceof TimedOut ? e.message : engineMessage(e), b.redact);
  try {
    const sql = spec.sql.trim().replace(/;\s*$/, '');
    try {
      await shared.serial(() => b.assertOneQuery(sql, seconds));
    } catch (e) {
      throw fail('the query', e);
    }
    // The newlines end a trailing `--` comment before the closing parenthesis.
    const from = `(\n${sql}\n) AS src`;
    let raw;
    try {
      raw = await shared.serial(() => b.describe(from, seconds));
    } catch (e) {
      throw fail('describing the columns', e);
    }
    const columns: SqlColumnInfo[] = [];
    const seen = new Set<string>();
    for (const c of raw) {
      if (seen.has(c.name)) throw new InputError(`the query returns more than one column named ${quoteName(c.name)}: give each column its own name`, label);
      seen.add(c.name);
      if (c.kind === null) {
        throw new InputError(
          `column ${quoteName(c.name)} has type ${c.engineType}, which the gate cannot compare (numbers, text, booleans, dates and timestamps can); cast it or leave it out of the query`,
          label,
        );
      }
      columns.push({ name: c.name, kind: c.kind, engineType: c.engineType });
    }
    const [count] = await connection.query(`SELECT count(*) AS n FROM ${from}`, 'counting the rows');
    const rowCount = Number(count?.['n']);
    return { side, label, spec, connection, from, columns, rowCount };
  } catch (e) {
    await connection.close();
    throw e;
  }
}

/**
 * Opens one side. `opts.dir`: the config file's directory (relative DuckDB paths); `opts.root`:
 * the only directory DuckDB may read files from (the action's workspace).
 */
export async function openRelation(side: Side, spec: SqlSourceSpec, env: Env = process.env, opts: SqlOpenOptions = { dir: process.cwd() }): Promise<SqlRelation> {
  const shared = new SharedBackend(await openBackend(side, spec, env, opts));
  return describeRelation(side, spec, shared);
}

/**
 * Opens both sides. When both name the same database (DuckDB in memory or the same file, or the
 * same PostgreSQL URL), ONE connection serves both (`shared`), so a single query may read both
 * relations (e.g. a union for exact two-sample statistics).
 */
export async function openRelations(refSpec: SqlSourceSpec, curSpec: SqlSourceSpec, env: Env = process.env, opts: SqlOpenOptions = { dir: process.cwd() }): Promise<SqlRelations> {
  const same = connectionKey(refSpec, env) === connectionKey(curSpec, env);
  const refBackend = new SharedBackend(await openBackend('reference', refSpec, env, opts));
  let curBackend: SharedBackend;
  try {
    curBackend = same ? refBackend : new SharedBackend(await openBackend('current', curSpec, env, opts));
  } catch (e) {
    await refBackend.backend.close();
    throw e;
  }
  let reference: SqlRelation | null = null;
  try {
    reference = await describeRelation('reference', refSpec, refBackend);
    // A shared backend must not close between the two sides: the reference holds it open.
    const current = await describeRelation('current', curSpec, curBackend);
    const ref = reference;
    return {
      reference: ref,
      current,
      shared: same,
      close: async () => {
        await ref.connection.close();
        await current.connection.close();
      },
    };
  } catch (e) {
    // A failed side has closed its own connection already; close what the other still holds.
    if (reference) await reference.connection.close();
    if (!same) await curBackend.backend.close();
    throw e;
  }
}
