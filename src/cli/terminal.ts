/**
 * Everything the CLI prints goes through here. Text from the data is escaped where it is put into
 * a line (`safe`), so it cannot start a line of its own; `print` then escapes whatever control
 * characters are left in each line and guards its start, so that no printed line can be read by
 * the GitHub Actions runner as a workflow command (`::error …`, `::add-mask::`, `::stop-commands::`,
 * or the older `##[command]` form; the runner trims leading spaces before it looks).
 */
import { randomBytes } from 'node:crypto';
import { escapeControls } from '../safe-text.js';

/** A piece of text that may come from the data, fit to be placed inside a printed line. */
export function safe(text: string): string {
  return escapeControls(text);
}

const COMMAND_START = /^\s*(?:::|##\[)/;

/** One printed line: escaped, and never starting like a workflow command. */
export function safeLine(line: string): string {
  const s = escapeControls(line);
  return COMMAND_START.test(s) ? `> ${s}` : s;
}

/** `text` (lines separated by \n) made safe line by line, with a final newline. */
export function terminalText(text: string): string {
  return `${text.split('\n').map(safeLine).join('\n')}\n`;
}

export interface Out {
  write(text: string): unknown;
}

/** Writes `text` to `out`, made safe. */
export function print(out: Out, text: string): void {
  out.write(terminalText(text));
}

/**
 * Runs `fn` with the runner's workflow commands switched off when it runs under GitHub Actions
 * (`GITHUB_ACTIONS=true`): GitHub's documented `::stop-commands::<token>` makes the runner ignore
 * every command until it sees `::<token>::`. The escaping above already keeps data from starting a
 * line; this is a second wall should a future message forget it. The token is random so the
 * data cannot guess it and switch commands back on. The CLI issues no workflow command itself, so
 * nothing it needs is lost.
 */
export async function withCommandsStopped<T>(env: NodeJS.ProcessEnv, out: Out, fn: () => Promise<T>): Promise<T> {
  if (env.GITHUB_ACTIONS !== 'true') return fn();
  const token = `model-gate-${randomBytes(16).toString('hex')}`;
  out.write(`::stop-commands::${token}\n`);
  try {
    return await fn();
  } finally {
    out.write(`::${token}::\n`);
  }
}
