/**
 * The general reader: csv-parse (RFC 4180 quoting, embedded newlines, BOM, any line ending) fed
 * from a file stream, one record at a time into the same `TableBuilder` as the byte scanner.
 */
import { read } from 'node:fs';
import { promisify } from 'node:util';
import { Readable, pipeline } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { InputError, csvPosition } from '../errors.js';
import { TableBuilder, emptyFile, raggedRow, type BuildOptions } from './builder.js';
import { Utf8Guard } from './encoding.js';

interface InfoRecord {
  record: string[];
  info: { empty_lines: number };
}

/** Line breaks inside a record's fields (CRLF counts once), so the next record's line is known. */
function breaksIn(fields: string[]): number {
  let n = 0;
  for (const f of fields) {
    if (f.indexOf('\n') < 0 && f.indexOf('\r') < 0) continue;
    for (let i = 0; i < f.length; i++) {
      const c = f.charCodeAt(i);
      if (c === 10) n++;
      else if (c === 13 && f.charCodeAt(i + 1) !== 10) n++;
    }
  }
  return n;
}

const readAt = promisify(read);

/** The file's bytes from its start, a MiB at a time (the descriptor stays the caller's to close). */
async function* chunksOf(fd: number): AsyncGenerator<Buffer> {
  for (let pos = 0; ; ) {
    const buffer = Buffer.allocUnsafe(1 << 20);
    const { bytesRead } = await readAt(fd, buffer, 0, buffer.length, pos);
    if (bytesRead === 0) return;
    pos += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

/** Reads the open file `fd` (from its start; the caller closes it). */
export async function scanCsvParse(fd: number, size: number, opts: BuildOptions): Promise<TableBuilder> {
  let b: TableBuilder | null = null;
  const parser = parse({ bom: true, info: true, skip_empty_lines: true, relax_column_count: true });
  // The guard fails the pipeline at the first invalid UTF-8 byte, which csv-parse would decode to
  // U+FFFD; pipeline() (unlike pipe()) passes that failure on to the parser, so the loop ends.
  pipeline(
    Readable.from(chunksOf(fd), { objectMode: false }),
    new Utf8Guard(() => b?.names ?? null),
    parser,
    () => undefined,
  );
  let endLine = 0;
  let emptyLines = 0;
  try {
    for await (const item of parser as AsyncIterable<InfoRecord>) {
      const { record, info } = item;
      const line = endLine + 1 + (info.empty_lines - emptyLines);
      emptyLines = info.empty_lines;
      endLine = line + breaksIn(record);
      if (b === null) {
        // Rough guess from the header's length; growing fixes a bad one.
        const perRow = Math.max(8, record.join(',').length);
        b = new TableBuilder(opts, record, line, size / perRow + 16);
        continue;
      }
      if (record.length !== b.width) throw raggedRow(opts.display, line, record.length, b.width);
      if (b.rows === b.capacity) b.grow();
      b.noteLine(b.rows, line);
      for (let j = 0; j < record.length; j++) b.addText(j, record[j], line);
      b.endRow();
    }
  } catch (err) {
    parser.destroy();
    if (err instanceof CsvError) {
      const where = csvPosition(opts.display, (err as CsvError & { lines?: number }).lines);
      throw new InputError(`malformed CSV: ${err.message}`, where);
    }
    throw err;
  }
  if (b === null) throw emptyFile(opts.display);
  if (b.rows === 0) {
    throw new InputError('the file has a header but no data rows', csvPosition(opts.display));
  }
  return b;
}
