/**
 * Interventional Shapley values of one model for a few rows: the value of a coalition S for
 * explained row x is v(S) = mean over the background rows b of f(x_S, b_{not S}) — the marginal
 * ("independent") value function of shap's KernelExplainer. v(∅) = E[f(b)] and v(all) = f(x), so
 * the values add up to f(x) − E[f(b)] exactly.
 *
 * Cost: the model sees R × (coalitions) × B rows, plus R + B; coalitions = 2^F − 2 when exact
 * (F ≤ EXACT_MAX_FEATURES), else at most `samples`.
 */
import { createRng } from '../../stats/random.js';
import type { FeatureBatch, ModelOutputs } from '../types.js';
import { backgroundBatch, CHUNK_ROWS, coalitionChunk, explainedBatch, unitsPerChunk, type ExplainData } from './batch.js';
import { EXACT_MAX_FEATURES, exactPlan, kernelPlan, type CoalitionPlan } from './coalitions.js';
import { checkOutputs, meanReadout, ReadoutError, type Readout } from './readout.js';
import { shapleySolver } from './shapley.js';

export interface ModelExplanation {
  /** Whether every coalition was evaluated (else KernelSHAP on `coalitions` sampled ones). */
  readonly exact: boolean;
  readonly coalitions: number;
  /** Rows the model was asked about in all. */
  readonly modelRows: number;
  /** Per explained row: the model's output, its mean over the background, and F Shapley values. */
  readonly fx: Float64Array;
  readonly expected: Float64Array;
  /** R × F, row-major, features in `ExplainData.features` order. */
  readonly phi: Float64Array;
}

/** Exact for up to EXACT_MAX_FEATURES features, else KernelSHAP with `samples` coalitions drawn from `seed`. */
export function planFor(features: number, samples: number, seed: number): CoalitionPlan {
  return features <= EXACT_MAX_FEATURES ? exactPlan(features) : kernelPlan(features, samples, createRng(seed));
}

/** A model output that is not a finite number, at explained row `row` (0-based in the explained rows). */
export class NonFiniteOutputError extends ReadoutError {
  constructor(
    readonly row: number,
    readonly what: string,
  ) {
    super(`the model returned a non-finite output ${what}`);
  }
}

export async function explainModel(
  predict: (batch: FeatureBatch) => Promise<ModelOutputs>,
  data: ExplainData,
  readout: Readout,
  plan: CoalitionPlan,
  chunkRows = CHUNK_ROWS,
): Promise<ModelExplanation> {
  const R = data.rows;
  const B = data.background;
  const M = plan.count;
  if (plan.features !== data.features.length) throw new RangeError(`plan for ${plan.features} features, data has ${data.features.length}`);
  if (B === 0) throw new RangeError('no background row');

  const fx = new Float64Array(R);
  const own = await predict(explainedBatch(data));
  checkOutputs(own, readout, R);
  for (let r = 0; r < R; r++) {
    fx[r] = meanReadout(own, readout, r, 1, r);
    if (!Number.isFinite(fx[r])) throw new NonFiniteOutputError(r, 'on the row itself');
  }

  const expected = new Float64Array(R);
  const bg = await predict(backgroundBatch(data));
  checkOutputs(bg, readout, B);
  for (let r = 0; r < R; r++) {
    expected[r] = meanReadout(bg, readout, 0, B, r);
    if (!Number.isFinite(expected[r])) throw new NonFiniteOutputError(r, 'on a background row');
  }

  const values = new Float64Array(R * M);
  const per = unitsPerChunk(B, chunkRows);
  const total = R * M;
  let modelRows = R + B;
  for (let first = 0; first < total; first += per) {
    const chunk = coalitionChunk(data, plan, first, Math.min(per, total - first));
    const out = await predict(chunk.batch);
    checkOutputs(out, readout, chunk.batch.rows);
    modelRows += chunk.batch.rows;
    for (let u = 0; u < chunk.units; u++) {
      const unit = first + u;
      const r = Math.floor(unit / M);
      const v = meanReadout(out, readout, u * B, B, r);
      if (!Number.isFinite(v)) throw new NonFiniteOutputError(r, 'on a row mixing it with the background');
      values[unit] = v;
    }
  }

  const F = plan.features;
  const phi = new Float64Array(R * F);
  const solver = shapleySolver(plan);
  const row = new Float64Array(F);
  for (let r = 0; r < R; r++) {
    solver.solve(values, r * M, expected[r], fx[r], row);
    phi.set(row, r * F);
  }
  return { exact: plan.exact, coalitions: M, modelRows, fx, expected, phi };
}
