/**
 * Columns parsed into shared memory (the check worker parses the current file and keeps checking
 * its role columns after posting them): the same values as ordinary columns, on SharedArrayBuffers
 * through growth and type changes, and never put on a transfer list (which would throw).
 */
import { describe, expect, it, vi } from 'vitest';
import { TableBuilder } from '../../src/data/builder.js';
import { parseFile } from '../../src/data/parse-file.js';
import { transferables, type ParsedColumn } from '../../src/data/parsed.js';
import { csvFile, sameFloats } from './helpers.js';

function isShared(c: ParsedColumn): boolean {
  const data = c.values ?? c.codes;
  return data !== null && data.buffer instanceof SharedArrayBuffer;
}

describe('shared columns', () => {
  // Long first lines make the row estimate (from the first chunk read) low, so the arrays grow;
  // the text in `t` after numbers makes it categorical mid-file (a second pass), `e` starts empty.
  const rows = Array.from({ length: 3001 }, (_, i) =>
    i < 20 ? `${i}.000000000000000001,long-category-${i},,1.0000000000000000001` : `${i * 1000.25},${['x', 'y', 'NA'][i % 3]},${i < 30 ? '' : 'late'},${i % 7 === 0 ? 'text' : i / 8}`,
  );
  const path = csvFile(`n,c,e,t\n${rows.join('\n')}\n`);

  for (const reader of ['auto', 'csv-parse'] as const) {
    it(`hold the values ordinary columns hold, on shared memory (${reader})`, async () => {
      const plain = await parseFile({ path, display: 'x.csv', hints: [], reader, chunkSize: 600 });
      const grow = vi.spyOn(TableBuilder.prototype, 'grow');
      const shared = await parseFile({ path, display: 'x.csv', hints: [], reader, chunkSize: 600, shared: ['n', 'c', 'e'] });
      if (reader === 'auto') expect(grow).toHaveBeenCalled();
      grow.mockRestore();
      expect(shared.columns.map((c) => [c.name, c.kind])).toEqual(plain.columns.map((c) => [c.name, c.kind]));
      for (const [i, col] of shared.columns.entries()) {
        const other = plain.columns[i]!;
        expect(col.missing).toBe(other.missing);
        if (col.values) expect(sameFloats(col.values, other.values!)).toBe(true);
        else expect(Array.from(col.codes!)).toEqual(Array.from(other.codes!));
        expect(isShared(col), col.name).toBe(col.name !== 't');
        expect(isShared(other)).toBe(false);
      }
      expect(shared.rowCount).toBe(3001);
      // Shared buffers stay off the transfer list; the others are on it.
      const list = transferables(shared);
      expect(list.some((b) => (b as unknown) instanceof SharedArrayBuffer)).toBe(false);
      for (const c of shared.columns) {
        const buffer = (c.values ?? c.codes)!.buffer;
        expect(list.includes(buffer as ArrayBuffer)).toBe(!isShared(c));
      }
    });
  }
});
