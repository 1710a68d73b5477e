// Counting for `npm run calibrate`: what each gate run decided, why, and the markdown table.

export const VERDICTS = ['pass', 'warn', 'fail', 'error'];

/**
 * The tests that set a run's verdict: those whose status is the verdict itself (a warn among
 * failures did not decide anything), as `{ id, status }`. A run that wrote no report (a config or
 * input error before any test) is charged to `input` with the CLI's message.
 * @param {{ verdict: string, tests: { id: string, status: string }[] } | null} report
 * @param {string} [stderr]
 */
export function causesOf(report, stderr = '') {
  if (!report) return [{ id: `input: ${firstLine(stderr) || 'no report written'}`, status: 'error' }];
  if (report.verdict === 'pass') return [];
  return report.tests.filter((t) => t.status === report.verdict).map((t) => ({ id: t.id, status: t.status }));
}

function firstLine(text) {
  return String(text).split('\n').find((l) => l.trim() !== '')?.trim().slice(0, 160) ?? '';
}

/** Status of the drift test of `column` (not the dataset-level one), or `absent`. */
export function driftStatus(report, column) {
  const t = report?.tests.find((x) => x.family === 'drift' && x.column === column && x.id !== 'drift.dataset');
  return t ? t.status : 'absent';
}

/**
 * Tallies verdicts and causes over runs: `{ runs, counts: {pass,…}, causes: Map<id, {runs, warn,
 * fail, error}> }`; a test counts once per run, however many rows or columns it flagged.
 */
export function tally(outcomes) {
  const counts = { pass: 0, warn: 0, fail: 0, error: 0 };
  const causes = new Map();
  for (const o of outcomes) {
    counts[o.verdict]++;
    const seen = new Set();
    for (const { id, status } of o.causes) {
      if (seen.has(id)) continue;
      seen.add(id);
      const c = causes.get(id) ?? { runs: 0, warn: 0, fail: 0, error: 0 };
      c.runs++;
      c[status]++;
      causes.set(id, c);
    }
  }
  return { runs: outcomes.length, counts, causes };
}

/** `k/n (p %)`, or `—` when nothing was run. */
export function share(k, n) {
  if (n === 0) return '—';
  return `${percent(k / n)} (${k}/${n})`;
}

export function percent(x) {
  return `${(100 * x).toFixed(x === 1 || x === 0 ? 0 : 1)} %`;
}

/** The causes of non-pass verdicts, most frequent first, ties by id so the output is stable. */
export function topCauses(causes, limit = 30) {
  return [...causes.entries()].sort((a, b) => b[1].runs - a[1].runs || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).slice(0, limit);
}

/** One cause as text: `` `drift.age` 3/40 (FAIL 1, WARN 2) ``. */
export function causeText([id, c], runs) {
  const by = ['error', 'fail', 'warn'].filter((s) => c[s] > 0).map((s) => `${s.toUpperCase()} ${c[s]}`);
  return `\`${id}\` ${c.runs}/${runs} (${by.join(', ')})`;
}

/**
 * The README table. rows: { n, noChange: tally, shift: { runs, drift, notPass } | null,
 * regression: { runs, fail } | null }.
 */
export function markdownTable(rows) {
  const head = [
    '| rows per side | no-change runs | PASS | WARN | FAIL | ERROR | 0.3σ shift: column drift reported | 0.3σ shift: verdict not PASS | −3 pp accuracy: FAIL |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const body = rows.map((r) => {
    const t = r.noChange;
    const c = (v) => (t.runs ? percent(t.counts[v] / t.runs) : '—');
    const shift = r.shift && r.shift.runs ? [share(r.shift.drift, r.shift.runs), share(r.shift.notPass, r.shift.runs)] : ['—', '—'];
    const reg = r.regression && r.regression.runs ? share(r.regression.fail, r.regression.runs) : '—';
    return `| ${r.n.toLocaleString('en-US')} | ${t.runs} | ${c('pass')} | ${c('warn')} | ${c('fail')} | ${c('error')} | ${shift[0]} | ${shift[1]} | ${reg} |`;
  });
  return [...head, ...body].join('\n');
}
