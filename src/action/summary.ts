/**
 * The job summary: the report on the run's page, written even when the token cannot write to the
 * repository (fork pull requests), so the result is always somewhere people can read it.
 */
import * as core from '@actions/core';
import type { Warn } from './api.js';

/** Appends `markdown` (already fitted to SUMMARY_MAX) to the step's summary; false when it could not. */
export async function writeJobSummary(markdown: string, warn: Warn): Promise<boolean> {
  if (!process.env['GITHUB_STEP_SUMMARY']) {
    // Outside a runner there is nowhere to write; the report files still are.
    core.info('model-gate: GITHUB_STEP_SUMMARY is not set, so no job summary was written.');
    return false;
  }
  try {
    // No trailing EOL added: the body was fitted to the byte limit as it is.
    await core.summary.addRaw(markdown).write();
    return true;
  } catch (e) {
    warn(`model-gate: writing the job summary failed: ${(e as Error).message}`);
    return false;
  } finally {
    core.summary.emptyBuffer();
  }
}
