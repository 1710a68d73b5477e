/** The step's outputs, for later steps: always all of them, empty strings where there is nothing. */
import * as core from '@actions/core';
import type { Report } from '../results/types.js';

export interface OutputValues {
  report: Report;
  markdownPath: string;
  jsonPath: string;
  commentUrl?: string;
  checkUrl?: string;
}

export const OUTPUT_NAMES = [
  'verdict',
  'passed',
  'warnings',
  'failed',
  'errors',
  'informational',
  'skipped',
  'report-markdown',
  'report-json',
  'comment-url',
  'check-url',
] as const;

export function outputValues(v: OutputValues): Record<(typeof OUTPUT_NAMES)[number], string> {
  const c = v.report.counts;
  return {
    verdict: v.report.verdict,
    passed: String(c.pass),
    warnings: String(c.warn),
    failed: String(c.fail),
    errors: String(c.error),
    informational: String(c.info),
    skipped: String(c.skip),
    'report-markdown': v.markdownPath,
    'report-json': v.jsonPath,
    'comment-url': v.commentUrl ?? '',
    'check-url': v.checkUrl ?? '',
  };
}

export function setOutputs(v: OutputValues): void {
  for (const [name, value] of Object.entries(outputValues(v))) core.setOutput(name, value);
}
