import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourEnabled, colourise } from '../../src/cli/style.js';
import { progressOn } from '../../src/cli/progress.js';
import { safe, terminalText } from '../../src/cli/terminal.js';
import { ROOT } from '../helpers/node-binaries.js';

const ESC = '\x1b';

describe('colourEnabled', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  it.each([
    [tty, {}, true],
    [pipe, {}, false],
    [tty, { NO_COLOR: '1' }, false],
    [tty, { NO_COLOR: '' }, true], // no-color.org: only a non-empty value counts
    [tty, { TERM: 'dumb' }, false],
    [pipe, { FORCE_COLOR: '1' }, true],
    [tty, { FORCE_COLOR: '0' }, false],
    [tty, { FORCE_COLOR: 'false' }, false],
    [tty, { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
  ] as const)('%o with %o → %s', (stream, env, expected) => {
    expect(colourEnabled(stream, env as NodeJS.ProcessEnv)).toBe(expected);
  });
});

describe('colourise', () => {
  it('colours the verdict and each listed status, nothing else', () => {
    const out = colourise('model-gate: FAIL — 1 failed\n  FAIL  Drift: x: FAIL here\nReports: a, b');
    expect(out).toBe(`model-gate: ${ESC}[1;31mFAIL${ESC}[0m — 1 failed\n  ${ESC}[1;31mFAIL${ESC}[0m  Drift: x: FAIL here\nReports: a, b`);
  });

  it('data cannot borrow a colour: a line break in a name is escaped before colouring', () => {
    const printed = colourise(terminalText(`  WARN  Drift: x: ${safe('column "a\n  FAIL  b"')}`));
    expect(printed).toBe(`  ${ESC}[33mWARN${ESC}[0m  Drift: x: column "a\\n  FAIL  b"\n`);
  });
});

describe('progressOn', () => {
  function stream(isTTY: boolean, columns?: number) {
    const writes: string[] = [];
    return { writes, s: { isTTY, ...(columns !== undefined ? { columns } : {}), write: (t: string) => writes.push(t) } };
  }

  it('is silent when stderr is not a terminal, and with --quiet', () => {
    expect(progressOn(stream(false).s, false)).toBeNull();
    expect(progressOn(stream(true).s, true)).toBeNull();
  });

  it('rewrites one line per stage with the elapsed time, escapes the stage, and clears the line at the end', () => {
    const { writes, s } = stream(true, 100);
    let t = 0;
    const p = progressOn(s, false, () => t)!;
    p.stage('reading a.csv');
    t = 1500;
    p.stage(`reading ${ESC}[31mred\nx.csv`);
    p.done();
    expect(writes[0]).toBe('\r\x1b[2Kmodel-gate: reading a.csv… (0.0 s)');
    expect(writes[1]).toBe('\r\x1b[2Kmodel-gate: reading \\x1b[31mred\\nx.csv… (1.5 s)');
    expect(writes[2]).toBe('\r\x1b[2K');
  });

  it('cuts a stage to the terminal width so that \\r can clear it', () => {
    const { writes, s } = stream(true, 40);
    progressOn(s, false, () => 0)!.stage('x'.repeat(200));
    expect(writes[0]!.length).toBe('\r\x1b[2K'.length + 39);
  });
});

describe('the CLI in a pipe and the action', () => {
  it('prints no colour or progress when stdout and stderr are pipes, colour with FORCE_COLOR', () => {
    const base: NodeJS.ProcessEnv = { ...process.env, GITHUB_ACTIONS: '' };
    delete base.FORCE_COLOR;
    delete base.NO_COLOR;
    const run = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), '--config', 'examples/model-gate.yml', '--out', mkdtempSync(join(tmpdir(), 'mg-c-'))], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...base, ...env },
      });
    const plain = run({});
    expect(plain.stdout + plain.stderr).not.toContain(ESC);
    expect(run({ FORCE_COLOR: '1' }).stdout).toContain(`model-gate: ${ESC}[1;31mFAIL`);
  });

  // util-linux `script` gives the CLI a terminal for stdout and stderr, as a person's shell does.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!hasScript)('on a terminal: a progress line per stage and coloured statuses; NO_COLOR and --quiet as documented', () => {
    const base: NodeJS.ProcessEnv = { ...process.env, GITHUB_ACTIONS: '', TERM: 'xterm' };
    delete base.FORCE_COLOR;
    delete base.NO_COLOR;
    const onTty = (args: string, env: Record<string, string> = {}) =>
      spawnSync('script', ['-qec', `${process.execPath} dist/cli.js --config examples/model-gate.yml --out ${mkdtempSync(join(tmpdir(), 'mg-tty-'))} ${args}`, '/dev/null'], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...base, ...env },
      }).stdout;
    const tty = onTty('');
    expect(tty).toContain('\r\x1b[2Kmodel-gate: reading data/reference.csv and data/current.csv…');
    expect(tty).toContain('\r\x1b[2Kmodel-gate: running drift tests…');
    expect(tty).toContain(`model-gate: ${ESC}[1;31mFAIL${ESC}[0m`);
    const noColour = onTty('', { NO_COLOR: '1' });
    expect(noColour).toContain('model-gate: running drift tests…');
    expect(noColour).toContain('model-gate: FAIL — ');
    expect(noColour).not.toContain(`${ESC}[1;31m`);
    const quiet = onTty('--quiet');
    expect(quiet).not.toContain('running drift tests');
    expect(quiet).toContain(`${ESC}[1;31mFAIL`);
  }, 60_000);

  it('the action never goes through the CLI styling', () => {
    const files = readdirSync(join(ROOT, 'src', 'action'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts'));
    for (const f of files) expect(readFileSync(join(ROOT, 'src', 'action', f), 'utf8')).not.toMatch(/cli\/(style|progress)/);
  });
});
