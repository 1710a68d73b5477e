/**
 * Column kinds from the engine's own types. Numbers (integer, floating, decimal) are numeric; text,
 * booleans, enums, UUIDs, dates, times and timestamps are categorical (compared as their text, as
 * a CSV reader would see them). Nested and opaque types (lists, arrays, structs, maps, JSON,
 * binary, intervals) have no meaning for the gate's tests: an error naming the column.
 */
import type { SqlColumnKind } from './types.js';

/** DuckDB type ids (DuckDBTypeId in @duckdb/node-api), listed here so this module loads without DuckDB. */
const DUCKDB_NUMERIC = new Set([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 16, 19, 32, 35]); // TINYINT…UBIGINT, FLOAT, DOUBLE, HUGEINT, DECIMAL, UHUGEINT, BIGNUM
const DUCKDB_CATEGORICAL = new Set([1, 12, 13, 14, 17, 20, 21, 22, 23, 27, 30, 31, 39]); // BOOLEAN, TIMESTAMP*, DATE, TIME*, VARCHAR, ENUM, UUID

/** `null`: a type the gate cannot use. `alias` is DuckDB's type alias (JSON is VARCHAR aliased). */
export function duckdbKind(typeId: number, alias: string | undefined): SqlColumnKind | null {
  if (alias !== undefined && alias.toUpperCase() === 'JSON') return null;
  if (DUCKDB_NUMERIC.has(typeId)) return 'numeric';
  if (DUCKDB_CATEGORICAL.has(typeId)) return 'categorical';
  return null;
}

/** PostgreSQL number types by name; money and the reg* identifiers are not measurements. */
const PG_NUMERIC = new Set(['int2', 'int4', 'int8', 'float4', 'float8', 'numeric']);

/**
 * PostgreSQL: `typcategory` from pg_type (S string, B boolean, E enum, D date/time, U user-defined
 * such as uuid) and the base type name. Arrays (A), composites (C), ranges (R), JSON, bytea and
 * intervals (T) are refused.
 */
export function postgresKind(typname: string, typcategory: string): SqlColumnKind | null {
  if (PG_NUMERIC.has(typname)) return 'numeric';
  if (typcategory === 'S' || typcategory === 'B' || typcategory === 'E' || typcategory === 'D') return 'categorical';
  if (typname === 'uuid') return 'categorical';
  return null;
}
