import { describe, expect, it } from 'vitest';
import { escapeText, truncate } from '../../src/report/escape.js';
import { HOSTILE } from './fixture.js';
import { decodeEntities, tableRows, toHtml } from './gfm.js';
import { mulberry32 as rng } from '../helpers/random.js';

const ZWJ = '\u200d';

/** What a reader should see: the original text, line breaks as spaces, invisible joiners aside. */
function seen(s: string): string {
  return s.replace(/\r\n|[\n\r\t\v\f\u2028\u2029\u0085]/g, ' ');
}

function cellText(s: string): { cells: string[]; html: string } {
  const html = toHtml(`| a | b | c |\n|---|---|---|\n| x | ${escapeText(s)} | y |\n`);
  const rows = tableRows(html);
  expect(rows).toHaveLength(1);
  return { cells: rows[0]!, html };
}


describe('escapeText in a table cell', () => {
  it.each(Object.entries(HOSTILE))('%s stays one cell with the same visible text', (_, s) => {
    const { cells, html } = cellText(s);
    expect(cells).toHaveLength(3);
    expect(cells[0]).toBe('x');
    expect(cells[2]).toBe('y');
    // No tag, comment, link, emphasis or code was created from the text.
    expect(cells[1]).not.toMatch(/<(?!\/?td)/);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<!--');
    expect(decodeEntities(cells[1]!).replaceAll(ZWJ, '')).toBe(seen(s));
  });

  it('survives random strings of markdown syntax (seeded fuzz)', () => {
    const alphabet = [...'|\\`*_[]()<>&!#@~$:/.-=+ \n\tab1', 'www.', 'http://', '<!--', '-->', '</details>', 'é', '🚀', 'GH-1'];
    const next = rng(42);
    for (let i = 0; i < 2000; i++) {
      let s = '';
      const n = 1 + Math.floor(next() * 12);
      for (let j = 0; j < n; j++) s += alphabet[Math.floor(next() * alphabet.length)];
      // GFM trims a cell; compare the trimmed text.
      const { cells } = cellText(s);
      expect(cells, JSON.stringify(s)).toHaveLength(3);
      expect(cells[1], JSON.stringify(s)).not.toMatch(/<(?!\/?td)/);
      expect(decodeEntities(cells[1]!).replaceAll(ZWJ, ''), JSON.stringify(s)).toBe(seen(s).trim());
    }
  });
});

describe('escapeText against GitHub autolinks', () => {
  it('breaks mentions, issue references and bare URLs with a zero-width joiner', () => {
    expect(escapeText('@octocat')).toBe(`@${ZWJ}octocat`);
    expect(escapeText('@org/team')).toBe(`@${ZWJ}org/team`);
    expect(escapeText('fixes #123 and owner/repo#7')).toBe(`fixes #${ZWJ}123 and owner/repo#${ZWJ}7`);
    expect(escapeText('GH-42')).toBe(`GH-${ZWJ}42`);
    expect(escapeText('see https://evil.example')).toBe(`see https:${ZWJ}//evil.example`);
    expect(escapeText("www.evil.example")).toBe(`www${ZWJ}.evil.example`);
    expect(escapeText('me@example.com')).toBe(`me@${ZWJ}example.com`);
  });
  it('leaves ordinary text alone, including snake_case names and lone symbols', () => {
    expect(escapeText('petal_length_cm')).toBe('petal_length_cm');
    expect(escapeText('age (years) # 50%')).toBe('age (years) # 50%');
    expect(escapeText('ñandú 数据 🚀')).toBe('ñandú 数据 🚀');
  });
  it('escapes emphasis underscores at word edges', () => {
    expect(toHtml(escapeText('_secret_ *bold* ~~gone~~ $x$'))).not.toMatch(/<em>|<strong>|<del>/);
  });
});

describe('escapeText control characters', () => {
  it('turns line breaks into spaces and other controls into a visible mark', () => {
    expect(escapeText('a\r\nb\nc\rd\te\u2028f')).toBe('a b c d e f');
    expect(escapeText('a\u0000b\u001bc\u202ed')).toBe('a\ufffdb\ufffdc\ufffdd');
  });
});

describe('truncate', () => {
  it('cuts before escaping so no reference is split', () => {
    expect(escapeText('<<<<<<', 3)).toBe('&lt;&lt;&lt;…');
  });
  it('never splits a surrogate pair', () => {
    expect(truncate('ab🚀cd', 3)).toBe('ab…');
    expect(truncate('ab🚀cd', 4)).toBe('ab🚀…');
    expect(truncate('short', 10)).toBe('short');
  });
});
