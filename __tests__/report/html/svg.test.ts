import { describe, expect, it } from 'vitest';
import { band, coord, linear, niceTicks, padded, path, svg, text, tickLabel } from '../../../src/report/html/svg.js';
import { XSS } from './fixture.js';
import { elements, vertices } from './svg-parse.js';

describe('linear', () => {
  it('maps the domain onto the range, inverted ranges included (SVG y grows downwards)', () => {
    const x = linear(0, 10, 40, 140);
    expect([x(0), x(2.5), x(10), x(-1)]).toEqual([40, 65, 140, 30]);
    const y = linear(0, 1, 200, 20);
    expect([y(0), y(0.5), y(1)]).toEqual([200, 110, 20]);
  });

  it('maps a one-point or broken domain to the middle instead of dividing by zero', () => {
    expect(linear(5, 5, 0, 100)(5)).toBe(50);
    expect(linear(NaN, 1, 0, 100)(0.3)).toBe(50);
    expect(linear(0, Infinity, 0, 100)(3)).toBe(50);
  });
});

describe('padded', () => {
  it('leaves a real span alone and pads a single value by 5 % of it (0.5 around zero)', () => {
    expect(padded(1, 3)).toEqual([1, 3]);
    expect(padded(200, 200)).toEqual([190, 210]);
    expect(padded(-40, -40)).toEqual([-42, -38]);
    expect(padded(0, 0)).toEqual([-0.5, 0.5]);
    expect(padded(NaN, 1)).toEqual([0, 1]);
  });
});

describe('niceTicks', () => {
  it('steps of 1, 2 or 5 times a power of ten inside the domain', () => {
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(0, 0.37, 4)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(niceTicks(13, 97, 4)).toEqual([20, 40, 60, 80]);
    expect(niceTicks(-0.004, 0.011, 3)).toEqual([0, 0.005, 0.01]);
    expect(niceTicks(12759, 146647, 4)).toEqual([50000, 100000]);
  });

  it('no float noise in the values (0.30000000000000004 would print as such)', () => {
    for (const t of niceTicks(0, 0.9, 9)) expect(String(t).length).toBeLessThanOrEqual(3);
  });

  it('one tick for a one-point domain, none for a broken one, either order of the ends', () => {
    expect(niceTicks(7, 7)).toEqual([7]);
    expect(niceTicks(NaN, 1)).toEqual([]);
    expect(niceTicks(1, 0, 5)).toEqual(niceTicks(0, 1, 5));
  });
});

describe('coord', () => {
  it('one decimal, never NaN, Infinity or -0', () => {
    expect([coord(1.26), coord(3), coord(-0.04), coord(NaN), coord(Infinity), coord(-Infinity)]).toEqual(['1.3', '3', '0', '0', '0', '0']);
  });
});

describe('tickLabel', () => {
  it('shortens large values, leaves the rest to the given format', () => {
    expect([tickLabel(140000), tickLabel(2_500_000), tickLabel(-50000), tickLabel(9999), tickLabel(0.25)]).toEqual(['140k', '2.5M', '-50k', '9999', '0.25']);
  });
});

describe('path and band', () => {
  it('a missing point splits the line instead of joining its neighbours across it', () => {
    const p = path([[0, 0], [1, 1], null, [3, 3], [NaN, 4], [5, 5]], 'curve');
    const v = vertices(elements(p, 'path')[0].attrs.d);
    expect(v.map((x) => x.move)).toEqual([true, false, true, true]);
    expect(v.map((x) => x.x)).toEqual([0, 1, 3, 5]);
  });

  it('nothing at all for no points', () => {
    expect(path([null, [NaN, 1]], 'curve')).toBe('');
  });

  it('a band is one closed shape per run of chunks with both ends', () => {
    const b = band([0, 1, 2, 3], [0, 1, null, 3], [10, 11, 12, 13], 'band');
    const shapes = elements(b, 'path');
    expect(shapes).toHaveLength(2);
    expect(vertices(shapes[0].attrs.d).map((v) => [v.x, v.y])).toEqual([[0, 10], [1, 11], [1, 1], [0, 0]]);
  });
});

describe('escaping in SVG', () => {
  it('text and the accessible name cannot open elements or end attributes', () => {
    const s = svg(100, 50, XSS, text(1, 2, `${XSS}"'&`));
    expect(s).not.toContain('<img');
    expect(s).not.toContain('</script>');
    expect(s).toContain('aria-label="&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(s).toContain('&quot;&#39;&amp;</text>');
  });
});
