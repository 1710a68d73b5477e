import { qualityChecks } from '../../src/checks/quality.js';
import { describe, expect, it } from 'vitest';
import { driftChecks } from '../../src/checks/drift.js';
import { textChecks } from '../../src/checks/text.js';
import { describeText, looksLikeText, textDescriptors } from '../../src/embeddings/text.js';
import type { CategoricalColumn } from '../../src/data/table.js';
import { byId, makeContext, makeTable, rng } from '../helpers/tables.js';
import type { GateConfig } from '../../src/config/types.js';

/** The same descriptors by other means: code points by iteration, regular expressions. */
function independent(s: string) {
  const chars = Array.from(s);
  return { length: chars.length, nonAscii: chars.filter((c) => c.codePointAt(0)! > 0x7f).length, words: s.split(/\s+/u).filter((w) => w !== '').length };
}

const WORDS = ['good', 'bad', 'service', 'slow', 'délai', 'très', 'fast', 'refund', 'ok', 'never', 'again', '配送', 'great'];

function reviews(seed: number, n: number, meanWords: number, emptyShare = 0): (string | null)[] {
  const g = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    if (g.uniform() < emptyShare) return null;
    const k = 1 + Math.floor(g.uniform() * 2 * meanWords);
    return `#${i} ` + Array.from({ length: k }, () => WORDS[Math.floor(g.uniform() * WORDS.length)]).join(' ');
  });
}

describe('text descriptors', () => {
  it('count characters (code points), non-ASCII characters and words as an independent count does', () => {
    for (const s of ['héllo wörld 😀', '', '  two\twords\n', 'ascii only', '配送 が 遅い', 'a\u00a0b\u2003c', '\ud83d']) {
      const d = describeText(s);
      const want = independent(s);
      expect({ length: d.length, nonAscii: d.nonAscii, words: d.words }, s).toEqual(want);
    }
  });

  it('per row from the dictionary: missing rows are empty and have no other descriptor', () => {
    const col: CategoricalColumn = { kind: 'categorical', name: 't', codes: Int32Array.from([0, -1, 1, 0]), dictionary: ['ab cd', 'é'], missing: 1 };
    const d = textDescriptors(col, ['length', 'non_ascii', 'empty', 'words']);
    expect([...d.get('length')!]).toEqual([5, NaN, 1, 5]);
    expect([...d.get('non_ascii')!]).toEqual([0, NaN, 1, 0]);
    expect([...d.get('empty')!]).toEqual([0, 1, 0, 0]);
    expect([...d.get('words')!]).toEqual([2, NaN, 1, 2]);
  });

  it('recognises long, mostly distinct values as text, and not ids of few characters or repeated categories', () => {
    const s = { min_distinct_share: 0.5, min_length: 20 };
    const t = makeTable('r.csv', { review: reviews(1, 200, 8), code: Array.from({ length: 200 }, (_, i) => `u${i}`), cat: Array.from({ length: 200 }, (_, i) => `a fairly long category name ${i % 5}`) });
    expect(looksLikeText(t.columns.get('review')!, s)).toBe(true);
    expect(looksLikeText(t.columns.get('code')!, s)).toBe(false);
    expect(looksLikeText(t.columns.get('cat')!, s)).toBe(false);
  });
});

function context(ref: Record<string, (string | number | null)[]>, cur: Record<string, (string | number | null)[]>, edit: (c: GateConfig) => void = () => {}) {
  return makeContext(makeTable('ref.csv', ref as never), makeTable('cur.csv', cur as never), { config: edit });
}

describe('textChecks', () => {
  it('tests a long free-text column by its descriptors instead of its categories (auto)', () => {
    const ctx = context({ review: reviews(1, 1500, 8), x: Array.from({ length: 1500 }, (_, i) => i % 7) }, { review: reviews(2, 1500, 16, 0.2), x: Array.from({ length: 1500 }, (_, i) => i % 7) });
    const drift = driftChecks(ctx);
    expect(drift.map((r) => r.id)).not.toContain('drift.review');
    expect(byId(drift, 'drift.x')).toBeDefined();
    const text = textChecks(ctx);
    expect(text.map((r) => r.id)).toEqual(['drift.text.review', 'drift.text.review.length', 'drift.text.review.non_ascii', 'drift.text.review.empty', 'drift.text.review.words']);
    expect(byId(text, 'drift.text.review').status).toBe('info');
    expect(byId(text, 'drift.text.review').message).toMatch(/"review" is tested as text, by its descriptors, not as categories: 100% of its 1,500 values in ref.csv are distinct/);
    // 1,500 reference values: effect sizes (normalised Wasserstein; the 0/1 empty share by Jensen-Shannon).
    expect(byId(text, 'drift.text.review.length')).toMatchObject({ method: 'wasserstein_norm', status: 'warn' });
    expect(byId(text, 'drift.text.review.words')).toMatchObject({ method: 'wasserstein_norm', status: 'warn' });
    expect(byId(text, 'drift.text.review.empty')).toMatchObject({ method: 'jensen_shannon', status: 'warn' });
    // Longer reviews mix the same words: the non-ASCII share moves less than the length.
    expect(byId(text, 'drift.text.review.non_ascii').value as number).toBeLessThan(byId(text, 'drift.text.review.length').value as number);
    expect(byId(text, 'drift.text.review.length').message).toMatch(/^length of "review": drift: normalised Wasserstein/);
  });

  it('gives the KS p-value scipy gives on the lengths (ks_2samp of 20..49 vs 30, 32, …, 88)', () => {
    const ref = Array.from({ length: 30 }, (_, i) => 'a'.repeat(20 + i));
    const cur = Array.from({ length: 30 }, (_, i) => 'b'.repeat(30 + 2 * i));
    const ctx = context({ t: ref }, { t: cur }, (c) => {
      c.columns.text = ['t'];
      c.tests.text.descriptors = ['length'];
    });
    const r = byId(textChecks(ctx), 'drift.text.t.length');
    expect(r.method).toBe('ks');
    expect(r.value).toBeCloseTo(0.6666666666666666, 12);
    // scipy.stats.ks_2samp(range(20, 50), [30 + 2i for i in range(30)]).pvalue (exact method)
    expect(Math.abs((r.details!.p_value_raw as number) - 1.2750060342394341e-6) / 1.2750060342394341e-6).toBeLessThan(1e-6);
    expect(r.status).toBe('warn');
  });

  it('two samples of the same reviews: as categories they "drift" (every review is new), by descriptors they do not', () => {
    const ref = { review: reviews(1, 1500, 8) };
    const cur = { review: reviews(2, 1500, 8) };
    const categories = byId(driftChecks(context(ref, cur, (c) => (c.tests.text.auto = false))), 'drift.review');
    expect(categories).toMatchObject({ method: 'jensen_shannon', status: 'warn' });
    expect(categories.value as number).toBeGreaterThan(0.8);
    const text = textChecks(context(ref, cur)).filter((r) => r.id !== 'drift.text.review');
    expect(text.map((r) => r.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
    // Data quality compares no categories of free text either (nearly every review is unseen).
    const quality = qualityChecks(context(ref, cur));
    expect(quality.map((r) => r.id)).not.toContain('quality.categories.review');
    expect(qualityChecks(context(ref, cur, (c) => (c.tests.text.auto = false))).map((r) => r.id)).toContain('quality.categories.review');
  });

  it('without auto a free-text column is compared as categories again; a named column always runs', () => {
    const ref = { review: reviews(1, 300, 8) };
    const cur = { review: reviews(2, 300, 8) };
    const off = context(ref, cur, (c) => (c.tests.text.auto = false));
    expect(textChecks(off)).toEqual([]);
    expect(byId(driftChecks(off), 'drift.review').method).toBe('chi_squared');
    const named = context(ref, cur, (c) => {
      c.tests.text.auto = false;
      c.columns.text = ['review'];
    });
    expect(textChecks(named).map((r) => r.id)).toEqual(['drift.text.review.length', 'drift.text.review.non_ascii', 'drift.text.review.empty', 'drift.text.review.words']);
    expect(driftChecks(named).map((r) => r.id)).not.toContain('drift.review');
  });

  it('does not take a JSON embedding named as a feature for prose', () => {
    const emb = Array.from({ length: 60 }, (_, i) => `[${i}.123456, ${i}.654321, 0.5]`);
    const ctx = context({ e: emb }, { e: emb }, (c) => {
      c.columns.features = ['e'];
      c.columns.embeddings = { e: { json: true, prefix: null, role: 'feature' } };
    });
    expect(textChecks(ctx)).toEqual([]);
  });

  it('honours the column\'s drift settings, and per-column settings are not called untested', () => {
    const ctx = context({ review: reviews(1, 300, 8) }, { review: reviews(1, 300, 8) }, (c) => {
      c.tests.drift.columns = { review: { method: 'psi', severity: 'fail' } };
    });
    const text = textChecks(ctx);
    expect(byId(text, 'drift.text.review.length')).toMatchObject({ method: 'psi', severity: 'fail', status: 'pass' });
    expect(driftChecks(ctx).filter((r) => r.status === 'error')).toEqual([]);
    const off = context({ review: reviews(1, 300, 8) }, { review: reviews(1, 300, 8) }, (c) => (c.tests.drift.columns = { review: { enabled: false } }));
    expect(textChecks(off).filter((r) => r.id !== 'drift.text.review')).toEqual([]);
  });

  it('a named column that is missing, numeric or without text is an error naming it', () => {
    const named = (edit: (c: GateConfig) => void) => (c: GateConfig) => {
      c.columns.text = ['t'];
      edit(c);
    };
    const missing = textChecks(context({ a: [1, 2] }, { a: [1, 2] }, named(() => {})));
    expect(missing).toMatchObject([{ id: 'drift.text.t', status: 'error', message: expect.stringMatching(/columns.text names "t", which ref.csv does not have and cur.csv does not have/) }]);
    const numeric = textChecks(context({ t: [1, 2] }, { t: [1, 2] }, named(() => {})));
    expect(numeric[0].message).toMatch(/ref.csv column "t" holds numbers, not text; to test its values as text, set columns.types.t: categorical/);
    const empty = textChecks(context({ t: ['some text', 'more text'] }, { t: [null, null] }, named((c) => (c.tests.text.descriptors = ['length', 'empty']))));
    expect(byId(empty, 'drift.text.t.length')).toMatchObject({ status: 'error', message: expect.stringMatching(/cur.csv column "t" has no non-empty value, so its length has no distribution/) });
    expect(byId(empty, 'drift.text.t.empty').status).toBe('warn');
  });
});
