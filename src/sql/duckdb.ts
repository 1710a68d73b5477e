/**
 * DuckDB embedded (@duckdb/node-api, loaded only when a source names it). An in-memory database by
 * default, or the database file named by url_env, opened read-only.
 *
 * With a root (the action: the workspace), the session reads files only under it, .git excluded —
 * DuckDB checks every path after following links — and cannot reach the network, install or load extensions,
 * attach databases or change these settings (lock_configuration). Relative file paths in the query
 * then resolve against the working directory only (the action's is the workspace): DuckDB's
 * file_search_path would let a relative glob through a linked directory list files outside the
 * root (measured with DuckDB 1.5: `count(*) FROM read_text('link/*')`). Without a root (the CLI)
 * the config file's directory is the search path too, after the working directory.
 */
import { mkdtemp, readdir, realpath, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { duckdbDialect } from './dialects/duckdb.js';
import { duckdbKind } from './columns.js';
import { plainValue, TimedOut, type Backend, type RawColumn } from './backend.js';
import { redactor } from './errors.js';
import type { SqlRow } from './types.js';

type DuckDBModule = typeof import('@duckdb/node-api');
let duckdbModule: Promise<DuckDBModule> | null = null;

/** The binding (about 70 MB of native code) loads at the first SQL source, never at start-up. */
export function loadDuckDB(): Promise<DuckDBModule> {
  return (duckdbModule ??= import('@duckdb/node-api'));
}

export interface DuckDBOpen {
  /** A database file, or null for an in-memory database. */
  readonly database: string | null;
  readonly dir: string;
  readonly root?: string;
  readonly memoryLimit?: string;
  readonly threads?: number;
}

/** `dir/` for allowed_directories, which compares prefixes: `/ws` would also allow `/ws2`. */
function asDirectory(p: string): string {
  return p.endsWith(sep) ? p : `${p}${sep}`;
}

function sqlString(s: string): string {
  return duckdbDialect.quoteLiteral(s);
}

export async function openDuckDB(opts: DuckDBOpen): Promise<Backend> {
  const { DuckDBInstance: Instance, StatementType } = await loadDuckDB();
  const root = opts.root ? await realpath(opts.root) : null;
  let database = opts.database;
  if (database !== null) {
    database = resolve(opts.dir, database);
    const real = await realpath(database).catch(() => {
      throw new Error(`the database file named by url_env does not exist or cannot be read`);
    });
    if (root !== null && (!inside(root, real) || isGitPath(root, real))) {
      throw new Error(`the database file named by url_env must be inside the workspace ${root}`);
    }
  }
  // Spilling to disk (aggregates over data larger than memory) goes to a directory of our own,
  // allowed alongside the root.
  // Its real path: DuckDB follows links before comparing with allowed_directories (macOS's /tmp is one).
  const spill = await realpath(await mkdtemp(join(tmpdir(), 'model-gate-duckdb-')));
  let instance: DuckDBInstance | null = null;
  let connection: DuckDBConnection | null = null;
  try {
    instance = await Instance.create(database ?? ':memory:', {
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      ...(database !== null ? { access_mode: 'READ_ONLY' } : {}),
      ...(opts.memoryLimit !== undefined ? { memory_limit: opts.memoryLimit } : {}),
      ...(opts.threads !== undefined ? { threads: String(opts.threads) } : {}),
    });
    connection = await instance.connect();
    const settings = [`SET TimeZone = 'UTC'`, `SET temp_directory = ${sqlString(spill)}`];
    if (root === null) settings.push(`SET file_search_path = ${sqlString(resolve(opts.dir))}`);
    else {
      const allowed = await allowedUnder(root);
      const list = (xs: readonly string[]) => `[${xs.map(sqlString).join(', ')}]`;
      settings.push(`SET allowed_directories = ${list([...allowed.dirs, asDirectory(spill)])}`);
      if (allowed.files.length) settings.push(`SET allowed_paths = ${list(allowed.files)}`);
      settings.push('SET enable_external_access = false');
    }
    settings.push('SET allow_community_extensions = false', 'SET lock_configuration = true');
    for (const s of settings) await connection.run(s);
  } catch (e) {
    connection?.closeSync();
    instance?.closeSync();
    await rm(spill, { recursive: true, force: true });
    throw e;
  }
  return duckdbBackend(instance, connection, spill, StatementType.SELECT, root);
}

/**
 * Everything at the top of the root but `.git`, as real paths: actions/checkout keeps the job's
 * token in .git/config, which a query could otherwise read into category counts and a report.
 * An entry that links outside the root is left out (DuckDB would follow the link and allow it).
 */
async function allowedUnder(root: string): Promise<{ dirs: string[]; files: string[] }> {
  const dirs: string[] = [];
  const files: string[] = [];
  for (const name of await readdir(root)) {
    if (name === '.git') continue;
    const real = await realpath(join(root, name)).catch(() => null);
    if (real === null || !inside(root, real) || real === root || isGitPath(root, real)) continue;
    const st = await stat(real).catch(() => null);
    if (st?.isDirectory()) dirs.push(asDirectory(real));
    else if (st) files.push(real);
  }
  return { dirs, files };
}

function isGitPath(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '.git' || rel.startsWith(`.git${sep}`);
}

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || !(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

/**
 * DuckDB resolves a relative path against the working directory: with the working directory
 * outside the root, every relative path is refused. Say so, and say what the root is, rather than
 * leave "file system operations are disabled by configuration" to be guessed at.
 */
function explainRefusal(e: unknown, root: string | null): unknown {
  if (root === null || !(e instanceof Error)) return e;
  const m = /Permission Error: Cannot access file "([^"]*)"/.exec(e.message);
  if (!m || m[1] === undefined) return e;
  const path = m[1];
  const why = isAbsolute(path)
    ? `only existing files inside the workspace ${root}, outside its .git, can be read`
    : inside(root, process.cwd())
      ? `only existing files inside the workspace ${root}, outside its .git, can be read (a relative path resolves against the working directory, ${process.cwd()})`
      : `relative paths resolve against the working directory (${process.cwd()}), which is outside the workspace ${root}; write the path absolute`;
  return new Error(`${e.message.split('\n')[0]}: ${why}`);
}

function duckdbBackend(instance: DuckDBInstance, connection: DuckDBConnection, spill: string, selectType: number, root: string | null): Backend {
  let closed = false;
  const withTimeout = async <T>(seconds: number, work: () => Promise<T>): Promise<T> => {
    let timedOut = false;
    // DuckDB has no statement timeout of its own: interrupting the connection ends the running query.
    const timer = setTimeout(() => {
      timedOut = true;
      connection.interrupt();
    }, seconds * 1000);
    try {
      return await work();
    } catch (e) {
      throw timedOut ? new TimedOut(seconds) : explainRefusal(e, root);
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    engine: 'duckdb',
    dialect: duckdbDialect,
    redact: redactor(null),
    run: (sql, seconds) =>
      withTimeout(seconds, async () => {
        const reader = await connection.runAndReadAll(sql);
        return reader.getRowObjectsJS().map((row) => {
          const out: Record<string, number | string | null> = {};
          for (const [k, v] of Object.entries(row)) out[k] = plainValue(v);
          return out as SqlRow;
        });
      }),
    async assertOneQuery(sql, seconds) {
      await withTimeout(seconds, async () => {
        const extracted = await connection.extractStatements(sql);
        if (extracted.count !== 1) throw new Error(`must be exactly one SELECT statement, found ${extracted.count}`);
        const prepared = await extracted.prepare(0);
        try {
          if (prepared.statementType !== selectType) throw new Error('must be a SELECT statement (a query that reads, nothing else)');
          // As a derived table DuckDB would rename the second `a` to `a_1`: a name the user never wrote.
          const names = new Set<string>();
          for (let i = 0; i < prepared.columnCount; i++) {
            const name = prepared.columnName(i);
            if (names.has(name)) throw new Error(`returns more than one column named ${JSON.stringify(name)}: give each column its own name`);
            names.add(name);
          }
        } finally {
          prepared.destroySync();
        }
      });
    },
    describe: (from, seconds) =>
      withTimeout(seconds, async () => {
        // Preparing plans the query without running it: names and types, no rows read.
        const prepared = await connection.prepare(`SELECT * FROM ${from}`);
        try {
          const cols: RawColumn[] = [];
          for (let i = 0; i < prepared.columnCount; i++) {
            const type = prepared.columnType(i);
            cols.push({ name: prepared.columnName(i), engineType: type.alias ?? type.toString(), kind: duckdbKind(type.typeId, type.alias) });
          }
          return cols;
        } finally {
          prepared.destroySync();
        }
      }),
    async close() {
      if (closed) return;
      closed = true;
      connection.closeSync();
      instance.closeSync();
      await rm(spill, { recursive: true, force: true });
    },
  };
}

