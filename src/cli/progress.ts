/**
 * A one-line progress display on stderr while a long run works ("reading …", "running drift
 * tests"), for people at a terminal. Only when stderr is a TTY and the run is not --quiet: CI logs
 * (not a TTY) stay free of carriage returns and half-lines. Stages may name files from the config,
 * so each is escaped before it is shown.
 */
import { safe } from './terminal.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  stage(text: string): void;
  /** Clears the line, so the verdict that follows starts clean. */
  done(): void;
}

const CLEAR_LINE = '\r\x1b[2K';

export function progressOn(stream: ProgressStream, quiet: boolean, now: () => number = () => performance.now()): Progress | null {
  if (quiet || stream.isTTY !== true) return null;
  const started = now();
  let shown = false;
  return {
    stage(text) {
      const seconds = ((now() - started) / 1000).toFixed(1);
      const line = `model-gate: ${safe(text)}… (${seconds} s)`;
      // A line longer than the terminal wraps, and \r would then clear only its last row.
      const width = (stream.columns !== undefined && stream.columns >= 20 ? stream.columns : 80) - 1;
      stream.write(CLEAR_LINE + (line.length > width ? `${line.slice(0, Math.max(0, width - 1))}…` : line));
      shown = true;
    },
    done() {
      if (shown) stream.write(CLEAR_LINE);
      shown = false;
    },
  };
}
