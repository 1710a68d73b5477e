/**
 * `model-gate init --reference a.csv --current b.csv [--out model-gate.yml] [--force]`: reads
 * both files with the gate's own loader, guesses the roles (init-guess.ts), writes a starter
 * config that loads and runs as written, and prints each guess with its reason. An existing file
 * is never replaced without --force.
 */
import { existsSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import { loadPair } from '../data/load.js';
import type { Table } from '../data/table.js';
import { InputError } from '../errors.js';
import { VERSION } from '../version.js';
import { guessRoles, type Guess, type Guesses } from './init-guess.js';
import { print, safe } from './terminal.js';

export const INIT_USAGE = `Usage: model-gate init --reference FILE --current FILE [--out model-gate.yml] [--force]

Reads both CSV files, guesses the target, id, prediction and score columns by name and values,
writes a starter config (with the $schema line editors use) and prints what it guessed and why.

Options:
  -r, --reference FILE  the reference CSV (training data or earlier traffic)
  -c, --current FILE    the current CSV (the candidate's evaluation set or a shadow log)
  -o, --out FILE        the config to write (default: model-gate.yml)
  -f, --force           replace FILE when it exists
  -h, --help            show this help`;

const EXIT = { ok: 0, error: 2 } as const;

// A plain YAML scalar when the name is an ordinary word, else a double-quoted one: JSON's string
// escapes are valid YAML, so a name holding `: `, `#`, quotes or a line break stays one value.
const PLAIN = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const YAML_WORDS = /^(?:true|false|yes|no|on|off|null|y|n)$/i;
export function yamlScalar(text: string): string {
  return PLAIN.test(text) && !YAML_WORDS.test(text) ? text : JSON.stringify(text);
}

/** A path for the config, relative to the config's folder, with forward slashes. */
function fromConfig(configDir: string, file: string): string {
  const rel = relative(configDir, resolve(file));
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

/**
 * The `$schema` an editor can open: the schema shipped with this CLI, by a relative path when it
 * lies under the config's project (installed in node_modules, or a clone), else the released copy
 * of this major version, which stays valid wherever the config moves.
 */
export function schemaRef(configDir: string, cwd: string = process.cwd()): string {
  const here = dirname(fileURLToPath(import.meta.url));
  // dist/cli.js sits one folder below the package root, src/cli/init.ts two.
  const shipped = [resolve(here, '..', 'model-gate.schema.json'), resolve(here, '..', '..', 'model-gate.schema.json')].find((p) => existsSync(p));
  if (shipped) {
    const underProject = relative(resolve(cwd), shipped);
    if (!underProject.startsWith('..') && !isAbsolute(underProject)) return fromConfig(configDir, shipped);
  }
  return `https://raw.githubusercontent.com/model-gate/model-gate/v${VERSION.split('.')[0]}/model-gate.schema.json`;
}

/** The starter config's text: roles as guessed, each with its reason as a comment. */
export function starterConfig(g: Guesses, paths: { reference: string; current: string; schema: string }): string {
  const c = (why: string) => `  # ${safe(why)}`;
  const lines = [
    `# yaml-language-server: $schema=${paths.schema}`,
    '# Written by `model-gate init`: check the guesses, then run `npx model-gate --config <this file>`.',
    '# Every key, test and default: the README of model-gate ("The config").',
    'version: 1',
  ];
  if (g.task) lines.push(`task: ${g.task}`);
  lines.push(`reference: ${yamlScalar(paths.reference)}`, `current: ${yamlScalar(paths.current)}`);
  const roles: string[] = [];
  const role = (key: string, guess: Guess | null | undefined) => {
    if (guess) roles.push(`  ${key}: ${yamlScalar(guess.column)}${c(guess.why)}`);
  };
  role('target', g.target);
  role('id', g.id);
  role('baseline_prediction', g.predictions.baseline);
  role('candidate_prediction', g.predictions.candidate);
  for (const r of ['baseline', 'candidate'] as const) {
    const s = g.scores[r];
    if (!s) continue;
    if (typeof s.columns === 'string') roles.push(`  ${r}_scores: ${yamlScalar(s.columns)}${c(s.why)}`);
    else {
      roles.push(`  ${r}_scores:${c(s.why)}`);
      for (const [label, col] of Object.entries(s.columns)) roles.push(`    ${yamlScalar(label)}: ${yamlScalar(col)}`);
    }
  }
  if (roles.length) lines.push('columns:', ...roles);
  // Families the columns cannot feed are turned off, so the first report shows no skips.
  const tests: string[] = [];
  const predicted = g.predictions.baseline ?? g.predictions.candidate;
  if (!g.target || !predicted) tests.push(`  performance: false${c(!g.target ? 'no target column found' : 'no prediction column found')}`);
  if (!g.predictions.baseline || !g.predictions.candidate) tests.push(`  differential: false${c('needs a baseline and a candidate prediction')}`);
  if (tests.length) lines.push('tests:', ...tests);
  return `${lines.join('\n')}\n`;
}

function describe(name: string, t: Table): string {
  return `${safe(name)} (${t.rowCount.toLocaleString('en-US')} rows, ${t.names.length} columns)`;
}

/** What was guessed and why, for the terminal. */
export function guessReport(g: Guesses): string {
  const line = (key: string, guess: { column: string; why: string } | null | undefined) =>
    guess ? `  ${key}: ${safe(JSON.stringify(guess.column))} — ${safe(guess.why)}` : `  ${key}: none found`;
  const task =
    g.task === 'classification'
      ? 'classification — the target is text or holds at most 20 distinct integers'
      : g.task === 'regression'
        ? 'regression — the target holds fractions or more than 20 distinct integers'
        : 'none (no target: drift and data quality only)';
  const out = [line('target', g.target), `  task: ${task}`, line('id', g.id)];
  out.push(line('baseline prediction', g.predictions.baseline), line('candidate prediction', g.predictions.candidate));
  for (const r of ['baseline', 'candidate'] as const) {
    const s = g.scores[r];
    const cols = s === undefined ? null : typeof s.columns === 'string' ? JSON.stringify(s.columns) : Object.values(s.columns).map((v) => JSON.stringify(v)).join(', ');
    out.push(s ? `  ${r} scores: ${safe(cols!)} — ${safe(s.why)}` : `  ${r} scores: none found`);
  }
  for (const n of g.notUsed) out.push(`  not used: ${safe(JSON.stringify(n.column))} — ${safe(n.why)}`);
  return out.join('\n');
}

export async function runInit(argv: readonly string[], cwd: string = process.cwd()): Promise<number> {
  let values: { reference?: string; current?: string; out?: string; force?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        reference: { type: 'string', short: 'r' },
        current: { type: 'string', short: 'c' },
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean', short: 'f' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (e) {
    print(process.stderr, `model-gate init: ${safe(e instanceof Error ? e.message : String(e))}\n\n${INIT_USAGE}`);
    return EXIT.error;
  }
  if (values.help) {
    print(process.stdout, INIT_USAGE);
    return EXIT.ok;
  }
  if (values.reference === undefined || values.current === undefined) {
    print(process.stderr, `model-gate init: --reference and --current are both needed\n\n${INIT_USAGE}`);
    return EXIT.error;
  }
  const out = resolve(cwd, values.out ?? 'model-gate.yml');
  const shownOut = values.out ?? 'model-gate.yml';
  if (!values.force && existsSync(out)) {
    print(process.stderr, `model-gate init: ${safe(shownOut)} exists; not replaced (use --force to replace it)`);
    return EXIT.error;
  }
  let pair;
  try {
    pair = await loadPair(
      { path: resolve(cwd, values.reference), display: values.reference },
      { path: resolve(cwd, values.current), display: values.current },
      { types: new Map() },
    );
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    print(process.stderr, `model-gate init: ${safe(e.message)}`);
    return EXIT.error;
  }
  const guesses = guessRoles(pair.reference, pair.current);
  const dir = dirname(out);
  const text = starterConfig(guesses, {
    reference: fromConfig(dir, resolve(cwd, values.reference)),
    current: fromConfig(dir, resolve(cwd, values.current)),
    schema: schemaRef(dir, cwd),
  });
  try {
    // `wx` refuses a file that appeared since the check above; --force replaces it.
    const handle = await open(out, values.force ? 'w' : 'wx');
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
  } catch (e) {
    print(process.stderr, `model-gate init: cannot write ${safe(shownOut)}: ${safe(e instanceof Error ? e.message : String(e))}`);
    return EXIT.error;
  }
  // The starter must load as written; a guess the config format refuses is a bug here, said now.
  await loadConfig(out, shownOut);
  print(
    process.stdout,
    [
      `model-gate init: read ${describe(values.reference, pair.reference)} and ${describe(values.current, pair.current)}`,
      guessReport(guesses),
      `Wrote ${safe(shownOut)}. Check the guesses, then run: npx model-gate --config ${safe(shownOut)}`,
    ].join('\n'),
  );
  return EXIT.ok;
}
