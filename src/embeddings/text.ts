/**
 * Cheap descriptors of free text, one number per row, so that a text column is drift-tested by
 * what can move (reviews getting longer, another alphabet appearing, more empty answers) instead
 * of as categories: 100,000 distinct reviews compared as categories always "drift" (Jensen–Shannon
 * of two samples of unique values is near its maximum, every value being unseen on the other side),
 * and say nothing about how.
 *
 * - `length`: characters (Unicode code points) of the value;
 * - `non_ascii`: share of those characters above U+007F;
 * - `words`: runs of characters that are not white space (as JavaScript's \s);
 * - `empty`: 1 for a row with no text (an empty field or a missing-value token, which the loader
 *   reads as missing), 0 otherwise; the other descriptors leave such rows out (NaN), so that more
 *   empty answers show in `empty` and not as shorter texts.
 * Each distinct value is measured once (the column's dictionary), then copied to its rows.
 *
 * Which columns are text: `columns.text`, and with `tests.text.auto` every categorical feature
 * whose reference values are mostly distinct (share of distinct values ≥ `min_distinct_share`, 0.5)
 * and long (mean length of the distinct values ≥ `min_length`, 20 characters) with at least
 * MIN_AUTO_DISTINCT of them: a category column is repetitive or short, free text neither.
 */
import type { CheckContext } from '../checks/context.js';
import type { TextDescriptor, TextSettings } from '../config/types.js';
import type { CategoricalColumn, Column } from '../data/table.js';

/** Fewer distinct values than this is never free text, whatever their length. */
export const MIN_AUTO_DISTINCT = 20;

export const DESCRIPTOR_NAME: Readonly<Record<TextDescriptor, string>> = {
  length: 'length',
  non_ascii: 'non-ASCII share',
  empty: 'empty share',
  words: 'words',
};

function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Length in code points, non-ASCII code points, and words of one value. */
export function describeText(s: string): { length: number; nonAscii: number; words: number } {
  let length = 0, nonAscii = 0, words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is one character: its low half is not counted again.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    length++;
    if (c > 0x7f) nonAscii++;
    const space = isSpace(c);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return { length, nonAscii, words };
}

/** One array per descriptor, a value per row (NaN where the descriptor does not apply). */
export function textDescriptors(col: CategoricalColumn, which: readonly TextDescriptor[]): Map<TextDescriptor, Float64Array> {
  const n = col.codes.length;
  const k = col.dictionary.length;
  const perEntry = { length: new Float64Array(k), non_ascii: new Float64Array(k), words: new Float64Array(k) };
  for (let c = 0; c < k; c++) {
    const d = describeText(col.dictionary[c]);
    perEntry.length[c] = d.length;
    perEntry.non_ascii[c] = d.length > 0 ? d.nonAscii / d.length : NaN;
    perEntry.words[c] = d.words;
  }
  const out = new Map<TextDescriptor, Float64Array>();
  for (const name of which) {
    const values = new Float64Array(n);
    if (name === 'empty') for (let r = 0; r < n; r++) values[r] = col.codes[r] < 0 ? 1 : 0;
    else {
      const src = perEntry[name];
      for (let r = 0; r < n; r++) {
        const code = col.codes[r];
        values[r] = code < 0 ? NaN : src[code];
      }
    }
    out.set(name, values);
  }
  return out;
}

/** Whether a categorical column's values look like free text (see the module comment). */
export function looksLikeText(col: Column, s: Pick<TextSettings, 'min_distinct_share' | 'min_length'>): boolean {
  if (col.kind !== 'categorical') return false;
  const present = col.codes.length - col.missing;
  const distinct = col.dictionary.length;
  if (present === 0 || distinct < MIN_AUTO_DISTINCT || distinct / present < s.min_distinct_share) return false;
  let total = 0;
  for (const v of col.dictionary) total += describeText(v).length;
  return total / distinct >= s.min_length;
}

export interface TextColumn {
  readonly column: string;
  /** Found by `tests.text.auto`, not named in `columns.text`. */
  readonly auto: boolean;
}

const memo = new WeakMap<CheckContext, readonly TextColumn[]>();

/**
 * The text columns of the run, in `columns.text` order then feature order: the drift check leaves
 * them to the text check, so both must agree (computed once per context).
 */
export function textColumns(ctx: CheckContext): readonly TextColumn[] {
  const hit = memo.get(ctx);
  if (hit) return hit;
  const s = ctx.config.tests.text;
  const out: TextColumn[] = [];
  if (s.enabled && ctx.config.tests.drift.enabled) {
    const named = new Set(ctx.config.columns.text);
    for (const c of ctx.config.columns.text) out.push({ column: c, auto: false });
    if (s.auto) {
      for (const f of ctx.features) {
        // A JSON embedding named as a feature is long distinct text too, but it is no prose.
        if (named.has(f) || ctx.config.columns.embeddings[f]?.json) continue;
        const a = ctx.reference.columns.get(f);
        const b = ctx.current.columns.get(f);
        if (a && b && b.kind === 'categorical' && looksLikeText(a, s)) out.push({ column: f, auto: true });
      }
    }
  }
  memo.set(ctx, out);
  return out;
}
