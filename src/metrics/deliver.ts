/**
 * What the CLI and the action do with the metrics once the report exists: write the file the user
 * asked for, push to the Pushgateway. Writing is an output the user asked for, so a failure to
 * write is the caller's error to report; a failed push is only a warning.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import type { Report } from '../results/types.js';
import { pushMetrics, pushTarget, type Grouping, type PushOptions } from './push.js';
import { reportMetrics } from './report-metrics.js';

export interface MetricsRequest {
  /** Write the metrics to this file. */
  out?: string;
  /** Push them to this Pushgateway (already checked with pushTarget). */
  pushUrl?: string;
  grouping: Grouping;
  push?: PushOptions;
}

/** Writes and pushes as requested; a push failure goes to `warn`. Rejects only when the file cannot be written. */
export async function deliverMetrics(report: Report, req: MetricsRequest, warn: (message: string) => void, info?: (message: string) => void): Promise<void> {
  if (req.out === undefined && req.pushUrl === undefined) return;
  const text = reportMetrics(report);
  // Push first: a file that cannot be written should not also cost the push.
  if (req.pushUrl !== undefined) {
    const target = pushTarget(req.pushUrl, req.grouping);
    const outcome = await pushMetrics(target, text, req.push);
    if (outcome.ok) info?.(`metrics pushed to ${target.shown}`);
    else warn(outcome.message);
  }
  if (req.out !== undefined) await writeAtomically(req.out, text);
}

/**
 * Written beside the target and renamed over it, so a reader polling the file (node_exporter's
 * textfile collector reads `*.prom`) never sees half of it; the temporary name does not end in `.prom`.
 */
async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    const why = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
    throw new Error(`cannot write ${JSON.stringify(path)} (${why})`);
  }
}
