// The reference for the gate's inference cost: onnxruntime-node alone running one model over the
// same rows in the same batches as the gate feeds it (the batches built before the clock starts),
// in a process of its own like the gate's model process. Prints {"ms": …, "rows": …} as JSON.
//
//   node bench/onnx-bare.mjs LOADER_BUNDLE MODEL INPUTS_JSON THREADS BATCH FETCH_JSON REF.csv CUR.csv
import { pathToFileURL } from 'node:url';
import * as ort from 'onnxruntime-node';

const [bundle, model, inputsJson, threads, batch, fetchJson, ref, cur] = process.argv.slice(2);
const inputs = JSON.parse(inputsJson);
const fetches = JSON.parse(fetchJson);
const B = Number(batch);
const { loadPair } = await import(pathToFileURL(bundle).href);
const types = new Map(inputs.filter((i) => i.type === 'string').flatMap((i) => i.columns.map((c) => [c, 'categorical'])));
const pair = await loadPair({ path: ref, display: ref }, { path: cur, display: cur }, { types });
const session = await ort.InferenceSession.create(model, {
  intraOpNumThreads: Number(threads),
  interOpNumThreads: 1,
  executionMode: 'sequential',
  graphOptimizationLevel: 'all',
  logSeverityLevel: 3,
});
const batches = [];
let rows = 0;
for (const t of [pair.reference, pair.current]) {
  rows += t.rowCount;
  for (let start = 0; start < t.rowCount; start += B) {
    const n = Math.min(B, t.rowCount - start);
    const feeds = {};
    for (const input of inputs) {
      const w = input.columns.length;
      const dims = input.shape.length === 1 ? [n] : [n, w];
      if (input.type === 'string') {
        const c = t.columns.get(input.columns[0]);
        feeds[input.name] = new ort.Tensor('string', Array.from({ length: n }, (_, r) => (c.codes[start + r] < 0 ? '' : c.dictionary[c.codes[start + r]])), dims);
      } else {
        const data = input.type === 'float64' ? new Float64Array(n * w) : new Float32Array(n * w);
        input.columns.forEach((name, j) => {
          const v = t.columns.get(name).values;
          for (let r = 0; r < n; r++) data[r * w + j] = v[start + r];
        });
        feeds[input.name] = new ort.Tensor(input.type, data, dims);
      }
    }
    batches.push(feeds);
  }
}
const t0 = performance.now();
for (const feeds of batches) await session.run(feeds, fetches);
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, rows }) + '\n');
