/**
 * Worker entry: runs the performance and differential families on the current file's role columns
 * while the main thread runs data quality and drift. The main thread starts it before the files
 * load and may first have it parse the current file (a `parse` message, answered like the loading
 * worker answers, with the role columns in shared memory), so that one thread start serves both
 * jobs; the check request (built by worker-checks.ts) is the last message it waits for. Posts one
 * message per family as it finishes, so a crash in a later family keeps the earlier ones' results.
 * These families read only the current table, the config and the task; the context's reference
 * side and sorted columns throw here, so a change that starts using them fails loudly (the
 * thread-equality test) instead of silently differing between threads.
 */
import { parentPort } from 'node:worker_threads';
import type { GateConfig, Task } from '../config/types.js';
import { ColumnarTable, type LineMap } from '../data/columnar-table.js';
import type { ParseRequest } from '../data/parse-file.js';
import { parseForReply, type WorkerReply } from '../data/worker-reply.js';
import type { Column, Table } from '../data/table.js';
import type { Family, TestResult } from '../results/types.js';
import type { Check, CheckContext } from './context.js';
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

export interface CheckRequest {
  config: GateConfig;
  task: Task | null;
  features: readonly string[];
  current: TableParts;
  /** The known classes (classification only): they come from the reference, which stays behind. */
  knownLabels: KnownLabels | null;
  families: readonly Family[];
}

export interface CheckReply {
  family: Family;
  tests: TestResult[];
}

/** What the main thread sends: at most one parse request, then the check request. */
export type CheckWorkerMessage = { kind: 'parse'; request: ParseRequest } | { kind: 'check'; request: CheckRequest };

/** The answer to a parse request. */
export interface ParsedReply {
  kind: 'parsed';
  reply: WorkerReply;
}

const CHECKS: ReadonlyMap<Family, Check> = new Map<Family, Check>([
  ['performance', performanceChecks],
  ['differential', differentialChecks],
]);

function tableOf(p: TableParts): Table {
  return new ColumnarTable(p.source, p.rowCount, p.names, new Map(p.columns.map((c) => [c.name, c])), p.lines.headerLine, p.lines.shifts, () => {
    throw new Error('duplicate rows are not counted on the check worker');
  });
}

function contextOf(req: CheckRequest): CheckContext {
  return {
    config: req.config,
    task: req.task,
    current: tableOf(req.current),
    features: req.features,
    get reference(): Table {
      throw new Error('the reference table is not available on the check worker');
    },
    sorted(): Float64Array {
      throw new Error('sorted columns are not available on the check worker');
    },
    knownLabels(): KnownLabels {
      if (!req.knownLabels) throw new Error('the known labels were not sent to the check worker');
      return req.knownLabels;
    },
    chunks(): never {
      throw new Error('chunks are not available on the check worker');
    },
  };
}

function run(req: CheckRequest): void {
  const ctx = contextOf(req);
  for (const family of req.families) {
    const check = CHECKS.get(family);
    const tests = check ? runFamily(family, check, ctx) : [familyError(family, 'the check worker does not run this family')];
    try {
      parentPort!.postMessage({ family, tests } satisfies CheckReply);
    } catch (e) {
      // A result that cannot be cloned (a function in details) must not lose the whole family.
      const reply: CheckReply = { family, tests: [familyError(family, `its results could not be sent back: ${e instanceof Error ? e.message : String(e)}`)] };
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
