/**
 * Latency and throughput of the models the gate runs (`tests.speed`).
 *
 * Protocol: the timed batch is the first `batch_rows` rows of the current file's feature columns
 * (views into the table's arrays, nothing copied). Each model runs `warmup` times, discarded; then
 * `repetitions` rounds each time one run of each model, the order alternating (AB, BA, AB, …) so
 * that a drift in the machine's speed during the test hits both models equally. Durations are those
 * of `session.run` measured inside the model's own process (Predictor.time), so no IPC is counted.
 *
 * - `model.speed.latency_ratio` (both models run by the gate): the geometric mean of the paired
 *   per-round ratios candidate/baseline with a t-interval on their logarithms at `confidence`
 *   (src/stats/ratio.ts). With `max_latency_ratio`: the severity when the whole interval is above
 *   the bound, pass when it is entirely at or below it, otherwise `inconclusive` (warn or fail):
 *   timing noise cannot tell. An interval with no spread decides nothing (inconclusive). No bound →
 *   info. Details hold both models' figures (p50/p95 per batch, per-row p50, rows/s, file size, peak
 *   memory), the raw durations and the machine.
 * - `model.speed.p95` (candidate run by the gate): the candidate's 95th-percentile per-batch
 *   latency; the severity when above `max_p95_ms`, info without it.
 * - A bound that cannot be measured (no baseline model for the ratio, no candidate model at all)
 *   is an `error` when the config names it, a skip when it is a default (issue 11's rule); a model
 *   that fails while being timed is an `error` naming its file.
 */
import os from 'node:os';
import { isExplicit } from '../../config/load.js';
import type { GateConfig, SpeedSettings } from '../../config/types.js';
import type { Column, Table } from '../../data/table.js';
import type { FeatureBatch, Predictor } from '../../models/types.js';
import { formatInt } from '../../report/format.js';
import type { Status, TestResult } from '../../results/types.js';
import { quantileSorted } from '../../stats/descriptive.js';
import { pairedRatioInterval, type RatioInterval } from '../../stats/ratio.js';
import { fmt, makeThreshold, plural, q } from '../threshold.js';
import type { ModelCheck } from './context.js';

export const SPEED_ID = 'model.speed';
export const RATIO_ID = 'model.speed.latency_ratio';
export const P95_ID = 'model.speed.p95';

/** Where the durations were measured: CI runners are noisy and differ, so the report says. */
export interface Machine {
  cpu: string;
  cores: number;
  /** Intra-op threads of each model session. */
  threads: number;
  node: string;
  platform: string;
}

/** One model's figures, as the report shows them. */
export interface ModelSpeed {
  path: string;
  bytes: number;
  runs: number;
  p50_ms: number;
  p95_ms: number;
  /** p50 per batch divided by the batch's rows, microseconds. */
  per_row_p50_us: number;
  /** Rows per second at the median batch latency. */
  rows_per_s: number;
  peak_memory_bytes: number;
  /** Every timed duration, ms, in round order. */
  ms: number[];
}

export function currentMachine(threads: number): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() || 'unknown CPU',
    cores: typeof os.availableParallelism === 'function' ? os.availableParallelism() : cpus.length,
    threads,
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** The machine as messages name it (the report's speed table adds node and platform). */
export function machineText(m: Machine): string {
  return `${m.cpu}, ${plural(m.cores, 'core')}, ${plural(m.threads, 'thread')} per session`;
}

/** A model that could not be timed: the message names its file. */
class TimingError extends Error {}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function timeRuns(p: Predictor, batch: FeatureBatch, runs: number): Promise<Float64Array> {
  let ms: Float64Array;
  try {
    ms = (await p.time(batch, runs)).ms;
  } catch (e) {
    const why = reason(e);
    throw new TimingError(why.includes(p.info.path) ? why : `${p.info.path}: ${why}`);
  }
  if (ms.length !== runs) throw new TimingError(`${p.info.path}: asked for ${plural(runs, 'timed run')}, got ${ms.length}`);
  for (let i = 0; i < ms.length; i++) {
    if (!(ms[i] > 0 && Number.isFinite(ms[i]))) {
      const which = runs === 1 ? 'a timed run' : `run ${i + 1} of ${runs}`;
      throw new TimingError(`${p.info.path}: ${which} reported a duration of ${ms[i]} ms (must be finite and positive)`);
    }
  }
  return ms;
}

async function peakMemory(p: Predictor): Promise<number> {
  try {
    return (await p.memory()).peak_bytes;
  } catch (e) {
    const why = reason(e);
    throw new TimingError(why.includes(p.info.path) ? why : `${p.info.path}: ${why}`);
  }
}

/**
 * Warm-up, then `rounds` rounds each timing one run of both models, first-in-round alternating.
 * Returns the durations in round order.
 */
export async function timePaired(
  baseline: Predictor,
  candidate: Predictor,
  batch: FeatureBatch,
  warmup: number,
  rounds: number,
): Promise<{ baseline: Float64Array; candidate: Float64Array }> {
  if (warmup > 0) {
    await timeRuns(baseline, batch, warmup);
    await timeRuns(candidate, batch, warmup);
  }
  const b = new Float64Array(rounds);
  const c = new Float64Array(rounds);
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      b[i] = (await timeRuns(baseline, batch, 1))[0];
      c[i] = (await timeRuns(candidate, batch, 1))[0];
    } else {
      c[i] = (await timeRuns(candidate, batch, 1))[0];
      b[i] = (await timeRuns(baseline, batch, 1))[0];
    }
  }
  return { baseline: b, candidate: c };
}

/** The first `rows` rows of a column, as a view; `missing` recounted for the slice. */
function head(col: Column, rows: number, total: number): Column {
  if (rows === total) return col;
  let missing = 0;
  if (col.kind === 'numeric') {
    const values = col.values.subarray(0, rows);
    for (let i = 0; i < rows; i++) missing += values[i] !== values[i] ? 1 : 0;
    return { kind: 'numeric', name: col.name, values, missing };
  }
  const codes = col.codes.subarray(0, rows);
  for (let i = 0; i < rows; i++) missing += codes[i] < 0 ? 1 : 0;
  return { kind: 'categorical', name: col.name, codes, dictionary: col.dictionary, missing };
}

/** The timed batch: the first `rows` rows of every column either model reads. */
export function timedBatch(table: Table, features: readonly string[], rows: number): FeatureBatch {
  const n = Math.min(rows, table.rowCount);
  const columns = new Map<string, Column>();
  for (const f of features) {
    const col = table.columns.get(f);
    if (!col) throw new TimingError(`${table.source} has no column ${q(f)}, which the model reads`);
    columns.set(f, head(col, n, table.rowCount));
  }
  return { rows: n, columns };
}

function figures(p: Predictor, ms: Float64Array, rows: number, peak: number): ModelSpeed {
  const sorted = Float64Array.from(ms).sort();
  const p50 = quantileSorted(sorted, 0.5);
  return {
    path: p.info.path,
    bytes: p.info.bytes,
    runs: ms.length,
    p50_ms: p50,
    p95_ms: quantileSorted(sorted, 0.95),
    per_row_p50_us: (p50 * 1000) / rows,
    rows_per_s: (rows * 1000) / p50,
    peak_memory_bytes: peak,
    ms: Array.from(ms),
  };
}

/** The speed keys the user wrote (other than `enabled`): each names a measurement that must run. */
function askedKeys(cfg: GateConfig): string[] {
  if (!isExplicit(cfg, 'tests.speed')) return [];
  const keys = (Object.keys(cfg.tests.speed) as (keyof SpeedSettings)[]).filter((k) => k !== 'enabled' && isExplicit(cfg, `tests.speed.${k}`));
  return keys.length > 0 ? keys.map((k) => `tests.speed.${k}`) : ['tests.speed'];
}

function simple(id: string, name: string, status: Status, s: SpeedSettings, message: string): TestResult {
  return { id, family: 'model', name, method: 'latency', status, severity: s.severity, value: null, threshold: null, message };
}

const RATIO_NAME = 'Latency: candidate / baseline';
const P95_NAME = 'Latency: candidate p95';

function ratioResult(
  s: SpeedSettings,
  iv: RatioInterval,
  models: { baseline: ModelSpeed; candidate: ModelSpeed },
  where: string,
  machine: Machine,
  protocol: Protocol,
): TestResult {
  const bound = s.max_latency_ratio;
  const level = `${fmt(s.confidence * 100)}%`;
  const head =
    `candidate/baseline latency ${fmt(iv.ratio)}× (${level} CI [${fmt(iv.lo)}, ${fmt(iv.hi)}]), geometric mean over ${plural(iv.n, 'paired round')} on ${where}; ` +
    `p50 ${fmt(models.candidate.p50_ms)} vs ${fmt(models.baseline.p50_ms)} ms per batch; measured on ${machineText(machine)}`;
  let status: Status = 'info';
  let verdict = 'no bound configured (tests.speed.max_latency_ratio)';
  let inconclusive = false;
  if (bound !== null) {
    if (!(iv.log_sd > 0)) {
      status = s.inconclusive;
      inconclusive = true;
      verdict = `every round gave the same ratio, so the timing noise cannot be estimated and the bound ${fmt(bound)}× is not decided`;
    } else if (iv.lo > bound) {
      status = s.severity;
      verdict = `credibly slower than the allowed ${fmt(bound)}×`;
    } else if (iv.hi <= bound) {
      status = 'pass';
      verdict = `credibly within the allowed ${fmt(bound)}×`;
    } else {
      status = s.inconclusive;
      inconclusive = true;
      verdict = `the interval contains the allowed ${fmt(bound)}×: timing noise cannot tell whether the candidate is within it; more repetitions or a quieter machine would decide`;
    }
  }
  return {
    id: RATIO_ID,
    family: 'model',
    name: RATIO_NAME,
    method: 'latency_ratio',
    status,
    severity: s.severity,
    value: iv.ratio,
    threshold: bound === null ? null : makeThreshold('value', 'above', bound, null, `≤ ${fmt(bound)}× (whole ${level} CI)`),
    message: `${inconclusive ? 'inconclusive: ' : ''}${head}; ${verdict}`,
    details: {
      unit: 'ratio',
      ci: { lo: iv.lo, hi: iv.hi },
      confidence: s.confidence,
      interval: 'geometric mean of paired ratios, t-interval on log ratios',
      rounds: iv.n,
      log_sd: iv.log_sd,
      t_quantile: iv.t,
      inconclusive_status: s.inconclusive,
      ...(inconclusive ? { inconclusive: true } : {}),
      models,
      machine,
      protocol,
    },
  };
}

/** How the durations were taken, for the report: the timed batch and the run schedule. */
interface Protocol {
  rows: number;
  source: string;
  warmup: number;
  repetitions: number;
  order: string;
}

function protocolOf(s: SpeedSettings, rows: number, source: string, paired: boolean): Protocol {
  return { rows, source, warmup: s.warmup, repetitions: s.repetitions, order: paired ? 'alternating: AB, BA, AB, …' : 'candidate only' };
}

function p95Result(
  s: SpeedSettings,
  cand: ModelSpeed,
  where: string,
  machine: Machine,
  protocol: Protocol,
  models: Record<string, ModelSpeed> | null,
): TestResult {
  const bound = s.max_p95_ms;
  const head =
    `candidate p95 ${fmt(cand.p95_ms)} ms per batch (p50 ${fmt(cand.p50_ms)} ms, ${fmt(cand.per_row_p50_us)} µs per row, ${fmt(cand.rows_per_s)} rows/s) ` +
    `over ${plural(cand.runs, 'timed run')} on ${where}; measured on ${machineText(machine)}`;
  let status: Status = 'info';
  let verdict = 'no bound configured (tests.speed.max_p95_ms)';
  if (bound !== null) {
    const over = cand.p95_ms > bound;
    status = over ? s.severity : 'pass';
    verdict = `${over ? 'above' : 'within'} the allowed ${fmt(bound)} ms`;
  }
  const details: Record<string, unknown> = { unit: 'ms', p50_ms: cand.p50_ms, runs: cand.runs, machine, protocol };
  // The figures table goes with one result only: the ratio's when there is one.
  if (models) details.models = models;
  return {
    id: P95_ID,
    family: 'model',
    name: P95_NAME,
    method: 'latency_p95',
    status,
    severity: s.severity,
    value: cand.p95_ms,
    threshold: bound === null ? null : makeThreshold('value', 'above', bound, null, `≤ ${fmt(bound)} ms`),
    message: `${head}; ${verdict}`,
    details,
  };
}

/** How a model's outputs are obtained when the gate does not run it, for messages. */
function notRun(role: 'baseline' | 'candidate'): string {
  return `models.${role} is not set, so the ${role}'s outputs come from the CSV and it is not run`;
}

export const speedCheck: ModelCheck = async (ctx) => {
  const cfg = ctx.data.config;
  const s = cfg.tests.speed;
  if (!s.enabled) return [];
  const { baseline, candidate } = ctx.models;
  const asked = askedKeys(cfg);
  if (!candidate) {
    const why = `latency is measured on the models the gate runs, and ${notRun('candidate')}`;
    return asked.length === 0
      ? [simple(SPEED_ID, 'Latency', 'skip', s, `${why}; speed tests skipped`)]
      : [simple(SPEED_ID, 'Latency', 'error', s, `${why}; but the config sets ${asked.join(', ')}, which cannot be measured without it`)];
  }
  const machine = currentMachine(ctx.models.threads);
  const table = ctx.data.current;
  try {
    if (table.rowCount === 0) throw new TimingError(`${table.source} has no rows to time the models on`);
    const features = baseline ? [...new Set([...baseline.features, ...candidate.features])] : candidate.features;
    const batch = timedBatch(table, features, s.batch_rows);
    const where =
      batch.rows < s.batch_rows
        ? `all ${plural(batch.rows, 'row')} of ${table.source} (fewer than tests.speed.batch_rows = ${formatInt(s.batch_rows)})`
        : `the first ${plural(batch.rows, 'row')} of ${table.source}`;
    if (!baseline) {
      if (s.warmup > 0) await timeRuns(candidate, batch, s.warmup);
      const ms = await timeRuns(candidate, batch, s.repetitions);
      const cand = figures(candidate, ms, batch.rows, await peakMemory(candidate));
      const ratioAsked = isExplicit(cfg, 'tests.speed.max_latency_ratio') && s.max_latency_ratio !== null;
      const why = `the latency ratio needs both models timed, and ${notRun('baseline')}`;
      return [
        ratioAsked
          ? simple(RATIO_ID, RATIO_NAME, 'error', s, `${why}; but tests.speed.max_latency_ratio is set, so it must run`)
          : simple(RATIO_ID, RATIO_NAME, 'skip', s, why),
        p95Result(s, cand, where, machine, protocolOf(s, batch.rows, table.source, false), { candidate: cand }),
      ];
    }
    const t = await timePaired(baseline, candidate, batch, s.warmup, s.repetitions);
    const models = {
      baseline: figures(baseline, t.baseline, batch.rows, await peakMemory(baseline)),
      candidate: figures(candidate, t.candidate, batch.rows, await peakMemory(candidate)),
    };
    const iv = pairedRatioInterval(t.candidate, t.baseline, s.confidence);
    const protocol = protocolOf(s, batch.rows, table.source, true);
    return [ratioResult(s, iv, models, where, machine, protocol), p95Result(s, models.candidate, where, machine, protocol, null)];
  } catch (e) {
    // A ModelCheck never rejects: whatever stopped the measurement is this test's error.
    const what = e instanceof TimingError ? e.message : `unexpected ${e instanceof Error ? e.name : 'failure'}: ${reason(e)}`;
    return [simple(SPEED_ID, 'Latency', 'error', s, `the models could not be timed: ${what}`)];
  }
};
