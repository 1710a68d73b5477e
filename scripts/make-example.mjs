// Writes the bundled example: a loan-default model whose candidate quietly drops the debt-ratio
// signal, evaluated on a month of data where incomes rose and a new region appeared.
// Seeded, so the committed CSVs are exactly what this script produces: `node scripts/make-example.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './calibrate/random.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'examples', 'data');

function sampler(seed) {
  const u = mulberry32(seed);
  const normal = () => {
    let a = 0;
    while (a === 0) a = u();
    return Math.sqrt(-2 * Math.log(a)) * Math.cos(2 * Math.PI * u());
  };
  const pick = (items, weights) => {
    const total = weights.reduce((s, w) => s + w, 0);
    let r = u() * total;
    for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
    return items[items.length - 1];
  };
  const poisson = (lambda) => {
    const l = Math.exp(-lambda);
    let k = 0;
    let p = 1;
    do { k++; p *= u(); } while (p > l);
    return k - 1;
  };
  return { u, normal, pick, poisson };
}

const sigmoid = (z) => 1 / (1 + Math.exp(-z));
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

function makeRows(n, seed, drifted, startId) {
  const s = sampler(seed);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const age = Math.round(clamp(40 + 11 * s.normal(), 21, 75));
    const income = Math.round(Math.exp(10.6 + 0.45 * s.normal()) * (drifted ? 1.18 : 1) / 10) * 10;
    const debtRatio = clamp(0.32 + 0.14 * s.normal(), 0, 1.2);
    const creditLines = s.poisson(4);
    const monthsEmployed = Math.round(clamp(60 + 45 * s.normal(), 0, 480));
    const employment = s.pick(['salaried', 'self_employed', 'contractor', 'unemployed'], [60, 20, 15, 5]);
    const region = drifted
      ? s.pick(['north', 'south', 'east', 'west', 'central'], [24, 26, 22, 20, 8])
      : s.pick(['north', 'south', 'east', 'west'], [25, 28, 25, 22]);
    const channel = s.pick(['branch', 'web', 'app'], drifted ? [20, 40, 40] : [35, 40, 25]);
    // The true risk: debt ratio dominates, with income, tenure and employment type behind it.
    const risk = -1.1 + 7.5 * (debtRatio - 0.32) - 0.9 * (Math.log(income) - 10.6) - 0.006 * (monthsEmployed - 60)
      + (employment === 'unemployed' ? 1.4 : employment === 'contractor' ? 0.4 : 0) + 0.05 * (creditLines - 4) + 0.6 * s.normal();
    const label = s.u() < sigmoid(risk) ? 1 : 0;
    const noiseB = 0.35 * s.normal();
    const noiseC = 0.35 * s.normal();
    const baselineScore = sigmoid(-1.1 + 7.0 * (debtRatio - 0.32) - 0.85 * (Math.log(income) - 10.6) - 0.005 * (monthsEmployed - 60)
      + (employment === 'unemployed' ? 1.3 : employment === 'contractor' ? 0.35 : 0) + noiseB);
    // The candidate was retrained without debt_ratio (a pipeline bug), so it leans on the rest.
    const candidateScore = sigmoid(-1.0 + 1.5 * (debtRatio - 0.32) - 1.0 * (Math.log(income) - 10.6) - 0.006 * (monthsEmployed - 60)
      + (employment === 'unemployed' ? 1.5 : employment === 'contractor' ? 0.45 : 0) + noiseC);
    const missingMonths = s.u() < (drifted ? 0.09 : 0.02);
    rows.push({
      loan_id: `L${String(startId + i).padStart(6, '0')}`,
      age,
      income,
      debt_ratio: debtRatio.toFixed(3),
      credit_lines: creditLines,
      months_employed: missingMonths ? '' : monthsEmployed,
      employment,
      region,
      channel,
      defaulted: label,
      baseline_score: baselineScore.toFixed(4),
      baseline_prediction: baselineScore >= 0.5 ? 1 : 0,
      candidate_score: candidateScore.toFixed(4),
      candidate_prediction: candidateScore >= 0.5 ? 1 : 0,
    });
  }
  return rows;
}

function toCsv(rows, columns) {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => String(r[c])).join(','));
  return `${lines.join('\n')}\n`;
}

const common = ['loan_id', 'age', 'income', 'debt_ratio', 'credit_lines', 'months_employed', 'employment', 'region', 'channel', 'defaulted'];
mkdirSync(outDir, { recursive: true });
// Reference: last quarter's production traffic, scored by the production (baseline) model.
writeFileSync(join(outDir, 'reference.csv'), toCsv(makeRows(6000, 20261101, false, 1), [...common, 'baseline_score', 'baseline_prediction']));
// Current: this month's labelled traffic, scored by both models.
writeFileSync(
  join(outDir, 'current.csv'),
  toCsv(makeRows(4000, 20261125, true, 100001), [...common, 'baseline_score', 'baseline_prediction', 'candidate_score', 'candidate_prediction']),
);
console.log(`wrote ${join('examples', 'data', 'reference.csv')} and ${join('examples', 'data', 'current.csv')}`);
