/**
 * GitHub's size caps on each body the action posts, and the one way every body is fitted into its
 * cap: the report renderer's byte budget (it drops detail most-important-last and says where the
 * full report is), checked here once more because an over-long body is a failed API call.
 */
import { renderMarkdownFitted } from '../report/markdown.js';
import type { Report } from '../results/types.js';

/**
 * An issue or PR comment body: 65,536 characters. Budgets are counted in UTF-8 bytes, which are
 * never fewer than characters (or UTF-16 units), so a body within the byte budget is within the cap.
 */
export const COMMENT_MAX = 65_536;
/** A check run's output.summary and output.text, each. */
export const CHECK_OUTPUT_MAX = 65_535;
/** A step's job summary (the runner refuses larger uploads; core.summary does not check). */
export const SUMMARY_MAX = 1024 * 1024;

export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** The longest prefix of at most `max` bytes, cut between characters. */
export function cutUtf8(s: string, max: number): string {
  const buf = Buffer.from(s, 'utf8');
  if (buf.length <= max) return s;
  let n = Math.max(0, max);
  while (n > 0 && (buf[n]! & 0xc0) === 0x80) n--;
  return buf.subarray(0, n).toString('utf8');
}

export interface FitOptions {
  /** The cap for the whole body, in bytes. */
  limit: number;
  /** Text that must open the body (the comment's hidden marker line); counted in the budget. */
  prefix?: string;
  /** Markdown naming where the full report is. Written by the action, not taken from the data. */
  fullReportNote: string;
  title?: string;
  /** Markdown after the title naming the commit and run (links.ts aboutRun). */
  about?: string;
  /** The links line under the header (links.ts reportLinks): full report, check run, workflow run. */
  links?: string;
}

export interface FittedBody {
  body: string;
  /** Detail was left out to fit: this body is not the whole report. */
  cut: boolean;
}

/** The report as markdown within `limit` bytes, `prefix` first. */
export function fitReport(report: Report, opts: FitOptions): string {
  return fitReportBody(report, opts).body;
}

/** fitReport, also saying whether the budget cut anything. */
export function fitReportBody(report: Report, opts: FitOptions): FittedBody {
  const prefix = opts.prefix ?? '';
  const room = opts.limit - utf8Bytes(prefix);
  if (room <= 0) throw new RangeError(`a body limit of ${opts.limit} bytes leaves no room after its prefix`);
  const { markdown, cut } = renderMarkdownFitted(report, {
    maxBytes: room,
    fullReportNote: opts.fullReportNote,
    title: opts.title,
    about: opts.about,
    links: opts.links,
  });
  // The renderer promises the budget; should it ever break it, a cut body still posts, and a
  // GitHub 422 would lose the whole comment.
  const fits = utf8Bytes(markdown) <= room;
  return { body: prefix + (fits ? markdown : cutUtf8(markdown, room)), cut: cut || !fits };
}
