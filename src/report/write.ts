/**
 * Writes the two full reports to disk. Each file is written under a temporary name and renamed,
 * so a reader (the action uploading the artifact, a later workflow step) never sees half a file.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from './model.js';

async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, text, 'utf8');
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** report.md (no size budget) and report.json in `outDir`, which is created if needed. */
export async function writeReports(
  report: Report,
  outDir: string,
): Promise<{ markdownPath: string; jsonPath: string }> {
  const markdownPath = join(outDir, 'report.md');
  const jsonPath = join(outDir, 'report.json');
  // Render before touching the disk, so a rendering bug cannot leave one report without the other.
  const markdown = renderMarkdown(report);
  const json = renderJson(report);
  try {
    await mkdir(outDir, { recursive: true });
    await writeAtomically(markdownPath, markdown);
    await writeAtomically(jsonPath, json);
  } catch (e) {
    // The output directory is the user's choice (--out, working-directory), so failing to write
    // there is an input problem with a one-line message, not a crash.
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' || code === 'EEXIST' ? 'a file is in the way' : (e as Error).message;
    throw new InputError(`cannot write the reports: ${why}`, `output directory ${JSON.stringify(outDir)}`);
  }
  return { markdownPath, jsonPath };
}
