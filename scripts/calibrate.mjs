#!/usr/bin/env node
// `npm run calibrate -- [--quick] [--seed N]`: how often does the whole gate, with default
// settings, cry wolf, and how often does it catch a real change?
//
// Each run writes a seeded reference and current CSV (scripts/calibrate/data.mjs) and the config a
// user would write (roles only), runs the built CLI (dist/cli.js, copied first so a concurrent
// `npm run build` cannot change it mid-run) as a child process exactly as CI would, and reads
// report.json. Scenarios:
//   no change   both files from the same distribution, candidate = baseline model with other noise;
//   0.3σ shift  the current file's `temperature` moved by 0.3 standard deviations (a column the
//               target does not use, so only its own drift test should see it);
//   regression  the candidate lost most of two signals: about −3 pp accuracy.
// Prints a markdown table (stdout) and the tests behind every non-PASS verdict; progress on stderr.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONFIG_YAML, generateCsv, SHIFT_COLUMN } from './calibrate/data.mjs';
import { causesOf, causeText, driftStatus, markdownTable, percent, tally, topCauses } from './calibrate/tally.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const { values: args } = parseArgs({
  options: { quick: { type: 'boolean' }, seed: { type: 'string', default: '1' }, help: { type: 'boolean', short: 'h' } },
});
if (args.help) {
  process.stdout.write('Usage: npm run calibrate -- [--quick] [--seed N]   (or node scripts/calibrate.mjs [--quick] [--seed N] after npm run build)\n');
  process.exit(0);
}
const seed = Number(args.seed);
if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a non-negative integer, got ${args.seed}`);

// Runs per size: the full plan takes 4 to 10 minutes on 2 cores (more when they are busy), --quick
// well under one.
const PLAN = args.quick
  ? [
      { n: 200, noChange: 10, shift: 0, regression: 0 },
      { n: 2_000, noChange: 10, shift: 5, regression: 5 },
      { n: 20_000, noChange: 4, shift: 3, regression: 3 },
    ]
  : [
      { n: 200, noChange: 200, shift: 0, regression: 0 },
      { n: 2_000, noChange: 150, shift: 20, regression: 20 },
      { n: 20_000, noChange: 80, shift: 10, regression: 10 },
      { n: 200_000, noChange: 30, shift: 5, regression: 5 },
    ];
const SHIFT_SD = 0.3;

const distSource = join(root, 'dist');
for (const f of ['cli.js', 'load-worker.js', 'check-worker.js']) {
  if (!existsSync(join(distSource, f))) throw new Error(`dist/${f} not found: run \`npm run build\` first`);
}
const work = mkdtempSync(join(tmpdir(), 'model-gate-calibrate-'));
const dist = join(work, 'dist');
cpSync(distSource, dist, { recursive: true });
const cli = join(dist, 'cli.js');
const caseDir = join(work, 'case');
mkdirSync(caseDir);
writeFileSync(join(caseDir, 'model-gate.yml'), CONFIG_YAML);
const outDir = join(caseDir, 'out');

// Distinct, reproducible seeds for every (scenario, size, run, side).
const SCENARIO_CODE = { noChange: 1, shift: 2, regression: 3 };
const seedOf = (scenario, n, run, side) => (((seed * 7919 + SCENARIO_CODE[scenario]) * 1_000_003 + n) * 4099 + run * 2 + side) >>> 0;

function runOnce(scenario, n, run) {
  writeFileSync(join(caseDir, 'reference.csv'), generateCsv({ n, seed: seedOf(scenario, n, run, 0), regression: scenario === 'regression' }));
  writeFileSync(
    join(caseDir, 'current.csv'),
    generateCsv({ n, seed: seedOf(scenario, n, run, 1), idStart: n, shiftSd: scenario === 'shift' ? SHIFT_SD : 0, regression: scenario === 'regression' }),
  );
  rmSync(outDir, { recursive: true, force: true });
  const child = spawnSync(process.execPath, [cli, '--config', join(caseDir, 'model-gate.yml'), '--out', outDir, '--quiet'], { encoding: 'utf8' });
  const reportPath = join(outDir, 'report.json');
  const report = existsSync(reportPath) ? JSON.parse(readFileSync(reportPath, 'utf8')) : null;
  return { verdict: report ? report.verdict : 'error', causes: causesOf(report, child.stderr || child.stdout), report };
}

const started = Date.now();
const rows = [];
try {
  for (const step of PLAN) {
    const t0 = Date.now();
    const outcomes = [];
    for (let r = 0; r < step.noChange; r++) outcomes.push(runOnce('noChange', step.n, r));
    const shift = { runs: step.shift, drift: 0, notPass: 0 };
    for (let r = 0; r < step.shift; r++) {
      const o = runOnce('shift', step.n, r);
      const s = driftStatus(o.report, SHIFT_COLUMN);
      if (s === 'warn' || s === 'fail') shift.drift++;
      if (o.verdict !== 'pass') shift.notPass++;
    }
    const regression = { runs: step.regression, fail: 0 };
    for (let r = 0; r < step.regression; r++) if (runOnce('regression', step.n, r).verdict === 'fail') regression.fail++;
    const noChange = tally(outcomes);
    rows.push({ n: step.n, noChange, shift, regression });
    process.stderr.write(
      `n=${step.n}: ${step.noChange + step.shift + step.regression} runs in ${((Date.now() - t0) / 1000).toFixed(1)} s; no-change PASS ${percent(noChange.counts.pass / noChange.runs)}\n`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const lines = [markdownTable(rows), ''];
lines.push('Tests behind the non-PASS no-change verdicts (in how many runs the test had the verdict\'s status):', '');
for (const r of rows) {
  const top = topCauses(r.noChange.causes);
  lines.push(`- n = ${r.n.toLocaleString('en-US')}: ${top.length ? top.map((c) => causeText(c, r.noChange.runs)).join(', ') : 'none'}`);
}
lines.push('', `seed ${seed}${args.quick ? ', --quick' : ''}; ${((Date.now() - started) / 1000).toFixed(0)} s on this machine.`);
process.stdout.write(`${lines.join('\n')}\n`);
