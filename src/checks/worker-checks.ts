/**
 * Runs some checks (units: see check-worker.ts) on a worker thread (dist/check-worker.js) so that
 * they overlap with the checks the main thread runs. The worker is started early
 * (startCheckWorker, before the files load), may parse the current file itself (then the columns
 * it will check are in shared memory, read by both threads without a copy), later gets the columns
 * its units read (copies of any that are not shared: the main thread keeps reading the originals)
 * and sends back each unit's results; every way the worker can fail (throwing while starting,
 * exiting early, a message that cannot be read) ends as one error result per unit still missing,
 * never as a lost unit, a rejected promise or a process that does not exit.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { roleColumns } from '../config/load.js';
import { ColumnarTable } from '../data/columnar-table.js';
import type { ParseRequest } from '../data/parse-file.js';
import type { ParsedFile } from '../data/parsed.js';
import type { Column, Table } from '../data/table.js';
import { fileFromReply } from '../data/worker-reply.js';
import type { Chunks } from '../chunks/types.js';
import type { Family, TestResult } from '../results/types.js';
import type { CheckReply, CheckRequest, CheckWorkerMessage, ParsedReply, TableParts, WorkerUnit } from './check-worker.js';
import type { CheckContext } from './context.js';
import { familyError } from './families.js';

export const CHECK_WORKER_URL = new URL('./check-worker.js', import.meta.url);

/** Under vitest the TypeScript sources run and no built worker sits next to this module. */
export function checkWorkerAvailable(url: URL = CHECK_WORKER_URL): boolean {
  return url.protocol === 'file:' && existsSync(fileURLToPath(url));
}

/**
 * A role column as sent: a column in shared memory as it is (both threads read it), any other as a
 * copy on a buffer of its own (cloning a view would copy its whole buffer, and an own buffer can be
 * transferred instead of cloned a second time).
 */
function copyColumn(c: Column): { column: Column; buffer: ArrayBuffer | null } {
  const data = c.kind === 'numeric' ? c.values : c.codes;
  if (data.buffer instanceof SharedArrayBuffer) return { column: c, buffer: null };
  if (c.kind === 'numeric') {
    const values = c.values.slice();
    return { column: { ...c, values }, buffer: values.buffer };
  }
  const codes = c.codes.slice();
  return { column: { ...c, codes }, buffer: codes.buffer };
}

/** The family each unit's results belong to (a unit that fails is reported under it). */
export const WORKER_UNITS: Readonly<Record<WorkerUnit, Family>> = { performance: 'performance', differential: 'differential', chunks: 'drift' };

/**
 * Units that read every feature of both files and their chunks, not only the current role columns.
 * They go to the worker only when chunks are configured: then both files were parsed into shared
 * memory (engine.ts), so sending them copies nothing. Measured on the bench's shadow log, moving
 * PCA there as well gained nothing within the noise and the domain classifier lost (16.5 s against
 * 15.2 s), each with 0.05–0.25 GB more memory: the worker became the longer of the two threads.
 */
const READS_FEATURES: ReadonlySet<WorkerUnit> = new Set(['chunks']);

/** The columns named, as sent (see copyColumn), with the buffers to transfer. */
function partsOf(t: ColumnarTable, names: Iterable<string>, transfer: ArrayBuffer[]): TableParts {
  const columns: Column[] = [];
  for (const name of new Set(names)) {
    const col = t.columns.get(name);
    if (!col) continue;
    const { column, buffer } = copyColumn(col);
    columns.push(column);
    if (buffer) transfer.push(buffer);
  }
  return { source: t.source, rowCount: t.rowCount, names: t.names, columns, lines: t.lineMap() };
}

/** Both files' chunks, or null when they cannot be split (the main thread reports why). */
function chunksOf(ctx: CheckContext): { reference: Chunks; current: Chunks } | null {
  try {
    const reference = ctx.chunks('reference');
    const current = ctx.chunks('current');
    return reference && current ? { reference, current } : null;
  } catch {
    return null;
  }
}

/**
 * The request for `units`, or null when a table cannot be sent (not columnar). Units whose data
 * cannot be sent (chunks that cannot be split) are left out of `units` for the caller to run.
 */
export function checkRequest(ctx: CheckContext, units: readonly WorkerUnit[]): { request: CheckRequest; transfer: ArrayBuffer[]; units: WorkerUnit[] } | null {
  const cur = ctx.current;
  if (!(cur instanceof ColumnarTable)) return null;
  const ref: Table = ctx.reference;
  const chunks = units.some((u) => READS_FEATURES.has(u)) ? chunksOf(ctx) : null;
  const sent = units.filter((u) => !READS_FEATURES.has(u) || (chunks !== null && ref instanceof ColumnarTable));
  const transfer: ArrayBuffer[] = [];
  const roles = [...roleColumns(ctx.config).keys()];
  const wide = sent.some((u) => READS_FEATURES.has(u));
  const names = wide ? [...roles, ...ctx.features] : roles;
  const current = partsOf(cur, names, transfer);
  const reference = wide ? partsOf(ref as ColumnarTable, names, transfer) : null;
  // Computed here, on the main thread, because it reads the reference.
  const knownLabels = ctx.task === 'classification' ? ctx.knownLabels() : null;
  const request: CheckRequest = {
    config: ctx.config,
    task: ctx.task,
    features: ctx.features,
    current,
    reference,
    chunks: wide ? chunks : null,
    knownLabels,
    units: sent.map((unit) => ({ unit, family: WORKER_UNITS[unit] })),
  };
  return { request, transfer, units: sent };
}

export interface CheckWorker {
  /**
   * Parses a file on the worker (before `run`, at most once), as the loading worker would: the
   * ParsedFile, or its InputError; a worker that fails rejects with an Error.
   */
  parse(req: ParseRequest): Promise<ParsedFile>;
  /**
   * Sends the request for `units`; the promise resolves (never rejects) to the results of every
   * unit sent (a unit whose data cannot be sent is missing from the map: the caller runs it).
   * Returns null, and stops the worker, when the request cannot be built or sent, so the caller
   * runs them all itself. Call at most once.
   */
  run(ctx: CheckContext, units: readonly WorkerUnit[]): Promise<Map<WorkerUnit, TestResult[]>> | null;
  /** Ends the thread (a worker that will not be used, or is done); safe to call at any time. */
  stop(): void;
}

function isReply(x: unknown): x is CheckReply {
  return typeof x === 'object' && x !== null && typeof (x as CheckReply).unit === 'string' && Array.isArray((x as CheckReply).tests);
}

function isParsed(x: unknown): x is ParsedReply {
  return typeof x === 'object' && x !== null && (x as ParsedReply).kind === 'parsed';
}

/**
 * Starts the check worker, which waits for its request. Until `run` it does not keep the process
 * alive, so a run that ends early (bad input, a small file) cannot hang on a forgotten worker.
 * Null when the thread cannot be created.
 */
export function startCheckWorker(url: URL = CHECK_WORKER_URL): CheckWorker | null {
  let worker: Worker;
  try {
    worker = new Worker(url);
  } catch {
    return null;
  }
  worker.unref();
  const replies = new Map<WorkerUnit, TestResult[]>();
  // The first failure is the one reported; listeners are attached now because an 'error' event
  // without one would be thrown in this thread.
  let failure: string | null = null;
  let settle: (() => void) | null = null;
  let parsing: { resolve(f: ParsedFile): void; reject(e: unknown): void } | null = null;
  const failed = (): void => {
    settle?.();
    if (parsing) {
      parsing.reject(new Error(failure ?? 'the check worker failed'));
      parsing = null;
    }
  };
  worker.on('message', (reply: unknown) => {
    if (isParsed(reply) && parsing) {
      const p = parsing;
      parsing = null;
      worker.unref();
      try {
        p.resolve(fileFromReply(reply.reply));
      } catch (e) {
        p.reject(e);
      }
      return;
    }
    if (isReply(reply) && !replies.has(reply.unit)) replies.set(reply.unit, reply.tests);
    settle?.();
  });
  worker.on('messageerror', (e) => {
    failure ??= `the check worker's results could not be read: ${e.message}`;
    failed();
  });
  worker.on('error', (e) => {
    failure ??= `the check worker failed: ${e instanceof Error ? e.message : String(e)}`;
    failed();
  });
  worker.once('exit', (code) => {
    failure ??= `the check worker exited with code ${code} before sending its results`;
    failed();
  });
  const stop = (): void => {
    worker.unref();
    worker.terminate().catch(() => undefined);
  };
  return {
    stop,
    parse(req) {
      if (failure !== null) return Promise.reject(new Error(failure));
      return new Promise<ParsedFile>((resolve, reject) => {
        parsing = { resolve, reject };
        // Held open while it parses: the caller waits for the file.
        worker.ref();
        try {
          worker.postMessage({ kind: 'parse', request: req } satisfies CheckWorkerMessage);
        } catch (e) {
          parsing = null;
          worker.unref();
          reject(e);
        }
      });
    },
    run(ctx, units) {
      const built = checkRequest(ctx, units);
      if (!built) {
        stop();
        return null;
      }
      try {
        worker.postMessage({ kind: 'check', request: built.request } satisfies CheckWorkerMessage, built.transfer);
      } catch {
        // A request that cannot be cloned (a config holding a function): the caller runs it in-thread.
        stop();
        return null;
      }
      worker.ref();
      const sent = built.units;
      return new Promise((resolve) => {
        settle = () => {
          const complete = sent.every((u) => replies.has(u));
          if (!complete && failure === null) return;
          settle = null;
          const results = new Map<WorkerUnit, TestResult[]>();
          for (const u of sent) results.set(u, replies.get(u) ?? [familyError(WORKER_UNITS[u], failure ?? 'the check worker sent no results')]);
          if (!complete) stop();
          else worker.unref();
          resolve(results);
        };
        settle();
      });
    },
  };
}

/**
 * Starts the worker and sends it the request at once; see CheckWorker.run. Null when the worker
 * cannot be started or the request cannot be built or sent.
 */
export function runOnWorker(ctx: CheckContext, units: readonly WorkerUnit[], url: URL = CHECK_WORKER_URL): Promise<Map<WorkerUnit, TestResult[]>> | null {
  return startCheckWorker(url)?.run(ctx, units) ?? null;
}
