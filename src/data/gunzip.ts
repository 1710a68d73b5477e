/**
 * A gzip-compressed CSV (`ref.csv.gz`, or any name: the first bytes decide) is inflated into a
 * temporary file that the readers then read like any other CSV. Streaming keeps memory flat
 * whatever the size, and both readers (and a second pass for columns read again as text) work on a
 * plain file as they always do. A truncated or corrupt stream is an InputError naming the file.
 */
import { closeSync, createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { InputError } from '../errors.js';

export const GZIP_MAGIC = [0x1f, 0x8b] as const;

/** Whether the first bytes are gzip's. */
export function isGzip(head: Uint8Array): boolean {
  return head.length >= 2 && head[0] === GZIP_MAGIC[0] && head[1] === GZIP_MAGIC[1];
}

function gzipError(err: unknown, display: string): InputError {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(e.message ?? '')) {
    return new InputError('is gzip-compressed but the stream ends early: the file is truncated (download or copy it again)', display);
  }
  if (e.code === 'Z_DATA_ERROR') return new InputError(`is gzip-compressed but the stream is corrupt (${e.message})`, display);
  if (e.code === 'ENOSPC') return new InputError(`is gzip-compressed and there is no room to inflate it in ${tmpdir()} (set TMPDIR to a larger disk)`, display);
  return new InputError(`is gzip-compressed but could not be inflated (${e.code ?? e.message ?? String(err)})`, display);
}

/**
 * Inflates the gzip file open as `fd` (read from its start) into a new temporary file, and closes
 * `fd` whatever happens (the stream owns it: closing it again elsewhere could close a descriptor
 * the number was given to since). `remove` deletes the file and its folder; call it once read.
 */
export async function inflateToTemp(fd: number, display: string): Promise<{ path: string; remove(): void }> {
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'model-gate-gz-'));
  } catch (err) {
    closeSync(fd);
    throw gzipError(err, display);
  }
  const path = join(dir, 'data.csv');
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    await pipeline(createReadStream('', { fd, start: 0, autoClose: true }), createGunzip(), createWriteStream(path));
  } catch (err) {
    remove();
    throw gzipError(err, display);
  }
  return { path, remove };
}
