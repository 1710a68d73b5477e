// Writes the bundled shadow-mode example (examples/shadow/data/): a credit-line default model in
// production (the baseline) and a lighter shadow model (the candidate) that was built without
// `utilization`, to save a lookup at serving time.
//
// - reference.csv: 60 days of production traffic (2026-08-02 to 2026-09-30), labelled, scored by
//   both models (the candidate's back-test on the same rows, which CBPE calibrates on).
// - current.csv: 30 days of the shadow run (2026-10-01 to 2026-10-30), every row scored by both
//   models; labels have arrived only for the earliest 30 % of the rows (`target` empty after).
// - hidden-labels.csv: the labels that had not arrived (id, target): the ground truth an
//   estimate of performance on the unlabelled rows is checked against. The gate never reads it.
// - truth.json: what the generator knows: the per-period expected metrics of both models.
//
// The drift: from 2026-10-15 (day 15 of 30) a campaign brings larger loans: the median `amount`
// rises about 2.7-fold and no longer follows income. Nothing else moves and P(y | x) is the same
// throughout (CBPE's assumption holds). Utilization matters little for ordinary amounts but much
// for large ones, so the candidate, which cannot see it, loses ranking and accuracy exactly where
// the traffic moved. Both models' scores are exact probabilities given what each model sees (the
// candidate's is the true probability averaged over utilization, which is independent of
// everything else), so both stay calibrated under the drift and CBPE's estimate is unbiased.
//
// Seeded, so the committed files are exactly what this script writes:
// `node scripts/make-shadow-example.mjs [folder]` (default examples/shadow; a test writes to a
// temporary folder and compares).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cumulative, sampler, sigmoid } from './calibrate/random.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const base = process.argv[2] ?? join(here, '..', 'examples', 'shadow');
const outDir = join(base, 'data');

const DAY = 86_400_000;
const REFERENCE_START = Date.UTC(2026, 7, 2);
const CURRENT_START = Date.UTC(2026, 9, 1);
const REFERENCE_DAYS = 60;
const CURRENT_DAYS = 30;
/** 0-based day of the current period on which the drift begins (2026-10-15). */
export const DRIFT_DAY = 14;
const ROWS_PER_DAY = 400;
const LABELLED_SHARE = 0.3;

const PRODUCTS = ['personal', 'auto', 'home_improvement'];
const PRODUCT_P = cumulative([50, 30, 20]);
const PRODUCT_EFFECT = [0.25, -0.2, 0];
const REGIONS = ['north', 'south', 'east', 'west'];
const REGION_P = cumulative([25, 28, 25, 22]);
const REGION_EFFECT = [0, 0.1, -0.05, 0.05];
const CHANNELS = ['branch', 'web', 'app'];
const CHANNEL_P = cumulative([35, 40, 25]);
const CHANNEL_EFFECT = [-0.15, 0.1, 0.05];

/** Utilization is Beta(2, 2): the density on a midpoint grid, for the candidate's average over it. */
const GRID = 400;
const U_GRID = Float64Array.from({ length: GRID }, (_, k) => (k + 0.5) / GRID);
const U_WEIGHT = (() => {
  const w = U_GRID.map((u) => 6 * u * (1 - u));
  const s = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / s);
})();

/**
 * The true log-odds of default. `za` and `zi` are the standardised log amount and log income;
 * utilization's weight grows with the amount (a log-odds slope of 0.1 at ordinary amounts, about 5
 * at 2.4 sd above the reference mean).
 */
function logit(r, u) {
  const heavy = sigmoid(4 * (r.za - 2.4));
  return (
    -1.2 + 0.8 * r.za - 0.9 * r.zi - 0.03 * (r.age - 40) - 0.01 * (r.tenure - 36) + 0.35 * (r.inquiries - 1.5) +
    PRODUCT_EFFECT[r.product] + REGION_EFFECT[r.region] + CHANNEL_EFFECT[r.channel] + (0.1 + 10 * heavy) * (u - 0.5)
  );
}

/** The candidate's score: P(default | everything but utilization). */
function withoutUtilization(r) {
  let p = 0;
  for (let k = 0; k < GRID; k++) p += U_WEIGHT[k] * sigmoid(logit(r, U_GRID[k]));
  return p;
}

function makeRows(s, start, days, drift, firstId) {
  const rows = [];
  for (let d = 0; d < days; d++) {
    const drifted = drift !== null && d >= drift;
    const n = s.poisson(ROWS_PER_DAY);
    const times = Array.from({ length: n }, () => start + d * DAY + Math.floor(s.u() * DAY / 1000) * 1000).sort((a, b) => a - b);
    for (const t of times) {
      const zi = s.normal();
      // Before the campaign the amount follows income (correlation 0.7); after it, it does not.
      const za = drifted ? 2 + s.normal() : 0.7 * zi + Math.sqrt(1 - 0.49) * s.normal();
      const median3 = [s.u(), s.u(), s.u()].sort((a, b) => a - b)[1];
      const r = {
        t,
        za,
        zi,
        utilization: median3,
        age: Math.round(Math.min(75, Math.max(21, 41 + 11 * s.normal()))),
        tenure: Math.round(Math.min(240, Math.max(0, 36 + 30 * s.normal()))),
        inquiries: s.poisson(1.5),
        product: s.pickCumulative(PRODUCT_P),
        region: s.pickCumulative(REGION_P),
        channel: s.pickCumulative(CHANNEL_P),
      };
      r.p = sigmoid(logit(r, r.utilization));
      r.pc = withoutUtilization(r);
      r.y = s.u() < r.p ? 1 : 0;
      r.drifted = drifted;
      rows.push(r);
    }
  }
  rows.forEach((r, i) => (r.id = `T${String(firstId + i).padStart(6, '0')}`));
  return rows;
}

const HEADER = [
  'timestamp', 'id', 'amount', 'income', 'utilization', 'age', 'tenure_months', 'inquiries', 'product', 'region', 'channel',
  'baseline_score', 'baseline_prediction', 'candidate_score', 'candidate_prediction', 'target',
];

function line(r, labelled) {
  const b = r.p.toFixed(4);
  const c = r.pc.toFixed(4);
  return [
    new Date(r.t).toISOString().replace('.000Z', 'Z'),
    r.id,
    (Math.round(Math.exp(8.6 + 0.5 * r.za) / 10) * 10).toFixed(0),
    (Math.round(Math.exp(10.9 + 0.4 * r.zi) / 100) * 100).toFixed(0),
    r.utilization.toFixed(3),
    r.age,
    r.tenure,
    r.inquiries,
    PRODUCTS[r.product],
    REGIONS[r.region],
    CHANNELS[r.channel],
    b,
    Number(b) >= 0.5 ? 1 : 0,
    c,
    Number(c) >= 0.5 ? 1 : 0,
    labelled ? r.y : '',
  ].join(',');
}

/** Expected accuracy and ROC AUC of a score, from the true probabilities (not one label draw). */
function expected(rows, score) {
  let acc = 0;
  for (const r of rows) acc += score(r) >= 0.5 ? r.p : 1 - r.p;
  // AUC = P(score of a positive > score of a negative), pairs weighted by p_i (1 - p_j); ties count ½.
  const sorted = [...rows].sort((a, b) => score(a) - score(b));
  let negBelow = 0;
  let num = 0;
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    let tiePos = 0;
    let tieNeg = 0;
    while (j < sorted.length && score(sorted[j]) === score(sorted[i])) {
      tiePos += sorted[j].p;
      tieNeg += 1 - sorted[j].p;
      j++;
    }
    num += tiePos * (negBelow + tieNeg / 2);
    negBelow += tieNeg;
    pos += tiePos;
    neg += tieNeg;
    i = j;
  }
  return { rows: rows.length, accuracy: round(acc / rows.length), roc_auc: round(num / (pos * neg)) };
}
const round = (x) => Math.round(x * 1e4) / 1e4;

const s = sampler(20261015);
const reference = makeRows(s, REFERENCE_START, REFERENCE_DAYS, null, 1);
const current = makeRows(s, CURRENT_START, CURRENT_DAYS, DRIFT_DAY, reference.length + 1);
const labelled = Math.round(current.length * LABELLED_SHARE);

mkdirSync(outDir, { recursive: true });
const csv = (rows, isLabelled) => `${[HEADER.join(','), ...rows.map((r, i) => line(r, isLabelled(i)))].join('\n')}\n`;
writeFileSync(join(outDir, 'reference.csv'), csv(reference, () => true));
writeFileSync(join(outDir, 'current.csv'), csv(current, (i) => i < labelled));
writeFileSync(join(outDir, 'hidden-labels.csv'), `id,target\n${current.slice(labelled).map((r) => `${r.id},${r.y}`).join('\n')}\n`);

// The scores as written (4 decimals), so the truth is that of the files.
const baseline = (r) => Number(r.p.toFixed(4));
const candidate = (r) => Number(r.pc.toFixed(4));
const periods = {
  reference,
  current_labelled: current.slice(0, labelled),
  current_unlabelled: current.slice(labelled),
  current_before_drift: current.filter((r) => !r.drifted),
  current_after_drift: current.filter((r) => r.drifted),
};
const truth = {
  about:
    'Written by scripts/make-shadow-example.mjs: expected metrics of both models (from the true default probabilities, not one draw of the labels) per period',
  drift_starts: new Date(CURRENT_START + DRIFT_DAY * DAY).toISOString().slice(0, 10),
  labelled_rows: labelled,
  last_labelled: new Date(current[labelled - 1].t).toISOString(),
  periods: Object.fromEntries(
    Object.entries(periods).map(([k, rows]) => [k, { baseline: expected(rows, baseline), candidate: expected(rows, candidate) }]),
  ),
};
writeFileSync(join(base, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
console.log(`wrote ${join(base, 'data')}/{reference,current,hidden-labels}.csv (${reference.length} and ${current.length} rows) and truth.json`);
