/**
 * The PostgreSQL server the SQL-source tests query: MODEL_GATE_PG_URL, set by .ci/run from
 * `.ci/start-postgres.sh` (Debian's postgresql package on 127.0.0.1, see docs/development.md).
 * Locally an unset variable skips those tests with a message; under CI=true it fails them, so CI
 * can never pass by skipping.
 */
import { IN_CI } from './prometheus.js';

export const PG_URL_ENV = 'MODEL_GATE_PG_URL';

/** The server's URL, or null (locally, unset: the caller skips). */
export function pgUrlOrSkip(): string | null {
  const url = process.env[PG_URL_ENV];
  if (url) return url;
  if (IN_CI) return null;
  console.warn(`skipping the PostgreSQL tests: ${PG_URL_ENV} is not set (eval "$(bash .ci/start-postgres.sh)"; .ci/run does)`);
  return null;
}

/** Whether to skip: only locally, never under CI=true (where `requirePg` then fails the tests). */
export function skipWithoutPg(): boolean {
  return pgUrlOrSkip() === null && !IN_CI;
}

export function requirePgUrl(): string {
  const url = process.env[PG_URL_ENV];
  if (!url) throw new Error(`${PG_URL_ENV} is not set, and CI=true requires a PostgreSQL server: eval "$(bash .ci/start-postgres.sh)" (.ci/run does this)`);
  return url;
}
