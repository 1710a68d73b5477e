// Writes the real-data fixtures of __tests__/real-data.test.ts from Seattle's daily weather
// (NOAA, as shipped by the npm package vega-datasets 3.2.1: data/seattle-weather.csv, copied
// verbatim into __tests__/fixtures/real/). Seeded: `node scripts/make-real-fixtures.mjs` rewrites
// the same files (`node scripts/make-real-fixtures.mjs DIR` writes them to DIR instead: the test
// compares the two).
//
// The task: will it rain tomorrow? A logistic regression on the day's precipitation, temperatures
// and wind. The reference is every day not drawn for the current file (the model's training
// rows come from it); the current file is 365 days drawn at random from the same four years. The
// baseline and the candidate are the same model trained with two seeds (each on its own 80 %
// subsample of the reference, by stochastic gradient descent in its own order). Files:
//   reference.csv, current.csv   the no-change case: nothing happened, the gate must PASS;
//   current-faults.csv           the same 365 days with four data faults, each on its own column:
//                                 `weather` "sun" renamed "sunny" on half its rows, `wind` blank on
//                                 10 % of rows (new missing values), `temp_max` in Fahrenheit on a
//                                 quarter of the rows (a unit change), `temp_min` = -99.9 on 3 % of
//                                 rows (a sentinel); the models score the faulty rows as served.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './calibrate/random.mjs';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', '__tests__', 'fixtures', 'real');
const dir = process.argv[2] ?? fixtures;
mkdirSync(dir, { recursive: true });
const FEATURES = ['precipitation', 'temp_max', 'temp_min', 'wind'];
const CURRENT_DAYS = 365;

function readCsv(path) {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const names = head.split(',');
  return lines.map((l) => {
    const cells = l.split(',');
    return Object.fromEntries(names.map((n, i) => [n, cells[i]]));
  });
}

function shuffled(items, rand) {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Model inputs of one day: log1p(precipitation) (its distribution is mostly zeros and a long tail). */
function inputs(day) {
  return FEATURES.map((f) => {
    const v = day[f] === '' ? NaN : Number(day[f]);
    return f === 'precipitation' ? Math.log1p(v) : v;
  });
}

/**
 * Logistic regression by seeded SGD on an 80 % subsample: standardised inputs (a missing input is
 * the training mean, as a serving pipeline would impute it), 30 epochs, L2 1e-3.
 */
function train(days, seed) {
  const rand = mulberry32(seed);
  const sample = shuffled(days, rand).slice(0, Math.round(0.8 * days.length));
  const x = sample.map(inputs);
  const y = sample.map((d) => d.rain_tomorrow);
  const k = FEATURES.length;
  const mean = Array.from({ length: k }, (_, j) => x.reduce((s, r) => s + r[j], 0) / x.length);
  const sd = Array.from({ length: k }, (_, j) => Math.sqrt(x.reduce((s, r) => s + (r[j] - mean[j]) ** 2, 0) / x.length));
  const w = new Array(k + 1).fill(0);
  let rate = 0.05;
  for (let epoch = 0; epoch < 30; epoch++, rate *= 0.9) {
    for (const i of shuffled([...x.keys()], rand)) {
      const z = x[i].map((v, j) => (v - mean[j]) / sd[j]);
      const p = 1 / (1 + Math.exp(-(w[k] + z.reduce((s, v, j) => s + w[j] * v, 0))));
      const g = p - y[i];
      for (let j = 0; j < k; j++) w[j] -= rate * (g * z[j] + 1e-3 * w[j]);
      w[k] -= rate * g;
    }
  }
  return (day) => {
    const z = inputs(day).map((v, j) => (Number.isNaN(v) ? 0 : (v - mean[j]) / sd[j]));
    return 1 / (1 + Math.exp(-(w[k] + z.reduce((s, v, j) => s + w[j] * v, 0))));
  };
}

const COLUMNS = ['date', ...FEATURES, 'weather', 'rain_tomorrow', 'baseline_prediction', 'baseline_score', 'candidate_prediction', 'candidate_score'];

function writeScored(name, days, baseline, candidate) {
  const lines = [COLUMNS.join(',')];
  for (const d of days) {
    const b = baseline(d);
    const c = candidate(d);
    lines.push([d.date, ...FEATURES.map((f) => d[f]), d.weather, d.rain_tomorrow, b >= 0.5 ? 1 : 0, b.toFixed(6), c >= 0.5 ? 1 : 0, c.toFixed(6)].join(','));
  }
  writeFileSync(join(dir, name), `${lines.join('\n')}\n`);
}

const raw = readCsv(join(fixtures, 'seattle-weather.csv'));
// The last day has no tomorrow, so no label.
const days = raw.slice(0, -1).map((d, i) => ({ ...d, rain_tomorrow: raw[i + 1].weather === 'rain' ? 1 : 0 }));
const order = shuffled([...days.keys()], mulberry32(20121));
const currentIdx = new Set(order.slice(0, CURRENT_DAYS));
const reference = days.filter((_, i) => !currentIdx.has(i));
const current = days.filter((_, i) => currentIdx.has(i));
const baseline = train(reference, 101);
const candidate = train(reference, 202);
writeScored('reference.csv', reference, baseline, candidate);
writeScored('current.csv', current, baseline, candidate);

const rand = mulberry32(31337);
const sunny = current.filter((d) => d.weather === 'sun');
const renamed = new Set(shuffled(sunny, rand).slice(0, Math.floor(sunny.length / 2)));
const blankWind = new Set(shuffled(current, rand).slice(0, Math.round(0.1 * current.length)));
const fahrenheit = new Set(shuffled(current, rand).slice(0, Math.round(0.25 * current.length)));
const sentinel = new Set(shuffled(current, rand).slice(0, Math.round(0.03 * current.length)));
const faulty = current.map((d) => ({
  ...d,
  weather: renamed.has(d) ? 'sunny' : d.weather,
  wind: blankWind.has(d) ? '' : d.wind,
  temp_max: fahrenheit.has(d) ? (Number(d.temp_max) * 1.8 + 32).toFixed(1) : d.temp_max,
  temp_min: sentinel.has(d) ? '-99.9' : d.temp_min,
}));
writeScored('current-faults.csv', faulty, baseline, candidate);

const config = (currentFile) => `# Generated by scripts/make-real-fixtures.mjs. The roles and nothing else: every test runs with its defaults.
version: 1
reference: reference.csv
current: ${currentFile}
columns:
  target: rain_tomorrow
  baseline_prediction: baseline_prediction
  candidate_prediction: candidate_prediction
  baseline_scores: baseline_score
  candidate_scores: candidate_score
  exclude: [date]
`;
writeFileSync(join(dir, 'no-change.yml'), config('current.csv'));
writeFileSync(join(dir, 'faults.yml'), config('current-faults.csv'));
