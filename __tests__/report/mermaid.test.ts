import { describe, expect, it } from 'vitest';
import { CHART_LIMIT, CHART_POINTS, distributionBars, mermaidNumber, mermaidText, renderXyChart, reportCharts } from '../../src/report/mermaid.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { ColumnDistribution, ReportCharts } from '../../src/results/charts.js';
import type { Status, TestResult } from '../../src/results/types.js';
import { report } from './fixture.js';
import { toHtml } from './gfm.js';

/** The xychart lexer's number: no exponent, no separators. */
const NUM = String.raw`[+-]?(?:\d+(?:\.\d+)?|\.\d+)`;
const STR = String.raw`"[^"\n]+"`;

/**
 * Parses one ```mermaid block by the documented subset of the xychart-beta grammar this renderer
 * writes (title, x-axis [..], y-axis "…" min --> max, bar [..], line [..]), and fails on anything
 * else: a line it does not know, a string a label ended early, a series of the wrong length.
 */
function parseChart(block: string): { title: string; labels: string[]; series: number[][]; range: [number, number] } {
  const lines = block.split('\n');
  expect(lines[0]).toBe('```mermaid');
  expect(lines[1]).toBe('xychart-beta');
  expect(lines[lines.length - 1]).toBe('```');
  const body = lines.slice(2, -1);
  const title = new RegExp(`^    title (${STR})$`).exec(body[0]!);
  const xAxis = new RegExp(`^    x-axis (?:${STR} )?\\[(${STR}(?:, ${STR})*)\\]$`).exec(body[1]!);
  const yAxis = new RegExp(`^    y-axis ${STR} (${NUM}) --> (${NUM})$`).exec(body[2]!);
  expect(title, body[0]).not.toBeNull();
  expect(xAxis, body[1]).not.toBeNull();
  expect(yAxis, body[2]).not.toBeNull();
  const labels = [...xAxis![1]!.matchAll(/"([^"\n]+)"/g)].map((m) => m[1]!);
  const series = body.slice(3).map((l) => {
    const m = new RegExp(`^    (?:bar|line) \\[(${NUM}(?:, ${NUM})*)\\]$`).exec(l);
    expect(m, l).not.toBeNull();
    return m![1]!.split(', ').map(Number);
  });
  expect(series.length).toBeGreaterThan(0);
  for (const s of series) expect(s).toHaveLength(labels.length);
  const range: [number, number] = [Number(yAxis![1]), Number(yAxis![2])];
  for (const s of series) for (const v of s) expect(v >= range[0] && v <= range[1]).toBe(true);
  // Nothing that starts a comment or directive, an entity, HTML, or ends the fence.
  for (const l of body) {
    expect(l).not.toMatch(/%%|`|#|;|&|<|\\/);
    expect(l.replace(' --> ', ' ')).not.toContain('>');
  }
  return { title: title![1]!.slice(1, -1), labels, series, range };
}

function blocks(md: string): string[] {
  return [...md.matchAll(/```mermaid\n[\s\S]*?\n```/g)].map((m) => m[0]);
}

const HOSTILE_NAMES = [
  'a"] \n%%{init: {"theme": "dark"}}%%\nline [1, 2]',
  '</code></pre><script>alert(1)</script>',
  '```\n# heading',
  '#quot; &lt; &#34; ; %',
  'x\u202eevil\u0000',
  'ñandú 数据 🚀 and a very long name that goes on and on',
];

function numeric(column: string, role = 'feature', bins = 50): ColumnDistribution {
  const edges = Array.from({ length: bins + 1 }, (_, i) => i * 2.5);
  return {
    column,
    kind: 'numeric',
    role,
    edges,
    counts: {
      reference: Array.from({ length: bins }, (_, i) => 100 + i),
      current: Array.from({ length: bins }, (_, i) => 300 - i),
    },
    below: { reference: 0, current: 7 },
    above: { reference: 3, current: 0 },
    missing: { reference: 0, current: 0 },
  };
}

function drift(column: string, status: Status): TestResult {
  return {
    id: `drift.${column}`, family: 'drift', name: `Drift: ${column}`, column, method: 'wasserstein_norm', status, severity: 'fail',
    value: 0.3, threshold: { on: 'value', bad: 'above', fail: 0.1, text: '≥ 0.1' }, message: 'drift',
  };
}

describe('mermaidText: data in a Mermaid string', () => {
  it.each(HOSTILE_NAMES)('cannot end the string, the statement or the fence: %j', (name) => {
    const s = mermaidText(name);
    expect(s).not.toMatch(/["`%#;&<>\\\n\r[\]{}]/);
    expect(s).not.toMatch(/[\u0000-\u001f\u202e]/);
    expect([...s].length).toBeLessThanOrEqual(24);
  });

  it('keeps ordinary names as they are', () => {
    expect(mermaidText('months_employed')).toBe('months_employed');
    expect(mermaidText('Macro F1')).toBe('Macro F1');
    expect(mermaidText('größe (€/m²)', 40)).toBe('größe (_/m²)');
    expect(mermaidText('')).toBe('(empty)');
    expect(mermaidText(' \n')).toBe('(empty)');
  });
});

describe('mermaidNumber', () => {
  it('writes plain decimals the lexer reads, 4 significant digits', () => {
    expect(mermaidNumber(0)).toBe('0');
    expect(mermaidNumber(-0)).toBe('0');
    expect(mermaidNumber(12.3456)).toBe('12.35');
    expect(mermaidNumber(-0.000012346)).toBe('-0.00001235');
    expect(mermaidNumber(1.5e-13)).toBe('0');
    expect(mermaidNumber(123456789)).toBe('123456789');
    expect(mermaidNumber(1e300)).toBeNull();
    expect(mermaidNumber(NaN)).toBeNull();
    for (const x of [0.1 + 0.2, 1 / 3, -2 / 3, 7e-7, 99999.5]) expect(mermaidNumber(x)).toMatch(new RegExp(`^${NUM}$`));
  });
});

describe('renderXyChart', () => {
  it('writes the documented statements, one a line', () => {
    const md = renderXyChart({ title: 'T', xLabels: ['a', 'b'], xTitle: 'x', yTitle: 'y', bars: [[1, 2]], lines: [[-1, 0.5]] });
    expect(md).toBe(
      '```mermaid\nxychart-beta\n    title "T"\n    x-axis "x" ["a", "b"]\n    y-axis "y" -1.15 --> 2.15\n    bar [1, 2]\n    line [-1, 0.5]\n```\n\n',
    );
    parseChart(md.trim());
  });

  it('draws nothing rather than something wrong', () => {
    expect(renderXyChart({ title: 'T', xLabels: ['a'], yTitle: 'y', bars: [[1, 2]], lines: [] })).toBe('');
    expect(renderXyChart({ title: 'T', xLabels: ['a'], yTitle: 'y', bars: [[Infinity]], lines: [] })).toBe('');
    expect(renderXyChart({ title: 'T', xLabels: [], yTitle: 'y', bars: [], lines: [] })).toBe('');
  });
});

describe('distributionBars', () => {
  it('groups bins to at most CHART_POINTS bars and shares of each side in %', () => {
    const b = distributionBars(numeric('age'))!;
    expect(b.labels.length).toBeLessThanOrEqual(CHART_POINTS + 2);
    expect(b.labels[0]).toBe('below');
    expect(b.labels[b.labels.length - 1]).toBe('above');
    // 50 bins of 2.5 in groups of 3: the first group spans [0, 7.5), centre 3.75.
    expect(b.labels[1]).toBe('3.75');
    for (const side of ['reference', 'current'] as const) {
      expect(b.shares[side].reduce((a, x) => a + x, 0)).toBeCloseTo(100, 10);
    }
    // The reference's first group: 100 + 101 + 102 of 6,225 + 3 values.
    expect(b.shares.reference[1]).toBeCloseTo((100 * 303) / 6228, 12);
  });

  it('categorical: the first categories, the rest as "other"', () => {
    const cats = Array.from({ length: 40 }, (_, i) => (i === 0 ? '' : `c${i}`));
    const d: ColumnDistribution = {
      column: 'region', kind: 'categorical', role: 'feature', categories: cats,
      counts: { reference: cats.map(() => 10), current: cats.map((_, i) => i) },
      other: { reference: 5, current: 0 }, missing: { reference: 0, current: 0 },
    };
    const b = distributionBars(d)!;
    expect(b.labels).toHaveLength(CHART_POINTS);
    expect(b.labels[CHART_POINTS - 1]).toBe('other');
    expect(b.labels[0]).toBe('(empty)');
    parseChart(renderXyChart({ title: 'T', xLabels: b.labels, yTitle: 'y', bars: [b.shares.reference], lines: [b.shares.current] }).trim());
    expect(b.shares.reference[CHART_POINTS - 1]).toBeCloseTo((100 * (17 * 10 + 5)) / 405, 12);
  });

  it('refuses a shape it cannot draw', () => {
    expect(distributionBars({ ...numeric('a'), edges: [0, 1] })).toBeNull();
    const empty = numeric('a');
    expect(distributionBars({ ...empty, counts: { reference: empty.counts.reference.map(() => 0), current: empty.counts.current }, above: undefined })).toBeNull();
  });
});

describe('reportCharts: which charts, and that hostile names stay inert', () => {
  const changes: TestResult[] = ['Accuracy', 'Recall'].map((label, i) => ({
    id: `performance.${label.toLowerCase()}.change`, family: 'performance', name: `${label} vs baseline`, method: label.toLowerCase(),
    status: 'fail', severity: 'fail', value: -0.05 * (i + 1), threshold: { on: 'value', bad: 'below', fail: -0.01, text: 'Δ ≥ −0.01' },
    message: 'worse', details: { baseline: 0.8, candidate: 0.8 - 0.05 * (i + 1), delta: -0.05 * (i + 1), ci: { lo: -0.06 * (i + 1), hi: -0.04 * (i + 1) }, allowed: 0.01 },
  }));
  const chunk: TestResult = {
    id: 'performance.chunks.accuracy', family: 'performance', name: 'Accuracy per chunk', method: 'accuracy', status: 'fail', severity: 'fail',
    value: null, threshold: { on: 'value', bad: 'below', fail: 0.7, text: '≥ 0.7' }, message: 'chunks',
    details: { chunks: HOSTILE_NAMES.map((key, i) => ({ key, rows: 100, value: 0.6 + i / 20, state: 'ok', crossed: i < 2 })) },
  };
  const dists = HOSTILE_NAMES.map((n) => numeric(n));
  const charts: ReportCharts = {
    distributions: [...dists, numeric('baseline_score', 'baseline_score', 20), numeric('candidate_score', 'candidate_score', 20)],
    curves: [],
    matrices: [],
  };
  const r = report([...changes, ...HOSTILE_NAMES.map((n, i) => drift(n, i % 2 ? 'warn' : 'fail')), drift('calm', 'pass'), chunk], { charts });

  it('at most CHART_LIMIT: changes, drifted columns (failures first), scores, chunks', () => {
    const out = reportCharts(r);
    expect(out).toHaveLength(CHART_LIMIT);
    const parsed = out.map((b) => parseChart(b.trim()));
    expect(parsed[0]!.title).toBe('Change vs baseline: Δ (bars), interval ends (lines)');
    expect(parsed[0]!.labels).toEqual(['Accuracy', 'Recall']);
    expect(parsed[0]!.series).toEqual([[-0.05, -0.1], [-0.06, -0.12], [-0.04, -0.08]]);
    // Three drifted columns (the failing ones first), one chart left for the scores.
    expect(parsed.slice(1, 4).map((p) => p.title.endsWith(': reference (bars) vs current (line)'))).toEqual([true, true, true]);
    expect(parsed[1]!.title.startsWith(mermaidText(HOSTILE_NAMES[0]!))).toBe(true);
    expect(parsed[2]!.title.startsWith(mermaidText(HOSTILE_NAMES[2]!))).toBe(true);
    expect(parsed[4]!.title).toBe('Scores on the current file: baseline (bars) vs candidate (line)');
    expect(parsed[5]!.title).toMatch(/^Accuracy per chunk: accuracy per chunk, limit \(flat line\)$/);
    expect(parsed[5]!.series[1]!.every((v) => v === 0.7)).toBe(true);
    expect(parsed[5]!.labels).toEqual(HOSTILE_NAMES.map((n) => mermaidText(n, 12)));
    expect(out.join('')).not.toContain('calm');
  });

  it('renders in the markdown after the failures, as blocks GitHub draws, the rest of the page intact', () => {
    const md = renderMarkdown(r);
    const found = blocks(md);
    expect(found).toHaveLength(CHART_LIMIT);
    found.forEach((b) => parseChart(b));
    expect(md.indexOf('#### Charts')).toBeGreaterThan(md.indexOf('**Failed**'));
    const html = toHtml(md);
    expect(html.match(/<pre><code class="language-mermaid">/g)).toHaveLength(CHART_LIMIT);
    expect(html).not.toContain('<script');
    // Every fence closed where it should: the markdown after the charts is still markdown.
    expect(html).toContain('<h4>Drift — 3 failed, 3 warnings, 1 passed</h4>');
  });

  it('a report without chart data draws only what its tests carry', () => {
    expect(reportCharts(report(changes)).map((b) => parseChart(b.trim()).title)).toEqual(['Change vs baseline: Δ (bars), interval ends (lines)']);
    expect(reportCharts(report([drift('a', 'fail')]))).toEqual([]);
    expect(renderMarkdown(report(changes), { maxCharts: 0 })).not.toContain('```mermaid');
  });

  it('CBPE estimates per chunk: one line per model, the newest CHART_POINTS chunks', () => {
    const chunks = Array.from({ length: 40 }, (_, i) => ({
      chunk: `2026-10-${String(i + 1).padStart(2, '0')}`, rows: 400,
      candidate: { value: 0.7 + i / 1000, ci: [0.65, 0.75] }, baseline: { value: 0.74, ci: [0.7, 0.78] },
    }));
    const est: TestResult = {
      id: 'performance.estimated.roc_auc', family: 'performance', name: 'Estimated ROC AUC', method: 'cbpe', status: 'info', severity: 'fail',
      value: 0.72, threshold: null, message: 'estimated', details: { chunks },
    };
    const health: TestResult = { ...est, id: 'performance.estimated.roc_auc.health', status: 'warn' };
    const [chart] = reportCharts(report([est, health]));
    const p = parseChart(chart!.trim());
    expect(p.title).toBe('Estimated ROC AUC: estimated per chunk: candidate, then baseline');
    expect(p.labels).toHaveLength(CHART_POINTS);
    expect(p.labels[0]).toBe('2026-10-17');
    expect(p.series[0]![CHART_POINTS - 1]).toBeCloseTo(0.739, 12);
    expect(p.series[1]!.every((v) => v === 0.74)).toBe(true);
  });

  it('thousands of drifted columns still give at most CHART_LIMIT small charts', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `c${i}_${'x'.repeat(200)}`);
    const big = report(many.map((n) => drift(n, 'fail')), { charts: { distributions: many.map((n) => numeric(n)), curves: [], matrices: [] } });
    const out = reportCharts(big);
    expect(out.length).toBeLessThanOrEqual(CHART_LIMIT);
    for (const b of out) {
      parseChart(b.trim());
      expect(Buffer.byteLength(b)).toBeLessThan(2_000);
    }
  });
});
