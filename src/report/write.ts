/**
 * Writes the full reports to disk (report.md, report.json, report.html). Each file is written under a temporary name and renamed,
 * so a reader (the action uploading the artifact, a later workflow step) never sees half a file.
 */
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { renderHtml } from './html/page.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { Report } from '../results/types.js';

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

/**
 * Creates `dir` and any missing parents, one level at a time. Not `mkdir(…, { recursive: true })`:
 * where the kernel answers ENOENT for a folder whose parent exists (/proc, some FUSE mounts),
 * Node's recursive mkdir retries forever. Here each missing level is tried once, so the worst case
 * is one error for the deepest existing parent.
 */
async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let p = resolve(dir); ; ) {
    const st = await stat(p).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null;
      throw e;
    });
    if (st) {
      if (st.isDirectory()) break;
      throw Object.assign(new Error(`${p} is not a folder`), { code: 'ENOTDIR' });
    }
    missing.push(p);
    const parent = dirname(p);
    if (parent === p) break;
    p = parent;
  }
  for (const p of missing.reverse()) {
    try {
      await mkdir(p);
    } catch (e) {
      // Made meanwhile by someone else (another step writing the same reports): as good as ours.
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && (await stat(p)).isDirectory()) continue;
      throw Object.assign(e as Error, { folder: p });
    }
  }
}

export interface ReportPaths {
  markdownPath: string;
  jsonPath: string;
  htmlPath: string;
}

/** report.md (no size budget), report.json and report.html in `outDir`, which is created if needed. */
export async function writeReports(report: Report, outDir: string): Promise<ReportPaths> {
  const markdownPath = join(outDir, 'report.md');
  const jsonPath = join(outDir, 'report.json');
  const htmlPath = join(outDir, 'report.html');
  // Render before touching the disk, so a rendering bug cannot leave one report without the others.
  const markdown = renderMarkdown(report);
  const json = renderJson(report);
  const html = renderHtml(report);
  try {
    await makeDirectory(outDir);
    await writeAtomically(markdownPath, markdown);
    await writeAtomically(jsonPath, json);
    await writeAtomically(htmlPath, html);
  } catch (e) {
    // The output directory is the user's choice (--out, working-directory), so failing to write
    // there is an input problem with a one-line message, not a crash.
    const code = (e as NodeJS.ErrnoException).code;
    const folder = (e as { folder?: string }).folder;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EROFS'
          ? 'the file system is read-only'
          : code === 'ENOTDIR' || code === 'EEXIST'
            ? 'a file is in the way'
            : folder !== undefined
              ? `the folder ${JSON.stringify(folder)} cannot be created (${code ?? 'unknown error'})`
              : (e as Error).message;
    throw new InputError(`cannot write the reports: ${why}`, `output directory ${JSON.stringify(outDir)}`);
  }
  return { markdownPath, jsonPath, htmlPath };
}
