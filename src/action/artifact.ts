/**
 * Uploads the full reports (report.md, report.json, and report.html, the one a reviewer opens in a
 * browser; and the event file, which the fork recipe's second workflow needs to
 * find the pull request) as a workflow artifact. An upload failure costs a link, not the verdict:
 * it is a warning.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import { basename } from 'node:path';
import type { Warn } from './api.js';

export async function uploadReports(
  name: string,
  files: readonly string[],
  rootDirectory: string,
  warn: Warn,
): Promise<number | undefined> {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter((v) => !process.env[v]);
  if (missing.length > 0) {
    warn(
      `model-gate: the report artifact "${name}" was not uploaded: ${missing.join(' and ')} not set ` +
        '(the runner sets them for actions; they are missing when the action runs elsewhere). ' +
        'The reports are still on disk (outputs report-markdown and report-json; report.html is beside them).',
    );
    return undefined;
  }
  try {
    const res = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDirectory);
    return res.id;
  } catch (e) {
    warn(
      `model-gate: uploading the report artifact "${name}" (${files.map((f) => basename(f)).join(', ')}) failed: ${(e as Error).message}`,
    );
    return undefined;
  }
}
