/**
 * The dialect layer: quoting that survives any name or value, casts, and the exact type-1 order
 * statistic, each checked in the real engines (DuckDB always; PostgreSQL when MODEL_GATE_PG_URL
 * is set, and always under CI=true).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckdbDialect } from '../../src/sql/dialects/duckdb.js';
import { postgresDialect } from '../../src/sql/dialects/postgres.js';
import { DIALECTS } from '../../src/sql/dialects/index.js';
import { openRelation } from '../../src/sql/index.js';
import type { Dialect, SqlRelation } from '../../src/sql/types.js';
import { PG_URL_ENV, requirePgUrl, skipWithoutPg } from '../helpers/postgres.js';

const NAMES = ['plain', 'with space', 'a"quote', '""', "it's", 'back\\slash', 'ünïcödé 名前', 'emoji 🚀', 'select', 'UPPER', 'semi;colon -- not a comment', 'x) AS src; DROP TABLE t; --'];
const VALUES = ["O'Brien", "''", 'C:\\path\\n', '\\', '\\\'', 'tab\there', 'line\nbreak', 'ünïcödé', '', "'; DROP TABLE t; --", '$$dollar$$', 'E\'x\''];

// numpy.percentile(x, 100 * p, method='inverted_cdf') on X for each p in PROBS (numpy 1.24):
// the type-1 order statistic, the first value whose cumulative share reaches p.
const X = [3.5, -1.0, 2.0, 2.0, 7.0, 0.25, 10.0, 4.0, 4.0, 4.0, -3.0, 8.5, 6.0, 1.0, 9.0];
const PROBS = [0, 0.05, 0.1, 0.2, 0.25, 0.3, 1 / 3, 0.5, 0.6, 0.7, 0.75, 0.9, 0.99, 1];
const TYPE1 = [-3.0, -3.0, -1.0, 0.25, 1.0, 2.0, 2.0, 4.0, 4.0, 6.0, 7.0, 9.0, 10.0, 10.0];

describe('quoting as text', () => {
  it.each([duckdbDialect, postgresDialect])('$name doubles the quote character and nothing else', (d: Dialect) => {
    expect(d.quoteIdent('a"b')).toBe('"a""b"');
    expect(d.quoteIdent('with space')).toBe('"with space"');
    expect(d.quoteLiteral("O'Brien")).toBe("'O''Brien'");
    expect(d.quoteLiteral('back\\slash')).toBe("'back\\slash'");
    expect(() => d.quoteIdent('nul\u0000')).toThrow(/NUL/);
    expect(() => d.quoteLiteral('nul\u0000')).toThrow(/NUL/);
  });

  it('spells casts and order statistics per engine', () => {
    expect(duckdbDialect.asDouble('x')).toBe('CAST(x AS DOUBLE)');
    expect(postgresDialect.asDouble('x')).toBe('CAST(x AS DOUBLE PRECISION)');
    expect(duckdbDialect.asText('x')).toBe('CAST(x AS VARCHAR)');
    expect(postgresDialect.asText('x')).toBe('CAST(x AS TEXT)');
    expect(duckdbDialect.quantileDisc('"a"', 0.25)).toBe('quantile_disc("a", 0.25)');
    expect(postgresDialect.quantileDisc('"a"', 0.25)).toBe('percentile_disc(0.25) WITHIN GROUP (ORDER BY "a")');
    expect(postgresDialect.quantilesDisc('"a"', [0, 1], 'p')).toBe('percentile_disc(0) WITHIN GROUP (ORDER BY "a") AS "p0", percentile_disc(1) WITHIN GROUP (ORDER BY "a") AS "p1"');
    expect(() => duckdbDialect.quantileDisc('x', 1.5)).toThrow(/not in \[0, 1\]/);
    expect(() => duckdbDialect.quantileDisc('x', Number.NaN)).toThrow(/not in \[0, 1\]/);
    expect(Object.keys(DIALECTS).sort()).toEqual(['duckdb', 'postgres']);
  });
});

/** The same checks in a real engine: a name comes back as the column's name, a value as itself. */
function engineChecks(open: () => Promise<SqlRelation>) {
  let rel: SqlRelation;
  beforeAll(async () => {
    rel = await open();
  });
  afterAll(async () => {
    await rel?.connection.close();
  });

  it('a quoted identifier is the column name, whatever its characters', async () => {
    const d = rel.connection.dialect;
    const sql = `SELECT ${NAMES.map((n, i) => `${i} AS ${d.quoteIdent(n)}`).join(', ')}`;
    const [row] = await rel.connection.query(sql, 'identifiers');
    expect(Object.keys(row!)).toEqual(NAMES);
    expect(Object.values(row!)).toEqual(NAMES.map((_, i) => i));
  });

  it('a quoted literal is the value, quotes and backslashes included', async () => {
    const d = rel.connection.dialect;
    const sql = `SELECT ${VALUES.map((v, i) => `${d.quoteLiteral(v)} AS ${d.quoteIdent(`v${i}`)}`).join(', ')}`;
    const [row] = await rel.connection.query(sql, 'literals');
    expect(VALUES.map((_, i) => row![`v${i}`])).toEqual(VALUES);
  });

  it('casts: numbers and text', async () => {
    const d = rel.connection.dialect;
    const [row] = await rel.connection.query(`SELECT ${d.asDouble("'2.5'")} AS x, ${d.asText('42')} AS t, ${d.asText('1 = 1')} AS b`, 'casts');
    expect(row).toEqual({ x: 2.5, t: '42', b: 'true' });
  });

  it('quantilesDisc is the type-1 order statistic (numpy inverted_cdf)', async () => {
    const d = rel.connection.dialect;
    const values = X.map((v) => `(${v})`).join(', ');
    const [row] = await rel.connection.query(`SELECT ${d.quantilesDisc(d.quoteIdent('x'), PROBS)} FROM (VALUES ${values}) AS t(x)`, 'quantiles');
    expect(PROBS.map((_, i) => row![`q${i}`])).toEqual(TYPE1);
    // Probabilities JavaScript writes in exponent form are still numbers to the engine.
    const [tiny] = await rel.connection.query(`SELECT ${d.quantileDisc('x', 1e-7)} AS lo, ${d.quantileDisc('x', 1 - 1e-12)} AS hi FROM (VALUES ${values}) AS t(x)`, 'tiny p');
    expect(tiny).toEqual({ lo: -3, hi: 10 });
  });
}

describe('in DuckDB', () => {
  engineChecks(() => openRelation('reference', { sql: 'SELECT 1 AS one', engine: 'duckdb' }));
});

describe.skipIf(skipWithoutPg())('in PostgreSQL', () => {
  engineChecks(() => {
    const url = requirePgUrl();
    return openRelation('reference', { sql: 'SELECT 1 AS one', engine: 'postgres', url_env: PG_URL_ENV }, { [PG_URL_ENV]: url });
  });
});
