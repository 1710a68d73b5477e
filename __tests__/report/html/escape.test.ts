import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/report/html/escape.js';

describe('escapeHtml', () => {
  it('the five characters that open markup, end attributes or start references', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('line breaks read as spaces; other controls and bidi overrides as U+FFFD', () => {
    expect(escapeHtml('a\nb\r\nc\td')).toBe('a b  c d');
    expect(escapeHtml('x\u0000y\u001bz\u202eevil\u2066')).toBe('x\ufffdy\ufffdz\ufffdevil\ufffd');
  });

  it('cuts long values before escaping (never inside a reference), and shows absent values as nothing', () => {
    expect(escapeHtml('<<<<<', 2)).toBe('&lt;&lt;…');
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(12.5)).toBe('12.5');
    expect(escapeHtml('ñandú 数据 🚀')).toBe('ñandú 数据 🚀');
  });
});
