/**
 * How much per-test detail the full reports (report.md, report.json) store, so their size stays
 * bounded whatever the number of columns (100,000 columns once wrote a 336 MB report.json). The
 * tests that decide the verdict are always kept; what is cut is counted in the report.
 */

/** report.md: rows of passing, informational or skipped tests listed per family. */
export const MARKDOWN_PASSING_ROWS = 500;
/** report.md: rows of failing, erroring or warning tests listed per family (report.json has all). */
export const MARKDOWN_ISSUE_ROWS = 2_000;
/** report.json: passing, informational or skipped per-column tests listed (in report order). */
export const JSON_PASSING_COLUMN_TESTS = 1_000;
/** report.json: passing, informational or skipped per-column tests that keep their `details`. */
export const JSON_COLUMN_DETAILS = 200;
/** report.json: failing, erroring or warning per-column tests that keep their `details`. */
export const JSON_ISSUE_COLUMN_DETAILS = 1_000;
