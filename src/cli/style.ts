/**
 * Colour for the terminal, and only there: on when the stream is a TTY, off when NO_COLOR is set
 * to anything non-empty (https://no-color.org), and FORCE_COLOR decides over both (`0` or
 * `false`: off, anything else: on), as Node's own tty.getColorDepth reads it. CI logs (not a TTY)
 * stay plain, and the action never prints through here.
 */

export interface Stream {
  isTTY?: boolean;
}

export function colourEnabled(stream: Stream, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

const SGR: Record<string, string> = { ERROR: '1;31', FAIL: '1;31', WARN: '33', PASS: '32', INFO: '36', SKIP: '2' };

// Only the status words the CLI itself puts at fixed places: the verdict after "model-gate: " and
// the status that starts each listed test. Data never reaches these places unescaped (control
// characters and line breaks are escaped before this runs), so it cannot borrow a colour.
const VERDICT = /^(model-gate: )(ERROR|FAIL|WARN|PASS)( )/;
const STATUS = /^( {2})(ERROR|FAIL|WARN|PASS|INFO|SKIP)( )/;

/** Colours the status words of printed, already escaped text (lines separated by \n). */
export function colourise(text: string): string {
  const paint = (_: string, pre: string, word: string, post: string) => `${pre}\x1b[${SGR[word]}m${word}\x1b[0m${post}`;
  return text
    .split('\n')
    .map((l) => l.replace(VERDICT, paint).replace(STATUS, paint))
    .join('\n');
}
