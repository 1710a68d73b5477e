/**
 * Sanity of the two models the gate runs. `model.same_file`: baseline and candidate files with the
 * same SHA-256 make every comparison vacuous (a PR that forgot to change the model, or a config
 * that points both roles at one file), so that is a `warn` saying so; different files pass, with
 * both hashes' first 12 hex digits so a reader can tell which builds were compared. Without both
 * models run by the gate there are no two files to compare, and nothing is reported.
 */
import { formatInt } from '../../report/format.js';
import type { TestResult } from '../../results/types.js';
import type { ModelCheck } from './context.js';

export const SAME_FILE_ID = 'model.same_file';

function short(sha256: string): string {
  return sha256.slice(0, 12);
}

export const sanityCheck: ModelCheck = async (ctx) => {
  const { baseline, candidate } = ctx.models;
  if (!baseline || !candidate) return [];
  const b = baseline.info;
  const c = candidate.info;
  const same = b.sha256.toLowerCase() === c.sha256.toLowerCase();
  const files = b.path === c.path ? `both roles are ${b.path}` : `baseline ${b.path}, candidate ${c.path}`;
  const result: TestResult = {
    id: SAME_FILE_ID,
    family: 'model',
    name: 'Baseline and candidate files',
    method: 'sha256',
    status: same ? 'warn' : 'pass',
    severity: 'warn',
    value: null,
    threshold: null,
    message: same
      ? `the baseline and candidate models are the same file (${files}; SHA-256 ${short(c.sha256)}…, ${formatInt(c.bytes)} bytes): every comparison of the two models is vacuous`
      : `the baseline and candidate models are different files (${files}; SHA-256 ${short(b.sha256)}… vs ${short(c.sha256)}…)`,
    details: { same, files: { baseline: { path: b.path, sha256: b.sha256, bytes: b.bytes }, candidate: { path: c.path, sha256: c.sha256, bytes: c.bytes } } },
  };
  return [result];
};
