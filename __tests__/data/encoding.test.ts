/**
 * Files that are not UTF-8 CSV: recognised from their first bytes, or at the first invalid byte,
 * by both readers, with a one-line message that names the file, row and column and never holds a
 * raw byte of the file.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8, sniff } from '../../src/data/encoding.js';
import { parseFile, type Reader } from '../../src/data/parse-file.js';
import { csvFile, inputError } from './helpers.js';

const READERS: Reader[] = ['auto', 'csv-parse'];

async function errorFor(content: Buffer, reader: Reader = 'auto', chunkSize?: number): Promise<string> {
  const path = csvFile(content);
  const e = await inputError(parseFile({ path, display: 'cur.csv', hints: [], reader, ...(chunkSize ? { chunkSize } : {}) }));
  return e.message;
}

/** Nothing a terminal or a PR comment could act on: printable ASCII and a few typographic marks. */
function expectPrintable(message: string): void {
  expect(message).not.toMatch(/[^\x20-\x7e…]/u);
  expect(message.split('\n')).toHaveLength(1);
}

describe('files that are not UTF-8 text', () => {
  const cases: [string, Buffer, RegExp][] = [
    ['UTF-16 LE with a BOM', Buffer.from(`\ufeff${'id,colour\n1,grün\n'.repeat(50)}`, 'utf16le'), /looks like UTF-16 LE text \(it starts with the byte-order mark FF FE\).*iconv -f UTF-16 -t UTF-8/],
    ['UTF-16 BE with a BOM', Buffer.from(Buffer.from('\ufeffid,v\n1,2\n', 'utf16le')).swap16(), /looks like UTF-16 BE text/],
    ['UTF-32 LE with a BOM', Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0, 0x0a, 0, 0, 0]), /looks like UTF-32 LE text/],
    ['UTF-16 LE without a BOM', Buffer.from('id,v\n1,2\n3,4\n', 'utf16le'), /looks like UTF-16 LE text without a byte-order mark/],
    // gzip is read (gunzip.ts); its contents are judged like any file's.
    ['gzip of UTF-16', gzipSync(Buffer.from('id,v\n1,2\n3,4\n', 'utf16le')), /looks like UTF-16 LE text without a byte-order mark/],
    ['zip', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), Buffer.alloc(40, 0x9c)]), /looks like a zip file/],
    // Parquet is read (__tests__/data/parquet), but not inside gzip, which no writer makes.
    ['gzip of Parquet', gzipSync(Buffer.concat([Buffer.from('PAR1'), Buffer.from([0x15, 0x04, 0x15, 0x1b, 0x00, 0x1b, 0x1b, 0x0a, 0x3a, 0x3a])])), /looks like a Parquet file/],
    ['other binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0, 0, 0, 0, 0, 0x0a]), /looks like a binary file, not text \(it holds NUL bytes, the first at byte 7\)/],
  ];
  for (const reader of READERS) {
    it.each(cases)(`%s: one line naming the file and what it looks like (${reader})`, async (_name, bytes, expected) => {
      const message = await errorFor(bytes, reader);
      expect(message).toMatch(/^cur\.csv: looks like /);
      expect(message).toMatch(expected);
      expectPrintable(message);
    });
  }
});

describe('invalid UTF-8', () => {
  const latin1 = Buffer.from('id,colour,n\n1,blue,3\n2,gr\xfcn,4\n', 'latin1');
  for (const reader of READERS) {
    it(`names the row and column of a Latin-1 byte and shows it as hex, never as U+FFFD (${reader})`, async () => {
      const message = await errorFor(latin1, reader);
      expect(message).toBe(
        'cur.csv row 3 column "colour": "gr\\xfcn" is not valid UTF-8 (byte FC at byte offset 25): model-gate reads UTF-8 CSV; if the file is Latin-1 or Windows-1252, re-encode it, e.g. iconv -f WINDOWS-1252 -t UTF-8',
      );
      expectPrintable(message);
    });
  }

  it('finds the bad byte in a quoted field with a line break, past the first chunk (csv-parse)', async () => {
    const rows = Array.from({ length: 70_000 }, (_, i) => `${i},"ok ${i}"`).join('\n');
    const bytes = Buffer.concat([Buffer.from(`id,note\n${rows}\n7,"two\nlines, `), Buffer.from([0xc3, 0x28]), Buffer.from('"\n')]);
    expect(bytes.length).toBeGreaterThan(1 << 20); // csv-parse reads 1 MiB chunks
    expect(await errorFor(bytes, 'csv-parse')).toMatch(/^cur\.csv row 70002 column "note": ""two\\x0alines, \\xc3\("" is not valid UTF-8 \(byte C3 at byte offset \d+\)/);
  });

  it('finds it in a later chunk of the byte scanner, in a column the scanner never decodes twice', async () => {
    // "blue" is decoded once, on row 1; the bad row repeats nothing new but its own bytes.
    const rows = Array.from({ length: 2000 }, (_, i) => `${i},blue`).join('\n');
    const bytes = Buffer.concat([Buffer.from(`id,colour\n${rows}\n2001,bl`), Buffer.from([0xe9]), Buffer.from('\n')]);
    expect(await errorFor(bytes, 'auto', 1024)).toMatch(/^cur\.csv row 2002 column "colour": "bl\\xe9" is not valid UTF-8/);
  });

  it('finds the first bad byte in file order, also in a field the first pass skips', async () => {
    // Column v turns to text on row 3, after a number: the byte scanner skips it for the rest of the
    // pass (it is read again as text) but must still see the Latin-1 byte on row 4 before row 5's.
    const bytes = Buffer.from('id,v,c\n1,1,a\n2,x,b\n3,\xe9t\xe9,c\n4,5,d\xff\n', 'latin1');
    for (const reader of READERS) expect(await errorFor(bytes, reader)).toMatch(/^cur\.csv row 4 column "v": "\\xe9t\\xe9" is not valid UTF-8 \(byte E9 at byte offset 21\)/);
  });

  it('in the header, by column number', async () => {
    expect(await errorFor(Buffer.from('id,n\xe4me\n1,2\n', 'latin1'))).toMatch(/^cur\.csv row 1 \(the header\), column 2: "n\\xe4me" is not valid UTF-8/);
  });

  it('a character cut off by the end of the file (csv-parse reads it across chunks)', async () => {
    expect(await errorFor(Buffer.concat([Buffer.from('id,v\n1,a'), Buffer.from([0xe2, 0x82])]), 'csv-parse')).toMatch(/^cur\.csv row 2 column "v": "a\\xe2\\x82" is not valid UTF-8/);
  });

  it('accepts valid multi-byte text, the BOM and a real U+FFFD', async () => {
    for (const reader of READERS) {
      const f = await parseFile({ path: csvFile('\ufeffid,c\n1,grün\n2,日本\n3,😀\n4,\ufffd\n'), display: 'x.csv', hints: [], reader });
      expect(f.columns[1]!.dictionary).toEqual(['grün', '日本', '😀', '\ufffd']);
    }
  });
});

describe('firstInvalidUtf8 (RFC 3629 table 3-7, checked against a fatal TextDecoder)', () => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const valid = (b: Uint8Array): boolean => {
    try {
      decoder.decode(b);
      return true;
    } catch {
      return false;
    }
  };
  it('agrees on overlongs, surrogates, values past U+10FFFF, stray and cut-off continuation bytes', () => {
    const samples = [
      [0x41], [0xc0, 0x80], [0xc1, 0xbf], [0xc2, 0x80], [0xe0, 0x9f, 0xbf], [0xe0, 0xa0, 0x80],
      [0xed, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xef, 0xbf, 0xbd], [0xf0, 0x8f, 0xbf, 0xbf],
      [0xf0, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80],
      [0x80], [0xbf], [0xe2, 0x82], [0xe2, 0x28, 0xa1], [0xff], [0x61, 0xe2, 0x82, 0xac, 0x62],
    ];
    for (const s of samples) {
      const b = Uint8Array.from(s);
      expect(firstInvalidUtf8(b, 0, b.length) < 0, s.map((x) => x.toString(16)).join(' ')).toBe(valid(b));
    }
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe2, 0x82, 0xac, 0xe9, 0x61]), 0, 7)).toBe(5);
  });

  it('sniff leaves UTF-8 text alone', () => {
    expect(sniff(Buffer.from('\ufeffa,b\n1,ü\n'))).toBeNull();
    expect(sniff(Buffer.alloc(0))).toBeNull();
  });
});
