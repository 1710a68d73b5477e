/**
 * The fast reader for CSV: LF or CRLF used consistently, fields plain or quoted as RFC 4180 says
 * (a quote opens a field, `""` inside stands for a quote, commas and line breaks inside are data:
 * what CSV writers produce for text). It walks the bytes once, converts numbers without building
 * strings (Clinger's fast path, exact for ≤ 2^53 mantissas and exponents within ±22), quoted or
 * not, and dictionary-codes categorical fields by their bytes (a quoted value's content, so "a"
 * and a are one category). Whatever it cannot settle from bytes goes through the same
 * `TableBuilder.addText` as the csv-parse reader. On anything else (a line break inside a header
 * name, a stray quote, a lone CR, line endings that change) it gives up and returns null, and the
 * caller re-reads the whole file with csv-parse, so csv-parse's semantics decide every irregular
 * file.
 */
import { readSync } from 'node:fs';
import { FNV_OFFSET, FNV_PRIME, NOT_FOUND, ByteDictionary } from './byte-dictionary.js';
import {
  MODE_CATEGORICAL,
  MODE_NUMERIC,
  MODE_SKIP,
  TableBuilder,
  type ColumnState,
  emptyFile,
  raggedRow,
  type BuildOptions,
} from './builder.js';
import { Utf8Error, checkUtf8, firstInvalidUtf8 } from './encoding.js';
import { EXACT_POW10, MAX_EXACT_MANTISSA, roundQuotientInto } from './numbers.js';
import { InputError, csvPosition } from '../errors.js';

const CHUNK = 1 << 22;
const COMMA = 44;
const LF = 10;
const CR = 13;
const QUOTE = 34;
const SPACE = 32;
const TAB = 9;
/** roundQuotientInto's operand and answer (see there for why they travel in a typed array). */
const QUOTIENT_IO = new Float64Array(1);
/** Returned by the region scanner when the file is not plain CSV. */
const GIVE_UP = -1;

interface ScanState {
  line: number;
  /** File offset of the buffer's first byte (to place invalid UTF-8). */
  base: number;
  crlf: boolean;
  /** A blank line was skipped since the last record, so the next record's line must be noted. */
  shifted: boolean;
  /** The region being read has quoted fields with line breaks in them. */
  multiline: boolean;
}

/**
 * Reads an open file with the byte scanner. Returns the filled builder, or null when the file
 * needs csv-parse. Throws InputError for problems csv-parse would report the same way.
 */
export function scanPlain(
  fd: number,
  size: number,
  opts: BuildOptions,
  chunk = CHUNK,
): TableBuilder | null {
  let buf = Buffer.allocUnsafe(Math.min(chunk, size) + 2);
  let filled = 0;
  let pos = 0;
  let eof = false;
  const read = (): void => {
    while (!eof && filled < buf.length - 2) {
      const n = readSync(fd, buf, filled, buf.length - 2 - filled, pos);
      if (n === 0) eof = true;
      filled += n;
      pos += n;
    }
  };
  read();

  let start = 0;
  if (filled >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3;
  const st: ScanState = { line: 1, base: 0, crlf: false, shifted: false, multiline: false };
  // Blank lines before the header are skipped, as csv-parse's skip_empty_lines does.
  // (A CR among them would make csv-parse's line-ending detection decide: leave it that.)
  while (start < filled && buf[start] === LF) {
    start++;
    st.line++;
  }
  if (start < filled && buf[start] === CR) return null;
  if (start >= filled) {
    if (eof) throw emptyFile(opts.display);
    return null; // a chunk of nothing but blank lines: not worth a special case
  }
  let nl = buf.indexOf(LF, start);
  if (nl < 0 || nl >= filled) {
    if (!eof) return null; // header longer than a chunk
    nl = filled;
  }
  st.crlf = nl > start && nl < filled && buf[nl - 1] === CR;
  const headerEnd = st.crlf ? nl - 1 : nl;
  const header = buf.subarray(start, headerEnd);
  if (header.indexOf(CR) >= 0) return null;
  checkUtf8(buf, start, headerEnd, st.base, null);
  const names = header.indexOf(QUOTE) >= 0 ? quotedNames(header) : header.toString('utf8').split(',');
  if (names === null) return null;
  const bytesPerRow = Math.max(1, nl + 1 - start);
  const b = new TableBuilder(opts, names, st.line, estimateRows(buf, nl + 1, filled, size, bytesPerRow));
  st.line++;
  start = Math.min(nl + 1, filled);

  for (;;) {
    let end: number;
    if (eof) {
      end = filled;
      if (end > start && buf[end - 1] !== LF) {
        if (buf[end - 1] === CR) return null;
        // A sentinel terminator lets the field loops run without bounds checks.
        if (st.crlf) buf[end++] = CR;
        buf[end++] = LF;
      }
    } else {
      end = buf.lastIndexOf(LF, filled - 1) + 1;
      if (end <= start) end = start; // no complete line in the buffer: read more first
    }
    if (end > start) {
      const quotes = buf.indexOf(QUOTE, start);
      const quoted = quotes >= 0 && quotes < end;
      st.multiline = false;
      if (quoted) end = quotedRegionEnd(buf, quotes, start, end, eof, st);
      if (end < 0) return null;
      if (end > start && scanRegion(buf, start, end, b, st, quoted) === GIVE_UP) return null;
    }
    if (eof) break;
    // Keep the partial last line, then refill behind it (growing the buffer for huge lines).
    const rest = filled - end;
    if (rest > (buf.length - 2) / 2) {
      const bigger = Buffer.allocUnsafe((buf.length - 2) * 2 + 2);
      buf.copy(bigger, 0, end, filled);
      buf = bigger;
    } else buf.copy(buf, 0, end, filled);
    st.base += end;
    filled = rest;
    start = 0;
    read();
  }
  if (b.rows === 0) {
    throw new InputError('the file has a header but no data rows', csvPosition(opts.display));
  }
  return b;
}

function estimateRows(buf: Buffer, from: number, to: number, size: number, headerBytes: number): number {
  let lines = 0;
  for (let i = buf.indexOf(LF, from); i >= 0 && i < to; i = buf.indexOf(LF, i + 1)) lines++;
  const perRow = lines > 0 ? (buf.lastIndexOf(LF, to - 1) + 1 - from) / lines : headerBytes;
  // A little over the estimate: growing costs a copy of every column, spare rows only memory.
  return Math.ceil((size / Math.max(1, perRow)) * 1.02) + 16;
}

/**
 * Checks the quotes of buf[start, end) (`from`: its first quote) and returns where the region's
 * last complete record ends: `end`, or the start of a record whose quoted field runs past `end`
 * (its line breaks are data, so the last line break is no record boundary), or -1 when the bytes
 * are not RFC 4180 CSV as the scanner reads it. Every quote must open a field, be closed (`""`
 * inside stands for `"`) and be followed by a delimiter; line breaks may sit inside. Anything else
 * (a quote inside an unquoted field, text after a closing quote, a quote still open at the end of
 * the file) is left to csv-parse, whose semantics and messages decide every irregular file. Jumps
 * from quote to quote: a region's cost grows with its quoted bytes only. Sets st.multiline when a
 * quoted field holds a line break, so the scanner counts the lines they add.
 */
function quotedRegionEnd(buf: Buffer, from: number, start: number, end: number, eof: boolean, st: ScanState): number {
  // Quoted fields that hold a line break, as open, close pairs in file order.
  const spans: number[] = [];
  let k = from;
  while (k >= 0 && k < end) {
    const before = k === start ? LF : buf[k - 1];
    if (before !== COMMA && before !== LF) return -1;
    let e = k + 1;
    let breaks = false;
    for (;;) {
      if (e >= end) return eof ? -1 : recordStart(buf, k, start, spans);
      const c = buf[e];
      if (c === QUOTE) {
        if (buf[e + 1] !== QUOTE) break;
        e += 2;
      } else {
        if (c === LF || c === CR) breaks = true;
        e++;
      }
    }
    if (breaks) {
      spans.push(k, e);
      st.multiline = true;
    }
    const after = buf[e + 1];
    if (after !== COMMA && after !== LF && after !== CR) return -1;
    k = buf.indexOf(QUOTE, e + 1);
  }
  return end;
}

/** Where the record holding the quote at `open` starts: after a line break outside every quoted field. */
function recordStart(buf: Buffer, open: number, start: number, spans: readonly number[]): number {
  let r = buf.lastIndexOf(LF, open - 1);
  for (let s = spans.length - 2; s >= 0 && r >= start; s -= 2) {
    if (r > spans[s + 1]) break;
    if (r > spans[s]) r = buf.lastIndexOf(LF, spans[s] - 1);
  }
  return r < start ? start : r + 1;
}

/** Line breaks in buf[from, to) as csv-parse counts them: LF, CRLF and a lone CR are one each. */
function lineBreaks(buf: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = buf[k];
    if (c === LF || (c === CR && buf[k + 1] !== LF)) n++;
  }
  return n;
}

/** The header's names when some are quoted (RFC 4180, one line); null when csv-parse should read it. */
function quotedNames(header: Buffer): string[] | null {
  const line = Buffer.concat([header, Buffer.from([LF, LF])]);
  const probe: ScanState = { line: 0, base: 0, crlf: false, shifted: false, multiline: false };
  if (quotedRegionEnd(line, line.indexOf(QUOTE), 0, line.length - 1, true, probe) !== line.length - 1 || probe.multiline) return null;
  const names: string[] = [];
  let p = 0;
  for (;;) {
    let q: number;
    if (line[p] === QUOTE) {
      q = closingQuote(line, p);
      names.push(unquote(line, p, q));
      q++;
    } else {
      q = p;
      while (line[q] !== COMMA && line[q] !== LF) q++;
      names.push(line.toString('utf8', p, q));
    }
    if (line[q] === LF) return names;
    p = q + 1;
  }
}

/** The closing quote of the well-formed quoted field that opens at `open`. */
function closingQuote(buf: Uint8Array, open: number): number {
  let e = open + 1;
  for (;;) {
    if (buf[e] === QUOTE) {
      if (buf[e + 1] !== QUOTE) return e;
      e += 2;
    } else e++;
  }
}

/** The text of the quoted field buf[open, close]: its content with each `""` read as `"`. */
function unquote(buf: Uint8Array, open: number, close: number): string {
  const text = Buffer.from(buf.buffer, buf.byteOffset, buf.length).toString('utf8', open + 1, close);
  return text.includes('""') ? text.replaceAll('""', '"') : text;
}

/**
 * Reads the complete records in buf[start, end) (end follows a LF). Returns GIVE_UP when the
 * bytes are not plain CSV, else 0. `quoted`: the region has quoted fields (checked by wellQuoted).
 */
function scanRegion(text: Buffer, start: number, end: number, b: TableBuilder, st: ScanState, quoted: boolean): number {
  // A plain Uint8Array view: element loads on it stay monomorphic in the hot loop.
  const buf = new Uint8Array(text.buffer, text.byteOffset, text.length);
  const width = b.width;
  const cols = b.cols;
  const crlf = st.crlf;
  let line = st.line;
  let p = start;
  while (p < end) {
    let c = buf[p];
    if (c === LF || c === CR) {
      if (c === CR) {
        if (!crlf || buf[p + 1] !== LF) return GIVE_UP;
        p += 2;
      } else {
        if (crlf) return GIVE_UP;
        p++;
      }
      line++;
      st.shifted = true;
      continue;
    }
    if (b.rows === b.capacity) b.grow();
    const row = b.rows;
    // Line breaks inside this record's quoted fields: its later fields are still on its first line
    // for messages (as csv-parse reports them), the next record starts this much further down.
    let extraLines = 0;
    if (st.shifted) {
      b.noteLine(row, line);
      st.shifted = false;
    }
    for (let j = 0; j < width; j++) {
      const col = cols[j];
      let fieldStart = p;
      let q = p;
      let settled = false;
      // A quoted field's closing quote, else -1.
      let close = -1;
      if (quoted && buf[p] === QUOTE) {
        // Well-formed (quotedRegionEnd): closed in this region, a delimiter after it.
        close = closingQuote(buf, p);
        if (st.multiline) extraLines += lineBreaks(buf, p + 1, close);
        let escaped = false;
        for (let k = p + 1; k < close; k++) {
          if (buf[k] === QUOTE) {
            escaped = true;
            break;
          }
        }
        if (col.mode === MODE_NUMERIC && !escaped) {
          // The content is read as an unquoted number is, up to the closing quote.
          fieldStart = p + 1;
          q = fieldStart;
        } else if (col.mode === MODE_CATEGORICAL && !escaped) {
          // The content's bytes are the value, as for an unquoted field: the same dictionary entry.
          let h = FNV_OFFSET;
          for (let k = p + 1; k < close; k++) h = Math.imul(h ^ buf[k], FNV_PRIME);
          storeCategory(buf, text, p + 1, close, h, col, row, st, b);
          settled = true;
        } else {
          // Text with quotes in it, rare enough for the text path.
          checkField(buf, p + 1, close, st, b);
          if (col.mode !== MODE_SKIP) b.addText(j, unquote(buf, p, close), line);
          settled = true;
        }
      }
      if (settled) {
        // Read above.
      } else if (col.mode === MODE_NUMERIC) {
        c = buf[q];
        if (c === SPACE || c === TAB) {
          do c = buf[++q];
          while (c === SPACE || c === TAB);
        }
        let neg = false;
        if (c === 45) {
          neg = true;
          c = buf[++q];
        } else if (c === 43) c = buf[++q];
        // Every digit goes into one double; past 2^53 it rounds, and the check below sends
        // the field on (each step appends one or two digits, prefixes only grow and rounding
        // is monotonic, so a final value under 2^53 means every step was exact).
        const digitsStart = q;
        let mant = 0;
        // Two digits per step where they come in pairs: half the multiply-add chain.
        for (;;) {
          const d1 = c - 48;
          if (d1 < 0 || d1 > 9) break;
          c = buf[++q];
          const d2 = c - 48;
          if (d2 < 0 || d2 > 9) {
            mant = mant * 10 + d1;
            break;
          }
          mant = mant * 100 + (d1 * 10 + d2);
          c = buf[++q];
        }
        let digits = q - digitsStart;
        let exp = 0;
        if (c === 46) {
          const fracStart = ++q;
          c = buf[q];
          for (;;) {
            const d1 = c - 48;
            if (d1 < 0 || d1 > 9) break;
            c = buf[++q];
            const d2 = c - 48;
            if (d2 < 0 || d2 > 9) {
              mant = mant * 10 + d1;
              break;
            }
            mant = mant * 100 + (d1 * 10 + d2);
            c = buf[++q];
          }
          exp = fracStart - q;
          digits += q - fracStart;
        }
        const digitsEnd = q;
        let ok = digits > 0;
        if (ok && (c === 101 || c === 69)) {
          c = buf[++q];
          let eneg = false;
          if (c === 45) {
            eneg = true;
            c = buf[++q];
          } else if (c === 43) c = buf[++q];
          let e = 0;
          const expStart = q;
          while (c >= 48 && c <= 57) {
            if (e < 100000) e = e * 10 + (c - 48);
            c = buf[++q];
          }
          if (q === expStart) ok = false;
          exp += eneg ? -e : e;
        }
        if (c === SPACE || c === TAB) {
          do c = buf[++q];
          while (c === SPACE || c === TAB);
        }
        // Unquoted, the number must run to the delimiter; quoted, to the closing quote.
        const whole = close < 0 ? c === COMMA || c === LF || c === CR : q === close;
        if (ok && whole) {
          let v = NaN;
          if (mant < MAX_EXACT_MANTISSA) {
            if (mant === 0) v = 0;
            else if (exp >= -22 && exp <= 22) {
              v = exp >= 0 ? mant * EXACT_POW10[exp] : mant / EXACT_POW10[-exp];
            }
          } else if (digits <= 19 && exp < 0 && exp >= -22) {
            const low = lastFourDigits(buf, digitsEnd);
            // Up to 18 digits the rounded mant is within 500 of the true mantissa (at most three
            // rounded steps, the last below 2^60), so the leading digits are mant's quotient by
            // 10^4 to the nearest integer; past that, they are read again.
            QUOTIENT_IO[0] = digits <= 18 ? Math.round((mant - low) / 10000) : leadingDigits(buf, digitsStart, digits - 4);
            if (roundQuotientInto(QUOTIENT_IO, low, -exp)) v = QUOTIENT_IO[0];
          }
          if (v === v) {
            col.values![row] = neg ? -v : v;
            settled = true;
          } else {
            // Valid decimal syntax beyond the fast paths (big exponents, long mantissas, ties):
            // Number() on the bytes is exact; an overflow to ±Infinity goes the slow way.
            v = Number(text.toString('latin1', fieldStart, q));
            if (v - v === 0) {
              col.values![row] = v;
              settled = true;
            }
          }
        } else if (q === fieldStart && whole) {
          col.values![row] = NaN;
          col.missing++;
          settled = true;
        }
        if (!settled) {
          if (close >= 0) q = close;
          else {
            q = fieldStart;
            c = buf[q];
            while (c !== COMMA && c !== LF && c !== CR) c = buf[++q];
          }
        }
      } else if (col.mode === MODE_CATEGORICAL) {
        let h = FNV_OFFSET;
        c = buf[q];
        while (c !== COMMA && c !== LF && c !== CR) {
          h = Math.imul(h ^ c, FNV_PRIME);
          c = buf[++q];
        }
        storeCategory(buf, text, fieldStart, q, h, col, row, st, b);
        settled = true;
      } else {
        c = buf[q];
        let high = 0;
        while (c !== COMMA && c !== LF && c !== CR) {
          high |= c;
          c = buf[++q];
        }
        if (high >= 0x80) checkField(buf, fieldStart, q, st, b);
        settled = true;
      }
      if (!settled) {
        checkField(buf, fieldStart, q, st, b);
        b.addText(j, text.toString('utf8', fieldStart, q), line);
      }
      if (close >= 0) {
        q = close + 1;
        c = buf[q];
      }
      // q is at the field's terminator.
      if (c === COMMA) {
        if (j === width - 1) {
          let fields = width + 1;
          for (c = buf[++q]; c !== LF && c !== CR; c = buf[++q]) if (c === COMMA) fields++;
          throw raggedRow(b.opts.display, line, fields, width);
        }
        p = q + 1;
      } else {
        if (c === CR) {
          if (!crlf || buf[q + 1] !== LF) return GIVE_UP;
          q++;
        } else if (crlf) return GIVE_UP;
        if (j < width - 1) throw raggedRow(b.opts.display, line, j + 1, width);
        p = q + 1;
      }
    }
    b.endRow();
    line++;
    if (extraLines > 0) {
      line += extraLines;
      st.shifted = true;
    }
  }
  st.line = line;
  return 0;
}

/**
 * The code of the category whose bytes are buf[start, end) (hash `h`), stored at `row`: looked up
 * by its bytes, so a string is built only for a value not seen before. Bytes seen before were
 * checked then: only a new value is decoded, so only it is checked.
 */
function storeCategory(buf: Uint8Array, text: Buffer, start: number, end: number, h: number, col: ColumnState, row: number, st: ScanState, b: TableBuilder): void {
  const dict = col.bytes ?? (col.bytes = new ByteDictionary());
  let code = dict.lookup(buf, start, end, h);
  if (code === NOT_FOUND) {
    checkField(buf, start, end, st, b);
    code = b.textCode(col, text.toString('utf8', start, end));
    dict.insert(buf, start, end, h, code);
  }
  col.codes![row] = code;
  if (code < 0) col.missing++;
}

/**
 * Throws Utf8Error when field bytes [start, end) are not UTF-8. Invalid UTF-8 is looked for where
 * bytes are decoded, not in a pass of its own: a number the scanner settles is ASCII by
 * construction, a category already in the dictionary has the bytes of one checked before, and the
 * rest (new categories, text in a numeric column, skipped fields with a byte ≥ 0x80) comes here.
 * Fields are met in file order, so the first invalid byte found is the file's first.
 */
function checkField(buf: Uint8Array, start: number, end: number, st: ScanState, b: TableBuilder): void {
  const bad = firstInvalidUtf8(buf, start, end);
  if (bad >= 0) throw new Utf8Error(st.base + bad, b.names);
}

/**
 * The first `count` digits from `start` (a '.' among them is skipped), as an integer. Called
 * with at most 15 digits (a mantissa of 19 but the last four): exact.
 */
function leadingDigits(buf: Uint8Array, start: number, count: number): number {
  let a = 0;
  let left = count;
  for (let i = start; ; i++) {
    const c = buf[i];
    if (c === 46) continue;
    if (left-- <= 0) return a;
    a = a * 10 + (c - 48);
  }
}

/** The last four digits before `end` (a '.' among them is skipped), as an integer. */
function lastFourDigits(buf: Uint8Array, end: number): number {
  let b = 0;
  let scale = 1;
  for (let i = end - 1; scale < 10000; i--) {
    const c = buf[i];
    if (c === 46) continue;
    b += (c - 48) * scale;
    scale *= 10;
  }
  return b;
}
