import { describe, expect, it } from 'vitest';
import { choosePositive, encodeClasses, labelConfigProblems, sortClasses, stringCodes, type KnownLabels } from '../../src/checks/labels.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { GateConfig } from '../../src/config/types.js';
import { TopK } from '../../src/checks/topk.js';
import { makeTable } from '../helpers/tables.js';

describe('labels', () => {
  it('numbers and text agree by string form', () => {
    const t = makeTable('t.csv', { n: [1, 0, null, 1, -0], s: ['1', '0', '', '1', '0'] });
    const n = stringCodes(t.columns.get('n')!);
    const s = stringCodes(t.columns.get('s')!);
    const index = new Map(sortClasses([...n.dictionary, ...s.dictionary]).map((c, i) => [c, i] as const));
    expect([...encodeClasses(n, index)]).toEqual([1, 0, -1, 1, 0]);
    expect([...encodeClasses(s, index)]).toEqual([1, 0, -1, 1, 0]);
  });

  it('sorts numeric labels numerically and text by code units', () => {
    expect(sortClasses(['10', '2', '1', '2'])).toEqual(['1', '2', '10']);
    expect(sortClasses(['b', 'B', 'a', '10', '9'])).toEqual(['10', '9', 'B', 'a', 'b']);
  });

  it('chooses the positive class by config, convention, then second in order', () => {
    expect(choosePositive(['neg', 'pos'], 'neg').positive).toBe(0);
    expect(choosePositive(['0', '1'], null).positive).toBe(1);
    expect(choosePositive(['True', 'False'].sort(), null)).toMatchObject({ positive: 1 }); // ['False', 'True']
    expect(choosePositive(['no', 'yes'], null).positive).toBe(1);
    expect(choosePositive(['1', '2'], null).positive).toBe(0);
    const second = choosePositive(['ham', 'spam'], null);
    expect(second.positive).toBe(1);
    expect(second.note).toContain('second class');
    expect(choosePositive(['a', 'b', 'c'], null).positive).toBeNull();
    const added = choosePositive(['0'], '1');
    expect(added.classes).toEqual(['0', '1']);
    expect(added.positive).toBe(1);
    const wrong = choosePositive(['a', 'b'], 'c');
    expect(wrong.positive).toBeNull();
    expect(wrong.note).toContain('not among the labels');
  });
});

describe('TopK', () => {
  it('keeps the k largest keys, earlier rows first on ties, NaN last', () => {
    const keys = [3, 9, NaN, 9, 1, 7, 9, 0, 8];
    const top = new TopK(4);
    keys.forEach((k, i) => top.offer(i, k));
    expect(top.result().map((x) => x.row)).toEqual([1, 3, 6, 8]);
    const all = new TopK(20);
    keys.forEach((k, i) => all.offer(i, k));
    expect(all.result().map((x) => x.row)).toEqual([1, 3, 6, 8, 5, 0, 4, 7, 2]);
    const none = new TopK(0);
    none.offer(0, 1);
    expect(none.result()).toEqual([]);
  });

  it('agrees with a full sort on random keys', () => {
    let s = 12345;
    const keys = Array.from({ length: 5000 }, () => ((s = (s * 1103515245 + 12345) % 2147483648), s % 1000));
    const top = new TopK(25);
    keys.forEach((k, i) => top.offer(i, k));
    const expected = keys.map((k, i) => ({ k, i })).sort((a, b) => b.k - a.k || a.i - b.i).slice(0, 25).map((x) => x.i);
    expect(top.result().map((x) => x.row)).toEqual(expected);
  });
});

describe('labelConfigProblems', () => {
  const known = (classes: string[], dataLabels = classes): KnownLabels => ({ classes, dataLabels, source: 'the "y" column of ref.csv', checkable: true });
  const cfg = (columns: Partial<GateConfig['columns']>): GateConfig => {
    const c = defaultConfig('ref.csv', 'cur.csv');
    Object.assign(c.columns, columns);
    return c;
  };

  it('refuses a positive class that is not a known class, suggesting the same label in another case', () => {
    expect(labelConfigProblems(cfg({ positive_class: 'Yes' }), known(['no', 'yes']))).toEqual([
      'config key columns.positive_class: "Yes" is not one of the classes ("no", "yes"; from the "y" column of ref.csv): did you mean "yes"?',
    ]);
    expect(labelConfigProblems(cfg({ positive_class: 'churned' }), known(['0', '1']))).toEqual([
      'config key columns.positive_class: "churned" is not one of the classes ("0", "1"; from the "y" column of ref.csv)',
    ]);
    expect(labelConfigProblems(cfg({ positive_class: 'yes' }), known(['no', 'yes']))).toEqual([]);
  });

  it('refuses score-map keys that are no label of the data, naming the key', () => {
    const c = cfg({ candidate_scores: { Billing: 'sb', support: 'ss' }, baseline_scores: { billing: 'bb', 'sup port': 'bs' } });
    expect(labelConfigProblems(c, known(['Billing', 'billing', 'support', 'sup port'], ['billing', 'support']))).toEqual([
      'config key columns.baseline_scores."sup port": "sup port" is not a label of the target or predictions (their labels: "billing", "support"): did you mean "support"?',
      'config key columns.candidate_scores.Billing: "Billing" is not a label of the target or predictions (their labels: "billing", "support"): did you mean "billing"?',
    ]);
    // Scores alone (no target or prediction anywhere) define the classes: nothing to check against.
    expect(labelConfigProblems(c, known(['Billing', 'support'], []))).toEqual([]);
  });
});
