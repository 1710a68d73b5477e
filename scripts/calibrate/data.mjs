// Synthetic data for `npm run calibrate`: a customer-churn-like table with the shapes real tables
// have (skewed, bounded, zero-inflated, heavy-tailed and rounded numbers; counts; categoricals from
// 2 to 40 levels with rare ones; missing values; an id; a binary target) and two models' outputs.
// The baseline and the candidate are the same model with independent noise (two trainings with
// different seeds); a regression scenario gives the candidate a model that lost most of two signals.
import { cumulative, sampler, sigmoid } from './random.mjs';

export const CHANNELS = ['web', 'app', 'branch'];
const CHANNEL_CUM = cumulative([50, 35, 15]);
const CHANNEL_EFFECT = [0, -0.2, 0.3];
// Twelve regions, the last two rare (about 0.2 % and 0.1 % of rows).
export const REGIONS = ['north', 'south', 'east', 'west', 'centre', 'coast', 'valley', 'hills', 'lakes', 'islands', 'tundra', 'desert'];
const REGION_CUM = cumulative([20, 18, 15, 12, 10, 8, 6, 5, 3, 2.7, 0.2, 0.1]);
// Forty products with Zipf-like frequencies: the tail holds categories seen a few times in 2,000 rows.
export const PRODUCTS = Array.from({ length: 40 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`);
const PRODUCT_CUM = cumulative(PRODUCTS.map((_, i) => 1 / (i + 1) ** 1.1));
const SEGMENTS = ['retail', 'business'];
const SEGMENT_CUM = cumulative([85, 15]);

export const COLUMNS = [
  'customer_id', 'age', 'income', 'balance', 'utilisation', 'temperature', 'ext_score', 'purchases', 'complaints',
  'tenure_months', 'channel', 'region', 'product', 'segment', 'churned',
  'baseline_prediction', 'baseline_score', 'candidate_prediction', 'candidate_score',
];

/** The column a power scenario shifts, its standard deviation, and what the shift is measured in. */
export const SHIFT_COLUMN = 'temperature';
export const SHIFT_COLUMN_SD = 8;

/** Standard deviation of each model's own noise on the logit (independent between the two models). */
const MODEL_NOISE = 0.3;
/**
 * In the regression scenario the candidate keeps this share of the utilisation and external-score
 * signals: its accuracy is about 3 percentage points below the baseline's (0.743 vs 0.773 on
 * 200,000 rows), the "clearly worse" case the power column measures.
 */
const REGRESSED_WEIGHT = 0.35;

/**
 * One CSV file (header included) of `n` rows.
 * @param {{ n: number, seed: number, idStart?: number, shiftSd?: number, regression?: boolean }} o
 *   shiftSd: add this many standard deviations to SHIFT_COLUMN (a column the target does not use,
 *   so the shift shows only in that column's drift test); regression: the candidate kept only
 *   REGRESSED_WEIGHT of the utilisation and external-score signals.
 */
export function generateCsv({ n, seed, idStart = 0, shiftSd = 0, regression = false }) {
  const s = sampler(seed);
  const lines = new Array(n + 1);
  lines[0] = COLUMNS.join(',');
  const shift = shiftSd * SHIFT_COLUMN_SD;
  for (let i = 0; i < n; i++) {
    const age = Math.min(90, Math.max(18, Math.round(42 + 12 * s.normal())));
    const logIncome = 10.5 + 0.5 * s.normal();
    const incomeMissing = s.u() < 0.03;
    const balance = s.u() < 0.3 ? 0 : Math.exp(7 + 1.2 * s.normal());
    const g1 = s.gamma(2);
    const utilisation = g1 / (g1 + s.gamma(5));
    const temperature = 15 + SHIFT_COLUMN_SD * s.normal() + shift;
    const temperatureMissing = s.u() < 0.01;
    // Student t with 3 degrees of freedom: N / sqrt(χ²₃ / 3), χ²₃ = 2 Γ(1.5).
    const extScore = s.normal() / Math.sqrt((2 * s.gamma(1.5)) / 3);
    const purchases = s.poisson(3);
    const complaints = s.poisson(0.2);
    const tenure = Math.floor(s.u() * 121);
    const tenureMissing = s.u() < 0.05;
    const channel = s.pickCumulative(CHANNEL_CUM);
    const region = s.pickCumulative(REGION_CUM);
    const product = s.pickCumulative(PRODUCT_CUM);
    const productMissing = s.u() < 0.02;
    const segment = s.pickCumulative(SEGMENT_CUM);

    const common = -1.3 + 0.02 * (age - 42) - 0.6 * (incomeMissing ? 0 : logIncome - 10.5) + 0.45 * complaints
      - 0.12 * (purchases - 3) - 0.01 * (tenureMissing ? 0 : tenure - 60) + CHANNEL_EFFECT[channel]
      + (segment === 1 ? -0.3 : 0) + (product < 3 ? 0.2 : 0);
    const strong = 6 * (utilisation - 0.29) + 0.5 * Math.max(-4, Math.min(4, extScore));
    const risk = common + strong;
    const churned = s.u() < sigmoid(risk) ? 1 : 0;
    const baselineScore = sigmoid(risk + MODEL_NOISE * s.normal());
    const candidateLogit = regression ? common + REGRESSED_WEIGHT * strong : risk;
    const candidateScore = sigmoid(candidateLogit + MODEL_NOISE * s.normal());

    lines[i + 1] = [
      `C${String(idStart + i).padStart(7, '0')}`,
      age,
      incomeMissing ? '' : Math.round(Math.exp(logIncome) / 10) * 10,
      balance.toFixed(2),
      utilisation.toFixed(3),
      temperatureMissing ? '' : temperature.toFixed(1),
      extScore.toFixed(4),
      purchases,
      complaints,
      tenureMissing ? '' : tenure,
      CHANNELS[channel],
      REGIONS[region],
      productMissing ? '' : PRODUCTS[product],
      SEGMENTS[segment],
      churned,
      baselineScore >= 0.5 ? 1 : 0,
      baselineScore.toFixed(6),
      candidateScore >= 0.5 ? 1 : 0,
      candidateScore.toFixed(6),
    ].join(',');
  }
  return `${lines.join('\n')}\n`;
}

/** The config a user would write: the roles and nothing else, so every test runs with its defaults. */
export const CONFIG_YAML = `version: 1
reference: reference.csv
current: current.csv
columns:
  target: churned
  id: customer_id
  baseline_prediction: baseline_prediction
  candidate_prediction: candidate_prediction
  baseline_scores: baseline_score
  candidate_scores: candidate_score
`;
