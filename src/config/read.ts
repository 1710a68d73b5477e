/**
 * Reads the config file's text defensively: a config comes from a pull request, so it may be huge,
 * not a file at all (a FIFO blocks the reader forever, a device never ends), or not UTF-8 text.
 * Each case is a one-line InputError; nothing of the file's bytes reaches the message.
 */
import { closeSync, readSync, type Stats } from 'node:fs';
import { InputError } from '../errors.js';
import { firstInvalidUtf8, recognise, SNIFF_BYTES } from '../data/encoding.js';
import { fileKind, openRegular } from '../data/open-file.js';

/** A config is a page of YAML; a megabyte is far beyond any real one and cheap to parse. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

function notRegular(s: Stats): string {
  return s.isDirectory() ? 'is a directory, not a file' : `is ${fileKind(s)}, not a regular file: model-gate reads its config from a file`;
}

function tooLarge(size: number): string {
  return `is ${size.toLocaleString('en-US')} bytes, more than the ${MAX_CONFIG_BYTES.toLocaleString('en-US')} a config may have (1 MiB): is it the right file?`;
}

/** Decodes the config's bytes as UTF-8 (a UTF-8 byte order mark is dropped) or says why not. */
function decodeConfig(bytes: Uint8Array, where: string): string {
  const seen = recognise(bytes.subarray(0, SNIFF_BYTES));
  if (seen) throw new InputError(`looks like ${seen.what}: a config must be UTF-8 YAML text${seen.fix ? `, ${seen.fix}` : ''}`, where);
  const bad = firstInvalidUtf8(bytes, 0, bytes.length);
  if (bad >= 0) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    throw new InputError(`line ${line}: invalid UTF-8 (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')} at offset ${bad}): save the config as UTF-8 text`, where);
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('utf8');
}

/** The config's text; InputError (with `where`, the path users know) for every reason it cannot be had. */
export async function readConfigText(path: string, where: string): Promise<string> {
  const cannotRead = (e: unknown): InputError =>
    e instanceof InputError ? e : new InputError(`cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`, where);
  let file: { fd: number; size: number };
  try {
    file = openRegular(
      path,
      {
        io: (e, step) => (step === 'stat' && (e as NodeJS.ErrnoException).code === 'ENOENT' ? new InputError('file not found', where) : cannotRead(e)),
        notRegular: (s) => new InputError(notRegular(s), where),
      },
      (s) => {
        if (s.size > MAX_CONFIG_BYTES) throw new InputError(tooLarge(s.size), where);
      },
    );
  } catch (e) {
    throw cannotRead(e);
  }
  try {
    // One byte more than allowed tells a file that grew since the stat from one that fits.
    const buf = new Uint8Array(MAX_CONFIG_BYTES + 1);
    let got = 0;
    for (;;) {
      const bytesRead = readSync(file.fd, buf, got, buf.length - got, null);
      if (bytesRead === 0) break;
      got += bytesRead;
      if (got > MAX_CONFIG_BYTES) throw new InputError(tooLarge(Math.max(got, file.size)), where);
    }
    return decodeConfig(buf.subarray(0, got), where);
  } catch (e) {
    throw cannotRead(e);
  } finally {
    closeSync(file.fd);
  }
}
