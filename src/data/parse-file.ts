/**
 * Reads one CSV file into columns: the byte scanner first, csv-parse when the file is not plain;
 * then a second pass over any column that turned out to be text after numbers had been stored.
 * Runs inside a worker (load-worker.ts) or, where no built worker exists, in the calling thread.
 */
import { closeSync } from 'node:fs';
import type { BuildOptions, TableBuilder } from './builder.js';
import { Utf8Error, utf8Error } from './encoding.js';
import { openCsv } from './open-file.js';
import { inflateToTemp } from './gunzip.js';
import { parquetParts } from './parquet/detect.js';
import { readParquet } from './parquet/read.js';
import type { ParsedColumn, ParsedFile } from './parsed.js';
import { scanCsvParse } from './scan-csv-parse.js';
import { scanPlain } from './scan-plain.js';
import { sortedNonMissing } from './sort.js';
import type { ColumnKind } from './table.js';

export type Reader = 'auto' | 'csv-parse';

export interface ParseRequest {
  /** Path to open. */
  path: string;
  /** The path as the user wrote it, for messages. */
  display: string;
  hints: [string, ColumnKind][];
  /** Read only these columns. */
  only?: string[];
  /** `csv-parse` skips the byte scanner (tests compare the two readers). */
  reader?: Reader;
  /** Testing: the byte scanner's read size (small values exercise records across chunks). */
  chunkSize?: number;
  /** Columns to keep in shared memory (see BuildOptions.shared); `all`: every column. */
  shared?: string[] | 'all';
  /**
   * Re-reading a Parquet text column as numbers because this file (the reference) has it
   * numeric: named in the message for a value that is not a number.
   */
  numericIn?: string;
}

async function readOnce(
  req: ParseRequest,
  opts: BuildOptions,
  reader: Reader,
): Promise<{ builder: TableBuilder; reader: ParsedFile['reader'] }> {
  const opened = openCsv(req.path, req.display);
  if (opened.gzip) {
    const inflated = await inflateToTemp(opened.fd, req.display);
    try {
      return await readOnce({ ...req, path: inflated.path }, opts, reader);
    } finally {
      inflated.remove();
    }
  }
  const { fd, size } = opened;
  try {
    if (reader === 'auto') {
      const b = scanPlain(fd, size, opts, req.chunkSize);
      if (b) return { builder: b, reader: 'plain' };
    }
    // The same descriptor: the file that was checked is the file that is read.
    return { builder: await scanCsvParse(fd, size, opts), reader: 'csv-parse' };
  } catch (err) {
    if (err instanceof Utf8Error) throw utf8Error(fd, req.display, err.offset, err.names);
    throw err;
  } finally {
    closeSync(fd);
  }
}

/** Parses the columns of one file (no duplicate count, no sorting). */
export async function readColumns(req: ParseRequest): Promise<ParsedFile> {
  // Parquet by content (the magic at both ends), or a directory of Parquet parts.
  const parts = parquetParts(req.path, req.display);
  if (parts) return readParquet(req, parts);
  const hints = new Map(req.hints);
  const opts: BuildOptions = {
    display: req.display,
    hints,
    ...(req.only ? { only: new Set(req.only) } : {}),
    ...(req.shared ? { shared: req.shared === 'all' ? 'all' : new Set(req.shared) } : {}),
  };
  const first = await readOnce(req, opts, req.reader ?? 'auto');
  const b = first.builder;
  let columns = b.finish();
  const reread = b.cols.filter((c) => c.reread);
  if (reread.length > 0) {
    const again = new Map(hints);
    for (const c of reread) again.set(c.name, 'categorical');
    const second = await readOnce(
      req,
      { display: req.display, hints: again, only: new Set(reread.map((c) => c.name)) },
      first.reader === 'plain' ? 'auto' : 'csv-parse',
    );
    const byName = new Map<string, ParsedColumn>();
    for (const c of second.builder.finish()) byName.set(c.name, c);
    for (const c of reread) {
      const col = byName.get(c.name)!;
      col.inferred = true;
      col.firstText = c.firstText;
      byName.set(c.name, col);
    }
    const merged = new Map(columns.map((c) => [c.name, c]));
    for (const [name, col] of byName) merged.set(name, col);
    columns = b.names.filter((n) => merged.has(n)).map((n) => merged.get(n)!);
  }
  return {
    source: req.display,
    rowCount: b.rows,
    names: b.names,
    columns,
    headerLine: b.headerLine,
    shifts: b.shifts(),
    sorted: [],
    reader: first.reader,
  };
}

/**
 * Fills in the sorted numeric columns. (Duplicate rows are not counted here: only the current
 * file's count is read, by data quality on the main thread, which counts them when asked; see
 * ColumnarTable. The thread that parses the current file is the one with more work after it.)
 */
export function completeFile(file: ParsedFile): ParsedFile {
  file.sorted = sortedColumns(file.columns);
  return file;
}

export function sortedColumns(columns: readonly ParsedColumn[]): [string, Float64Array][] {
  const out: [string, Float64Array][] = [];
  // One working buffer lent to every column's sort: fresh memory costs a page fault per 4 KB, so
  // only the results should need it.
  let scratch: Float64Array | null = null;
  for (const c of columns) {
    // A column holding an infinite value becomes an error or text; sorting it would be wasted.
    if (!c.values || c.firstInfinite !== null) continue;
    if (scratch === null || scratch.length < c.values.length) scratch = new Float64Array(c.values.length);
    out.push([c.name, sortedNonMissing(c.values, c.missing, scratch)]);
  }
  return out;
}

export async function parseFile(req: ParseRequest): Promise<ParsedFile> {
  return completeFile(await readColumns(req));
}
