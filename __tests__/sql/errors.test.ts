/** The redactor: a connection URL's password, user and secret parameters never reach a message. */
import { describe, expect, it } from 'vitest';
import { engineMessage, redactor, sqlInputError } from '../../src/sql/errors.js';

describe('redactor', () => {
  const url = 'postgresql://ana.lytics:p%40ss%2Fw0rd!@db.internal:6543/warehouse?sslmode=require&sslpassword=keypass123&application_name=x';
  const hide = redactor(url);

  it('hides the URL, the password (raw and decoded), the user as a word and secret parameters', () => {
    expect(hide(`could not connect to ${url}`)).toBe('could not connect to ***');
    expect(hide('auth failed: p%40ss%2Fw0rd! / p@ss/w0rd!')).toBe('auth failed: *** / ***');
    expect(hide('password authentication failed for user "ana.lytics"')).toBe('password authentication failed for user "***"');
    expect(hide('key file locked with keypass123')).toBe('key file locked with ***');
    // The host, port and database name are not credentials; they help find the problem.
    expect(hide('connect ECONNREFUSED db.internal:6543 (warehouse)')).toBe('connect ECONNREFUSED db.internal:6543 (warehouse)');
  });

  it('a short user name goes only as a whole word', () => {
    const h = redactor('postgres://bo:longenoughpw@h/db');
    expect(h('role "bo" does not exist; bob and robot are fine')).toBe('role "***" does not exist; bob and robot are fine');
  });

  it('hides credentials of any URL in a message, even one it was not given', () => {
    expect(redactor(null)('see postgres://someone:else@host/db and https://u:p@example.com/x')).toBe('see postgres://***@host/db and https://***@example.com/x');
    expect(redactor('not a url at all')('not a url at all')).toBe('***');
  });
});

describe('messages', () => {
  it('one line: the engine message without DuckDB\'s caret block, with PostgreSQL\'s hint', () => {
    const duck = new Error('Parser Error: syntax error at or near "frm"\n\nLINE 1: select 1 frm x\n                 ^');
    expect(engineMessage(duck)).toBe('Parser Error: syntax error at or near "frm"');
    const pg = Object.assign(new Error('function nope() does not exist'), { hint: 'No function matches the given name.' });
    expect(engineMessage(pg)).toBe('function nope() does not exist (hint: No function matches the given name.)');
  });

  it('names the side and the purpose, escapes control characters', () => {
    const e = sqlInputError('current query (postgres)', 'histogram of "a\u001b[31m"', 'boom', (s) => s);
    expect(e.message).toBe('current query (postgres): histogram of "a\\x1b[31m": boom');
  });
});
