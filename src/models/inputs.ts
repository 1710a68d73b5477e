/**
 * Which table columns feed each model input, and the tensors' data for a range of rows. Two
 * layouts cover the common exports: one float tensor [N, F] filled from F columns in a given
 * order (sklearn-onnx with a single input, PyTorch), or one input per column ([N, 1] or [N]),
 * string-typed for categorical columns (sklearn-onnx pipelines with a ColumnTransformer).
 * `models.inputs: auto` matches input names to column names; a map names the columns.
 */
import type { Column } from '../data/table.js';
import { didYouMean } from '../config/suggest.js';
import type { ValueInfo } from './onnx-file.js';
import { describeType } from './outputs.js';
import type { FeedData, InputFeed } from './protocol.js';
import type { FeatureBatch } from './types.js';

export class InputProblem extends Error {}

const TYPES: Readonly<Record<string, InputFeed['type']>> = {
  float32: 'float32',
  float64: 'float64',
  int64: 'int64',
  int32: 'int32',
  string: 'string',
};

export interface TableColumns {
  readonly source: string;
  readonly names: readonly string[];
  readonly columns: ReadonlyMap<string, Column>;
}

/**
 * The feeds of one model. `inputs` are the inputs to feed (graph inputs that are not
 * initializers); `map` is `models.inputs`; `tables` are the files every column must be in.
 */
export function planInputs(
  inputs: readonly ValueInfo[],
  map: 'auto' | Readonly<Record<string, string | readonly string[]>>,
  tables: readonly TableColumns[],
): InputFeed[] {
  const feeds: InputFeed[] = [];
  const fileColumns = tables[0]?.names ?? [];
  const expected = `the model's inputs are ${inputs.map((i) => `${i.name} (${describeType(i)})`).join(', ')}`;
  for (const input of inputs) {
    const given = map === 'auto' ? undefined : map[input.name];
    let columns: string[];
    if (given !== undefined) columns = typeof given === 'string' ? [given] : [...given];
    else if (fileColumns.includes(input.name)) columns = [input.name];
    else {
      throw new InputProblem(
        `the model's input ${input.name} is not a column of ${tables[0]?.source ?? 'the data'}; ${expected}. ` +
          `Name its columns in models.inputs (e.g. models.inputs.${input.name}: [col1, col2]); ` +
          didYouMean(input.name, fileColumns, 'the file has'),
      );
    }
    const t = input.type;
    if (t.kind !== 'tensor') throw new InputProblem(`the model's input ${input.name} is ${describeType(input)}; only tensor inputs can be fed`);
    const type = TYPES[t.elem];
    if (!type) throw new InputProblem(`the model's input ${input.name} is tensor(${t.elem}); the gate feeds float32, float64, int64, int32 and string tensors`);
    const shape = t.shape;
    if (shape && shape.length !== 1 && shape.length !== 2) {
      throw new InputProblem(`the model's input ${input.name} has ${shape.length} dimensions [${shape.join(', ')}]; the gate feeds [N] or [N, F] tensors`);
    }
    const rank: 1 | 2 = shape && shape.length === 1 ? 1 : 2;
    const declared = shape && shape.length === 2 && typeof shape[1] === 'number' && shape[1] > 0 ? shape[1] : null;
    if (rank === 1 && columns.length !== 1) throw new InputProblem(`the model's input ${input.name} is [N] (one column) but models.inputs gives ${columns.length} columns`);
    if (declared !== null && declared !== columns.length) {
      throw new InputProblem(`the model's input ${input.name} takes ${declared} columns per row, but ${columns.length === 1 ? `one column (${columns[0]}) feeds it` : `models.inputs gives ${columns.length}`}`);
    }
    for (const c of columns) {
      for (const table of tables) {
        const col = table.columns.get(c);
        if (!col) throw new InputProblem(`models.inputs.${input.name}: ${table.source} has no column ${JSON.stringify(c)}; ${didYouMean(c, table.names, 'its columns are')}`);
        if (type === 'string' && col.kind !== 'categorical') {
          throw new InputProblem(`the model's input ${input.name} takes text, but ${c} in ${table.source} holds numbers; set columns.types.${c}: categorical`);
        }
        if (type !== 'string' && col.kind !== 'numeric') {
          throw new InputProblem(`the model's input ${input.name} takes ${type} numbers, but ${c} in ${table.source} holds text (e.g. ${JSON.stringify(col.kind === 'categorical' ? col.dictionary[0] : '')})`);
        }
      }
    }
    if (type === 'string' && columns.length !== 1) throw new InputProblem(`the model's input ${input.name} takes text from one column; models.inputs gives ${columns.length}`);
    feeds.push({ name: input.name, type, columns, rank });
  }
  return feeds;
}

/** The table columns a model reads, in the order they first appear in its inputs. */
export function featuresOf(feeds: readonly InputFeed[]): string[] {
  return [...new Set(feeds.flatMap((f) => f.columns))];
}

/**
 * The data of each feed for rows [start, end) of a batch: numbers interleaved row-major as the
 * tensor holds them, text as codes into the column's dictionary. Throws an Error naming the row
 * (0-based in the batch, returned as `badRow`) when an integer input gets a fraction or a gap.
 */
export function feedData(feeds: readonly InputFeed[], batch: FeatureBatch, start: number, end: number): FeedData[] {
  const n = end - start;
  return feeds.map((f) => {
    if (f.type === 'string') {
      const col = batch.columns.get(f.columns[0]!);
      if (!col || col.kind !== 'categorical') throw new Error(`column ${f.columns[0]} is missing from the batch or not categorical`);
      // A view: the chunk is written to a file from it, so no copy is needed here.
      return { kind: 'strings', codes: col.codes.subarray(start, end), dictionary: col.dictionary };
    }
    const width = f.columns.length;
    const cols = f.columns.map((c) => {
      const col = batch.columns.get(c);
      if (!col || col.kind !== 'numeric') throw new Error(`column ${c} is missing from the batch or not numeric`);
      return col.values;
    });
    if (f.type === 'float32') return { kind: 'numbers', data: interleave(new Float32Array(n * width), cols, start, n) };
    if (f.type === 'float64') return { kind: 'numbers', data: interleave(new Float64Array(n * width), cols, start, n) };
    const ints = f.type === 'int64' ? new BigInt64Array(n * width) : new Int32Array(n * width);
    for (let j = 0; j < width; j++) {
      const v = cols[j]!;
      for (let r = 0, o = j; r < n; r++, o += width) {
        const x = v[start + r]!;
        if (!Number.isInteger(x)) throw new IntegerInputError(start + r, f.columns[j]!, f.name, x);
        if (ints instanceof BigInt64Array) ints[o] = BigInt(x);
        else ints[o] = x;
      }
    }
    return { kind: 'numbers', data: ints };
  });
}

/**
 * Rows [start, start + n) of `cols` into `out`, row-major: the layout of an [N, F] tensor. Written
 * row by row (sequential stores) in a function that sees one array type per call site, which the
 * engine compiles to a tight loop; this is most of the gate's own cost per row fed to a model.
 */
function interleave<T extends Float32Array | Float64Array>(out: T, cols: readonly Float64Array[], start: number, n: number): T {
  const width = cols.length;
  if (width === 1) {
    out.set(cols[0]!.subarray(start, start + n));
    return out;
  }
  for (let j = 0; j < width; j++) {
    const v = cols[j]!;
    let o = j;
    for (let r = start, end = start + n; r < end; r++, o += width) out[o] = v[r]!;
  }
  return out;
}

export class IntegerInputError extends Error {
  constructor(
    readonly row: number,
    readonly column: string,
    input: string,
    value: number,
  ) {
    super(`the model's input ${input} takes integers, but ${column} is ${Number.isNaN(value) ? 'missing' : String(value)}`);
  }
}
