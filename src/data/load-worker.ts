/**
 * Worker entry: parses one file (request in workerData) and posts the ParsedFile back with its
 * typed arrays transferred. Errors travel as plain data; load.ts rebuilds InputErrors from them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { parseFile, type ParseRequest } from './parse-file.js';
import { transferables } from './parsed.js';

export type WorkerReply =
  | { ok: true; file: import('./parsed.js').ParsedFile }
  | { ok: false; input: boolean; message: string; where: string | undefined; stack: string | undefined };

parseFile(workerData as ParseRequest).then(
  (file) => {
    const reply: WorkerReply = { ok: true, file };
    parentPort!.postMessage(reply, transferables(file));
  },
  (err: unknown) => {
    const e = err instanceof Error ? err : new Error(String(err));
    const input = e instanceof InputError;
    const message = input && e.where ? e.message.slice(e.where.length + 2) : e.message;
    const reply: WorkerReply = {
      ok: false,
      input,
      message,
      where: input ? e.where : undefined,
      stack: e.stack,
    };
    parentPort!.postMessage(reply);
  },
);
