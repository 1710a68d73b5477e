import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CHARTS_JSON_SCHEMA, chartsToJson, compactNumberArrays } from '../../src/charts/json.js';
import type { ReportCharts } from '../../src/results/charts.js';

const charts: ReportCharts = {
  distributions: [
    {
      column: 'x', kind: 'numeric', role: 'feature', edges: [0, 1, 2],
      counts: { reference: [1, 2], current: [0, 3] }, below: { reference: 0, current: 1 }, above: { reference: 1, current: 0 },
      missing: { reference: 0, current: 0 }, quantiles: { levels: [0, 1], reference: [0.5, 3], current: [-1, 1.5] },
    },
    {
      column: 'c"]\n[', kind: 'categorical', role: 'feature', categories: ['a', '[\n1\n]'], truncated: true,
      counts: { reference: [2, 1], current: [1, 1] }, other: { reference: 1, current: 0 }, missing: { reference: 0, current: 1 },
    },
  ],
  curves: [
    {
      model: 'candidate', side: 'current', positive: 'yes', rows: 4,
      roc: { fpr: [0, 0.5, 1], tpr: [0, 1, 1], auc: 0.75, points: 5, area_error: 0.01 },
      calibration: { predicted: [0.2], observed: [0.25], count: [4] },
    },
  ],
  matrices: [{ kind: 'confusion', model: 'baseline', side: 'current', labels: ['0', '1'], counts: [[1, 2], [3, 4]] }],
  truncated: { distributions: 3, matrices: 0 },
};

describe('charts JSON', () => {
  it('is valid against its schema, with every field', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(CHARTS_JSON_SCHEMA);
    const json = chartsToJson(charts);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(JSON.parse(JSON.stringify(json))).toEqual(charts);
  });

  it('writes a non-finite number as null rather than invalid JSON', () => {
    const bad: ReportCharts = { ...charts, curves: [{ ...charts.curves[0]!, roc: { fpr: [0, 1], tpr: [0, 1], auc: NaN } }] };
    expect((chartsToJson(bad) as { curves: { roc: { auc: unknown } }[] }).curves[0]!.roc.auc).toBeNull();
  });

  it('puts arrays of numbers on one line and leaves strings alone', () => {
    const text = JSON.stringify(chartsToJson(charts), null, 2);
    const compact = compactNumberArrays(text);
    expect(JSON.parse(compact)).toEqual(JSON.parse(text));
    expect(compact).toContain('"edges": [0, 1, 2]');
    expect(compact).toContain('"counts": [\n        [1, 2],\n        [3, 4]\n      ]');
    expect(compact).toContain('"categories": [\n        "a",\n        "[\\n1\\n]"\n      ]');
    expect(compact.length).toBeLessThan(text.length);
  });
});
