/**
 * Opens a data file for reading, or refuses it before it can hang or flood the reader: only
 * regular files are read. A FIFO would block the open until a writer comes, /dev/zero and its kin
 * never end, and files under /proc and /sys report a size of 0 while they stream or change as they
 * are read.
 */
import { closeSync, constants, fstatSync, openSync, realpathSync, statSync, type Stats } from 'node:fs';
import { InputError } from '../errors.js';
import { sniff, readHead } from './encoding.js';

/** What a non-regular file is, for the message; null for a regular file. The config reader shares it. */
export function fileKind(st: Stats): string | null {
  if (st.isFile()) return null;
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

/**
 * The open file descriptor of a regular, readable CSV file and its size. Throws InputError for a
 * missing or unreadable file, a non-regular one, a file under /proc or /sys, and a file whose first
 * bytes say it is not UTF-8 text (see encoding.ts).
 */
export function openCsv(path: string, display: string): { fd: number; size: number } {
  let st: Stats;
  let real: string;
  try {
    // stat, not open: opening a FIFO blocks. (Links are followed: a link to a CSV file is fine.)
    st = statSync(path);
    real = realpathSync.native(path);
  } catch (err) {
    throw openError(err, display);
  }
  const kind = fileKind(st);
  if (kind) throw refuse(display, kind);
  if (VIRTUAL_ROOTS.some((r) => real === r || real.startsWith(`${r}/`))) {
    throw new InputError(`is under ${real.startsWith('/proc') ? '/proc' : '/sys'}, a virtual file system whose files change while they are read: copy it to a regular file first`, display);
  }
  let fd: number;
  try {
    // O_NONBLOCK: should the path have become a FIFO since the stat, the open still returns.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw openError(err, display);
  }
  try {
    const now = fstatSync(fd);
    const changed = fileKind(now);
    if (changed) throw refuse(display, changed);
    const problem = sniff(readHead(fd));
    if (problem) throw new InputError(problem, display);
    return { fd, size: now.size };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}
