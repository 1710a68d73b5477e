// Seeded benchmark data for shadow mode (issue 13): a shadow log of `rows` rows over `days` days
// (timestamps in ISO 8601, in order), with an id, 20 features (16 numeric in the formats of
// generate.mjs, 4 categorical with 5, 12, 50 and 300 values), both models' scores and predictions
// and a binary target. The reference is fully labelled; in the current file labels exist for the
// earliest 30 % of the rows only, and from the middle day on f01 is shifted and f02 no longer
// follows it (a univariate and a multivariate drift), P(y | x) unchanged.
import { mulberry32 as rng, pairedNormal } from '../scripts/calibrate/random.mjs';
import { csvWriter } from './generate.mjs';

const NUMERIC = Array.from({ length: 16 }, (_, i) => `f${String(i + 1).padStart(2, '0')}`);
const CATEGORIES = [5, 12, 50, 300].map((n, k) => Array.from({ length: n }, (_, i) => `c${k + 1}_${i}`));
export const SHADOW_HEADER = [
  'timestamp',
  'id',
  ...NUMERIC,
  'c1',
  'c2',
  'c3',
  'c4',
  'baseline_score',
  'baseline_prediction',
  'candidate_score',
  'candidate_prediction',
  'target',
];
export const SHADOW_FEATURES = [...NUMERIC, 'c1', 'c2', 'c3', 'c4'];
const DAY = 86_400_000;
const START = { reference: Date.UTC(2026, 0, 1), current: Date.UTC(2026, 2, 1) };

/** Writes the shadow log of one side to `path` (through a temporary file: a killed run leaves nothing). */
export function generateShadow(path, rows, seed, side, days) {
  const current = side === 'current';
  const r = rng(seed * 2 + (current ? 1 : 0) + 1000);
  const normal = pairedNormal(r);
  const labelled = current ? Math.round(rows * 0.3) : rows;
  const perDay = rows / days;
  const idBase = current ? 1 + 2 * rows : 1;
  const csv = csvWriter(path, SHADOW_HEADER);
  const f = new Float64Array(16);
  for (let i = 0; i < rows; i++) {
    const day = Math.floor(i / perDay);
    // Rows spread evenly over the day, so the file is in time order.
    const t = START[side] + day * DAY + Math.floor(((i - day * perDay) / perDay) * DAY);
    const drifted = current && day >= days / 2;
    for (let k = 0; k < 16; k++) f[k] = normal();
    f[1] = drifted ? f[1] : 0.6 * f[0] + 0.8 * f[1];
    if (drifted) f[0] += 0.5;
    const fields = [new Date(t).toISOString(), `T${idBase + i}`];
    for (let k = 0; k < 4; k++) fields.push(String(f[k] * (k + 1)));
    for (let k = 4; k < 10; k++) fields.push((f[k] * 10 + 50).toFixed(4));
    for (let k = 10; k < 14; k++) fields.push(String(Math.round(Math.abs(f[k]) * 1000)));
    for (let k = 14; k < 16; k++) fields.push(r() < 0.02 ? '' : (f[k] * 100).toFixed(2));
    const c = CATEGORIES.map((values) => Math.floor(r() * r() * values.length));
    for (let k = 0; k < 4; k++) fields.push(CATEGORIES[k][c[k]]);
    const z = 0.8 * f[0] - 0.6 * f[4] + 0.4 * f[8] + (c[0] === 0 ? 0.3 : 0);
    const p = 1 / (1 + Math.exp(-z));
    const base = 1 / (1 + Math.exp(-(z + 0.3 * normal())));
    const cand = 1 / (1 + Math.exp(-(0.8 * f[0] - 0.6 * f[4] + 0.4 * normal())));
    fields.push(base.toFixed(5), base >= 0.5 ? '1' : '0', cand.toFixed(5), cand >= 0.5 ? '1' : '0');
    fields.push(i < labelled ? (r() < p ? '1' : '0') : '');
    csv.row(fields);
  }
  csv.close();
}
