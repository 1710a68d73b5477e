/**
 * A model run in a process of its own (dist/model-runner.js): opening the file, the Predictor the
 * checks use, and every way the process can fail (a file onnxruntime rejects, a crash in native
 * code, memory beyond `models.max_memory_mb`) as a ModelError naming the model file.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writevSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { feedData } from './inputs.js';
import { readOnnx, withTensorOutput, ModelFormatError, type OnnxModel, type ValueInfo } from './onnx-file.js';
import { resolveOutputs, OutputProblem, type ResolvedOutputs } from './outputs.js';
import type { ChunkOutputs, FeedData, FromRunner, InputFeed, Packed, PackedFeed, ToRunner } from './protocol.js';
import type { FeatureBatch, ModelInfo, ModelOutputs, ModelRole, Predictor, SessionMemory, Timing } from './types.js';
import { featuresOf } from './inputs.js';

/** A model that cannot be read or run; the message names the file and what went wrong. */
export class ModelError extends Error {}

/** An output that is NaN or infinite on `row` (0-based in the batch). */
export class NonFiniteOutputError extends ModelError {
  constructor(
    readonly row: number,
    readonly output: string,
    readonly value: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * What a dying process printed that says why: onnxruntime's own lines (an abort prints
 * "terminate called…" and the exception's what()), not the Node.js version banner.
 */
function lastWords(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^Node\.js v\d/.test(l));
  const telling = lines.filter((l) => /error|abort|terminate|what\(\)|exception|fault|killed/i.test(l));
  const pick = (telling.length ? telling : lines).slice(-3).join(' ');
  return pick ? `; it printed: ${pick.slice(0, 500)}` : '';
}

/** Rows per message to the model's process: large enough to amortise a message, small enough to overlap. */
const CHUNK_ROWS = 65_536;
const FIRST_CHUNK_ROWS = 8_192;
const PADDING = new Uint8Array(8);

function runnerPath(): string {
  const beside = new URL('./model-runner.js', import.meta.url);
  if (beside.protocol === 'file:' && existsSync(fileURLToPath(beside))) return fileURLToPath(beside);
  // Under vitest the sources run from src/models: the built runner is in dist/.
  return fileURLToPath(new URL('../../dist/model-runner.js', import.meta.url));
}

/** The child process and its replies, answered in the order the requests were sent. */
class RunnerProcess {
  private readonly child: ChildProcess;
  private readonly pending: { resolve(m: FromRunner): void; reject(e: Error): void; what: string }[] = [];
  private failure: ModelError | null = null;
  private stderr = '';
  private readonly watch: NodeJS.Timeout | null;

  constructor(
    private readonly display: string,
    private readonly maxMemoryMb: number,
  ) {
    this.child = fork(runnerPath(), [], { serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [] });
    this.child.stderr?.on('data', (d: Buffer) => {
      // Only the tail matters (the last words of a native abort).
      this.stderr = (this.stderr + d.toString('utf8')).slice(-2000);
    });
    this.child.on('message', (m: FromRunner) => {
      if (!this.checkMemory()) return;
      const p = this.pending.shift();
      if (this.pending.length === 0) this.hold(false);
      if (!p) return;
      if (m.type === 'error') p.reject(new ModelError(`${this.display}: ${m.message}`));
      else p.resolve(m);
    });
    this.child.on('error', (e) => this.fail(`${this.display}: the model's process could not run: ${e.message}`));
    this.child.on('exit', (code, signal) => {
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      const said = lastWords(this.stderr);
      this.fail(`${this.display}: the model's process ${how} while ${this.pending[0]?.what ?? 'idle'}${said}`);
    });
    const pid = this.child.pid;
    this.statm = pid !== undefined && existsSync(`/proc/${pid}/statm`) ? `/proc/${pid}/statm` : null;
    // Polled while the model runs, and checked at every answer, so a short run cannot slip past.
    this.watch = this.statm ? setInterval(() => this.checkMemory(), 100) : null;
    this.watch?.unref();
    // The process keeps the gate alive only while an answer is awaited: a run that ends early
    // (bad input) must not hang on an idle model.
    this.child.unref();
    (this.child.stderr as { unref?: () => void } | null)?.unref?.();
    this.hold(false);
  }

  private hold(on: boolean): void {
    // The process handle too: a process that dies must still deliver its exit to the waiting request.
    const channel = (this.child as unknown as { channel?: { ref(): void; unref(): void } }).channel;
    if (on) {
      this.child.ref();
      channel?.ref();
    } else {
      this.child.unref();
      channel?.unref();
    }
  }

  private readonly statm: string | null;

  /** False (and the process stopped) when its resident memory is beyond the limit. */
  private checkMemory(): boolean {
    if (!this.statm || this.failure) return !this.failure;
    let resident: number;
    try {
      resident = Number(readFileSync(this.statm, 'utf8').split(' ')[1]) * 4096;
    } catch {
      return true; // the process has just ended: its exit handler reports it
    }
    if (resident <= this.maxMemoryMb * 1024 * 1024) return true;
    this.fail(`${this.display}: the model needed more than models.max_memory_mb = ${this.maxMemoryMb} MiB of memory (its process was stopped at ${Math.round(resident / 2 ** 20)} MiB)`);
    this.child.kill('SIGKILL');
    return false;
  }

  private fail(message: string): void {
    this.failure ??= new ModelError(message);
    if (this.watch) clearInterval(this.watch);
    this.hold(false);
    for (const p of this.pending.splice(0)) p.reject(this.failure);
  }

  request(m: ToRunner, what: string): Promise<FromRunner> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject, what });
      this.hold(true);
      try {
        this.child.send(m);
      } catch (e) {
        this.fail(`${this.display}: could not send data to the model's process: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
  }

  private dir: string | null = null;
  private files = 0;

  /**
   * Writes a chunk's data to a file of this process's own directory (in memory where Linux offers
   * /dev/shm) for the model's process to read; see protocol.ts `PackedFeed` for why a file.
   */
  pack(data: readonly FeedData[]): Packed {
    try {
      return this.packTo(data);
    } catch (e) {
      throw new ModelError(`${this.display}: cannot write the model's input data to a temporary file: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private packTo(data: readonly FeedData[]): Packed {
    if (this.dir === null) {
      const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
      try {
        this.dir = mkdtempSync(join(base, 'model-gate-'));
      } catch {
        this.dir = mkdtempSync(join(tmpdir(), 'model-gate-'));
      }
    }
    let size = 0;
    // The arrays are written as they are (no concatenated copy), each padded so that every view
    // starts at a multiple of its element size (8 suits every type).
    const parts: Uint8Array[] = [];
    const feeds: PackedFeed[] = data.map((d) => {
      const arr = d.kind === 'strings' ? d.codes : d.data;
      const offset = size;
      parts.push(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength));
      const pad = (8 - (arr.byteLength % 8)) % 8;
      if (pad) parts.push(PADDING.subarray(0, pad));
      size += arr.byteLength + pad;
      return d.kind === 'strings'
        ? { kind: 'strings', offset, length: arr.length, dictionary: d.dictionary }
        : { kind: 'numbers', type: typeOf(d.data), offset, length: arr.length };
    });
    const path = join(this.dir, `${this.files++}.bin`);
    const fd = openSync(path, 'w');
    try {
      let written = 0;
      while (written < size) {
        // writev may write less than asked: go on from where it stopped.
        let skip = written;
        const rest: Uint8Array[] = [];
        for (const part of parts) {
          if (skip >= part.length) skip -= part.length;
          else {
            rest.push(skip ? part.subarray(skip) : part);
            skip = 0;
          }
        }
        written += writevSync(fd, rest);
      }
    } finally {
      closeSync(fd);
    }
    return { path, feeds };
  }

  /** The model process's id (for diagnostics, and tests that end it as a crash would). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  close(): void {
    if (this.watch) clearInterval(this.watch);
    // Chunks a dead process never read.
    if (this.dir !== null) rmSync(this.dir, { recursive: true, force: true });
    this.failure ??= new ModelError(`${this.display}: the model was closed`);
    if (this.child.connected) this.child.disconnect();
    this.child.kill();
  }
}

/** A model file read, checked and loaded in its process; inputs are planned once the data is known. */
export interface OpenedModel {
  readonly role: ModelRole;
  readonly display: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly onnx: OnnxModel;
  readonly outputs: ResolvedOutputs;
  /** Graph inputs to feed (initializers listed as inputs by old exporters left out). */
  readonly inputs: readonly ValueInfo[];
  readonly process: RunnerProcess;
}

/**
 * Reads, parses and loads the model at `path` (`display`: as written in the config). Throws
 * ModelError for every problem: missing, unreadable, not ONNX, outputs the gate cannot read, or
 * a graph onnxruntime rejects (unknown operator, unsupported opset, wrong types).
 */
export async function openModel(
  role: ModelRole,
  display: string,
  path: string,
  settings: { outputs: Parameters<typeof resolveOutputs>[1]; threads: number; max_memory_mb: number },
): Promise<OpenedModel> {
  const key = `models.${role}`;
  const st = await stat(path).catch((e: NodeJS.ErrnoException) => {
    throw new ModelError(`${key}: cannot read ${display}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
  });
  if (!st.isFile()) throw new ModelError(`${key}: ${display} is not a regular file`);
  const bytes = new Uint8Array(await readFile(path));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let onnx: OnnxModel;
  try {
    onnx = readOnnx(bytes);
  } catch (e) {
    if (e instanceof ModelFormatError) throw new ModelError(`${key}: ${display} is not a readable ONNX model (${e.message}); expected a ModelProto as written by onnx.save`);
    throw e;
  }
  let outputs: ResolvedOutputs;
  try {
    outputs = resolveOutputs(onnx, settings.outputs);
  } catch (e) {
    if (e instanceof OutputProblem) throw new ModelError(`${key}: ${display}: ${e.message}`);
    throw e;
  }
  const proc = new RunnerProcess(display, settings.max_memory_mb);
  const toLoad = outputs.zipmapTensor ? withTensorOutput(bytes, onnx, outputs.zipmapTensor) : null;
  let loaded: FromRunner;
  try {
    loaded = await proc.request({ type: 'load', path, bytes: toLoad, threads: settings.threads }, 'loading the model');
  } catch (e) {
    proc.close();
    const msg = e instanceof Error ? e.message : String(e);
    throw new ModelError(`${key}: onnxruntime cannot load ${msg.startsWith(display) ? msg : `${display}: ${msg}`}`);
  }
  if (loaded.type !== 'loaded') throw new ModelError(`${key}: ${display}: unexpected answer from the model's process`);
  const feedable = new Set(loaded.inputNames);
  return { role, display, bytes: bytes.length, sha256, onnx, outputs, inputs: onnx.inputs.filter((i) => feedable.has(i.name)), process: proc };
}

export function closeModel(m: OpenedModel): void {
  m.process.close();
}

function typeOf(a: Float32Array | Float64Array | BigInt64Array | Int32Array): InputFeed['type'] {
  if (a instanceof Float32Array) return 'float32';
  if (a instanceof Float64Array) return 'float64';
  if (a instanceof BigInt64Array) return 'int64';
  return 'int32';
}

function finiteCheck(display: string, output: string, data: ArrayLike<number>, width: number): void {
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (!Number.isFinite(v)) {
      const row = Math.floor(i / width);
      throw new NonFiniteOutputError(row, output, v, `${display}: the output ${output} is ${String(v)} on row ${row + 1}`);
    }
  }
}

function merge(m: OpenedModel, chunks: readonly ChunkOutputs[], rows: number): ModelOutputs {
  const plan = m.outputs.plan;
  if (plan.value) {
    const values = new Float64Array(rows);
    let at = 0;
    for (const c of chunks) {
      values.set(c.values!, at);
      at += c.values!.length;
    }
    finiteCheck(m.display, plan.value, values, 1);
    return { kind: 'regression', values };
  }
  const classes = plan.classes!;
  const k = classes.length;
  let probabilities: Float64Array | null = null;
  if (plan.probabilities) {
    const width = chunks[0]?.width ?? k;
    if (chunks.length > 0 && width !== k) {
      throw new ModelError(`${m.display}: the output ${plan.probabilities} has ${width} columns, but the model names ${k} classes (${classes.join(', ')})`);
    }
    probabilities = new Float64Array(rows * k);
    let at = 0;
    for (const c of chunks) {
      probabilities.set(c.probabilities!, at);
      at += c.probabilities!.length;
    }
    finiteCheck(m.display, plan.probabilities, probabilities, k);
  }
  const labels = new Int32Array(rows);
  if (plan.label) {
    let at = 0;
    for (const c of chunks) {
      labels.set(c.labels!, at);
      at += c.labels!.length;
    }
  } else {
    // No label output: the class with the highest probability, as sklearn's predict.
    const p = probabilities!;
    for (let r = 0; r < rows; r++) {
      let best = 0;
      for (let j = 1; j < k; j++) if (p[r * k + j]! > p[r * k + best]!) best = j;
      labels[r] = best;
    }
  }
  return { kind: 'classification', classes, labels, probabilities };
}

/** The Predictor of an opened model whose inputs are planned. */
export function predictorOf(m: OpenedModel, feeds: readonly InputFeed[], batchSize: number, info: Omit<ModelInfo, 'inputs'>): Predictor {
  const inputs = [...feeds];
  const fullInfo: ModelInfo = {
    ...info,
    inputs: inputs.map((f) => {
      const vi = m.inputs.find((i) => i.name === f.name);
      const shape = vi && vi.type.kind === 'tensor' && vi.type.shape ? vi.type.shape.map((d) => (d === '' || d === '?' ? 'N' : d)) : [];
      return { name: f.name, type: f.type, shape, columns: f.columns };
    }),
  };
  const plan = m.outputs.plan;
  return {
    info: fullInfo,
    features: featuresOf(inputs),
    async predict(batch: FeatureBatch): Promise<ModelOutputs> {
      const replies: Promise<FromRunner>[] = [];
      const chunks: ChunkOutputs[] = [];
      // Four chunks in flight: a reply reaches this process only as the model's process finds
      // time to write it between batches, so with fewer the model would wait for its next chunk.
      // The first chunk small, so that the model starts while the next ones are built.
      for (let start = 0, size = FIRST_CHUNK_ROWS; start < batch.rows; start += size, size = CHUNK_ROWS) {
        const end = Math.min(batch.rows, start + size);
        const packed = m.process.pack(feedData(inputs, batch, start, end));
        const reply = m.process.request({ type: 'predict', id: start, rows: end - start, batch: batchSize, inputs, packed, plan }, `predicting rows ${start + 1}–${end}`);
        // A process that dies rejects every chunk in flight; the first one awaited reports it.
        reply.catch(() => undefined);
        replies.push(reply);
        if (replies.length >= 4) chunks.push(asPredicted(await replies.shift()!));
      }
      for (const r of replies) chunks.push(asPredicted(await r));
      return merge(m, chunks, batch.rows);
    },
    async time(batch: FeatureBatch, runs: number): Promise<Timing> {
      const reply = await m.process.request({ type: 'time', id: 0, rows: batch.rows, inputs, packed: m.process.pack(feedData(inputs, batch, 0, batch.rows)), plan, runs }, 'timing the model');
      if (reply.type !== 'timed') throw new ModelError(`${m.display}: unexpected answer from the model's process`);
      return { ms: reply.ms, rows: batch.rows };
    },
    async memory(): Promise<SessionMemory> {
      const reply = await m.process.request({ type: 'memory', id: 0 }, 'measuring memory');
      if (reply.type !== 'memory') throw new ModelError(`${m.display}: unexpected answer from the model's process`);
      return { before_bytes: reply.before_bytes, peak_bytes: reply.peak_bytes };
    },
  };
}

function asPredicted(r: FromRunner): ChunkOutputs {
  if (r.type !== 'predicted') throw new ModelError('unexpected answer from the model\'s process');
  return r.outputs;
}
