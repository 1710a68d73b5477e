/**
 * `model-gate --config model-gate.yml --out report/`: the same engine and reports as the action,
 * for a laptop or any CI. Exit codes: 0 pass or warn, 1 fail (or warn with --strict),
 * 2 usage, config or input error.
 */
import { parseArgs } from 'node:util';
import { runGate } from '../engine.js';
import { isIssue, STATUSES, type Family, type Report, type TestResult } from '../results/types.js';
import { writeReports } from '../report/write.js';
import { VERSION } from '../version.js';
import { deliverMetrics, type MetricsRequest } from '../metrics/deliver.js';
import { groupingFromEnv } from '../metrics/grouping.js';
import { MetricsUrlError, pushTarget } from '../metrics/push.js';
import { print, safe, terminalText, withCommandsStopped } from './terminal.js';
import { skippedFamilies, UsageError } from './families.js';
import { runInit } from './init.js';
import { progressOn } from './progress.js';
import { colourEnabled, colourise } from './style.js';

const USAGE = `Usage: model-gate [--config FILE] [--out DIR] [--only F,G | --skip F,G] [--write-predictions FILE] [--strict] [--quiet]
       model-gate init --reference FILE --current FILE [--out model-gate.yml] [--force]

Compares reference and current data (and baseline and candidate models) as the config says,
writes DIR/report.md and DIR/report.json, and exits with the verdict.

Options:
  -c, --config FILE   config file (default: model-gate.yml)
  -o, --out DIR       where to write report.md and report.json (default: model-gate-report)
      --write-predictions FILE
                      write the outputs of the models the gate runs (config models:)
                      on the current rows to this CSV
      --only F,G      run only these test families (quality, drift, performance,
                      differential, model); input always runs
      --skip F,G      run every family but these; the report lists them as skipped
      --strict        exit 1 on a warn verdict too
      --metrics-out FILE
                      write the verdict, counts and every test's value to FILE in the
                      Prometheus text format (see docs/metrics.md)
      --metrics-push-url URL
                      push the same metrics to a Prometheus Pushgateway at URL; a failed
                      push is a warning and never changes the exit code
  -q, --quiet         print only the verdict line, and no progress
  -h, --help          show this help
  -v, --version       print the version

init writes a starter config from two CSV files (model-gate init --help).
Progress is shown on stderr when it is a terminal; colour follows NO_COLOR and FORCE_COLOR.

Exit codes: 0 pass or warn, 1 fail (or warn with --strict), 2 usage, config or input error.`;

export const EXIT = { ok: 0, fail: 1, error: 2 } as const;

export function exitCodeFor(verdict: Report['verdict'], strict: boolean): number {
  if (verdict === 'error') return EXIT.error;
  if (verdict === 'fail') return EXIT.fail;
  if (verdict === 'warn' && strict) return EXIT.fail;
  return EXIT.ok;
}

// Names, columns and messages come from the data: each is escaped before it joins a line.
function line(t: TestResult): string {
  const where = t.column !== undefined ? ` [${safe(t.column)}]` : '';
  return `  ${t.status.toUpperCase().padEnd(5)} ${safe(t.name)}${where}: ${safe(t.message)}`;
}

/** The short text the terminal shows: verdict, counts, the tests that need attention. */
export function verdictText(report: Report, paths: { markdownPath: string; jsonPath: string; htmlPath?: string } | null, quiet: boolean): string {
  const c = report.counts;
  const head = `model-gate: ${report.verdict.toUpperCase()} — ${c.fail} failed, ${c.error} errors, ${c.warn} warnings, ${c.pass} passed${c.info ? `, ${c.info} informational` : ''}, ${c.skip} skipped`;
  if (quiet) return head;
  // STATUSES lists the statuses worst first.
  const attention = report.tests.filter((t) => isIssue(t.status)).sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status));
  const shown = attention.slice(0, 20).map(line);
  if (attention.length > shown.length) shown.push(`  … and ${attention.length - shown.length} more in the report`);
  const out = [head, ...shown];
  // Not checked is not passed: a family left out on request is said so beside the verdict.
  if (report.families) out.push(`Not run (on request): ${report.families.skipped.join(', ')}`);
  if (paths) out.push(`Reports: ${[paths.markdownPath, paths.jsonPath, ...(paths.htmlPath === undefined ? [] : [paths.htmlPath])].map((p) => safe(p)).join(', ')}`);
  return out.join('\n');
}

function messageOf(e: unknown): string {
  return safe(e instanceof Error ? e.message : String(e));
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (argv[0] === 'init') return runInit(argv.slice(1));
  let values: { config?: string; out?: string; 'write-predictions'?: string; 'metrics-out'?: string; 'metrics-push-url'?: string; only?: string; skip?: string; strict?: boolean; quiet?: boolean; help?: boolean; version?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        config: { type: 'string', short: 'c' },
        out: { type: 'string', short: 'o' },
        'write-predictions': { type: 'string' },
        only: { type: 'string' },
        skip: { type: 'string' },
        'metrics-out': { type: 'string' },
        'metrics-push-url': { type: 'string' },
        strict: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (e) {
    print(process.stderr, `model-gate: ${messageOf(e)}\n\n${USAGE}`);
    return EXIT.error;
  }
  if (values.help) {
    print(process.stdout, USAGE);
    return EXIT.ok;
  }
  if (values.version) {
    print(process.stdout, VERSION);
    return EXIT.ok;
  }
  const predictions = values['write-predictions'];
  let skip: ReadonlySet<Family>;
  try {
    skip = skippedFamilies(values.only, values.skip);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    print(process.stderr, `model-gate: ${messageOf(e)}`);
    return EXIT.error;
  }
  const configPath = values.config ?? 'model-gate.yml';
  const pushUrl = values['metrics-push-url'];
  if (pushUrl !== undefined) {
    // A wrong URL is a usage error, found before the run rather than after it.
    try {
      pushTarget(pushUrl, []);
    } catch (e) {
      if (!(e instanceof MetricsUrlError)) throw e;
      print(process.stderr, `model-gate: --metrics-push-url: ${messageOf(e)}`);
      return EXIT.error;
    }
  }
  const metrics: MetricsRequest = {
    grouping: groupingFromEnv(configPath, env),
    ...(values['metrics-out'] !== undefined ? { out: values['metrics-out'] } : {}),
    ...(pushUrl !== undefined ? { pushUrl } : {}),
  };
  return withCommandsStopped(env, process.stdout, () =>
    gate(configPath, values.out ?? 'model-gate-report', values.strict ?? false, values.quiet ?? false, predictions, metrics, { skip, env }),
  );
}

async function gate(
  configPath: string,
  outDir: string,
  strict: boolean,
  quiet: boolean,
  writePredictions?: string,
  metrics?: MetricsRequest,
  run: { skip: ReadonlySet<Family>; env: NodeJS.ProcessEnv } = { skip: new Set(), env: process.env },
): Promise<number> {
  const progress = progressOn(process.stderr, quiet);
  let report: Report;
  try {
    report = await runGate({
      configPath,
      skipFamilies: run.skip,
      ...(writePredictions !== undefined ? { writePredictions } : {}),
      ...(progress ? { onProgress: (stage: string) => progress.stage(stage) } : {}),
    });
  } finally {
    progress?.done();
  }
  const colour = colourEnabled(process.stdout, run.env);
  const show = (text: string) => process.stdout.write(colour ? colourise(terminalText(text)) : terminalText(text));
  let paths: { markdownPath: string; jsonPath: string; htmlPath: string } | null = null;
  try {
    paths = await writeReports(report, outDir);
  } catch (e) {
    print(process.stderr, `model-gate: ${messageOf(e)}`);
    show(verdictText(report, null, quiet));
    return EXIT.error;
  }
  try {
    if (metrics) await deliverMetrics(report, metrics, (m) => print(process.stderr, `model-gate: warning: ${m}`));
  } catch (e) {
    print(process.stderr, `model-gate: --metrics-out: ${messageOf(e)}`);
    show(verdictText(report, paths, quiet));
    return EXIT.error;
  }
  show(verdictText(report, paths, quiet));
  return exitCodeFor(report.verdict, strict);
}
