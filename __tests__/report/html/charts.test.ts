import { describe, expect, it } from 'vitest';
import { chunkChart, chunkSeries } from '../../../src/report/html/chunks.js';
import { calibrationChart, rocChart } from '../../../src/report/html/curves.js';
import { categoryBars, distributionFigures, ecdf, histogram } from '../../../src/report/html/distribution.js';
import { heatmap, MAX_CLASSES } from '../../../src/report/html/matrix.js';
import type { TestResult } from '../../../src/results/types.js';
import { categorical, curves, empty, matrices, numeric, oneValue, QUOTE, XSS } from './fixture.js';
import { coordinates, elements, num, vertices } from './svg-parse.js';

/** Every coordinate a number inside its chart's viewBox (0.5 of slack for stroke rounding). */
function expectInside(html: string): void {
  expect(html).not.toMatch(/NaN|Infinity/);
  const all = coordinates(html);
  expect(all.length).toBeGreaterThan(0);
  for (const c of all) {
    expect(Number.isFinite(c.value), c.what).toBe(true);
    expect(c.value, c.what).toBeGreaterThanOrEqual(-0.5);
    expect(c.value, c.what).toBeLessThanOrEqual(c.max + 0.5);
  }
}

const bars = (s: string, cls: string) => elements(s, 'rect').filter((e) => e.attrs.class === cls);

describe('histogram', () => {
  it('bar heights are each side’s shares of its non-missing values, overflow bins included', () => {
    const s = histogram(numeric())!;
    expectInside(s);
    const ref = bars(s, 'bar ref');
    // Reference: 100 values, none outside the edges: shares 0.1, 0.3, 0.4, 0.2.
    const h = ref.map((e) => num(e, 'height'));
    const unit = h[2] / 0.4;
    expect(h.map((x) => x / unit)).toEqual([0.1, 0.3, 0.4, 0.2].map((x) => expect.closeTo(x, 2)));
    // The current side has 4 values below and 6 above the edges: two lighter end bars, in order.
    const overflow = bars(s, 'bar ref overflow');
    expect(overflow).toHaveLength(2);
    expect(num(overflow[0], 'x')).toBeLessThan(num(ref[0], 'x'));
    expect(num(overflow[1], 'x')).toBeGreaterThan(num(ref[3], 'x'));
    // Bins touch: each starts where the previous one ends (0.5 gap and rounding aside).
    const all = [overflow[0], ...ref, overflow[1]];
    for (let i = 1; i < all.length; i++) expect(num(all[i], 'x')).toBeCloseTo(num(all[i - 1], 'x') + num(all[i - 1], 'width') + 0.5, 0);
  });

  it('the current side is an outline whose levels are its shares (100 values in bins and overflow; 10 missing apart)', () => {
    const s = histogram(numeric())!;
    const step = elements(s, 'path').find((e) => e.attrs.class === 'step cur')!;
    const ref = bars(s, 'bar ref');
    const base = num(ref[0], 'y') + num(ref[0], 'height');
    const unit = num(ref[2], 'height') / 0.4;
    // Horizontal segments, one per bin (below, 4 bins, above).
    const v = vertices(step.attrs.d);
    const levels = [];
    for (let i = 1; i < v.length; i++) if (v[i].y === v[i - 1].y && v[i].x > v[i - 1].x) levels.push((base - v[i].y) / unit);
    expect(levels).toEqual([4, 5, 15, 40, 30, 6].map((c) => expect.closeTo(c / 100, 2)));
  });

  it('a column with one value gets one visible bar over a padded axis', () => {
    const s = histogram(oneValue())!;
    expectInside(s);
    const ref = bars(s, 'bar ref');
    expect(ref).toHaveLength(1);
    expect(num(ref[0], 'width')).toBeGreaterThan(100);
    expect(elements(s, 'text').some((t) => t.text === '7')).toBe(true);
  });

  it('nothing to draw: no values, or edges that are not numbers', () => {
    expect(histogram(empty())).toBeNull();
    expect(histogram(numeric({ edges: [0, NaN, 2] }))).toBeNull();
    expect(distributionFigures(empty())).toContain('No values of all_missing to draw');
    expect(distributionFigures(empty())).toContain('Missing, not drawn: 100% of reference (100), 100% of current (80)');
  });
});

describe('categoryBars', () => {
  it('one pair of bars per category plus “other”, lengths proportional to the shares', () => {
    const s = categoryBars(categorical())!;
    expectInside(s);
    const ref = bars(s, 'bar ref').map((e) => num(e, 'width'));
    const cur = bars(s, 'bar cur').map((e) => num(e, 'width'));
    expect(ref).toHaveLength(4);
    // Reference 50/30/20 of 100, current 40/40/0 + 20 other of 100.
    const unit = ref[0] / 0.5;
    expect(ref.map((w) => w / unit)).toEqual([0.5, 0.3, 0.2, 0].map((x) => expect.closeTo(x, 2)));
    expect(cur.map((w) => w / unit)).toEqual([0.4, 0.4, 0, 0.2].map((x) => expect.closeTo(x, 2)));
  });

  it('hostile category names stay text, in labels and tooltips', () => {
    const s = categoryBars(categorical())!;
    expect(s).not.toContain('<img');
    expect(s).not.toContain('" onmouseover');
    expect(elements(s).map((e) => e.tag).every((t) => ['svg', 'title', 'line', 'text', 'rect'].includes(t))).toBe(true);
    expect(s).toContain(`&quot; onmouseover=&quot;alert(1)`);
    expect(QUOTE).toContain('"');
    expect(distributionFigures(categorical())).toContain('The most frequent categories only');
  });
});

describe('ecdf', () => {
  it('each side’s quantiles as a rising line from level 0 to 1 on a shared value axis', () => {
    const s = ecdf(numeric())!;
    expectInside(s);
    const [ref, cur] = elements(s, 'path');
    const r = vertices(ref.attrs.d);
    const c = vertices(cur.attrs.d);
    expect(r).toHaveLength(5);
    // The current side spans -5..55, the reference 0..40: the shared axis starts at the current minimum.
    expect(c[0].x).toBeLessThan(r[0].x);
    expect(c[4].x).toBeGreaterThan(r[4].x);
    for (let i = 1; i < 5; i++) {
      expect(r[i].x).toBeGreaterThanOrEqual(r[i - 1].x);
      expect(r[i].y).toBeLessThan(r[i - 1].y);
    }
    // Level 0.5 halfway between the levels 0 and 1.
    expect(r[2].y).toBeCloseTo((r[0].y + r[4].y) / 2, 0);
  });

  it('no quantiles, no chart; one value, a padded axis', () => {
    expect(ecdf(categorical())).toBeNull();
    expectInside(ecdf(oneValue())!);
  });
});

describe('heatmap', () => {
  it('a cell per pair, darker for a larger share of its row, the counts written in', () => {
    const [confusion, flip] = matrices();
    const s = heatmap(confusion);
    expectInside(s);
    const cells = elements(s, 'rect');
    expect(cells).toHaveLength(4);
    const darkness = (e: (typeof cells)[number]) => 255 * 3 - [1, 3, 5].reduce((n, i) => n + parseInt(e.attrs.fill.slice(i, i + 2), 16), 0);
    // Row 0: 90 of 100 vs 10 of 100.
    expect(darkness(cells[0])).toBeGreaterThan(darkness(cells[1]));
    expect(darkness(cells[3])).toBeGreaterThan(darkness(cells[2]));
    expect(elements(s, 'text').filter((t) => t.attrs.class?.startsWith('count')).map((t) => t.text)).toEqual(['90', '10', '30', '70']);
    expect(s).not.toContain('<img');
    expect(heatmap(flip)).toContain('baseline ↓');
  });

  it('too many classes or a malformed matrix: a sentence instead of a picture', () => {
    const k = MAX_CLASSES + 1;
    const big = { kind: 'confusion' as const, side: 'current' as const, labels: Array.from({ length: k }, (_, i) => String(i)), counts: Array.from({ length: k }, () => new Array<number>(k).fill(1)) };
    expect(heatmap(big)).toMatch(/^<p class="note">21 classes: too many to draw/);
    expect(heatmap({ ...big, counts: [[1]] })).toContain('not square');
  });
});

describe('ROC and calibration', () => {
  it('curves from (0, 0) to (1, 1) of the unit square, one per model, with the diagonal', () => {
    const s = rocChart(curves());
    expectInside(s);
    const lines = elements(s, 'path');
    expect(lines.map((e) => e.attrs.class)).toEqual(['curve ref', 'curve cur']);
    const diag = elements(s, 'line').find((e) => e.attrs.class === 'diagonal')!;
    const v = vertices(lines[0].attrs.d);
    expect([v[0].x, v[0].y]).toEqual([num(diag, 'x1'), num(diag, 'y1')]);
    expect([v[v.length - 1].x, v[v.length - 1].y]).toEqual([num(diag, 'x2'), num(diag, 'y2')]);
    expect(s).toContain('baseline AUC 0.8, candidate AUC 0.75');
  });

  it('calibration points sit on the diagonal where observed equals predicted', () => {
    const c = curves();
    c[0].calibration = { predicted: [0.2, 0.6], observed: [0.2, 0.6], count: [10, 10] };
    const s = calibrationChart(c.slice(0, 1));
    expectInside(s);
    const diag = elements(s, 'line').find((e) => e.attrs.class === 'diagonal')!;
    const slope = (num(diag, 'y2') - num(diag, 'y1')) / (num(diag, 'x2') - num(diag, 'x1'));
    for (const p of elements(s, 'circle')) {
      expect(num(p, 'cy') - num(diag, 'y1')).toBeCloseTo(slope * (num(p, 'cx') - num(diag, 'x1')), 0);
    }
  });
});

function chunkTest(over: Partial<TestResult> = {}): TestResult {
  return {
    id: 'drift.chunks.age',
    family: 'drift',
    name: `Drift per chunk: ${XSS}`,
    column: XSS,
    method: 'wasserstein_norm',
    status: 'warn',
    severity: 'warn',
    value: 0.2,
    threshold: { on: 'value', bad: 'above', fail: 0.1, text: '≥ 0.1' },
    message: 'm',
    details: {
      chunks: [
        { key: '2026-10-01', rows: 400, value: 0.05, state: 'ok', crossed: false },
        { key: '2026-10-02', rows: 0, value: null, state: 'empty', crossed: false },
        { key: XSS, rows: 410, value: 0.2, state: 'ok', crossed: true },
      ],
    },
    ...over,
  };
}

describe('chunk charts', () => {
  it('a line per series with a gap where a chunk has no value, the limit, the crossing marked', () => {
    const s = chunkChart(chunkTest());
    expectInside(s.slice(0, s.indexOf('</svg>') + 6));
    const line = elements(s, 'path').find((e) => e.attrs.class === 'curve cur')!;
    // Two runs of one point each: the empty chunk in between is not bridged.
    expect(vertices(line.attrs.d).map((v) => v.move)).toEqual([true, true]);
    const limit = elements(s, 'line').find((e) => e.attrs.class === 'limit')!;
    const [a, b] = vertices(line.attrs.d);
    // 0.1 lies between 0.05 and 0.2 on the axis, proportionally.
    expect((num(limit, 'y1') - a.y) / (b.y - a.y)).toBeCloseTo((0.1 - 0.05) / (0.2 - 0.05), 2);
    const marks = elements(s, 'circle').filter((e) => e.attrs.class === 'point crossed');
    expect(marks).toHaveLength(1);
    expect(num(marks[0], 'cx')).toBe(b.x);
    expect(s).not.toContain('<img');
    expect(s).toContain('past the limit');
  });

  it('a limit learned from reference chunks is drawn with them, before the current chunks', () => {
    const t = chunkTest();
    t.details!.reference_chunks = [
      { key: 'r1', rows: 300, value: 0.04 },
      { key: 'r2', rows: 310, value: 0.06 },
    ];
    const c = chunkSeries(t)!;
    expect(c.keys).toEqual(['r1', 'r2', '2026-10-01', '2026-10-02', XSS]);
    expect(c.series.map((x) => [x.name, x.values])).toEqual([
      ['current', [null, null, 0.05, null, 0.2]],
      ['reference chunks', [0.04, 0.06, null, null, null]],
    ]);
    expect(c.marked).toEqual([false, false, false, false, true]);
    const s = chunkChart(t);
    expect(elements(s, 'path').map((e) => e.attrs.class)).toEqual(['curve cur', 'curve ref']);
  });

  it('estimates carry their interval as a band; health checks show the realized values as points', () => {
    const est = chunkTest({
      id: 'performance.estimated.accuracy',
      family: 'performance',
      threshold: null,
      details: {
        chunks: [
          { chunk: 'a', rows: 10, candidate: { value: 0.7, ci: [0.6, 0.8] }, baseline: { value: 0.75, ci: [0.65, 0.85] } },
          { chunk: 'b', rows: 10, candidate: { value: 0.72, ci: [0.62, 0.82] }, baseline: { value: 0.74, ci: [0.64, 0.84] } },
        ],
      },
    });
    const c = chunkSeries(est)!;
    expect(c.keys).toEqual(['a', 'b']);
    expect(c.series.map((x) => x.name)).toEqual(['baseline estimated', 'candidate estimated']);
    expect(elements(chunkChart(est), 'path').filter((e) => e.attrs.class?.startsWith('band'))).toHaveLength(2);
    const health = { ...est, id: 'performance.estimated.accuracy.health', details: { chunks: [{ chunk: 'a', rows: 10, candidate: { estimated: 0.7, realized: 0.5, ci: [0.6, 0.8], diverges: true } }] } };
    const h = chunkChart(health);
    expect(elements(h, 'circle').map((e) => e.attrs.class)).toEqual(['point hollow cur', 'point crossed']);
  });

  it('tests without chunks, change tests and unknown shapes draw nothing', () => {
    expect(chunkChart(chunkTest({ details: {} }))).toBe('');
    expect(chunkChart(chunkTest({ id: 'performance.estimated.accuracy.change' }))).toBe('');
    expect(chunkChart(chunkTest({ id: 'drift.age' }))).toBe('');
    expect(chunkChart(chunkTest({ details: { chunks: [{ key: 'a', rows: 1, value: null, state: 'empty' }] } }))).toContain('No chunk of');
  });
});
