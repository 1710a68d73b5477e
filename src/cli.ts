/** The `model-gate` command: only runs `main`, so tests can import it without side effects. */
import { EXIT, main } from './cli/main.js';
import { print, safe } from './cli/terminal.js';
import { InputError } from './errors.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug, not the user's mistake: say so plainly and keep the stack for the bug report. Either
    // may quote the data, so it is printed escaped like everything else.
    if (e instanceof InputError) print(process.stderr, `model-gate: ${safe(e.message)}`);
    else print(process.stderr, `model-gate: internal error (please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exitCode = EXIT.error;
  },
);
