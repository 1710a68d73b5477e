/**
 * The one number per row that an explanation decomposes: a regressor's value; a classifier's
 * probability of one class (the positive class of a binary task, or, per explained row, the class
 * the candidate predicts there); for a classifier that gives labels only, whether it predicts that
 * class (0 or 1, so its mean over the background is the share of rows predicted so).
 */
import type { ModelOutputs } from '../types.js';

export type Readout =
  | { readonly kind: 'value' }
  /** `classes[r]`: the index, in this model's own class order, of the class read for explained row r. */
  | { readonly kind: 'probability'; readonly classes: Int32Array }
  | { readonly kind: 'indicator'; readonly classes: Int32Array };

export class ReadoutError extends Error {}

/** Checks that outputs have the shape the readout needs for a batch of `rows` rows. */
export function checkOutputs(outputs: ModelOutputs, readout: Readout, rows: number): void {
  if (readout.kind === 'value') {
    if (outputs.kind !== 'regression') throw new ReadoutError('the model returned class labels, but the task is regression');
    if (outputs.values.length !== rows) throw new ReadoutError(`the model returned ${outputs.values.length} values for ${rows} rows`);
    return;
  }
  if (outputs.kind !== 'classification') throw new ReadoutError('the model returned values, but the task is classification');
  if (outputs.labels.length !== rows) throw new ReadoutError(`the model returned ${outputs.labels.length} labels for ${rows} rows`);
  if (readout.kind === 'probability' && (outputs.probabilities === null || outputs.probabilities.length !== rows * outputs.classes.length)) {
    throw new ReadoutError(`the model returned no probabilities for ${rows} rows`);
  }
}

/**
 * Mean of the read number over batch rows [start, start + count), read for explained row r.
 * Call checkOutputs first.
 */
export function meanReadout(outputs: ModelOutputs, readout: Readout, start: number, count: number, r: number): number {
  let sum = 0;
  const end = start + count;
  if (readout.kind === 'value') {
    const v = (outputs as Extract<ModelOutputs, { kind: 'regression' }>).values;
    for (let i = start; i < end; i++) sum += v[i];
  } else if (readout.kind === 'probability') {
    const o = outputs as Extract<ModelOutputs, { kind: 'classification' }>;
    const p = o.probabilities as Float64Array;
    const k = o.classes.length;
    const c = readout.classes[r];
    for (let i = start; i < end; i++) sum += p[i * k + c];
  } else {
    const labels = (outputs as Extract<ModelOutputs, { kind: 'classification' }>).labels;
    const c = readout.classes[r];
    for (let i = start; i < end; i++) sum += labels[i] === c ? 1 : 0;
  }
  return sum / count;
}
