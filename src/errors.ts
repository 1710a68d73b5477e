/**
 * A mistake in what the user gave us (config, files, flags), as opposed to a bug in model-gate.
 * The CLI turns it into exit code 2 and a one-line message without a stack trace; the engine turns
 * it into an `error` test so that the PR comment explains what went wrong.
 */
export class InputError extends Error {
  /** Where the problem is, for people: `data/current.csv row 12 column "age"`, `config key tests.drift`. */
  readonly where: string | undefined;
  constructor(message: string, where?: string) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'InputError';
    this.where = where;
  }
}

/** Names a position in a CSV file the same way everywhere: file, 1-based line of the file, column. */
export function csvPosition(file: string, line?: number, column?: string): string {
  let s = file;
  if (line !== undefined) s += ` row ${line}`;
  if (column !== undefined) s += ` column ${JSON.stringify(column)}`;
  return s;
}
