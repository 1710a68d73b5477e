/**
 * Engine messages made safe to show: a connection URL holds a password (and a user name), and
 * drivers quote parts of it back ("password authentication failed for user …", a URL in a parse
 * error). Every message from an engine or driver passes through `redactor` before it becomes an
 * InputError, so neither a report nor a log can carry a credential.
 */
import { InputError } from '../errors.js';
import { escapeControls } from '../safe-text.js';

const HIDDEN = '***';
const SECRET_PARAM = /pass|secret|token|key|cred/i;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every string from `url` that must never be shown: itself, user, password, secret parameters. */
function secretsOf(url: string): { anywhere: string[]; tokens: string[] } {
  const anywhere = [url];
  const tokens: string[] = [];
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    return { anywhere, tokens };
  }
  const add = (raw: string, asToken: boolean) => {
    if (!raw) return;
    for (const v of new Set([raw, safeDecode(raw)])) {
      // A password of a few characters would hide every such run of letters in the message;
      // as a whole word it still goes.
      if (!asToken && v.length >= 4) anywhere.push(v);
      else tokens.push(v);
    }
  };
  add(parsed.password, false);
  add(parsed.username, true);
  for (const [k, v] of parsed.searchParams) if (SECRET_PARAM.test(k)) add(v, false);
  return { anywhere, tokens };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Any `scheme://user:pass@` left in a message, whatever URL it came from. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@'"]*@/gi;

/** A function that hides the credentials of `url` (and of any URL with user info) in a text. */
export function redactor(url: string | null): (text: string) => string {
  const { anywhere, tokens } = url ? secretsOf(url) : { anywhere: [], tokens: [] };
  // Longest first, so the whole URL goes before its parts.
  const parts = anywhere.sort((a, b) => b.length - a.length).map(escapeRegExp);
  const anyRe = parts.length ? new RegExp(parts.join('|'), 'g') : null;
  const tokenRe = tokens.length ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${tokens.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`, 'gu') : null;
  return (text) => {
    let s = text;
    if (anyRe) s = s.replace(anyRe, HIDDEN);
    if (tokenRe) s = s.replace(tokenRe, HIDDEN);
    return s.replace(URL_CREDENTIALS, `$1${HIDDEN}@`);
  };
}

/**
 * The engine's message, one line: DuckDB appends the query with a caret under the error ("LINE 1:
 * …"), which no longer lines up once the message is one line of a report.
 */
export function engineMessage(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  const first = raw.split(/\r?\n\s*\r?\n/)[0] ?? raw;
  const hint = e && typeof e === 'object' && 'hint' in e && typeof e.hint === 'string' ? ` (hint: ${e.hint})` : '';
  return `${first.replace(/\s*\r?\n\s*/g, ' ').trim()}${hint}`;
}

/** "reference query (postgres): <purpose>: <engine message>", credentials hidden, controls escaped. */
export function sqlInputError(label: string, purpose: string, message: string, redact: (s: string) => string): InputError {
  return new InputError(escapeControls(redact(`${purpose}: ${message}`)), label);
}
