/**
 * A Predictor backed by a plain function, for testing the model checks without onnxruntime:
 * `fn` sees the batch's columns and returns the outputs; time() reports the given latencies.
 */
import type { FeatureBatch, ModelInfo, ModelOutputs, ModelRole, Predictor } from '../../src/models/types.js';

export function fakePredictor(
  role: ModelRole,
  features: readonly string[],
  fn: (batch: FeatureBatch) => ModelOutputs,
  opts: { sha256?: string; latencyMs?: (run: number, rows: number) => number } = {},
): Predictor & { calls: number } {
  const info: ModelInfo = {
    role,
    path: `models/${role}.onnx`,
    bytes: 1000,
    sha256: opts.sha256 ?? (role === 'baseline' ? 'a'.repeat(64) : 'b'.repeat(64)),
    producer: 'test',
    opsets: [{ domain: '', version: 17 }],
    inputs: features.map((f) => ({ name: f, type: 'float32', shape: ['N', 1], columns: [f] })),
    outputs: { label: null, probabilities: null, value: null },
  };
  let run = 0;
  const p = {
    info,
    features,
    calls: 0,
    async predict(batch: FeatureBatch) {
      p.calls++;
      return fn(batch);
    },
    async time(batch: FeatureBatch, runs: number) {
      const ms = new Float64Array(runs);
      for (let i = 0; i < runs; i++) ms[i] = opts.latencyMs ? opts.latencyMs(run++, batch.rows) : 1;
      return { ms, rows: batch.rows };
    },
    async memory() {
      return { before_bytes: 50e6, peak_bytes: 80e6 };
    },
  };
  return p;
}
