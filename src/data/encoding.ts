/**
 * What a data file is made of, before and while it is parsed: files that are not UTF-8 text (a
 * compressed or columnar file named .csv, UTF-16 or UTF-32 text, other binaries) are recognised
 * from their first bytes, and invalid UTF-8 anywhere is found where it is read. Both give a
 * one-line InputError that names the file and shows the offending bytes as hex escapes, never
 * raw: the message ends up in a terminal, a CI log and a PR comment.
 */
import { readSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import { InputError, csvPosition } from '../errors.js';
import { escapeBytes } from '../safe-text.js';

/** How many leading bytes `sniff` looks at. */
export const SNIFF_BYTES = 4096;

interface Signature {
  magic: readonly number[];
  what: string;
  fix: string;
}

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));

// UTF-32 before UTF-16: FF FE 00 00 also starts with UTF-16 LE's mark.
const SIGNATURES: readonly Signature[] = [
  { magic: [0xff, 0xfe, 0, 0], what: 'UTF-32 LE text (it starts with the byte-order mark FF FE 00 00)', fix: 're-encode it to UTF-8, e.g. iconv -f UTF-32 -t UTF-8' },
  { magic: [0, 0, 0xfe, 0xff], what: 'UTF-32 BE text (it starts with the byte-order mark 00 00 FE FF)', fix: 're-encode it to UTF-8, e.g. iconv -f UTF-32 -t UTF-8' },
  { magic: [0xff, 0xfe], what: 'UTF-16 LE text (it starts with the byte-order mark FF FE)', fix: 're-encode it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8' },
  { magic: [0xfe, 0xff], what: 'UTF-16 BE text (it starts with the byte-order mark FE FF)', fix: 're-encode it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8' },
  { magic: [0x1f, 0x8b], what: 'a gzip file', fix: 'decompress it first' },
  { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a zip file (an Excel .xlsx workbook is one)', fix: 'unzip it or export the sheet as CSV first' },
  { magic: [0x50, 0x4b, 0x05, 0x06], what: 'a zip file (empty)', fix: 'unzip it first' },
  { magic: ascii('PAR1'), what: 'a Parquet file', fix: 'convert it to CSV first' },
  { magic: ascii('ARROW1'), what: 'an Arrow / Feather file', fix: 'convert it to CSV first' },
  { magic: [0x42, 0x5a, 0x68], what: 'a bzip2 file', fix: 'decompress it first' },
  { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz file', fix: 'decompress it first' },
  { magic: [0x28, 0xb5, 0x2f, 0xfd], what: 'a zstd file', fix: 'decompress it first' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Excel .xls (OLE2) file', fix: 'export the sheet as CSV first' },
  { magic: ascii('SQLite format 3\0'), what: 'a SQLite database', fix: 'export the table as CSV first' },
];

function startsWith(head: Uint8Array, magic: readonly number[]): boolean {
  if (head.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (head[i] !== magic[i]) return false;
  return true;
}

/** What a file that is not UTF-8 text looks like, and how to make it so. */
export interface Recognised {
  what: string;
  /** What to do about it; empty when there is nothing to suggest. */
  fix: string;
}

/**
 * What the first bytes of a file say it is when that is not UTF-8 text; null for text (or nothing
 * recognisable, which the UTF-8 check then judges). Shared by the CSV reader and the config reader.
 */
export function recognise(head: Uint8Array): Recognised | null {
  for (const s of SIGNATURES) if (startsWith(head, s.magic)) return { what: s.what, fix: s.fix };
  let nul = 0;
  let nulOdd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === 0) {
      nul++;
      nulOdd += i & 1;
    }
  }
  if (nul === 0) return null;
  // ASCII text in UTF-16 without a byte-order mark: every other byte is NUL.
  const pairs = head.length >> 1;
  if (nul >= pairs * 0.9 && nul <= pairs) {
    const order = nulOdd > nul / 2 ? 'LE' : 'BE';
    return { what: `UTF-16 ${order} text without a byte-order mark (every other byte is 00)`, fix: `re-encode it, e.g. iconv -f UTF-16${order} -t UTF-8` };
  }
  return { what: `a binary file, not text (it holds NUL bytes, the first at byte ${head.indexOf(0)})`, fix: '' };
}

/** `recognise` as the CSV reader's message: `looks like …: model-gate reads plain UTF-8 CSV, …`. */
export function sniff(head: Uint8Array): string | null {
  const r = recognise(head);
  return r === null ? null : `looks like ${r.what}: model-gate reads plain UTF-8 CSV${r.fix ? `, ${r.fix}` : ''}`;
}

/** The first bytes of an open file (fewer when the file is shorter). */
export function readHead(fd: number, bytes = SNIFF_BYTES): Buffer {
  const buf = Buffer.allocUnsafe(bytes);
  let n = 0;
  while (n < bytes) {
    const got = readSync(fd, buf, n, bytes - n, n);
    if (got === 0) break;
    n += got;
  }
  return buf.subarray(0, n);
}

/** Bytes in a UTF-8 sequence by its lead byte; 0 for a byte that cannot lead one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead < 0xc2) return 0; // continuation byte, or an overlong 2-byte lead
  if (lead < 0xe0) return 2;
  if (lead < 0xf0) return 3;
  if (lead < 0xf5) return 4;
  return 0;
}

/**
 * Index of the first byte of the first invalid UTF-8 sequence in buf[start, end) (RFC 3629: no
 * overlong forms, no surrogates, nothing past U+10FFFF), or -1. A sequence cut off by `end`
 * counts as invalid.
 */
export function firstInvalidUtf8(buf: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = buf[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = sequenceLength(c);
    if (n === 0 || i + n > end) return i;
    const c1 = buf[i + 1];
    // The second byte's range depends on the lead (overlongs, surrogates, > U+10FFFF).
    const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    if (c1 < lo || c1 > hi) return i;
    for (let k = 2; k < n; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return -1;
}

/** Where complete sequences end in buf: the start of a trailing sequence that is cut off, else its length. */
function completeEnd(buf: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= buf.length; back++) {
    const c = buf[buf.length - back];
    if ((c & 0xc0) === 0x80) continue; // continuation byte: the lead is further back
    const n = sequenceLength(c);
    return n > back ? buf.length - back : buf.length;
  }
  return buf.length;
}

/** Invalid UTF-8 at a byte offset of a file; the reader turns it into an InputError with utf8Error. */
export class Utf8Error extends Error {
  constructor(
    readonly offset: number,
    /** The header's names, when it was read (to name the column). */
    readonly names: readonly string[] | null,
  ) {
    super(`invalid UTF-8 at byte ${offset}`);
  }
}

/** Throws Utf8Error at the first invalid UTF-8 byte of buf[start, end) (buf[i] is at file offset `base` + i). */
export function checkUtf8(buf: Buffer, start: number, end: number, base: number, names: readonly string[] | null): void {
  if (isUtf8(buf.subarray(start, end))) return;
  const at = firstInvalidUtf8(buf, start, end);
  throw new Utf8Error(base + (at < 0 ? start : at), names);
}

/**
 * A pass-through stream that fails with Utf8Error at the first invalid UTF-8 byte (for the
 * csv-parse reader, whose decoding would silently turn it into U+FFFD).
 */
export class Utf8Guard extends Transform {
  private carry: Buffer | null = null;
  private offset = 0;

  constructor(private readonly names: () => readonly string[] | null) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = completeEnd(data);
    try {
      checkUtf8(data, 0, cut, this.offset, this.names());
    } catch (e) {
      done(e as Error);
      return;
    }
    this.offset += cut;
    this.carry = cut < data.length ? Buffer.from(data.subarray(cut)) : null;
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    done(this.carry ? new Utf8Error(this.offset, this.names()) : null);
  }
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;

/** The header's names (the csv-parse reader meets invalid bytes before it has parsed the header). */
function headerNames(fd: number, start: number, end: number): string[] {
  if (start < 0 || end <= start) return [];
  const bytes = Buffer.allocUnsafe(end - start);
  const n = readSync(fd, bytes, 0, bytes.length, start);
  const names: string[] = [];
  let cur = '';
  let quoted = false;
  const text = bytes.toString('utf8', 0, n).replace(/^\ufeff/, '');
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      if (quoted && text[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = !quoted;
    } else if (c === ',' && !quoted) {
      names.push(cur);
      cur = '';
    } else cur += c;
  }
  names.push(cur);
  return names;
}

/**
 * The InputError for invalid UTF-8 at `offset` of the open file: its row (the line where the
 * record starts, as every other message counts rows) and column, found by reading the file up to
 * there again (this runs once, on the way out), and the field's bytes around it as hex escapes.
 */
export function utf8Error(fd: number, display: string, offset: number, names: readonly string[] | null): InputError {
  const chunk = Buffer.allocUnsafe(1 << 20);
  let line = 1;
  let recordLine = 1;
  let record = -1; // -1 until the first non-blank line (the header, record 0)
  let field = 0;
  let fieldStart = 0;
  let quoted = false;
  let atLineStart = true;
  let prev = -1;
  let headerStart = -1;
  let headerEnd = -1;
  for (let pos = 0; pos < offset; ) {
    const n = readSync(fd, chunk, 0, Math.min(chunk.length, offset - pos), pos);
    if (n === 0) break;
    for (let i = 0; i < n; i++) {
      const c = chunk[i];
      const at = pos + i;
      if (c === LF || c === CR) {
        if (!(c === LF && prev === CR)) line++;
        if (!quoted && !atLineStart) {
          if (record === 0) headerEnd = at;
          atLineStart = true;
          field = 0;
          fieldStart = at + 1;
        }
      } else {
        if (atLineStart) {
          atLineStart = false;
          record++;
          recordLine = line;
          fieldStart = at;
          if (record === 0) headerStart = at;
        }
        if (c === QUOTE) quoted = !quoted;
        else if (c === COMMA && !quoted) {
          field++;
          fieldStart = at + 1;
        }
      }
      prev = c;
    }
    pos += n;
  }
  if (atLineStart) {
    record++;
    recordLine = line;
    fieldStart = offset;
  }
  // The field's bytes around the bad one: up to 24 before it and 16 from it, to the field's end.
  const from = Math.max(fieldStart, offset - 24);
  const around = Buffer.allocUnsafe(offset - from + 16);
  const got = readSync(fd, around, 0, around.length, from);
  let end = offset - from + 1;
  for (let q = quoted; end < got; end++) {
    const c = around[end];
    if (c === QUOTE) q = !q;
    else if (!q && (c === COMMA || c === LF || c === CR)) break;
  }
  const shown = `${from > fieldStart ? '…' : ''}"${escapeBytes(around.subarray(0, end))}"${end === got && got === around.length ? '…' : ''}`;
  const byte = around[offset - from].toString(16).toUpperCase().padStart(2, '0');
  const where =
    record <= 0
      ? `${csvPosition(display, recordLine)} (the header), column ${field + 1}`
      : csvPosition(display, recordLine, (names ?? headerNames(fd, headerStart, headerEnd))[field] ?? `#${field + 1}`);
  return new InputError(
    `${shown} is not valid UTF-8 (byte ${byte} at byte offset ${offset}): model-gate reads UTF-8 CSV; if the file is Latin-1 or Windows-1252, re-encode it, e.g. iconv -f WINDOWS-1252 -t UTF-8`,
    where,
  );
}
