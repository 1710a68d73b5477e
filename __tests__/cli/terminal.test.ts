import { describe, expect, it } from 'vitest';
import { print, safe, safeLine, terminalText, withCommandsStopped } from '../../src/cli/terminal.js';
import { escapeBytes, escapeControls } from '../../src/safe-text.js';

describe('escapeControls', () => {
  it('shows every control character as an escape: C0, DEL, C1, separators, bidi, BOM, lone surrogates', () => {
    const cases: [string, string][] = [
      ['a\nb', 'a\\nb'],
      ['a\r\nb\tc', 'a\\r\\nb\\tc'],
      ['\x00\x07\x1b[31mred\x1b[0m', '\\x00\\x07\\x1b[31mred\\x1b[0m'],
      ['del\x7f', 'del\\x7f'],
      ['c1\x85\x9b2J', 'c1\\x85\\x9b2J'],
      ['line\u2028para\u2029', 'line\\u2028para\\u2029'],
      ['\u202eevil\u202c \u2066iso\u2069 \u200e\u200f\u061c', '\\u202eevil\\u202c \\u2066iso\\u2069 \\u200e\\u200f\\u061c'],
      ['\ufeffbom', '\\ufeffbom'],
      ['lone \ud800 and \udc00', 'lone \\ud800 and \\udc00'],
    ];
    for (const [raw, shown] of cases) expect(escapeControls(raw)).toBe(shown);
  });

  it('leaves printable text alone, non-ASCII letters, emoji and backslashes included', () => {
    for (const s of ['grün', '日本語', '😀 ok', 'C:\\data\\ref.csv', 'a,b;c "q"']) expect(escapeControls(s)).toBe(s);
  });

  it('escapeBytes shows all but printable ASCII as \\xHH', () => {
    expect(escapeBytes(Buffer.from([0x67, 0x72, 0xfc, 0x6e, 0x0a, 0x5c, 0x00]))).toBe('gr\\xfcn\\x0a\\x5c\\x00');
  });
});

describe('printed lines', () => {
  it('no line can start like a workflow command, even after leading spaces', () => {
    expect(safeLine('::error::x')).toBe('> ::error::x');
    expect(safeLine('   ::add-mask::x')).toBe('>    ::add-mask::x');
    expect(safeLine('##[error]x')).toBe('> ##[error]x');
    expect(safeLine('model-gate: ::error::x')).toBe('model-gate: ::error::x');
  });

  it('data escaped with safe() cannot start a line; terminalText escapes what is left and ends with a newline', () => {
    const text = `model-gate: column ${safe('x\n::set-output name=a::b')}\n\x1b[2J::stop-commands::t`;
    expect(terminalText(text)).toBe('model-gate: column x\\n::set-output name=a::b\n\\x1b[2J::stop-commands::t\n');
    const lines: string[] = [];
    print({ write: (s: string) => lines.push(s) }, 'a\n::b');
    expect(lines).toEqual(['a\n> ::b\n']);
  });
});

describe('withCommandsStopped', () => {
  it('wraps under GitHub Actions only, and resumes even when the run throws', async () => {
    const out: string[] = [];
    const w = { write: (s: string) => out.push(s) };
    expect(await withCommandsStopped({}, w, async () => 1)).toBe(1);
    expect(out).toEqual([]);
    await expect(withCommandsStopped({ GITHUB_ACTIONS: 'true' }, w, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(out).toHaveLength(2);
    const token = /^::stop-commands::(model-gate-[0-9a-f]{32})\n$/.exec(out[0]!)?.[1];
    expect(out[1]).toBe(`::${token}::\n`);
  });
});
