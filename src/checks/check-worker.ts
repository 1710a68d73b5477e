/**
 * Worker entry: runs some checks (units) on other columns while the main thread runs the rest:
 * performance and differential on the current file's role columns, and on chunked files the
 * per-chunk tests, which read every feature of both files. The main thread starts it before the
 * files load and may first have it parse the current file (a `parse` message, answered like the
 * loading worker answers, with the columns it will check in shared memory), so that one thread
 * start serves both jobs; the check request (built by worker-checks.ts) is the last message it
 * waits for. Posts one message per unit as it finishes, so a crash in a later unit keeps the
 * earlier ones' results. What a request leaves out (the reference for units that do not read it)
 * throws here, so a change that starts using it fails loudly (the thread-equality test) instead of
 * silently differing between threads.
 */
import { parentPort } from 'node:worker_threads';
import type { GateConfig, Task } from '../config/types.js';
import { ColumnarTable, type LineMap } from '../data/columnar-table.js';
import type { ParseRequest } from '../data/parse-file.js';
import { parseForReply, type WorkerReply } from '../data/worker-reply.js';
import type { Column, Table } from '../data/table.js';
import { sortedNonMissing } from '../data/sort.js';
import type { Chunks } from '../chunks/types.js';
import { markSorted } from '../stats/descriptive.js';
import type { Family, TestResult } from '../results/types.js';
import { chunkTestChecks } from './chunks.js';
import type { Check, CheckContext, Side } from './context.js';
import { differentialChecks } from './differential.js';
import { familyError, runFamily } from './families.js';
import type { KnownLabels } from './labels.js';
import { performanceChecks } from './performance.js';

/** The parts of a table the worker rebuilds it from: every column's name, only some columns. */
export interface TableParts {
  source: string;
  rowCount: number;
  names: readonly string[];
  columns: Column[];
  lines: LineMap;
}

/** Checks the worker can run; each belongs to a family (worker-checks.ts WORKER_UNITS). */
export type WorkerUnit = 'performance' | 'differential' | 'chunks';

export interface CheckRequest {
  config: GateConfig;
  task: Task | null;
  features: readonly string[];
  current: TableParts;
  /** The reference's columns, for units that read it; null when none does. */
  reference: TableParts | null;
  /** Both files' chunks, split on the main thread (which reads them too); null without chunks. */
  chunks: { reference: Chunks; current: Chunks } | null;
  /** The known classes (classification only): they come from the reference. */
  knownLabels: KnownLabels | null;
  units: readonly { unit: WorkerUnit; family: Family }[];
}

export interface CheckReply {
  unit: WorkerUnit;
  tests: TestResult[];
}

/** What the main thread sends: at most one parse request, then the check request. */
export type CheckWorkerMessage = { kind: 'parse'; request: ParseRequest } | { kind: 'check'; request: CheckRequest };

/** The answer to a parse request. */
export interface ParsedReply {
  kind: 'parsed';
  reply: WorkerReply;
}

const CHECKS: ReadonlyMap<WorkerUnit, Check> = new Map<WorkerUnit, Check>([
  ['performance', performanceChecks],
  ['differential', differentialChecks],
  ['chunks', chunkTestChecks],
]);

function tableOf(p: TableParts): Table {
  return new ColumnarTable(p.source, p.rowCount, p.names, new Map(p.columns.map((c) => [c.name, c])), p.lines.headerLine, p.lines.shifts, () => {
    throw new Error('duplicate rows are not counted on the check worker');
  });
}

function contextOf(req: CheckRequest): CheckContext {
  const tables = { current: tableOf(req.current), reference: req.reference ? tableOf(req.reference) : null };
  // Sorted here rather than sent: the main thread's sorted columns are not in shared memory, and
  // this thread has time while the main one estimates performance. Not kept: the per-chunk tests
  // read each column's once, and keeping every feature's would hold a copy of both files.
  return {
    config: req.config,
    task: req.task,
    current: tables.current,
    features: req.features,
    get reference(): Table {
      if (!tables.reference) throw new Error('the reference table was not sent to the check worker');
      return tables.reference;
    },
    sorted(side: Side, column: string): Float64Array {
      const table = side === 'reference' ? tables.reference : tables.current;
      const col = table?.columns.get(column);
      if (!col || col.kind !== 'numeric') throw new Error(`${column} is not a numeric column of the ${side} data sent to the check worker`);
      return markSorted(sortedNonMissing(col.values, col.missing));
    },
    knownLabels(): KnownLabels {
      if (!req.knownLabels) throw new Error('the known labels were not sent to the check worker');
      return req.knownLabels;
    },
    chunks(side: Side): Chunks | null {
      if (!req.chunks) throw new Error('chunks were not sent to the check worker');
      return req.chunks[side];
    },
  };
}

function run(req: CheckRequest): void {
  const ctx = contextOf(req);
  for (const { unit, family } of req.units) {
    const check = CHECKS.get(unit);
    const tests = check ? runFamily(family, check, ctx) : [familyError(family, `the check worker does not run ${unit}`)];
    try {
      parentPort!.postMessage({ unit, tests } satisfies CheckReply);
    } catch (e) {
      // A result that cannot be cloned (a function in details) must not lose the whole unit.
      const reply: CheckReply = { unit, tests: [familyError(family, `its results could not be sent back: ${e instanceof Error ? e.message : String(e)}`)] };
      parentPort!.postMessage(reply);
    }
  }
}

// After the check request the thread ends: with the listeners gone nothing keeps it alive.
const onMessage = (msg: CheckWorkerMessage): void => {
  if (msg.kind === 'parse') {
    void parseForReply(msg.request).then(({ reply, transfer }) => parentPort!.postMessage({ kind: 'parsed', reply } satisfies ParsedReply, transfer));
    return;
  }
  parentPort!.off('message', onMessage);
  parentPort!.off('messageerror', onMessageError);
  run(msg.request);
};
// A message that cannot be read must end the thread (the main thread then reports the families as
// errors), not leave it waiting for a request that will never come.
const onMessageError = (e: Error): void => {
  throw e;
};
parentPort!.on('message', onMessage);
parentPort!.once('messageerror', onMessageError);
