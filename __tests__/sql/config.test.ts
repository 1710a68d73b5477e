/**
 * `reference`/`current` as SQL sources in the config: the resolved spec (engine defaults to
 * duckdb), the label that stands for the side, and the config errors — none of which repeats a
 * value written into url_env (it may be a pasted URL with its password).
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';

const base = { version: 1 };

function configError(data: object): string {
  try {
    resolveConfig(data, 'model-gate.yml');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('accepted');
}

describe('SQL sources in the config', () => {
  it('resolves both sides: engine duckdb by default, labels instead of paths', () => {
    const cfg = resolveConfig(
      {
        ...base,
        reference: { sql: "select * from read_parquet('ref.parquet')" },
        current: { sql: 'select * from shadow_log', engine: 'postgres', url_env: 'MODEL_GATE_PG_URL', timeout_seconds: 30 },
      },
      'model-gate.yml',
    );
    expect(cfg.sql.reference).toEqual({ sql: "select * from read_parquet('ref.parquet')", engine: 'duckdb' });
    expect(cfg.sql.current).toEqual({ sql: 'select * from shadow_log', engine: 'postgres', url_env: 'MODEL_GATE_PG_URL', timeout_seconds: 30 });
    expect(cfg.reference).toBe('reference query (duckdb)');
    expect(cfg.current).toBe('current query (postgres)');
  });

  it('a file path stays a file path; one side may be SQL and the other a file', () => {
    const cfg = resolveConfig({ ...base, reference: 'data/ref.csv', current: { sql: 'select 1 as x', engine: 'duckdb' } }, 'model-gate.yml');
    expect(cfg.sql).toEqual({ reference: null, current: { sql: 'select 1 as x', engine: 'duckdb' } });
    expect(cfg.reference).toBe('data/ref.csv');
  });

  it.each([
    [{ sql: 'select 1', engine: 'mysql' }, 'config key reference.engine: expected one of "duckdb", "postgres", got "mysql"'],
    [{ sql: 'select 1', timeout_seconds: 0 }, 'config key reference.timeout_seconds: must be > 0'],
    [{ sql: 'select 1', url: 'x' }, 'config key reference.url: unknown key: expected one of: "sql", "engine", "url_env", "timeout_seconds"'],
    [{ engine: 'duckdb' }, 'config key reference: missing required key "sql"'],
    [{ sql: '' }, 'config key reference.sql'],
    [{ sql: 'select 1', engine: 'postgres' }, 'config key reference.url_env: engine postgres reads its connection URL from an environment variable; name it here (e.g. MODEL_GATE_PG_URL)'],
  ])('refuses %j', (reference, message) => {
    expect(configError({ ...base, reference, current: 'cur.csv' })).toContain(message);
  });

  it('a URL pasted into url_env is refused without repeating it', () => {
    const url = 'postgres://gate:hunter2secret@db.example:5432/prod';
    const msg = configError({ ...base, reference: 'ref.csv', current: { sql: 'select 1', engine: 'postgres', url_env: url } });
    expect(msg).toContain('config key current.url_env: must be the name of an environment variable (letters, digits and _), not its value');
    expect(msg).not.toContain('hunter2secret');
    expect(msg).not.toContain('db.example');
  });
});
