import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { uploadReports } from '../../src/action/artifact.js';

const saved = { ...process.env };
afterEach(() => {
  for (const k of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

function files(): [string, string[]] {
  const dir = mkdtempSync(join(tmpdir(), 'mg-art-'));
  writeFileSync(join(dir, 'report.md'), '# r\n');
  writeFileSync(join(dir, 'report.json'), '{}\n');
  return [dir, [join(dir, 'report.md'), join(dir, 'report.json')]];
}

describe('uploadReports', () => {
  it('outside a runner: one warning naming what is missing, no throw', async () => {
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RESULTS_URL;
    const warnings: string[] = [];
    const [dir, list] = files();
    expect(await uploadReports('model-gate-report', list, dir, (m) => warnings.push(m))).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/"model-gate-report" was not uploaded: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL not set/)]);
  });

  it('a failing upload is a warning naming the artifact and its files, no throw', async () => {
    process.env.ACTIONS_RUNTIME_TOKEN = 'not-a-jwt';
    process.env.ACTIONS_RESULTS_URL = 'http://127.0.0.1:9/';
    const warnings: string[] = [];
    const [dir, list] = files();
    expect(await uploadReports('model-gate-report', list, dir, (m) => warnings.push(m))).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/uploading the report artifact "model-gate-report" \(report\.md, report\.json\) failed: /);
  });
});
