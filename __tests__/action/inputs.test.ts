import { describe, expect, it } from 'vitest';
import { envInputReader, readInputs } from '../../src/action/inputs.js';

function inputs(env: Record<string, string>) {
  return readInputs(envInputReader(env));
}

describe('readInputs', () => {
  it('applies the action.yml defaults when nothing is set', () => {
    expect(inputs({})).toEqual({
      config: 'model-gate.yml',
      githubToken: '',
      comment: true,
      checkName: 'model-gate',
      failOn: 'fail',
      artifactName: 'model-gate-report',
      workingDirectory: '.',
      eventPath: '',
    });
  });

  it('reads INPUT_* names the way the runner writes them (upper case, hyphens kept) and trims', () => {
    const r = inputs({
      INPUT_CONFIG: ' gates/prod.yml ',
      'INPUT_GITHUB-TOKEN': 'ghs_x',
      INPUT_COMMENT: 'False',
      'INPUT_CHECK-NAME': 'model-gate (prod)',
      'INPUT_FAIL-ON': 'warn',
      'INPUT_ARTIFACT-NAME': 'prod-report',
      'INPUT_WORKING-DIRECTORY': 'ml',
      'INPUT_EVENT-PATH': 'pr/event.json',
    });
    expect(r).toEqual({
      config: 'gates/prod.yml',
      githubToken: 'ghs_x',
      comment: false,
      checkName: 'model-gate (prod)',
      failOn: 'warn',
      artifactName: 'prod-report',
      workingDirectory: 'ml',
      eventPath: 'pr/event.json',
    });
  });

  it.each(['true', 'True', 'TRUE'])('accepts %s as true', (v) => {
    expect(inputs({ INPUT_COMMENT: v }).comment).toBe(true);
  });
  it.each(['false', 'False', 'FALSE'])('accepts %s as false', (v) => {
    expect(inputs({ INPUT_COMMENT: v }).comment).toBe(false);
  });
  it.each(['yes', 'no', '1', '0', 'on', 'tRue'])('refuses %s for comment, naming the input and the spellings', (v) => {
    expect(() => inputs({ INPUT_COMMENT: v })).toThrow(
      `Input "comment": ${JSON.stringify(v)} is not a boolean; allowed: true | True | TRUE | false | False | FALSE`,
    );
  });

  it.each(['fail', 'warn', 'never'] as const)('accepts fail-on %s', (v) => {
    expect(inputs({ 'INPUT_FAIL-ON': v }).failOn).toBe(v);
  });
  it.each(['Fail', 'error', 'always', 'true'])('refuses fail-on %s, naming the allowed values', (v) => {
    expect(() => inputs({ 'INPUT_FAIL-ON': v })).toThrow(`Input "fail-on": ${JSON.stringify(v)} is not allowed; allowed: fail | warn | never`);
  });

  it('an empty artifact-name turns the upload off; a forbidden character is refused', () => {
    expect(inputs({ 'INPUT_ARTIFACT-NAME': '' }).artifactName).toBe('');
    expect(() => inputs({ 'INPUT_ARTIFACT-NAME': 'a/b' })).toThrow(/Input "artifact-name".*refuses/);
    expect(() => inputs({ 'INPUT_ARTIFACT-NAME': 'a:b' })).toThrow(/Input "artifact-name"/);
  });

  it('refuses a check name that is not one short line', () => {
    expect(() => inputs({ 'INPUT_CHECK-NAME': 'x'.repeat(101) })).toThrow(/Input "check-name"/);
    expect(() => inputs({ 'INPUT_CHECK-NAME': 'a\u0007b' })).toThrow(/Input "check-name"/);
  });
});
