/** The workspace check (runGate's `root`, set by the action): inside means inside, by path segment. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../src/engine.js';

function rows(n: number): string {
  return `x,y\n${Array.from({ length: n }, (_, i) => `${i % 17},${i % 2}`).join('\n')}\n`;
}

function inputErrors(report: Awaited<ReturnType<typeof runGate>>): string[] {
  return report.tests.filter((t) => t.family === 'input').map((t) => t.message);
}

describe('runGate root', () => {
  const root = mkdtempSync(join(tmpdir(), 'mg-ws-'));
  mkdirSync(join(root, 'ws'));
  const ws = join(root, 'ws');
  writeFileSync(join(ws, '..ref.csv'), rows(300));
  writeFileSync(join(ws, '..cur.csv'), rows(300));
  writeFileSync(join(root, 'outside.csv'), rows(300));
  symlinkSync(join(root, 'outside.csv'), join(ws, 'link.csv'));

  it('accepts files whose names start with two dots', async () => {
    writeFileSync(join(ws, 'dots.yml'), 'reference: ..ref.csv\ncurrent: ..cur.csv\ncolumns: { target: y }\n');
    const report = await runGate({ configPath: 'dots.yml', cwd: ws, root: ws });
    expect(inputErrors(report)).toEqual([]);
    expect(report.data.current?.rows).toBe(300);
  });

  it('still refuses a parent path and a link that leaves the workspace', async () => {
    writeFileSync(join(ws, 'up.yml'), 'reference: ../outside.csv\ncurrent: ..cur.csv\ncolumns: { target: y }\n');
    expect(inputErrors(await runGate({ configPath: 'up.yml', cwd: ws, root: ws }))[0]).toMatch(/^config key reference \(\.\.\/outside\.csv\) must be inside the workspace/);
    writeFileSync(join(ws, 'link.yml'), 'reference: link.csv\ncurrent: ..cur.csv\ncolumns: { target: y }\n');
    expect(inputErrors(await runGate({ configPath: 'link.yml', cwd: ws, root: ws }))[0]).toMatch(/^config key reference \(link\.csv\) must be inside the workspace/);
  });
});
