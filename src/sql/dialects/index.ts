import type { Dialect, SqlEngine } from '../types.js';
import { duckdbDialect } from './duckdb.js';
import { postgresDialect } from './postgres.js';

/** One entry per engine: a new engine is one dialect file and one line here. */
export const DIALECTS: Readonly<Record<SqlEngine, Dialect>> = { duckdb: duckdbDialect, postgres: postgresDialect };
