/**
 * Opens a data file for reading, or refuses it before it can hang or flood the reader: only
 * regular files are read. A FIFO would block the open until a writer comes, /dev/zero and its kin
 * never end, and files under /proc and /sys report a size of 0 while they stream or change as they
 * are read.
 */
import { closeSync, constants, fstatSync, openSync, realpathSync, statSync, type Stats } from 'node:fs';
import { InputError } from '../errors.js';
import { sniff, readHead } from './encoding.js';
import { isGzip } from './gunzip.js';

/** What a file that is not regular is, for the message. The config reader shares it. */
export function fileKind(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

const VIRTUAL_ROOTS = ['/proc', '/sys'];

function refuse(display: string, what: string): InputError {
  return new InputError(`is ${what}, not a regular CSV file: model-gate reads only regular files`, display);
}

function openError(err: unknown, display: string): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError('file not found', display);
  if (code === 'EACCES' || code === 'EPERM') return new InputError('cannot be read: permission denied', display);
  return new InputError(`cannot be read (${code ?? String(err)})`, display);
}

/** How `openRegular` words its refusals: each reader names its own file and its own fix. */
interface RegularFileErrors {
  /** A failed stat (`step` 'stat', before the open) or open. */
  io(err: unknown, step: 'stat' | 'open'): InputError;
  /** A path that is not a regular file (`st` says what it is). */
  notRegular(st: Stats): InputError;
}

/**
 * The open descriptor of `path` and its size, if it is a regular file (links are followed). It is
 * judged by stat before the open, since opening a FIFO blocks until a writer comes, and again by
 * the descriptor's own fstat: the path may have been swapped in between, and O_NONBLOCK keeps a
 * FIFO put there from blocking the open. `vet` checks the first stat further, before the open.
 * Shared by the CSV reader and the config reader.
 */
export function openRegular(path: string, errors: RegularFileErrors, vet?: (st: Stats) => void): { fd: number; size: number } {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    throw errors.io(err, 'stat');
  }
  if (!st.isFile()) throw errors.notRegular(st);
  vet?.(st);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw errors.io(err, 'open');
  }
  try {
    const now = fstatSync(fd);
    if (!now.isFile()) throw errors.notRegular(now);
    return { fd, size: now.size };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/**
 * The open file descriptor of a regular, readable CSV file and its size. Throws InputError for a
 * missing or unreadable file, a non-regular one, a file under /proc or /sys, and a file whose first
 * bytes say it is not UTF-8 text (see encoding.ts).
 */
export function openCsv(path: string, display: string): { fd: number; size: number; gzip: boolean } {
  let real: string;
  try {
    // Where the path really leads, for the /proc and /sys check (a link there is refused too).
    real = realpathSync.native(path);
  } catch (err) {
    throw openError(err, display);
  }
  const file = openRegular(path, { io: (err) => openError(err, display), notRegular: (st) => refuse(display, fileKind(st)) }, () => {
    if (VIRTUAL_ROOTS.some((r) => real === r || real.startsWith(`${r}/`))) {
      throw new InputError(`is under ${real.startsWith('/proc') ? '/proc' : '/sys'}, a virtual file system whose files change while they are read: copy it to a regular file first`, display);
    }
  });
  try {
    const head = readHead(file.fd);
    // Compressed CSV is read through a temporary inflated copy (gunzip.ts).
    if (isGzip(head)) return { ...file, gzip: true };
    const problem = sniff(head);
    if (problem) throw new InputError(problem, display);
    return { ...file, gzip: false };
  } catch (err) {
    closeSync(file.fd);
    throw err;
  }
}
