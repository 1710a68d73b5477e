/**
 * What the gate knows about a model it runs itself, and the one way the checks ask a model about
 * rows. Everything above this line (importance, behaviour, explanations, speed) talks to a
 * `Predictor`; only `models/session.ts` knows that the model lives in a child process.
 */
import type { Column } from '../data/table.js';
import type { ModelSummary } from '../results/types.js';

export type ModelRole = 'baseline' | 'candidate';

/**
 * Rows to predict, column by column, in the table's own form (numeric values with NaN for
 * missing, categorical codes into a dictionary). A batch never holds per-row objects: a check
 * that perturbs a feature builds a new Column for it and reuses the others.
 */
export interface FeatureBatch {
  readonly rows: number;
  /** At least every column the model reads (`Predictor.features`); others are ignored. */
  readonly columns: ReadonlyMap<string, Column>;
}

/** What a model produced for every row of a batch. */
export type ModelOutputs = ClassifierOutputs | RegressorOutputs;

export interface ClassifierOutputs {
  readonly kind: 'classification';
  /** Class labels as strings, in the model's own class order (ZipMap keys, `classlabels_*`). */
  readonly classes: readonly string[];
  /** Predicted class per row: an index into `classes`. */
  readonly labels: Int32Array;
  /** Row-major [rows × classes.length] probabilities, or null when the model gives labels only. */
  readonly probabilities: Float64Array | null;
}

export interface RegressorOutputs {
  readonly kind: 'regression';
  readonly values: Float64Array;
}

/** Facts about the model file and the session that ran it, for the report (its JSON shape). */
export type ModelInfo = ModelSummary;

/** How long runs took, measured inside the process that runs the model (no IPC in the numbers). */
export interface Timing {
  /** Milliseconds per run of `session.run` on the batch, in order. */
  readonly ms: Float64Array;
  readonly rows: number;
}

export interface SessionMemory {
  /** Resident set size of the model's process before the session was created, bytes. */
  readonly before_bytes: number;
  /** Peak resident set size of the model's process so far, bytes. */
  readonly peak_bytes: number;
}

/**
 * A model the gate can ask about rows. Calls are serialised per model (one at a time); the
 * promise rejects with a ModelError naming the model file when the model cannot answer.
 */
export interface Predictor {
  readonly info: ModelInfo;
  /** The table columns the model reads, in the order they first appear in its inputs. */
  readonly features: readonly string[];
  predict(batch: FeatureBatch): Promise<ModelOutputs>;
  /** Runs the model `runs` times on the same batch and times each run. */
  time(batch: FeatureBatch, runs: number): Promise<Timing>;
  memory(): Promise<SessionMemory>;
}

/** Both models of a run (either may be absent: its outputs then come from the CSV, as before). */
export interface Models {
  readonly baseline: Predictor | null;
  readonly candidate: Predictor | null;
  /** Intra-op threads each session uses, and the machine, for the speed report. */
  readonly threads: number;
}
