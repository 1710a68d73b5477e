/**
 * Makes text taken from the data (column names, category values, messages that quote them, file
 * paths) inert in GitHub-flavoured markdown: it cannot end a table cell, open HTML (a stray
 * `</details>` or `<!--` would swallow the rest of the comment or the action's hidden marker),
 * form links or emphasis, or notify people and cross-reference issues.
 *
 * Markdown syntax characters become numeric character references rather than backslash escapes
 * because references work the same in table cells, in `<summary>` HTML and in list items, and a
 * reference to `|` does not split a table row. Mentions and issue references are different: GitHub
 * links them after entities are decoded, so a reference would not stop them; a zero-width joiner
 * after `@` / `#` does, and is invisible to readers.
 *
 * The result must never be placed inside a code span (references are not decoded there) nor at the
 * start of a line (it is not guarded against block syntax such as `#` headings or `-` lists).
 */

const ZWJ = '\u200d';
const REPLACEMENT = '\ufffd';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '[': '&#91;',
  ']': '&#93;',
  '~': '&#126;',
  // GitHub renders $…$ as math.
  $: '&#36;',
};

const UNSAFE = new RegExp(
  [
    // Line breaks would end the table row or the list item.
    '\\r\\n|[\\n\\r\\t\\v\\f\\u2028\\u2029\\u0085]',
    // Other control characters, and bidi overrides that can make text read differently than it is.
    '[\\u0000-\\u0008\\u000e-\\u001f\\u007f-\\u0084\\u0086-\\u009f\\u202a-\\u202e\\u2066-\\u2069]',
    '[&<>|\\\\`*\\[\\]~$]',
    // An underscore between letters or digits cannot start or end emphasis (snake_case stays as is).
    '(?<![\\p{L}\\p{N}])_|_(?![\\p{L}\\p{N}])',
    // @user, @org/team, and e-mail autolinks (a@b.c, which parsers accept in many shapes).
    '@',
    // #123 and owner/repo#123.
    '#(?=[\\p{L}\\p{N}])',
    // GH-123.
    '(?<=GH)-(?=\\d)',
    // Bare URL autolinks: scheme://… and www.…
    ':(?=//)',
    '(?<=www)\\.',
  ].join('|'),
  'giu',
);

function replace(m: string): string {
  const e = ENTITIES[m];
  if (e !== undefined) return e;
  switch (m) {
    case '@':
    case '#':
    case ':':
    case '-':
      return m + ZWJ;
    case '.':
      // "www" + joiner + "." is no longer the literal "www." that starts an autolink.
      return ZWJ + m;
    default:
      // Line breaks and tabs read as a space; other controls are shown as "there was something".
      return m === '\r\n' || /^[\n\r\t\v\f\u2028\u2029\u0085]$/u.test(m) ? ' ' : REPLACEMENT;
  }
}

/** Cuts `s` to at most `maxChars` UTF-16 units plus "…", never inside a surrogate pair. */
export function truncate(s: string, maxChars: number): string {
  if (s.length <= maxChars) return s;
  let end = Math.max(0, maxChars);
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${s.slice(0, end)}…`;
}

/**
 * Inline-safe text for a table cell, a list item, a heading or a `<summary>`. Long values are
 * truncated first (before escaping, so a reference is never cut in half) to keep one hostile
 * column name from eating the comment's size budget.
 */
export function escapeText(s: string, maxChars = Infinity): string {
  return truncate(String(s), maxChars).replace(UNSAFE, replace);
}
