/**
 * Chunks: the rows of a file split by time (a timestamp column and a period) or by position (a
 * fixed size or a fixed count), the same way for the reference and the current file. Every
 * per-chunk statistic (drift, realized and estimated performance, multivariate drift) reads a
 * `Chunks`; learned thresholds come from the reference's chunks.
 */

export interface Chunk {
  /** For people: "2026-11-03", "2026-W45", "2026-11", or "rows 1–10,000". */
  readonly key: string;
  /** Number of rows in the chunk. */
  readonly rows: number;
  /** First and last table row (0-based) of the chunk, in file order; for time chunks, rows may interleave. */
  readonly first: number;
  readonly last: number;
  /** Time chunks: the period's start and end (ms since the epoch, UTC; end exclusive). */
  readonly start?: number;
  readonly end?: number;
}

/**
 * Time chunks list every period between the first and the last timestamp: a period with no rows
 * is a chunk with `rows: 0` and `first = last = -1`, shown as empty and given no statistic.
 */

export interface Chunks {
  /** How the rows were split, for the report: "day of timestamp", "10,000 rows", "10 chunks". */
  readonly by: string;
  readonly chunks: readonly Chunk[];
  /** The chunk of each table row (index into `chunks`); -1 for a row in no chunk (never, today). */
  readonly index: Int32Array;
  /** Time chunks: rows whose timestamp is earlier than the row before it (fine, but reported). */
  readonly outOfOrder?: number;
}

/** The rows cannot be split (a missing or unparseable timestamp): the message names file, line and value. */
export class ChunkingError extends Error {
  override name = 'ChunkingError';
}
