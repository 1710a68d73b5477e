/**
 * Names from the user's files (columns, classes, config keys) as messages show them. Messages end
 * up in terminals, CI logs and PR comments; renderers escape markup, but a raw control character
 * (a line break, an ANSI escape) must never get that far.
 */
import { escapeControls } from '../safe-text.js';

/** A name JSON-quoted (so quotes and backslashes are unambiguous), with every control escaped. */
export function quoteName(name: string): string {
  return escapeControls(JSON.stringify(name));
}

/** One segment of a dotted config key: as written when it is a plain word, else quoted. */
export function keySegment(segment: string): string {
  return /^[\w-]+$/u.test(segment) ? segment : quoteName(segment);
}
