/**
 * Messages between the gate and a model's process (models/runner.ts). Sent with Node's
 * "advanced" IPC serialization, so typed arrays cross as bytes, not as JSON lists.
 */

/** How one model input is fed, decided by models/inputs.ts. */
export interface InputFeed {
  name: string;
  /** onnxruntime tensor type of the input. */
  type: 'float32' | 'float64' | 'int64' | 'int32' | 'string';
  /** Columns feeding it, in order: one for a per-column input, F for an [N, F] tensor. */
  columns: string[];
  /** Declared rank: 1 → [n], 2 → [n, F] (F = columns.length). */
  rank: 1 | 2;
}

/** Which outputs to fetch and how to read them, decided by models/outputs.ts. */
export interface OutputPlan {
  /** Class labels, mapped to indices into `classes` (a label not among them is an error). */
  label: string | null;
  /** Probabilities tensor [n, C] (or the tensor a ZipMap reads). */
  probabilities: string | null;
  /** Regression values [n] or [n, 1]. */
  value: string | null;
  classes: string[] | null;
}

/** The data of one input for a chunk of rows: numbers row-major, or string codes and their dictionary. */
export type FeedData =
  | { kind: 'numbers'; data: Float32Array | Float64Array | BigInt64Array | Int32Array }
  | { kind: 'strings'; codes: Int32Array; dictionary: readonly string[] };

/**
 * Where each input's data lies in a chunk file: numbers as the tensor's bytes, text as Int32
 * codes (with the dictionary here). The bulk goes through a file, not the IPC channel: the
 * model's process reads its channel only between batches, a few hundred kB each time, so chunks
 * sent that way arrive later than the model could use them; a file is read at memory speed.
 */
export type PackedFeed =
  | { kind: 'numbers'; type: InputFeed['type']; offset: number; length: number }
  | { kind: 'strings'; offset: number; length: number; dictionary: readonly string[] };

export interface Packed {
  /** A file the model's process reads once and deletes. */
  path: string;
  feeds: PackedFeed[];
}

export type ToRunner =
  | { type: 'load'; path: string; bytes: Uint8Array | null; threads: number }
  | { type: 'predict'; id: number; rows: number; batch: number; inputs: InputFeed[]; packed: Packed; plan: OutputPlan }
  | { type: 'time'; id: number; rows: number; inputs: InputFeed[]; packed: Packed; plan: OutputPlan; runs: number }
  | { type: 'memory'; id: number };

export interface ChunkOutputs {
  labels: Int32Array | null;
  probabilities: Float32Array | Float64Array | null;
  /** Columns of `probabilities` (C). */
  width: number;
  values: Float32Array | Float64Array | null;
}

export type FromRunner =
  | { type: 'loaded'; inputNames: string[]; outputNames: string[]; before_bytes: number }
  | { type: 'predicted'; id: number; outputs: ChunkOutputs }
  | { type: 'timed'; id: number; ms: Float64Array }
  | { type: 'memory'; id: number; before_bytes: number; peak_bytes: number }
  | { type: 'error'; id: number | null; message: string };
