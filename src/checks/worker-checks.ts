/**
 * Runs some check families on a worker thread (dist/check-worker.js) so that they overlap with the
 * families the main thread runs. The worker gets copies of the current file's role columns (the
 * main thread keeps reading the originals) and sends back each family's results; every way the
 * worker can fail (throwing while starting, exiting early, a message that cannot be read) ends as
 * one error result per family still missing, never as a lost family or a rejected promise.
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

/**
 * Starts the worker; the promise resolves (never rejects) to every family's results. Returns null
 * when the request cannot be built or sent, so the caller runs the families itself.
 */
export function runOnWorker(ctx: CheckContext, families: readonly Family[], url: URL = CHECK_WORKER_URL): Promise<Map<Family, TestResult[]>> | null {
  const built = checkRequest(ctx, families);
  if (!built) return null;
  let worker: Worker;
  try {
    worker = new Worker(url, { workerData: built.request, transferList: built.transfer });
  } catch {
    // workerData that cannot be cloned (a config holding a function): the caller runs it in-thread.
    return null;
  }
  return new Promise((resolve) => {
    const results = new Map<Family, TestResult[]>();
    let done = false;
    const finish = (reason: string | null): void => {
      if (done) return;
      done = true;
      for (const f of families) if (!results.has(f)) results.set(f, [familyError(f, reason ?? 'the check worker sent no results')]);
      resolve(results);
    };
    worker.on('message', (reply: CheckReply) => {
      if (families.includes(reply.family) && !results.has(reply.family)) results.set(reply.family, reply.tests);
      if (results.size === families.length) finish(null);
    });
    worker.on('messageerror', (e) => finish(`the check worker's results could not be read: ${e.message}`));
    worker.once('error', (e) => finish(`the check worker failed: ${e instanceof Error ? e.message : String(e)}`));
    worker.once('exit', (code) => finish(`the check worker exited with code ${code} before sending its results`));
  });
}
