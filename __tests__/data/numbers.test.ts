/**
 * roundQuotient is the scanner's exact conversion of 17-19-digit mantissas: it must give what
 * Number() gives (the correctly rounded double) or NaN (undecided), never another double.
 */
import { describe, expect, it } from 'vitest';
import { quoteValue, roundQuotient } from '../../src/data/numbers.js';
import { mulberry32 as rng } from '../helpers/random.js';


/** The decimal text of digits with k of them after the point, and roundQuotient's answer. */
function convert(digits: string, k: number): { text: string; value: number } {
  const n = digits.length;
  const text = k >= n ? `0.${'0'.repeat(k - n)}${digits}` : `${digits.slice(0, n - k)}.${digits.slice(n - k)}`;
  return { text, value: roundQuotient(Number(digits.slice(0, n - 4)), Number(digits.slice(n - 4)), k) };
}

describe('roundQuotient', () => {
  it('equals Number() on random 16-19-digit mantissas with 1-22 digits after the point', () => {
    const r = rng(11);
    let checked = 0;
    let undecided = 0;
    for (let i = 0; i < 200_000; i++) {
      const n = 16 + Math.floor(r() * 4);
      let digits = String(1 + Math.floor(r() * 9));
      while (digits.length < n) digits += String(Math.floor(r() * 10));
      if (Number(digits) < 2 ** 53) continue;
      const { text, value } = convert(digits, 1 + Math.floor(r() * 22));
      checked++;
      if (Number.isNaN(value)) undecided++;
      else if (value !== Number(text)) expect([text, value]).toEqual([text, Number(text)]);
    }
    expect(checked).toBeGreaterThan(150_000);
    // Undecided only near ties and powers of two: rare.
    expect(undecided / checked).toBeLessThan(0.01);
  });

  it('leaves exact ties and power-of-two neighbourhoods to Number()', () => {
    // 2^53 + 1 is halfway between two doubles; so is 2^54 + 2.
    expect(convert('90071992547409930', 1).value).toBeNaN();
    expect(convert('180143985094819860', 1).value).toBeNaN();
    // Just past a tie it decides, and rightly.
    for (const [digits, k] of [
      ['900719925474099301', 2],
      ['900719925474099299', 2],
      ['180143985094819850', 2],
      ['180143985094819851', 2],
      ['29137054659327166', 17],
      ['99999999999999999', 17],
      ['10000000000000001', 17],
    ] as const) {
      const { text, value } = convert(digits, k);
      if (!Number.isNaN(value)) expect(value).toBe(Number(text));
    }
    // Values next to powers of two (where the spacing of doubles halves below).
    for (let e = -20; e <= 10; e++) {
      const p = 2 ** e;
      for (const v of [p, p * (1 + 2 ** -52), p * (1 - 2 ** -53), p * (1 + 2 ** -51)]) {
        // 17 significant digits, written with 17 + (exponent) digits after the point.
        const [m, x] = v.toExponential(16).split('e');
        const digits = m.replace('.', '');
        const k = 16 - Number(x);
        if (k < 1 || k > 22) continue;
        const { text, value } = convert(digits, k);
        if (!Number.isNaN(value)) expect([text, value]).toEqual([text, Number(text)]);
      }
    }
  });
});

describe('quoteValue', () => {
  it('quotes a value for a message with every control character escaped and long values cut', () => {
    expect(quoteValue('a\nb\x1b[31m\x9b\u2028\u202e')).toBe('"a\\nb\\u001b[31m\\x9b\\u2028\\u202e"');
    expect(quoteValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
  });
});
