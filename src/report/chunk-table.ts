/**
 * The per-chunk table of the markdown report: one row per current chunk, one column per
 * `drift.chunks.<column>` or `performance.chunks.<metric>` test, the value of each chunk with ✗
 * where it crossed its limit, and each test's limit below. Bounded: the columns with issues first,
 * at most CHUNK_TABLE_COLUMNS of them; at most CHUNK_TABLE_ROWS chunks, those with a ✗ kept first
 * (in chunk order). report.json holds every chunk of every test.
 */
import { escapeText } from './escape.js';
import { formatInt, formatNumber, formatPValue, MISSING } from './format.js';
import { isIssue, type TestResult } from '../results/types.js';

export const CHUNK_TABLE_ROWS = 60;
export const CHUNK_TABLE_COLUMNS = 8;
const CAP = { head: 60, key: 40, text: 200 };

interface Row {
  key: string;
  rows: number;
  value: number | null;
  state: string;
  crossed: boolean;
}

function rowsOf(t: TestResult): Row[] | null {
  const c = t.details?.chunks;
  return Array.isArray(c) && c.every((r) => r !== null && typeof r === 'object' && typeof (r as Row).key === 'string') ? (c as Row[]) : null;
}

function cell(r: Row | undefined, p: boolean): string {
  if (!r) return MISSING;
  if (r.state !== 'ok' || typeof r.value !== 'number') return r.state === 'ok' ? MISSING : escapeText(r.state, 20);
  return `${p ? formatPValue(r.value) : formatNumber(r.value)}${r.crossed ? ' ✗' : ''}`;
}

/** The chunk tests' table, or '' when there are none; `title` names what the columns are. */
export function chunkTable(tests: readonly TestResult[], prefix: string, title: string, open: boolean): string {
  const all = tests.filter((t) => t.id.startsWith(prefix) && rowsOf(t) !== null);
  if (all.length === 0) return '';
  const cols = [...all.filter((t) => isIssue(t.status)), ...all.filter((t) => !isIssue(t.status))].slice(0, CHUNK_TABLE_COLUMNS);
  const rows = cols.map((t) => rowsOf(t)!);
  const keys = rows[0].map((r) => r.key);
  const crossed = keys.map((_, i) => rows.some((rs) => rs[i]?.crossed === true));
  let shown = keys.map((_, i) => i);
  if (shown.length > CHUNK_TABLE_ROWS) {
    const marked = shown.filter((i) => crossed[i]);
    const rest = shown.filter((i) => !crossed[i]);
    shown = [...marked, ...rest].slice(0, CHUNK_TABLE_ROWS).sort((a, b) => a - b);
  }
  const isP = cols.map((t) => t.threshold?.on === 'p_value');
  const head = cols.map((t) => escapeText(t.column ?? t.method, CAP.head) + (isP[cols.indexOf(t)] ? ' (p)' : ''));
  let table = `| Chunk | Rows | ${head.join(' | ')} |\n|---|---|${cols.map(() => '---').join('|')}|\n`;
  for (const i of shown) {
    table += `| ${escapeText(keys[i], CAP.key)} | ${formatInt(rows[0][i].rows)} | ${rows.map((rs, c) => cell(rs[i], isP[c])).join(' | ')} |\n`;
  }
  const limits = cols.map((t) => `- ${escapeText(t.column ?? t.method, CAP.head)}: ${t.threshold ? escapeText(t.threshold.text, CAP.text) : 'no limit set'}`).join('\n');
  const cut: string[] = [];
  if (shown.length < keys.length) cut.push(`${formatInt(shown.length)} of ${formatInt(keys.length)} chunks shown, those with ✗ first`);
  if (cols.length < all.length) cut.push(`${formatInt(cols.length)} of ${formatInt(all.length)} tests shown, issues first`);
  const note = cut.length ? `\n${cut.join('; ')}; report.json has them all.\n` : '';
  return `<details${open ? ' open' : ''}><summary>${title}: ✗ marks a chunk past its limit</summary>\n\n${table}\n${limits}\n${note}</details>\n\n`;
}
