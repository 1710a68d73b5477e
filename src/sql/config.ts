/**
 * `reference`/`current` written as `{ sql, engine, url_env, timeout_seconds }`: the resolved spec,
 * and the rules the schema cannot say. Loaded by the config loader, so it imports no engine.
 */
import type { SqlSourceSpec } from './types.js';

type Side = 'reference' | 'current';

/** The spec of a side written as a mapping (engine defaults to duckdb); null for a file path. */
export function sqlSourceOf(value: unknown): SqlSourceSpec | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const v = value as Partial<SqlSourceSpec>;
  return {
    sql: String(v.sql),
    engine: v.engine ?? 'duckdb',
    ...(v.url_env !== undefined ? { url_env: v.url_env } : {}),
    ...(v.timeout_seconds !== undefined ? { timeout_seconds: v.timeout_seconds } : {}),
  };
}

/** How messages and the report name a SQL side: never its URL. */
export function sqlLabel(side: Side, spec: Pick<SqlSourceSpec, 'engine'>): string {
  return `${side} query (${spec.engine})`;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Problems with a side's spec, as `config key …: …` lines; none of them quotes url_env's value. */
export function sqlSourceProblems(side: Side, spec: SqlSourceSpec | null): string[] {
  if (spec === null) return [];
  const out: string[] = [];
  if (spec.url_env !== undefined && !ENV_NAME.test(spec.url_env)) {
    // Someone who pasted the URL itself here has put a password into the repository: the value is
    // not repeated, so at least the logs do not copy it further.
    out.push(`config key ${side}.url_env: must be the name of an environment variable (letters, digits and _), not its value; a connection URL holds a password and belongs in a secret`);
  }
  if (spec.engine === 'postgres' && spec.url_env === undefined) {
    out.push(`config key ${side}.url_env: engine postgres reads its connection URL from an environment variable; name it here (e.g. MODEL_GATE_PG_URL)`);
  }
  if (spec.sql.includes('\u0000')) out.push(`config key ${side}.sql: contains a NUL character`);
  return out;
}
