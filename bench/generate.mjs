// Seeded benchmark data: a reference and a current CSV with 16 numeric features, 3 categorical
// ones, a binary label and the scores of a baseline and a candidate model. Number formats are
// mixed the way real exports are: full-precision doubles (as pandas writes them), fixed decimals,
// integers, and a few missing values. The current file is shifted in f01, f05 and cat1.
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { mulberry32 as rng, pairedNormal } from '../scripts/calibrate/random.mjs';

export const HEADER = [
  ...Array.from({ length: 16 }, (_, i) => `f${String(i + 1).padStart(2, '0')}`),
  'cat1',
  'cat2',
  'cat3',
  'label',
  'score_baseline',
  'score_candidate',
];

const CAT1 = ['north', 'south', 'east', 'west', 'central'];
const CAT2 = Array.from({ length: 50 }, (_, i) => `segment_${i}`);
const CAT3 = Array.from({ length: 1000 }, (_, i) => String(10000 + i * 37).padStart(5, '0'));

/** Writes `rows` rows to `path` (through a temporary file, so a killed run leaves nothing). */
export function generate(path, rows, seed, shifted) {
  const r = rng(seed * 2 + (shifted ? 1 : 0));
  const normal = pairedNormal(r);
  const csv = csvWriter(path, HEADER);
  const f = new Float64Array(16);
  for (let i = 0; i < rows; i++) {
    for (let k = 0; k < 16; k++) f[k] = normal();
    if (shifted) {
      f[0] += 0.3;
      f[4] *= 1.2;
    }
    const fields = [];
    for (let k = 0; k < 4; k++) fields.push(String(f[k] * (k + 1)));
    for (let k = 4; k < 10; k++) fields.push((f[k] * 10 + 50).toFixed(4));
    for (let k = 10; k < 14; k++) fields.push(String(Math.round(Math.abs(f[k]) * 1000)));
    for (let k = 14; k < 16; k++) fields.push(r() < 0.02 ? '' : (f[k] * 100).toFixed(2));
    const c1 = shifted && r() < 0.15 ? 'north' : CAT1[Math.floor(r() * CAT1.length)];
    fields.push(c1, CAT2[Math.floor(r() * r() * CAT2.length)], CAT3[Math.floor(r() * CAT3.length)]);
    const logit = 0.8 * f[0] - 0.6 * f[4] + 0.4 * f[8] + (c1 === 'north' ? 0.3 : 0) + normal();
    const label = logit > 0 ? 1 : 0;
    const base = 1 / (1 + Math.exp(-(0.8 * f[0] - 0.6 * f[4] + 0.3 * normal())));
    const cand = 1 / (1 + Math.exp(-(0.8 * f[0] - 0.6 * f[4] + 0.4 * f[8] + 0.3 * normal())));
    fields.push(String(label), String(base), String(cand));
    csv.row(fields);
  }
  csv.close();
}

/**
 * A CSV written through a temporary file (a killed run leaves nothing at `path`) in 4 MB writes:
 * `row(fields)` adds a line, `close()` renames the finished file into place.
 */
export function csvWriter(path, header) {
  const tmp = `${path}.partial`;
  const fd = openSync(tmp, 'w');
  let out = header.join(',') + '\n';
  return {
    row(fields) {
      out += fields.join(',') + '\n';
      if (out.length > 1 << 22) {
        writeSync(fd, out);
        out = '';
      }
    },
    close() {
      writeSync(fd, out);
      closeSync(fd);
      renameSync(tmp, path);
    },
  };
}
