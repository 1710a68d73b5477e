/**
 * The process that runs one model (dist/model-runner.js, started by models/session.ts). A model
 * file from a pull request is untrusted input parsed by native code: in its own process an abort
 * or a crash in onnxruntime ends this process, not the gate, which reports it as an error naming
 * the model. Everything here answers one message at a time.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import type { ChunkOutputs, FeedData, FromRunner, InputFeed, OutputPlan, Packed, ToRunner } from './protocol.js';

let session: ort.InferenceSession | null = null;
let beforeBytes = 0;

function send(m: FromRunner): void {
  process.send?.(m);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The chunk's data as typed-array views of the file's bytes (the file is removed once read). */
function unpack(p: Packed): FeedData[] {
  const bytes = readFileSync(p.path);
  unlinkSync(p.path);
  const buf = bytes.buffer;
  const at = bytes.byteOffset;
  return p.feeds.map((f) => {
    if (f.kind === 'strings') return { kind: 'strings', codes: new Int32Array(buf, at + f.offset, f.length), dictionary: f.dictionary };
    const View = { float32: Float32Array, float64: Float64Array, int64: BigInt64Array, int32: Int32Array, string: Int32Array }[f.type];
    return { kind: 'numbers', data: new View(buf, at + f.offset, f.length) };
  });
}

/** The tensors for rows [start, end) of a chunk: views of the chunk's arrays, no copies. */
function feedsFor(inputs: readonly InputFeed[], data: readonly FeedData[], start: number, end: number): Record<string, ort.Tensor> {
  const out: Record<string, ort.Tensor> = {};
  const n = end - start;
  inputs.forEach((input, i) => {
    const d = data[i]!;
    const width = input.columns.length;
    const dims = input.rank === 1 ? [n] : [n, width];
    if (d.kind === 'strings') {
      // onnxruntime takes strings as an array; the strings are the dictionary's own, not copies.
      const s = new Array<string>(n);
      for (let r = 0; r < n; r++) {
        const c = d.codes[start + r]!;
        s[r] = c < 0 ? '' : d.dictionary[c]!;
      }
      out[input.name] = new ort.Tensor('string', s, dims);
    } else {
      out[input.name] = new ort.Tensor(input.type as 'float32', d.data.subarray(start * width, end * width) as Float32Array, dims);
    }
  });
  return out;
}

function fetchNames(plan: OutputPlan): string[] {
  return [plan.label, plan.probabilities, plan.value].filter((x): x is string => x !== null);
}

function numbers(t: ort.Tensor, what: string): Float32Array | Float64Array {
  if (t.data instanceof Float32Array || t.data instanceof Float64Array) return t.data;
  throw new Error(`the output ${what} holds ${t.type} values, not floating-point numbers`);
}

class Collector {
  labels: Int32Array | null;
  probabilities: Float32Array | Float64Array | null = null;
  values: Float32Array | Float64Array | null = null;
  width = 0;
  private readonly classIndex: Map<string, number> | null;
  /** Integer class labels (the common int64 case) looked up without a string per row; -1 = not a class. */
  private readonly intIndex: Int32Array | null;

  constructor(
    private readonly plan: OutputPlan,
    private readonly rows: number,
  ) {
    this.labels = plan.label ? new Int32Array(rows) : null;
    this.classIndex = plan.classes ? new Map(plan.classes.map((c, i) => [c, i])) : null;
    // Small non-negative integer classes (0/1, 0…9), by far the most common: an array lookup.
    const ints = plan.classes?.every((c) => /^\d{1,4}$/.test(c)) ? plan.classes.map(Number) : null;
    if (ints) {
      this.intIndex = new Int32Array(Math.max(...ints) + 1).fill(-1);
      ints.forEach((v, i) => (this.intIndex![v] = i));
    } else this.intIndex = null;
  }

  add(result: ort.InferenceSession.ReturnType, start: number, n: number): void {
    const p = this.plan;
    if (p.label) {
      const t = result[p.label]!;
      const index = this.classIndex!;
      const data = t.data;
      const ints = this.intIndex;
      let r = 0;
      if (ints && data instanceof BigInt64Array) {
        const labels = this.labels!;
        for (; r < n; r++) {
          const v = Number(data[r]);
          const at = v >= 0 && v < ints.length ? ints[v]! : -1;
          if (at < 0) break;
          labels[start + r] = at;
        }
      }
      // The general path, and the row where the fast one stopped (a label not among the classes).
      for (; r < n; r++) {
        const raw = t.data[r];
        const key = typeof raw === 'bigint' ? raw.toString() : typeof raw === 'boolean' ? (raw ? '1' : '0') : String(raw);
        const at = index.get(key);
        if (at === undefined) {
          throw new Error(`on row ${start + r + 1} of the batch the output ${p.label} is the class ${JSON.stringify(key).slice(0, 80)}, which is not among the model's classes`);
        }
        this.labels![start + r] = at;
      }
    }
    if (p.probabilities) {
      const t = result[p.probabilities]!;
      const data = numbers(t, p.probabilities);
      const width = t.dims.length === 2 ? t.dims[1]! : 1;
      if (!this.probabilities) {
        this.width = width;
        this.probabilities = data instanceof Float64Array ? new Float64Array(this.rows * width) : new Float32Array(this.rows * width);
      } else if (width !== this.width) throw new Error(`the output ${p.probabilities} changed width from ${this.width} to ${width}`);
      if (data.length !== n * width) throw new Error(`the output ${p.probabilities} has ${data.length} values for ${n} rows`);
      this.probabilities.set(data, start * width);
    }
    if (p.value) {
      const t = result[p.value]!;
      const data = numbers(t, p.value);
      if (data.length !== n) throw new Error(`the output ${p.value} has shape [${t.dims.join(', ')}], expected one value per row ([${n}] or [${n}, 1])`);
      this.values ??= data instanceof Float64Array ? new Float64Array(this.rows) : new Float32Array(this.rows);
      this.values.set(data, start);
    }
  }

  result(): ChunkOutputs {
    return { labels: this.labels, probabilities: this.probabilities, width: this.width, values: this.values };
  }
}

async function load(path: string, bytes: Uint8Array | null, threads: number): Promise<FromRunner> {
  beforeBytes = process.memoryUsage.rss();
  const options: ort.InferenceSession.SessionOptions = {
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    // Warnings about the graph go to stderr, which the gate keeps only for a crash report.
    logSeverityLevel: 3,
  };
  session = bytes ? await ort.InferenceSession.create(bytes, options) : await ort.InferenceSession.create(path, options);
  return { type: 'loaded', inputNames: [...session.inputNames], outputNames: [...session.outputNames], before_bytes: beforeBytes };
}

async function predict(m: Extract<ToRunner, { type: 'predict' }>): Promise<FromRunner> {
  const s = session!;
  const out = new Collector(m.plan, m.rows);
  const fetches = fetchNames(m.plan);
  const feeds = unpack(m.packed);
  for (let start = 0; start < m.rows; start += m.batch) {
    const end = Math.min(m.rows, start + m.batch);
    const result = await s.run(feedsFor(m.inputs, feeds, start, end), fetches);
    out.add(result, start, end - start);
  }
  return { type: 'predicted', id: m.id, outputs: out.result() };
}

async function time(m: Extract<ToRunner, { type: 'time' }>): Promise<FromRunner> {
  const s = session!;
  const feeds = feedsFor(m.inputs, unpack(m.packed), 0, m.rows);
  const fetches = fetchNames(m.plan);
  const ms = new Float64Array(m.runs);
  for (let i = 0; i < m.runs; i++) {
    const t0 = performance.now();
    await s.run(feeds, fetches);
    ms[i] = performance.now() - t0;
  }
  return { type: 'timed', id: m.id, ms };
}

async function handle(m: ToRunner): Promise<FromRunner> {
  switch (m.type) {
    case 'load':
      return load(m.path, m.bytes, m.threads);
    case 'predict':
      return predict(m);
    case 'time':
      return time(m);
    case 'memory':
      return { type: 'memory', id: m.id, before_bytes: beforeBytes, peak_bytes: process.resourceUsage().maxRSS * 1024 };
  }
}

// One message at a time, in order: the gate waits for each answer anyway, and a session is not
// meant to run two batches at once.
let chain: Promise<void> = Promise.resolve();
process.on('message', (m: ToRunner) => {
  chain = chain.then(async () => {
    try {
      send(await handle(m));
    } catch (e) {
      send({ type: 'error', id: 'id' in m ? m.id : null, message: errorText(e) });
    }
  });
});
process.on('disconnect', () => process.exit(0));
