/**
 * In-memory Tables and CheckContexts for check tests: columns from plain arrays (numbers or null →
 * numeric, strings or null → categorical), a context built the way the engine builds it.
 */
import type { CheckContext, Side } from '../../src/checks/context.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { buildContext } from '../../src/engine.js';
import type { GateConfig, Task } from '../../src/config/types.js';
import type { Column, ColumnKind, Table } from '../../src/data/table.js';
import { mulberry32 } from './random.js';

export type ColumnInput = Float64Array | readonly (number | null)[] | readonly (string | null)[];

function toColumn(name: string, input: ColumnInput, kind?: ColumnKind): Column {
  const isNumeric =
    kind === 'numeric' ||
    (kind === undefined && (input instanceof Float64Array || (input as readonly unknown[]).every((v) => v === null || typeof v === 'number')));
  if (isNumeric) {
    const values = input instanceof Float64Array ? input : Float64Array.from(input as readonly (number | null)[], (v) => (v === null ? NaN : Number(v)));
    let missing = 0;
    for (const v of values) if (Number.isNaN(v)) missing++;
    return { kind: 'numeric', name, values, missing };
  }
  const dictionary: string[] = [];
  const at = new Map<string, number>();
  const raw = input as readonly (string | number | null)[];
  const codes = new Int32Array(raw.length);
  let missing = 0;
  for (let i = 0; i < raw.length; i++) {
    const v = raw[i];
    if (v === null || v === '') {
      codes[i] = -1;
      missing++;
      continue;
    }
    const s = String(v);
    let c = at.get(s);
    if (c === undefined) {
      c = dictionary.length;
      dictionary.push(s);
      at.set(s, c);
    }
    codes[i] = c;
  }
  return { kind: 'categorical', name, codes, dictionary, missing };
}

export interface TableOptions {
  kinds?: Record<string, ColumnKind>;
  /** Defaults to header on line 1 and one line per row. */
  rowLine?: (row: number) => number;
  /** Defaults to counting rows equal to an earlier row in every column. */
  duplicateRows?: number;
}

export function makeTable(source: string, cols: Record<string, ColumnInput>, opts: TableOptions = {}): Table {
  const names = Object.keys(cols);
  const columns = new Map<string, Column>(names.map((n) => [n, toColumn(n, cols[n], opts.kinds?.[n])]));
  const rowCount = names.length === 0 ? 0 : cols[names[0]].length;
  for (const n of names) if (cols[n].length !== rowCount) throw new Error(`column ${n} has ${cols[n].length} rows, not ${rowCount}`);
  let duplicateRows = opts.duplicateRows;
  if (duplicateRows === undefined) {
    const seen = new Set<string>();
    duplicateRows = 0;
    for (let i = 0; i < rowCount; i++) {
      const key = names
        .map((n) => {
          const c = columns.get(n) as Column;
          return c.kind === 'numeric' ? String(c.values[i]) : c.codes[i] < 0 ? '\u0000' : c.dictionary[c.codes[i]];
        })
        .join('\u0001');
      if (seen.has(key)) duplicateRows++;
      else seen.add(key);
    }
  }
  return {
    source,
    rowCount,
    names,
    columns,
    rowLine: opts.rowLine ?? ((row: number) => row + 2),
    duplicateRows,
  };
}

export interface ContextOptions {
  /** Edits the default config in place before the context is built. */
  config?: (c: GateConfig) => void;
  /** Task given to the checks; defaults to config.task. */
  task?: Task | null;
}

/**
 * The engine's own context (features from the config, the shared sorted cache), with the task
 * given directly and a count of the columns sorted, so tests can check each is sorted once.
 */
export function makeContext(reference: Table, current: Table, opts: ContextOptions = {}): CheckContext & { sortCalls: number } {
  const config = defaultConfig(reference.source, current.source);
  opts.config?.(config);
  const inner = buildContext(config, { reference, current, sorted: { reference: new Map(), current: new Map() } });
  const requested = new Set<string>();
  const ctx: CheckContext & { sortCalls: number } = {
    ...inner,
    task: opts.task === undefined ? config.task : opts.task,
    sortCalls: 0,
    sorted(side: Side, column: string): Float64Array {
      const values = inner.sorted(side, column);
      const key = `${side}\u0000${column}`;
      if (!requested.has(key)) {
        requested.add(key);
        ctx.sortCalls++;
      }
      return values;
    },
  };
  return ctx;
}

/** Seeded uniform [0, 1) (mulberry32) and normal draws, for generating test data. */
export function rng(seed: number): { uniform(): number; normal(): number } {
  const uniform = mulberry32(seed);
  return {
    uniform,
    normal(): number {
      let u = uniform();
      while (u === 0) u = uniform();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * uniform());
    },
  };
}

/** The results with the given id, or a thrown error naming the ids that exist. */
export function byId<T extends { id: string }>(results: readonly T[], id: string): T {
  const r = results.find((x) => x.id === id);
  if (!r) throw new Error(`no result ${id}; have ${results.map((x) => x.id).join(', ')}`);
  return r;
}
