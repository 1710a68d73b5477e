/** PostgreSQL's spelling of the generated SQL (tested: PostgreSQL 15 through the pg package). */
import { makeDialect } from './standard.js';

export const postgresDialect = makeDialect({
  name: 'postgres',
  doubleType: 'DOUBLE PRECISION',
  textType: 'TEXT',
  quantileDisc: (expr, p) => `percentile_disc(${p}) WITHIN GROUP (ORDER BY ${expr})`,
});
