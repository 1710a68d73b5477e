// Writes the slices example: a churn model whose candidate is better on average but much worse
// for customers in the north region, the regression an average hides. Seeded, so the committed
// CSVs are exactly what this script writes: `node examples/slices/generate.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sampler } from '../../scripts/calibrate/random.mjs';

const outDir = join(dirname(fileURLToPath(import.meta.url)), 'data');
const sigmoid = (z) => 1 / (1 + Math.exp(-z));

function makeRows(n, seed, startId) {
  const { u, normal } = sampler(seed);
  const pick = (items, weights) => {
    const total = weights.reduce((s, w) => s + w, 0);
    let r = u() * total;
    for (let i = 0; i < items.length; i++) if ((r -= weights[i]) < 0) return items[i];
    return items[items.length - 1];
  };
  const rows = [];
  for (let i = 0; i < n; i++) {
    const region = pick(['north', 'south', 'east', 'west'], [18, 30, 28, 24]);
    const channel = pick(['web', 'app', 'store'], [45, 35, 20]);
    const tenure = Math.max(0, Math.round(30 + 20 * normal()));
    const spend = Math.round(Math.exp(4 + 0.5 * normal()));
    const tickets = Math.max(0, Math.round(1.5 + 1.2 * normal()));
    const risk = -0.6 - 0.045 * (tenure - 30) + 0.55 * (tickets - 1.5) - 0.6 * (Math.log(spend) - 4) + (channel === 'store' ? -0.3 : 0.1) + 0.5 * normal();
    const churned = u() < sigmoid(risk) ? 1 : 0;
    const baseline = sigmoid(0.8 * risk + 0.7 * normal());
    // The candidate is sharper everywhere, except in the north, where a feature it relies on is
    // recorded differently: there its scores are flattened and shifted down, so it misses churners.
    const north = region === 'north';
    const candidate = north ? sigmoid(0.8 * risk - 0.55 + 0.6 * normal()) : sigmoid(1.0 * risk + 0.45 * normal());
    rows.push([`C${startId + i}`, region, channel, tenure, spend, tickets, churned,
      baseline.toFixed(4), baseline >= 0.5 ? 1 : 0, candidate.toFixed(4), candidate >= 0.5 ? 1 : 0]);
  }
  return rows;
}

const header = ['customer_id', 'region', 'channel', 'tenure_months', 'monthly_spend', 'support_tickets', 'churned',
  'baseline_score', 'baseline_prediction', 'candidate_score', 'candidate_prediction'];
mkdirSync(outDir, { recursive: true });
for (const [name, n, seed, start] of [['reference.csv', 5000, 1601, 100000], ['current.csv', 5000, 1602, 200000]]) {
  const text = [header, ...makeRows(n, seed, start)].map((r) => r.join(',')).join('\n') + '\n';
  writeFileSync(join(outDir, name), text);
}
