import { describe, expect, it } from 'vitest';
import { escapeLabelValue, exposition, formatValue } from '../../src/metrics/exposition.js';
import { PROMTOOL, promtoolCheck, skipWithout } from '../helpers/prometheus.js';

describe('the text exposition format 0.0.4', () => {
  it('escapes exactly backslash, double quote and line feed in label values', () => {
    expect(escapeLabelValue('plain ñ 数据 🚀 {a=1},')).toBe('plain ñ 数据 🚀 {a=1},');
    expect(escapeLabelValue('a\\b')).toBe('a\\\\b');
    expect(escapeLabelValue('say "hi"')).toBe('say \\"hi\\"');
    expect(escapeLabelValue('x\ny')).toBe('x\\ny');
    // A literal backslash-n in the data stays distinguishable from a line feed.
    expect(escapeLabelValue('x\\ny')).toBe('x\\\\ny');
    // Other control characters are legal raw in a label value; only the three are escaped.
    expect(escapeLabelValue('tab\there')).toBe('tab\there');
  });

  it('writes numbers so Go reads them back, and the non-finite values as Prometheus spells them', () => {
    expect(formatValue(0.13)).toBe('0.13');
    expect(formatValue(1e-7)).toBe('1e-7');
    expect(formatValue(1.5e21)).toBe('1.5e+21');
    expect(formatValue(-0)).toBe('0');
    expect(formatValue(Infinity)).toBe('+Inf');
    expect(formatValue(-Infinity)).toBe('-Inf');
    expect(formatValue(NaN)).toBe('NaN');
  });

  it('writes HELP and TYPE once per family, omits null samples, keeps the given order', () => {
    const text = exposition([
      {
        name: 'model_gate_b',
        help: 'Second \\ with a\nbreak.',
        type: 'gauge',
        samples: [
          { labels: [['k', 'z']], value: 2 },
          { labels: [['k', 'a']], value: null },
          { labels: [['k', 'q"']], value: -Infinity },
        ],
      },
      { name: 'model_gate_a', help: 'First.', type: 'gauge', samples: [{ labels: [], value: 1 }] },
      { name: 'model_gate_empty', help: 'Nothing measured.', type: 'gauge', samples: [{ labels: [], value: null }] },
    ]);
    expect(text).toBe(
      [
        '# HELP model_gate_b Second \\\\ with a\\nbreak.',
        '# TYPE model_gate_b gauge',
        'model_gate_b{k="z"} 2',
        'model_gate_b{k="q\\""} -Inf',
        '# HELP model_gate_a First.',
        '# TYPE model_gate_a gauge',
        'model_gate_a 1',
        '# HELP model_gate_empty Nothing measured.',
        '# TYPE model_gate_empty gauge',
        '',
      ].join('\n'),
    );
  });

  it('refuses a metric or label name that is not a Prometheus name (names are code, never data)', () => {
    expect(() => exposition([{ name: 'model gate', help: 'x', type: 'gauge', samples: [] }])).toThrow(/invalid metric name/);
    expect(() => exposition([{ name: 'm', help: 'x', type: 'gauge', samples: [{ labels: [['a-b', 'v']], value: 1 }] }])).toThrow(/invalid label name/);
    expect(() => exposition([{ name: 'm', help: 'x', type: 'gauge', samples: [{ labels: [['__name__', 'v']], value: 1 }] }])).toThrow(/invalid label name/);
  });

  it.skipIf(skipWithout(PROMTOOL, 'promtool', 'prometheus'))('promtool accepts escaped values and non-finite numbers', () => {
    const text = exposition([
      {
        name: 'model_gate_test_value',
        help: 'x',
        type: 'gauge',
        samples: [
          { labels: [['column', 'a"b\\c\nd']], value: NaN },
          { labels: [['column', 'e']], value: Infinity },
          { labels: [['column', 'f']], value: 1e-300 },
        ],
      },
    ]);
    expect(promtoolCheck(text)).toEqual({ code: 0, output: '' });
  });
});
