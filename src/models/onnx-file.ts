/**
 * Reads what the gate needs from an ONNX file without running it: the declared inputs and outputs,
 * the opsets, and the nodes with their attributes (class labels of classifiers, ZipMap, tree
 * ensembles). onnxruntime-node exposes input and output names and types but not the graph, and a
 * classifier's class order lives only in node attributes (`classlabels_*`).
 *
 * A minimal protobuf wire-format reader over the message types of onnx.proto (field numbers from
 * onnx/onnx.proto3); unknown fields are skipped, large payloads (initializers) are never copied.
 * A file that is not a well-formed ModelProto throws a ModelFormatError saying where it broke.
 */

export class ModelFormatError extends Error {}

/** onnx.TensorProto.DataType, by number. */
export const ELEM_TYPES: Readonly<Record<number, string>> = {
  1: 'float32',
  2: 'uint8',
  3: 'int8',
  4: 'uint16',
  5: 'int16',
  6: 'int32',
  7: 'int64',
  8: 'string',
  9: 'bool',
  10: 'float16',
  11: 'float64',
  12: 'uint32',
  13: 'uint64',
  16: 'bfloat16',
};

export type OnnxType =
  | { kind: 'tensor'; elem: string; shape: (number | string)[] | null }
  | { kind: 'sequence'; elem: OnnxType | null }
  | { kind: 'map'; key: string; value: OnnxType | null }
  | { kind: 'other' };

export interface ValueInfo {
  name: string;
  type: OnnxType;
}

export type AttrValue = number | string | number[] | string[] | null;

export interface OnnxNode {
  opType: string;
  domain: string;
  inputs: string[];
  outputs: string[];
  /** Scalars and lists as numbers or strings; tensors and subgraphs are not read (null). */
  attributes: Map<string, AttrValue>;
}

export interface OnnxModel {
  irVersion: number;
  producer: string;
  opsets: { domain: string; version: number }[];
  inputs: ValueInfo[];
  outputs: ValueInfo[];
  nodes: OnnxNode[];
  /** Byte range of the graph field's payload inside the file (for adding an output). */
  graphSpan: { tagStart: number; start: number; end: number } | null;
}

const WIRE_VARINT = 0;
const WIRE_I64 = 1;
const WIRE_LEN = 2;
const WIRE_I32 = 5;

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** A cursor over one message's bytes. */
class Reader {
  pos: number;
  constructor(
    readonly buf: Uint8Array,
    start: number,
    readonly end: number,
  ) {
    this.pos = start;
  }

  done(): boolean {
    return this.pos >= this.end;
  }

  fail(what: string): never {
    throw new ModelFormatError(`${what} at byte ${this.pos}`);
  }

  varint(): number {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= this.end) this.fail('the file ends inside a number');
      const b = this.buf[this.pos++]!;
      // Numbers above 2^53 lose precision; no field the gate reads holds one.
      result += (b & 0x7f) * mul;
      if (b < 0x80) return result;
      mul *= 128;
    }
    return this.fail('a malformed number');
  }

  /** A signed int64 written as a varint (negative values use all ten bytes). */
  int64(): number {
    const v = this.varint();
    return v >= 2 ** 63 ? v - 2 ** 64 : v;
  }

  tag(): { field: number; wire: number } {
    const t = this.varint();
    const field = Math.floor(t / 8);
    if (field === 0) this.fail('field number 0 (not a protobuf message)');
    return { field, wire: t & 7 };
  }

  /** The payload span of a length-delimited field. */
  span(): [number, number] {
    const len = this.varint();
    const start = this.pos;
    if (start + len > this.end) this.fail(`a field of ${len} bytes runs past the end of the file`);
    this.pos = start + len;
    return [start, start + len];
  }

  string(): string {
    const [s, e] = this.span();
    return utf8.decode(this.buf.subarray(s, e));
  }

  float(): number {
    if (this.pos + 4 > this.end) this.fail('the file ends inside a number');
    const v = new DataView(this.buf.buffer, this.buf.byteOffset + this.pos, 4).getFloat32(0, true);
    this.pos += 4;
    return v;
  }

  skip(wire: number): void {
    switch (wire) {
      case WIRE_VARINT:
        this.varint();
        return;
      case WIRE_I64:
        this.pos += 8;
        break;
      case WIRE_LEN:
        this.span();
        return;
      case WIRE_I32:
        this.pos += 4;
        break;
      default:
        this.fail(`an unknown wire type ${wire}`);
    }
    if (this.pos > this.end) this.fail('the file ends inside a field');
  }

  sub(): Reader {
    const [s, e] = this.span();
    return new Reader(this.buf, s, e);
  }
}

function readDim(r: Reader): number | string {
  let out: number | string = '?';
  while (!r.done()) {
    const { field, wire } = r.tag();
    if (field === 1 && wire === WIRE_VARINT) out = r.int64();
    else if (field === 2 && wire === WIRE_LEN) out = r.string();
    else r.skip(wire);
  }
  return out;
}

function readType(r: Reader): OnnxType {
  let out: OnnxType = { kind: 'other' };
  while (!r.done()) {
    const { field, wire } = r.tag();
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    const s = r.sub();
    if (field === 1) {
      let elem = 'undefined';
      let shape: (number | string)[] | null = null;
      while (!s.done()) {
        const t = s.tag();
        if (t.field === 1 && t.wire === WIRE_VARINT) elem = ELEM_TYPES[s.varint()] ?? 'unknown';
        else if (t.field === 2 && t.wire === WIRE_LEN) {
          const sh = s.sub();
          shape = [];
          while (!sh.done()) {
            const d = sh.tag();
            if (d.field === 1 && d.wire === WIRE_LEN) shape.push(readDim(sh.sub()));
            else sh.skip(d.wire);
          }
        } else s.skip(t.wire);
      }
      out = { kind: 'tensor', elem, shape };
    } else if (field === 4) {
      let elem: OnnxType | null = null;
      while (!s.done()) {
        const t = s.tag();
        if (t.field === 1 && t.wire === WIRE_LEN) elem = readType(s.sub());
        else s.skip(t.wire);
      }
      out = { kind: 'sequence', elem };
    } else if (field === 5) {
      let key = 'unknown';
      let value: OnnxType | null = null;
      while (!s.done()) {
        const t = s.tag();
        if (t.field === 1 && t.wire === WIRE_VARINT) key = ELEM_TYPES[s.varint()] ?? 'unknown';
        else if (t.field === 2 && t.wire === WIRE_LEN) value = readType(s.sub());
        else s.skip(t.wire);
      }
      out = { kind: 'map', key, value };
    }
  }
  return out;
}

function readValueInfo(r: Reader): ValueInfo {
  let name = '';
  let type: OnnxType = { kind: 'other' };
  while (!r.done()) {
    const { field, wire } = r.tag();
    if (field === 1 && wire === WIRE_LEN) name = r.string();
    else if (field === 2 && wire === WIRE_LEN) type = readType(r.sub());
    else r.skip(wire);
  }
  return { name, type };
}

/** Repeated scalars may be packed (one LEN field) or not (one field per value). */
function pushRepeated(r: Reader, wire: number, scalarWire: number, read: (r: Reader) => number, into: number[]): void {
  if (wire === WIRE_LEN) {
    const s = r.sub();
    while (!s.done()) into.push(read(s));
  } else if (wire === scalarWire) into.push(read(r));
  else r.skip(wire);
}

function readAttribute(r: Reader): [string, AttrValue] {
  let name = '';
  let value: AttrValue = null;
  const floats: number[] = [];
  const ints: number[] = [];
  const strings: string[] = [];
  let type = 0;
  while (!r.done()) {
    const { field, wire } = r.tag();
    switch (field) {
      case 1:
        if (wire === WIRE_LEN) name = r.string();
        else r.skip(wire);
        break;
      case 2:
        if (wire === WIRE_I32) value = r.float();
        else r.skip(wire);
        break;
      case 3:
        if (wire === WIRE_VARINT) value = r.int64();
        else r.skip(wire);
        break;
      case 4:
        if (wire === WIRE_LEN) value = r.string();
        else r.skip(wire);
        break;
      case 7:
        pushRepeated(r, wire, WIRE_I32, (s) => s.float(), floats);
        break;
      case 8:
        pushRepeated(r, wire, WIRE_VARINT, (s) => s.int64(), ints);
        break;
      case 9:
        if (wire === WIRE_LEN) strings.push(r.string());
        else r.skip(wire);
        break;
      case 20:
        if (wire === WIRE_VARINT) type = r.varint();
        else r.skip(wire);
        break;
      default:
        r.skip(wire);
    }
  }
  // AttributeProto.AttributeType: 6 FLOATS, 7 INTS, 8 STRINGS. Older files may omit `type`.
  if (type === 6 || (type === 0 && floats.length)) value = floats;
  else if (type === 7 || (type === 0 && ints.length)) value = ints;
  else if (type === 8 || (type === 0 && strings.length)) value = strings;
  return [name, value];
}

function readNode(r: Reader): OnnxNode {
  const node: OnnxNode = { opType: '', domain: '', inputs: [], outputs: [], attributes: new Map() };
  while (!r.done()) {
    const { field, wire } = r.tag();
    if (wire !== WIRE_LEN) {
      r.skip(wire);
      continue;
    }
    if (field === 1) node.inputs.push(r.string());
    else if (field === 2) node.outputs.push(r.string());
    else if (field === 4) node.opType = r.string();
    else if (field === 7) node.domain = r.string();
    else if (field === 5) {
      const [k, v] = readAttribute(r.sub());
      node.attributes.set(k, v);
    } else r.skip(wire);
  }
  return node;
}

/** Parses the bytes of an .onnx file. Throws ModelFormatError when they are not a ModelProto. */
export function readOnnx(bytes: Uint8Array): OnnxModel {
  const model: OnnxModel = { irVersion: 0, producer: '', opsets: [], inputs: [], outputs: [], nodes: [], graphSpan: null };
  const r = new Reader(bytes, 0, bytes.length);
  if (bytes.length === 0) throw new ModelFormatError('the file is empty');
  while (!r.done()) {
    const tagStart = r.pos;
    const { field, wire } = r.tag();
    if (field === 1 && wire === WIRE_VARINT) model.irVersion = r.varint();
    else if (field === 2 && wire === WIRE_LEN) model.producer = r.string();
    else if (field === 8 && wire === WIRE_LEN) {
      const s = r.sub();
      const op = { domain: '', version: 0 };
      while (!s.done()) {
        const t = s.tag();
        if (t.field === 1 && t.wire === WIRE_LEN) op.domain = s.string();
        else if (t.field === 2 && t.wire === WIRE_VARINT) op.version = s.int64();
        else s.skip(t.wire);
      }
      model.opsets.push(op);
    } else if (field === 7 && wire === WIRE_LEN) {
      const g = r.sub();
      model.graphSpan = { tagStart, start: g.pos, end: g.end };
      while (!g.done()) {
        const t = g.tag();
        if (t.wire !== WIRE_LEN) g.skip(t.wire);
        else if (t.field === 1) model.nodes.push(readNode(g.sub()));
        else if (t.field === 11) model.inputs.push(readValueInfo(g.sub()));
        else if (t.field === 12) model.outputs.push(readValueInfo(g.sub()));
        else g.skip(t.wire);
      }
    } else r.skip(wire);
  }
  if (!model.graphSpan) throw new ModelFormatError('no graph in the file (not an ONNX model)');
  if (model.irVersion === 0) throw new ModelFormatError('no ir_version in the file (not an ONNX model)');
  // Initializers may be listed as graph inputs (older exporters): they are not inputs to feed.
  return model;
}

function varintBytes(n: number): number[] {
  const out: number[] = [];
  while (n >= 0x80) {
    out.push((n % 128) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

function lenField(field: number, payload: Uint8Array): Uint8Array {
  const head = [...varintBytes(field * 8 + WIRE_LEN), ...varintBytes(payload.length)];
  const out = new Uint8Array(head.length + payload.length);
  out.set(head, 0);
  out.set(payload, head.length);
  return out;
}

/**
 * The file with `name` (an intermediate float tensor) added as a graph output, so that it can be
 * fetched. onnxruntime-node cannot return non-tensor outputs such as sklearn-onnx's ZipMap
 * (a sequence of maps); the tensor the ZipMap reads holds the same probabilities.
 */
export function withTensorOutput(bytes: Uint8Array, model: OnnxModel, name: string, elemType = 1): Uint8Array {
  const span = model.graphSpan;
  if (!span) throw new ModelFormatError('no graph in the file');
  const enc = new TextEncoder();
  const tensorType = new Uint8Array([...varintBytes(1 * 8 + WIRE_VARINT), ...varintBytes(elemType)]);
  const typeProto = lenField(1, tensorType);
  const nameField = lenField(1, enc.encode(name));
  const vi = lenField(12, concat(nameField, lenField(2, typeProto)));
  const graph = concat(bytes.subarray(span.start, span.end), vi);
  return concat(bytes.subarray(0, span.tagStart), lenField(7, graph), bytes.subarray(span.end));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The node that produces `output`, if any. */
export function producerOf(model: OnnxModel, output: string): OnnxNode | undefined {
  return model.nodes.find((n) => n.outputs.includes(output));
}
