import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, listNames, suggest } from '../../src/config/suggest.js';
import { keySegment, quoteName } from '../../src/config/names.js';
import { escapeControls } from '../../src/safe-text.js';

describe('editDistance', () => {
  it('matches textbook values of the optimal-string-alignment distance', () => {
    // Levenshtein's classic example: k→s, e→i, +g.
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('flaw', 'lawn', 5)).toBe(2);
    // An adjacent transposition is one edit (plain Levenshtein would say 2).
    expect(editDistance('tpyo', 'typo', 5)).toBe(1);
    // OSA, unlike unrestricted Damerau-Levenshtein (2), may not edit a transposed pair again.
    expect(editDistance('ca', 'abc', 5)).toBe(3);
    expect(editDistance('', 'abc', 5)).toBe(3);
    expect(editDistance('same', 'same', 0)).toBe(0);
  });

  it('gives up past the budget with budget + 1', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 3)).toBe(4);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
});

describe('suggest', () => {
  it('prefers names equal ignoring case over close ones', () => {
    expect(suggest('age', ['Age', 'agee', 'AGE', 'page'])).toEqual(['Age', 'AGE']);
  });

  it('ranks close names by distance, then by their order', () => {
    // Twelve characters allow three edits: distances 3, 2, 1, 1.
    expect(suggest('customer_idd', ['customer_age', 'customers_id', 'customer_id', 'customer_ids', 'x'])).toEqual(['customer_id', 'customer_ids', 'customers_id']);
    // Five characters allow one edit: "incomes" (2) is too far.
    expect(suggest('incme', ['outcome', 'income', 'incomes', 'region'])).toEqual(['income']);
    expect(suggest('methd', ['enabled', 'severity', 'method', 'p_value'])).toEqual(['method']);
    // Six allow two: "regions" and "legion" are 2 away (in their order), "reason" 3.
    expect(suggest('regoin', ['reason', 'regions', 'legion', 'region'])).toEqual(['region', 'regions', 'legion']);
  });

  it('keeps at most three suggestions and none for a far name', () => {
    expect(suggest('a1', ['a2', 'a3', 'a4', 'a5', 'a6'])).toEqual(['a2', 'a3', 'a4']);
    expect(suggest('customer_age', ['age', 'income'])).toEqual([]);
  });

  it('says "did you mean" or lists the real names when nothing is close', () => {
    expect(didYouMean('agee', ['age', 'income'], 'its columns')).toBe('did you mean "age"?');
    expect(didYouMean('customer_idd', ['customer_id', 'customer_ids', 'customers_id'], 'its columns')).toBe(
      'did you mean "customer_id", "customer_ids" or "customers_id"?',
    );
    expect(didYouMean('zzz', ['age', 'income'], 'its columns')).toBe('its columns: "age", "income"');
    expect(listNames(Array.from({ length: 15 }, (_, i) => `c${i}`))).toMatch(/"c11", … 3 more$/);
    expect(listNames([])).toBe('none');
  });

  it('finds the closest among 100,000 similar column names', () => {
    const names = Array.from({ length: 100_000 }, (_, i) => `sensor_${i}_reading`);
    expect(suggest('sensor_99999_readng', names)).toEqual(['sensor_99999_reading', 'sensor_9999_reading', 'sensor_19999_reading']);
  });
});

describe('names in messages', () => {
  it('escapes every control character, including the ones JSON leaves raw', () => {
    const name = 'a\nb\u001b[31mc\u009bd\u2028e\u202ef\u007f';
    const q = quoteName(name);
    expect(q).toBe('"a\\nb\\u001b[31mc\\x9bd\\u2028e\\u202ef\\x7f"');
    expect(q).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u202e]/u);
    expect(escapeControls('ok\u0000')).toBe('ok\\x00');
  });

  it('writes plain key segments as they are and quotes the others', () => {
    expect(keySegment('age_2')).toBe('age_2');
    expect(keySegment('net income')).toBe('"net income"');
    expect(keySegment('x\n::error::y')).toBe('"x\\n::error::y"');
  });
});
