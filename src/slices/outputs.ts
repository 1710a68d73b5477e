/**
 * The target and both models' outputs on one slice's rows: the same shape as the whole file's
 * (src/checks/outputs.ts), so the performance family's measurement runs on a slice unchanged.
 */
import type { ClassificationOutputs, ClassModel, Outputs, RegModel } from '../checks/outputs.js';
import { gatherF64, gatherI32 } from '../data/gather.js';

function classModel(m: ClassModel | null, rows: Int32Array): ClassModel | null {
  if (!m) return null;
  return { ...m, predicted: gatherI32(m.predicted, rows), scores: m.scores ? m.scores.map((s) => gatherF64(s, rows)) : null };
}

function regModel(m: RegModel | null, rows: Int32Array): RegModel | null {
  return m ? { ...m, predicted: gatherF64(m.predicted, rows) } : null;
}

/**
 * `o` on the given current rows. Rows left out for an unexpected label are counted for the whole
 * file only (quality.labels reports them), so a slice's count is 0.
 */
export function sliceOutputs(o: Outputs, rows: Int32Array): Outputs {
  if (o.task === 'regression') {
    return {
      ...o,
      target: o.target ? gatherF64(o.target, rows) : null,
      baseline: regModel(o.baseline, rows),
      candidate: regModel(o.candidate, rows),
    };
  }
  const c: ClassificationOutputs = {
    ...o,
    unexpected: { target: 0, prediction: 0 },
    target: o.target ? gatherI32(o.target, rows) : null,
    baseline: classModel(o.baseline, rows),
    candidate: classModel(o.candidate, rows),
  };
  return c;
}

/**
 * 1 for each current row the slices are judged on: a target, and a prediction from both models
 * (a row with a missing score still counts here; the score metrics leave it out as they do overall).
 */
export function usableRows(o: Outputs): Uint8Array | null {
  if (!o.target || !o.candidate || !o.baseline) return null;
  const n = o.target.length;
  const keep = new Uint8Array(n);
  if (o.task === 'regression') {
    const t = o.target;
    const c = o.candidate.predicted;
    const b = o.baseline.predicted;
    for (let i = 0; i < n; i++) keep[i] = t[i] === t[i] && c[i] === c[i] && b[i] === b[i] ? 1 : 0;
  } else {
    const t = o.target;
    const c = o.candidate.predicted;
    const b = o.baseline.predicted;
    for (let i = 0; i < n; i++) keep[i] = t[i] >= 0 && c[i] >= 0 && b[i] >= 0 ? 1 : 0;
  }
  return keep;
}
