import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { InputError } from '../../src/errors.js';
import { loadPair, type LoadedPair } from '../../src/data/load.js';
import { parseFile, type Reader } from '../../src/data/parse-file.js';
import type { ParsedFile } from '../../src/data/parsed.js';
import type { ColumnKind } from '../../src/data/table.js';

const dir = mkdtempSync(join(tmpdir(), 'mg-data-'));
let counter = 0;

/** Writes `content` to a fresh temp file; returns its path. */
export function csvFile(content: string | Buffer, name = 'data.csv'): string {
  const p = join(dir, `${counter++}-${name}`);
  writeFileSync(p, content);
  return p;
}

export function ref(path: string, display = 'ref.csv'): { path: string; display: string } {
  return { path, display };
}

export async function load(
  reference: string,
  current: string,
  types: Record<string, ColumnKind> = {},
  reader?: Reader,
): Promise<LoadedPair> {
  return loadPair(ref(reference, 'ref.csv'), ref(current, 'cur.csv'), {
    types: new Map(Object.entries(types)),
    ...(reader ? { reader } : {}),
  });
}

/** Both readers on one file. */
export async function bothReaders(path: string, hints: [string, ColumnKind][] = []): Promise<[ParsedFile, ParsedFile]> {
  const fast = await parseFile({ path, display: 'x.csv', hints });
  const slow = await parseFile({ path, display: 'x.csv', hints, reader: 'csv-parse' });
  return [fast, slow];
}

/** The InputError a promise rejects with (fails the test if it resolves or throws anything else). */
export async function inputError(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  }
  throw new Error('expected an InputError, got a result');
}

/** Same values bit for bit (NaN equals NaN, -0 differs from 0). */
export function sameFloats(a: Float64Array | null, b: Float64Array | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}
