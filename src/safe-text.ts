/**
 * Text from the data (column names, category values, file paths, messages that quote them) made
 * inert for a terminal or a CI log: every character that could move the cursor, start a new line,
 * drive the terminal (ANSI escapes start with ESC, C1 controls act alone) or make text read in
 * another order than it is stored (bidi overrides) is written as a visible escape such as `\n`,
 * `\x1b` or `\u2028`. Backslashes are left as they are, so Windows paths stay readable.
 */

/** C0, DEL, C1, line/paragraph separators, bidi marks and overrides, BOM, lone surrogates. */
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const UNSAFE_TEST = new RegExp(UNSAFE.source);

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(c: string): string {
  const short = SHORT[c];
  if (short !== undefined) return short;
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every unsafe character escaped; the same string when there is none (the usual case). */
export function escapeControls(text: string): string {
  return UNSAFE_TEST.test(text) ? text.replace(UNSAFE, escapeOne) : text;
}

/** Bytes for a message: printable ASCII as is, every other byte as `\xHH` (never raw binary). */
export function escapeBytes(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b >= 0x20 && b < 0x7f && b !== 0x5c ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  return s;
}
