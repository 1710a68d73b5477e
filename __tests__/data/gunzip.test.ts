/**
 * gzip-compressed CSV is read as the CSV it holds, by either reader, whatever the file is called;
 * a truncated or corrupt stream is one InputError naming the file, and no temporary file is left.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/data/parse-file.js';
import { csvFile, inputError, sameFloats } from './helpers.js';

const TEXT = `id,x,colour,note\n${Array.from({ length: 5000 }, (_, i) => `${i},${(i * 0.37).toFixed(3)},${['red', 'green', 'blå'][i % 3]},"a, ""b"" ${i % 7}"`).join('\n')}\n`;

function gz(bytes: Buffer | string, name = 'data.csv.gz'): string {
  const path = join(csvFile('x'), '..', name);
  writeFileSync(path, typeof bytes === 'string' ? gzipSync(bytes) : bytes);
  return path;
}

const leftovers = (): string[] => readdirSync(tmpdir()).filter((n) => n.startsWith('model-gate-gz-'));

describe('gzip-compressed CSV', () => {
  for (const reader of ['auto', 'csv-parse'] as const) {
    it(`reads the same columns as the plain file (${reader}), whatever its name`, async () => {
      const before = leftovers().length;
      const plain = await parseFile({ path: csvFile(TEXT), display: 'd.csv', hints: [], reader });
      for (const name of ['data.csv.gz', 'data.csv']) {
        const packed = await parseFile({ path: gz(TEXT, name), display: name, hints: [], reader });
        expect(packed.rowCount).toBe(plain.rowCount);
        expect(packed.names).toEqual(plain.names);
        for (const [i, c] of packed.columns.entries()) {
          const p = plain.columns[i]!;
          expect(c.kind).toBe(p.kind);
          expect(sameFloats(c.values, p.values)).toBe(true);
          expect(c.dictionary).toEqual(p.dictionary);
        }
      }
      expect(leftovers().length).toBe(before);
    });
  }

  it('a truncated stream names the file and says it ends early', async () => {
    const whole = gzipSync(TEXT);
    const e = await inputError(parseFile({ path: gz(whole.subarray(0, whole.length >> 1)), display: 'data/ref.csv.gz', hints: [] }));
    expect(e.message).toBe('data/ref.csv.gz: is gzip-compressed but the stream ends early: the file is truncated (download or copy it again)');
  });

  it('a corrupt stream names the file', async () => {
    const bad = Buffer.from(gzipSync(TEXT));
    bad.fill(0xff, 20, 60);
    const e = await inputError(parseFile({ path: gz(bad), display: 'cur.csv.gz', hints: [] }));
    expect(e.message).toMatch(/^cur\.csv\.gz: is gzip-compressed but the stream is corrupt \(/);
  });

  it('what it holds is judged like any file: a bad row names the compressed file and its line', async () => {
    const e = await inputError(parseFile({ path: gz('a,b\n1,2\n3\n'), display: 'ref.csv.gz', hints: [] }));
    expect(e.message).toBe('ref.csv.gz row 3: 1 field, but the header has 2');
  });
});
