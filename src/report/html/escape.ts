/**
 * The one HTML escape of the HTML report. Every string that comes from the data or the config
 * (column and category names, messages, paths, labels inside SVG) goes through `escapeHtml`, in
 * text and in quoted attribute values alike: after it, the string cannot open or close an element,
 * end an attribute, or start a character reference of its own.
 *
 * Control characters and bidi overrides are replaced too, as in the markdown escape, so a value
 * cannot make a line read differently from what it is.
 */
import { truncate } from '../escape.js';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// Line breaks read as spaces; other controls and bidi overrides as U+FFFD ("there was something").
const UNSAFE = /[&<>"']|[\n\r\t\v\f\u2028\u2029\u0085]|[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u202a-\u202e\u2066-\u2069]/gu;

function replace(m: string): string {
  const e = ENTITIES[m];
  if (e !== undefined) return e;
  return /^[\n\r\t\v\f\u2028\u2029\u0085]$/u.test(m) ? ' ' : '\ufffd';
}

/** Text safe in element content and in a quoted attribute value; long values cut to `maxChars` first. */
export function escapeHtml(s: unknown, maxChars = Infinity): string {
  if (s === undefined || s === null) return '';
  return truncate(typeof s === 'string' ? s : String(s), maxChars).replace(UNSAFE, replace);
}
