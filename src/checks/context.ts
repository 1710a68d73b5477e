/**
 * What every check receives. Checks are pure: they read the tables and settings and return
 * results; they never throw for bad data (a check that cannot run returns an `error` result).
 */
import type { Chunks } from '../chunks/types.js';
import type { GateConfig, Task } from '../config/types.js';
import type { Table } from '../data/table.js';
import type { TestResult } from '../results/types.js';
import type { KnownLabels } from './labels.js';

export type Side = 'reference' | 'current';

export interface CheckContext {
  readonly config: GateConfig;
  /** The task as configured or inferred; null when there is no target to infer it from. */
  readonly task: Task | null;
  readonly reference: Table;
  readonly current: Table;
  /** Feature columns to compare, in reference order (config list, or all unnamed columns). */
  readonly features: readonly string[];
  /**
   * The non-missing values of a numeric column, sorted ascending. Computed once per column and
   * side, shared by every check (KS, Wasserstein, quantiles, ranges). Throws if not numeric.
   */
  sorted(side: Side, column: string): Float64Array;
  /**
   * Classification: the known classes (labels.ts `knownLabels`), learnt mostly from the reference,
   * so computed on the main thread once, on first use, and sent to the check worker.
   */
  knownLabels(): KnownLabels;
  /**
   * The rows of one side split into chunks as the config's `chunking` says, computed once per
   * side on first use; null when there is no `chunking`. Throws a `ChunkingError`
   * (src/chunks/types.ts) naming the file, line and value when the rows cannot be split (a bad
   * timestamp): a check catches it and returns an `error` result.
   */
  chunks(side: Side): Chunks | null;
}

export type Check = (ctx: CheckContext) => TestResult[];
