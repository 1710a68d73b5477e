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
      metricsPushUrl: '',
      skipFamilies: new Set(),
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
      'INPUT_METRICS-PUSH-URL': ' https://u:p@pgw.example:9091 ',
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
      metricsPushUrl: 'https://u:p@pgw.example:9091',
      skipFamilies: new Set(),
    });
  });

  it.each(['pgw.example:9091', 'ftp://u:hunter2@pgw/', 'https://pgw/?hunter2'])('refuses metrics-push-url %s without quoting it', (v) => {
    let err: unknown;
    try {
      inputs({ 'INPUT_METRICS-PUSH-URL': v });
    } catch (e) {
      err = e;
    }
    expect((err as Error).message).toMatch(/^Input "metrics-push-url": the metrics push URL /);
    expect((err as Error).message).not.toContain('hunter2');
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

  it('only and skip choose the families, as the CLI flags do', () => {
    expect(inputs({ INPUT_ONLY: ' drift, quality ' }).skipFamilies).toEqual(new Set(['performance', 'differential', 'model']));
    expect(inputs({ INPUT_SKIP: 'model' }).skipFamilies).toEqual(new Set(['model']));
    expect(() => inputs({ INPUT_SKIP: 'input' })).toThrow(/^Input "skip": the input family always runs/);
    expect(() => inputs({ INPUT_ONLY: 'drfit' })).toThrow(/^Input "only": unknown family "drfit"; choose from quality, drift/);
    expect(() => inputs({ INPUT_ONLY: 'drift', INPUT_SKIP: 'quality' })).toThrow(/^Input "only": cannot be used together with skip/);
  });
});
