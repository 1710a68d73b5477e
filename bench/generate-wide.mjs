// Seeded wide benchmark data: 500 numeric columns, no model columns (data quality and drift only),
// the shape of a feature store's export. Values with four decimals; the current file is shifted in
// every 50th column, so some columns drift and most do not.
import { csvWriter } from './generate.mjs';
import { mulberry32 as rng, pairedNormal } from '../scripts/calibrate/random.mjs';

export const WIDE_COLUMNS = 500;

export function generateWide(path, rows, seed, shifted) {
  const r = rng(seed * 2 + (shifted ? 1 : 0) + 1000);
  const normal = pairedNormal(r);
  const header = Array.from({ length: WIDE_COLUMNS }, (_, j) => `w${String(j).padStart(3, '0')}`);
  const csv = csvWriter(path, header);
  const fields = new Array(WIDE_COLUMNS);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < WIDE_COLUMNS; j++) {
      const v = normal() * (1 + (j % 7)) + (shifted && j % 50 === 0 ? 0.5 : 0);
      fields[j] = v.toFixed(4);
    }
    csv.row(fields);
  }
  csv.close();
}
