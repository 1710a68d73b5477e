/** DuckDB's spelling of the generated SQL (tested: DuckDB 1.5 through @duckdb/node-api). */
import { makeDialect } from './standard.js';

export const duckdbDialect = makeDialect({
  name: 'duckdb',
  doubleType: 'DOUBLE',
  textType: 'VARCHAR',
  // quantile_disc is type 1 (the first value whose cumulative share reaches p), as percentile_disc.
  quantileDisc: (expr, p) => `quantile_disc(${expr}, ${p})`,
});
