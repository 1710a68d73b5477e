import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { renderHtml } from '../../src/report/html/page.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { writeReports } from '../../src/report/write.js';
import { fixtureTests, report } from './fixture.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});
async function tmp(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'model-gate-report-'));
  dirs.push(d);
  return d;
}

describe('writeReports', () => {
  it('creates the directory and writes the full reports (markdown, JSON, HTML)', async () => {
    const r = report(fixtureTests());
    const out = join(await tmp(), 'nested', 'report');
    const { markdownPath, jsonPath, htmlPath } = await writeReports(r, out);
    expect(markdownPath).toBe(join(out, 'report.md'));
    expect(jsonPath).toBe(join(out, 'report.json'));
    expect(htmlPath).toBe(join(out, 'report.html'));
    expect(await readFile(markdownPath, 'utf8')).toBe(renderMarkdown(r));
    expect(await readFile(jsonPath, 'utf8')).toBe(renderJson(r));
    expect(await readFile(htmlPath, 'utf8')).toBe(renderHtml(r));
    // Written again over the old files.
    await writeReports(r, out);
    expect(await readFile(jsonPath, 'utf8')).toBe(renderJson(r));
  });

  it('reports an unusable output directory as an input error', async () => {
    const file = join(await tmp(), 'a-file');
    await writeFile(file, 'x');
    const err = await writeReports(report(fixtureTests()), join(file, 'out')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/^output directory ".*a-file\/out": cannot write the reports: /);
  });

  it('creates missing folders level by level, and names a file in the way higher up', async () => {
    const root = await tmp();
    await writeFile(join(root, 'file'), 'x');
    const err = await writeReports(report(fixtureTests()), join(root, 'file', 'a', 'b')).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/: cannot write the reports: a file is in the way$/);
    const deep = join(root, 'a', 'b', 'c', 'd');
    const r = report(fixtureTests());
    await writeReports(r, deep);
    expect(await readFile(join(deep, 'report.json'), 'utf8')).toBe(renderJson(r));
  });
});
