import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULTS } from '../../src/action/inputs.js';
import { OUTPUT_NAMES } from '../../src/action/outputs.js';
import { ROOT } from '../helpers/node-binaries.js';

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

describe('action.yml agrees with the code', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares the inputs readInputs reads, with the same defaults', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(
      ['artifact-name', 'check-name', 'comment', 'config', 'event-path', 'fail-on', 'github-token', 'metrics-push-url', 'only', 'skip', 'working-directory'].sort(),
    );
    for (const [name, value] of Object.entries(DEFAULTS)) expect(action.inputs[name]?.default, name).toBe(String(value));
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
  });

  it('declares every output the action sets', () => {
    expect(Object.keys(action.outputs)).toEqual([...OUTPUT_NAMES]);
  });

  it.each(['model-gate.yml', 'fork-1-evaluate.yml', 'fork-2-report.yml'])(
    'examples/workflows/%s passes only declared inputs',
    (file) => {
      const wf = parse(readFileSync(join(ROOT, 'examples', 'workflows', file), 'utf8')) as {
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      const steps = Object.values(wf.jobs).flatMap((j) => j.steps).filter((s) => s.uses?.startsWith('model-gate/model-gate@'));
      expect(steps.length).toBeGreaterThan(0);
      for (const s of steps) for (const k of Object.keys(s.with ?? {})) expect(Object.keys(action.inputs)).toContain(k);
    },
  );
});
