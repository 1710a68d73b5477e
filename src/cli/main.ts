/**
 * `model-gate --config model-gate.yml --out report/`: the same engine and reports as the action,
 * for a laptop or any CI. Exit codes: 0 pass or warn, 1 fail (or warn with --strict),
 * 2 usage, config or input error.
 */
import { parseArgs } from 'node:util';
import { runGate } from '../engine.js';
import { isIssue, STATUSES, type Report, type TestResult } from '../results/types.js';
import { writeReports } from '../report/write.js';
import { VERSION } from '../version.js';
import { print, safe, withCommandsStopped } from './terminal.js';

const USAGE = `Usage: model-gate [--config FILE] [--out DIR] [--write-predictions FILE] [--strict] [--quiet]

Compares reference and current data (and baseline and candidate models) as the config says,
writes DIR/report.md and DIR/report.json, and exits with the verdict.

Options:
  -c, --config FILE   config file (default: model-gate.yml)
  -o, --out DIR       where to write report.md and report.json (default: model-gate-report)
      --write-predictions FILE
                      write the outputs of the models the gate runs (config models:)
                      on the current rows to this CSV
      --strict        exit 1 on a warn verdict too
  -q, --quiet         print only the verdict line
  -h, --help          show this help
  -v, --version       print the version

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
export function verdictText(report: Report, paths: { markdownPath: string; jsonPath: string } | null, quiet: boolean): string {
  const c = report.counts;
  const head = `model-gate: ${report.verdict.toUpperCase()} — ${c.fail} failed, ${c.error} errors, ${c.warn} warnings, ${c.pass} passed${c.info ? `, ${c.info} informational` : ''}, ${c.skip} skipped`;
  if (quiet) return head;
  // STATUSES lists the statuses worst first.
  const attention = report.tests.filter((t) => isIssue(t.status)).sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status));
  const shown = attention.slice(0, 20).map(line);
  if (attention.length > shown.length) shown.push(`  … and ${attention.length - shown.length} more in the report`);
  const out = [head, ...shown];
  if (paths) out.push(`Reports: ${safe(paths.markdownPath)}, ${safe(paths.jsonPath)}`);
  return out.join('\n');
}

function messageOf(e: unknown): string {
  return safe(e instanceof Error ? e.message : String(e));
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let values: { config?: string; out?: string; 'write-predictions'?: string; strict?: boolean; quiet?: boolean; help?: boolean; version?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        config: { type: 'string', short: 'c' },
        out: { type: 'string', short: 'o' },
        'write-predictions': { type: 'string' },
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
  return withCommandsStopped(env, process.stdout, () =>
    gate(values.config ?? 'model-gate.yml', values.out ?? 'model-gate-report', values.strict ?? false, values.quiet ?? false, predictions),
  );
}

async function gate(configPath: string, outDir: string, strict: boolean, quiet: boolean, writePredictions?: string): Promise<number> {
  const report = await runGate({ configPath, ...(writePredictions !== undefined ? { writePredictions } : {}) });
  let paths: { markdownPath: string; jsonPath: string } | null = null;
  try {
    paths = await writeReports(report, outDir);
  } catch (e) {
    print(process.stderr, `model-gate: ${messageOf(e)}`);
    print(process.stdout, verdictText(report, null, quiet));
    return EXIT.error;
  }
  print(process.stdout, verdictText(report, paths, quiet));
  return exitCodeFor(report.verdict, strict);
}
