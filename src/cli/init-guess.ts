/**
 * Guesses a starter config's roles from two loaded files, by column name and by what the values
 * allow: the target, an id, each model's prediction and score columns. Every guess carries the
 * reason printed beside it, and a column whose values contradict its name is left out, saying why:
 * a wrong role is worse than none (it would be gated on).
 */
import { inferTask } from '../engine.js';
import type { Column, Table } from '../data/table.js';
import type { Task } from '../config/types.js';

export type Role = 'baseline' | 'candidate';

export interface Guess {
  column: string;
  why: string;
}

export interface Guesses {
  target: Guess | null;
  task: Task | null;
  id: Guess | null;
  predictions: Partial<Record<Role, Guess>>;
  /** One column (binary) or a map from class label to column (multiclass). */
  scores: Partial<Record<Role, { columns: string | Record<string, string>; why: string }>>;
  /** Columns whose name suggested a role they were not given, and why. */
  notUsed: Guess[];
}

/** Lower-case words of a column name: `baselineScore_1` → baseline, score, 1. */
export function tokens(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t !== '');
}

const TARGET_NAMES = new Set(['target', 'label', 'y', 'class', 'outcome', 'ground truth', 'truth', 'actual', 'y true', 'true label']);
const TARGET_WORDS = new Set(['target', 'label', 'outcome', 'truth']);
// Yes/no outcomes as data sets name them: defaulted, churned, is_fraud, will_buy.
const BINARY_WORDS = new Set(['default', 'churn', 'fraud', 'survived', 'converted', 'clicked', 'purchased', 'responded']);
const BINARY_PREFIX = new Set(['is', 'has', 'will', 'did']);
const ID_NAMES = new Set(['id', 'uuid', 'key', 'row id', 'record id']);
const PREDICTION_WORDS = new Set(['pred', 'preds', 'prediction', 'predictions', 'predicted', 'yhat', 'hat']);
const SCORE_WORDS = new Set(['score', 'scores', 'proba', 'probability', 'probabilities', 'prob', 'probs', 'confidence']);
const ROLE_WORDS: Record<Role, ReadonlySet<string>> = {
  baseline: new Set(['baseline', 'base', 'champion', 'production', 'prod', 'old']),
  candidate: new Set(['candidate', 'challenger', 'new', 'shadow']),
};

function distinct(col: Column): number {
  if (col.kind === 'categorical') {
    const seen = new Uint8Array(col.dictionary.length);
    let n = 0;
    for (const c of col.codes) {
      if (c < 0 || seen[c] === 1) continue;
      seen[c] = 1;
      n++;
    }
    return n;
  }
  const seen = new Set<number>();
  for (const v of col.values) if (!Number.isNaN(v)) seen.add(v);
  return seen.size;
}

/** The distinct labels of a column as text (numbers as JavaScript writes them), at most `cap`. */
function labels(col: Column, cap = 1000): Set<string> {
  const out = new Set<string>();
  if (col.kind === 'categorical') {
    for (const c of col.codes) if (c >= 0) out.add(col.dictionary[c]!);
    return out;
  }
  for (const v of col.values) {
    if (!Number.isNaN(v)) out.add(String(v));
    if (out.size > cap) break;
  }
  return out;
}

function allDistinct(col: Column, rows: number): boolean {
  return col.missing === 0 && distinct(col) === rows;
}

function range(col: Column): [number, number] | null {
  if (col.kind !== 'numeric') return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of col.values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

function roleOf(words: readonly string[]): Role | null {
  if (words.some((w) => ROLE_WORDS.baseline.has(w))) return 'baseline';
  if (words.some((w) => ROLE_WORDS.candidate.has(w))) return 'candidate';
  return null;
}

const quote = (s: string) => JSON.stringify(s);

function guessTarget(cur: Table, ref: Table, modelColumns: ReadonlySet<string>): { guess: Guess | null; others: Guess[] } {
  const ranked: { rank: number; guess: Guess }[] = [];
  for (const name of cur.names) {
    if (modelColumns.has(name)) continue;
    const words = tokens(name);
    const col = cur.columns.get(name)!;
    const both = ref.columns.has(name) ? 'in both files' : 'in the current file only';
    const d = Math.max(distinct(col), ref.columns.has(name) ? distinct(ref.columns.get(name)!) : 0);
    if (TARGET_NAMES.has(words.join(' '))) ranked.push({ rank: 0, guess: { column: name, why: `named like a target, ${both}` } });
    else if (words.some((w) => TARGET_WORDS.has(w))) ranked.push({ rank: 1, guess: { column: name, why: `its name holds "${words.find((w) => TARGET_WORDS.has(w))}", ${both}` } });
    else if (d === 2 && (words.some((w) => BINARY_WORDS.has(w)) || BINARY_PREFIX.has(words[0] ?? '') || /ed$/.test(words[words.length - 1] ?? ''))) {
      ranked.push({ rank: 2, guess: { column: name, why: `a yes/no outcome by its name, with 2 values, ${both}` } });
    }
  }
  ranked.sort((a, b) => a.rank - b.rank);
  const [best, ...rest] = ranked;
  return {
    guess: best?.guess ?? null,
    others: rest.map((r) => ({ column: r.guess.column, why: `also looks like a target (${r.guess.why}); ${quote(best!.guess.column)} was preferred` })),
  };
}

/** The role columns of every model, by name, checked against the target's values. */
export function guessRoles(reference: Table, current: Table): Guesses {
  const notUsed: Guess[] = [];
  const kinds = new Map<string, { kind: 'prediction' | 'score'; role: Role | null; words: string[] }>();
  for (const name of current.names) {
    const words = tokens(name);
    const score = words.some((w) => SCORE_WORDS.has(w));
    const prediction = words.some((w) => PREDICTION_WORDS.has(w));
    if (score || prediction) kinds.set(name, { kind: score ? 'score' : 'prediction', role: roleOf(words), words });
  }
  const { guess: target, others } = guessTarget(current, reference, new Set(kinds.keys()));
  notUsed.push(...others);
  const targetCol = target ? current.columns.get(target.column)! : undefined;
  const refTarget = target ? reference.columns.get(target.column) : undefined;
  // A shadow log may have no label yet: the reference's then tell the task.
  const task = targetCol ? (inferTask(targetCol) ?? inferTask(refTarget)) : null;
  const classes = targetCol && task === 'classification' ? labels(targetCol) : null;
  if (classes && refTarget) for (const l of labels(refTarget)) classes.add(l);

  // One model whose columns carry no role name is the model under test: the candidate.
  const tagged = [...kinds.values()].some((k) => k.role !== null);
  const predictions: Guesses['predictions'] = {};
  const scoreColumns: Record<Role, string[]> = { baseline: [], candidate: [] };
  for (const [name, k] of kinds) {
    const role = k.role ?? (tagged ? null : 'candidate');
    const col = current.columns.get(name)!;
    if (role === null) {
      notUsed.push({ column: name, why: `a ${k.kind} column, but other model columns are named baseline/candidate and this one names neither` });
      continue;
    }
    if (k.kind === 'score') {
      scoreColumns[role].push(name);
      continue;
    }
    if (!target) {
      notUsed.push({ column: name, why: 'a prediction column, but no target was found: set columns.target and add it by hand' });
      continue;
    }
    if (predictions[role]) {
      notUsed.push({ column: name, why: `another ${role} prediction column; ${quote(predictions[role].column)} came first` });
      continue;
    }
    if (task === 'regression' && col.kind !== 'numeric') {
      notUsed.push({ column: name, why: 'named like a prediction, but the target is numeric and this column is not' });
      continue;
    }
    if (classes) {
      const own = labels(col);
      let known = 0;
      for (const l of own) if (classes.has(l)) known++;
      if (own.size === 0 || known < own.size / 2) {
        notUsed.push({ column: name, why: `named like a prediction, but most of its values are not classes of the target ${quote(target.column)}` });
        continue;
      }
    }
    const how = k.role ? `named ${role} ${k.kind}` : 'named like a prediction (the only model: taken as the candidate)';
    predictions[role] = { column: name, why: `${how}, values fit the target ${quote(target.column)}` };
  }

  const scores: Guesses['scores'] = {};
  for (const role of ['baseline', 'candidate'] as const) {
    const names = scoreColumns[role];
    if (names.length === 0) continue;
    const usable = names.filter((n) => {
      const r = range(current.columns.get(n)!);
      const ok = r !== null && r[0] >= 0 && r[1] <= 1;
      if (!ok) notUsed.push({ column: n, why: r === null ? 'named like a score, but not numeric' : `named like a score, but its values (${r[0]} to ${r[1]}) are not probabilities in [0, 1]` });
      return ok;
    });
    if (usable.length === 0) continue;
    if (task !== 'classification' || !classes) {
      for (const n of usable) notUsed.push({ column: n, why: task === 'regression' ? 'a score column, but the target is numeric (regression has no scores)' : 'a score column, but no target was found to score' });
      continue;
    }
    if (usable.length === 1) {
      if (classes.size > 2) notUsed.push({ column: usable[0]!, why: `one score column, but the target has ${classes.size} classes: name one column per class` });
      else scores[role] = { columns: usable[0]!, why: `named ${role} score, probabilities in [0, 1]` };
      continue;
    }
    // Several: one per class, the class being what follows the score word (`candidate_proba_Billing`).
    const map: Record<string, string> = {};
    for (const n of usable) {
      const m = /(?:score|scores|proba|probability|probabilities|prob|probs|confidence)[^A-Za-z0-9]*(.*)$/i.exec(n);
      const label = m?.[1] ?? '';
      if (label !== '' && classes.has(label)) map[label] = n;
    }
    if (Object.keys(map).length === usable.length && usable.length === classes.size) scores[role] = { columns: map, why: `one ${role} score column per class` };
    else for (const n of usable) notUsed.push({ column: n, why: `one of several ${role} score columns whose names do not map one to one onto the target's classes` });
  }

  let id: Guess | null = null;
  for (const name of current.names) {
    if (kinds.has(name) || name === target?.column) continue;
    const words = tokens(name);
    if (!(ID_NAMES.has(words.join(' ')) || words[words.length - 1] === 'id')) continue;
    const col = current.columns.get(name)!;
    if (allDistinct(col, current.rowCount)) {
      id = { column: name, why: 'named like an id, and every value in the current file is distinct' };
      break;
    }
    notUsed.push({ column: name, why: 'named like an id, but its values repeat or are missing in the current file' });
  }
  return { target, task, id, predictions, scores, notUsed };
}
