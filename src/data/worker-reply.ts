/**
 * A parsed file as one message between threads: the worker that parsed it builds the reply (typed
 * arrays transferred, errors as plain data, since an Error loses its class on the way), the main
 * thread turns it back into the ParsedFile or the error. Shared by the loading worker and the check
 * worker, which parses the current file before it runs its checks.
 */
import { InputError } from '../errors.js';
import { parseFile, type ParseRequest } from './parse-file.js';
import { transferables, type ParsedFile } from './parsed.js';

export type WorkerReply =
  | { ok: true; file: ParsedFile }
  | { ok: false; input: boolean; message: string; where: string | undefined; stack: string | undefined };

/** Parses `req` in this thread and returns the reply to post, with its transfer list. */
export async function parseForReply(req: ParseRequest): Promise<{ reply: WorkerReply; transfer: ArrayBuffer[] }> {
  try {
    const file = await parseFile(req);
    return { reply: { ok: true, file }, transfer: transferables(file) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const input = e instanceof InputError;
    const message = input && e.where ? e.message.slice(e.where.length + 2) : e.message;
    return { reply: { ok: false, input, message, where: input ? e.where : undefined, stack: e.stack }, transfer: [] };
  }
}

/** The file a reply carries; throws the InputError (or internal Error) it reports instead. */
export function fileFromReply(reply: WorkerReply): ParsedFile {
  if (reply.ok) return reply.file;
  if (reply.input) throw new InputError(reply.message, reply.where);
  const e = new Error(reply.message);
  e.stack = reply.stack;
  throw e;
}
