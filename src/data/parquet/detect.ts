/**
 * Whether a data path is Parquet, judged by content: a file that starts with the magic `PAR1`, or a
 * directory of part files (`*.parquet`, as Spark, DuckDB and pyarrow write a dataset), read in
 * name order as one table. A file that starts with the magic but does not end with it (the footer
 * holding the schema is the last thing written) is cut short, and said so before any reader sees it.
 */
import { closeSync, lstatSync, readSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { fileKind, openRegular } from '../open-file.js';

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

/** One part to read: where it is, and its name in messages. */
export interface ParquetPart {
  path: string;
  display: string;
}

function isMagic(b: Uint8Array): boolean {
  return MAGIC.every((m, i) => b[i] === m);
}

function ioError(err: unknown, display: string): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError('file not found', display);
  if (code === 'EACCES' || code === 'EPERM') return new InputError('cannot be read: permission denied', display);
  return new InputError(`cannot be read (${code ?? String(err)})`, display);
}

/**
 * Reads the first and last 4 bytes of a regular file: false when it does not start with `PAR1`,
 * true when it is a whole Parquet file; throws when it starts with the magic but is cut short.
 */
function checkFile(path: string, display: string): boolean {
  // DuckDB reads a path with these as a pattern: another file could be read in its place.
  if (/[*?[\]{}]/.test(path)) {
    throw new InputError('has *, ?, [, ] or { } in its path, which the Parquet reader would take as a file pattern: rename it', display);
  }
  const { fd, size } = openRegular(path, {
    io: (err) => ioError(err, display),
    notRegular: (st) => new InputError(`is ${fileKind(st)}, not a regular file: model-gate reads only regular files`, display),
  });
  try {
    const head = new Uint8Array(4);
    if (readSync(fd, head, 0, 4, 0) < 4 || !isMagic(head)) return false;
    const tail = new Uint8Array(4);
    // The smallest Parquet file: magic, footer length (4 bytes), magic.
    if (size < 12 || readSync(fd, tail, 0, 4, size - 4) < 4 || !isMagic(tail)) {
      throw new InputError('is a Parquet file cut short (it starts with PAR1 but does not end with it): the file is truncated (write, download or copy it again)', display);
    }
    return true;
  } finally {
    closeSync(fd);
  }
}

/**
 * The Parquet parts `path` stands for, or null when it is not Parquet (a CSV file, or a path the
 * CSV reader should report on: missing, a FIFO…). A directory is Parquet or an error.
 */
export function parquetParts(path: string, display: string): ParquetPart[] | null {
  let st: Stats;
  try {
    st = statSync(path);
    // Not even a 4-byte read under /proc or /sys (some of their files block): the CSV reader refuses them.
    if (/^\/(proc|sys)(\/|$)/.test(realpathSync.native(path))) return null;
  } catch {
    return null;
  }
  path = resolve(path);
  if (st.isFile()) return checkFile(path, display) ? [{ path, display }] : null;
  if (!st.isDirectory()) return null;

  let names: string[];
  try {
    names = readdirSync(path);
  } catch (err) {
    throw ioError(err, display);
  }
  // Spark's _SUCCESS and _metadata files and hidden checksum files are not parts; a part is named
  // *.parquet, as every writer names them.
  const parts = names
    .filter((n) => !n.startsWith('.') && !n.startsWith('_') && n.toLowerCase().endsWith('.parquet'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((n) => ({ path: join(path, n), display: `${display.replace(/\/+$/, '')}/${n}` }))
    .filter((p) => {
      let link: Stats;
      try {
        link = lstatSync(p.path);
      } catch {
        return false;
      }
      // The directory was checked to lie where it may (the action's workspace); a linked part
      // could lead anywhere.
      if (link.isSymbolicLink()) throw new InputError('is a symbolic link: the parts of a Parquet directory must be the files themselves', p.display);
      return link.isFile();
    });
  if (parts.length === 0) {
    throw new InputError(
      'is a directory without Parquet part files (*.parquet) in it: name a CSV or Parquet file, or a directory of Parquet parts (partition sub-directories such as day=1/ are not read)',
      display,
    );
  }
  for (const p of parts) {
    if (!checkFile(p.path, p.display)) throw new InputError('is named .parquet but is not a Parquet file (it does not start with PAR1)', p.display);
  }
  return parts;
}
