/** The `model-gate` command: only runs `main`, so tests can import it without side effects. */
import { EXIT, main } from './cli/main.js';
import { InputError } from './errors.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // A bug, not the user's mistake: say so plainly and keep the stack for the bug report.
    if (e instanceof InputError) process.stderr.write(`model-gate: ${e.message}\n`);
    else process.stderr.write(`model-gate: internal error (please report it): ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = EXIT.error;
  },
);
