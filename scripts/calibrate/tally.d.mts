// Types for scripts/calibrate/tally.mjs, which the tests import.
export type RunVerdict = 'pass' | 'warn' | 'fail' | 'error';
export interface Cause {
  id: string;
  status: 'warn' | 'fail' | 'error';
}
export interface CauseCount {
  runs: number;
  warn: number;
  fail: number;
  error: number;
}
export interface Tally {
  runs: number;
  counts: Record<RunVerdict, number>;
  causes: Map<string, CauseCount>;
}
interface ReportLike {
  verdict: string;
  tests: { id: string; status: string; family?: string; column?: string }[];
}
export declare const VERDICTS: readonly RunVerdict[];
export declare function causesOf(report: ReportLike | null, stderr?: string): Cause[];
export declare function driftStatus(report: ReportLike | null, column: string): string;
export declare function tally(outcomes: readonly { verdict: RunVerdict; causes: readonly Cause[] }[]): Tally;
export declare function share(k: number, n: number): string;
export declare function percent(x: number): string;
export declare function topCauses(causes: Map<string, CauseCount>, limit?: number): [string, CauseCount][];
export declare function causeText(entry: [string, CauseCount], runs: number): string;
export declare function markdownTable(
  rows: readonly {
    n: number;
    noChange: Tally;
    shift: { runs: number; drift: number; notPass: number } | null;
    regression: { runs: number; fail: number } | null;
  }[],
): string;
