/**
 * Runs some check families on a worker thread (dist/check-worker.js) so that they overlap with the
 * families the main thread runs. The worker is started early (startCheckWorker, while the files
 * load) and later gets copies of the current file's role columns (the main thread keeps reading the
 * originals) and sends back each family's results; every way the worker can fail (throwing while
 * starting, exiting early, a message that cannot be read) ends as one error result per family
 * still missing, never as a lost family, a rejected promise or a process that does not exit.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { roleColumns } from '../config/load.js';
import { ColumnarTable } from '../data/columnar-table.js';
import type { Column } from '../data/table.js';
import type { Family, TestResult } from '../report/model.js';
import type { CheckReply, CheckRequest, TableParts } from './check-worker.js';
import type { CheckContext } from './context.js';
import { familyError } from './families.js';

export const CHECK_WORKER_URL = new URL('./check-worker.js', import.meta.url);

/** Under vitest the TypeScript sources run and no built worker sits next to this module. */
export function checkWorkerAvailable(url: URL = CHECK_WORKER_URL): boolean {
  return url.protocol === 'file:' && existsSync(fileURLToPath(url));
}

/**
 * Copies of the role columns, each on a buffer of its own: cloning a view would copy its whole
 * buffer, and own buffers can be transferred instead of cloned a second time.
 */
function copyColumn(c: Column): { column: Column; buffer: ArrayBuffer } {
  if (c.kind === 'numeric') {
    const values = c.values.slice();
    return { column: { ...c, values }, buffer: values.buffer };
  }
  const codes = c.codes.slice();
  return { column: { ...c, codes }, buffer: codes.buffer };
}

/** The request for `families`, or null when the current table cannot be sent (not columnar). */
export function checkRequest(ctx: CheckContext, families: readonly Family[]): { request: CheckRequest; transfer: ArrayBuffer[] } | null {
  const cur = ctx.current;
  if (!(cur instanceof ColumnarTable)) return null;
  const columns: Column[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const name of roleColumns(ctx.config).keys()) {
    const col = cur.columns.get(name);
    if (!col) continue;
    const { column, buffer } = copyColumn(col);
    columns.push(column);
    transfer.push(buffer);
  }
  const current: TableParts = { source: cur.source, rowCount: cur.rowCount, names: cur.names, columns, lines: cur.lineMap(), duplicateRows: cur.duplicateRows };
  return { request: { config: ctx.config, task: ctx.task, features: ctx.features, current, families }, transfer };
}

export interface CheckWorker {
  /**
   * Sends the request for `families`; the promise resolves (never rejects) to every family's
   * results. Returns null, and stops the worker, when the request cannot be built or sent, so the
   * caller runs the families itself. Call at most once.
   */
  run(ctx: CheckContext, families: readonly Family[]): Promise<Map<Family, TestResult[]>> | null;
  /** Ends the thread (a worker that will not be used, or is done); safe to call at any time. */
  stop(): void;
}

function isReply(x: unknown): x is CheckReply {
  return typeof x === 'object' && x !== null && typeof (x as CheckReply).family === 'string' && Array.isArray((x as CheckReply).tests);
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
  const replies = new Map<Family, TestResult[]>();
  // The first failure is the one reported; listeners are attached now because an 'error' event
  // without one would be thrown in this thread.
  let failure: string | null = null;
  let settle: (() => void) | null = null;
  worker.on('message', (reply: unknown) => {
    if (isReply(reply) && !replies.has(reply.family)) replies.set(reply.family, reply.tests);
    settle?.();
  });
  worker.on('messageerror', (e) => {
    failure ??= `the check worker's results could not be read: ${e.message}`;
    settle?.();
  });
  worker.on('error', (e) => {
    failure ??= `the check worker failed: ${e instanceof Error ? e.message : String(e)}`;
    settle?.();
  });
  worker.once('exit', (code) => {
    failure ??= `the check worker exited with code ${code} before sending its results`;
    settle?.();
  });
  const stop = (): void => {
    worker.unref();
    worker.terminate().catch(() => undefined);
  };
  return {
    stop,
    run(ctx, families) {
      const built = checkRequest(ctx, families);
      if (!built) {
        stop();
        return null;
      }
      try {
        worker.postMessage(built.request, built.transfer);
      } catch {
        // A request that cannot be cloned (a config holding a function): the caller runs it in-thread.
        stop();
        return null;
      }
      worker.ref();
      return new Promise((resolve) => {
        settle = () => {
          const complete = families.every((f) => replies.has(f));
          if (!complete && failure === null) return;
          settle = null;
          const results = new Map<Family, TestResult[]>();
          for (const f of families) results.set(f, replies.get(f) ?? [familyError(f, failure ?? 'the check worker sent no results')]);
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
export function runOnWorker(ctx: CheckContext, families: readonly Family[], url: URL = CHECK_WORKER_URL): Promise<Map<Family, TestResult[]>> | null {
  return startCheckWorker(url)?.run(ctx, families) ?? null;
}
