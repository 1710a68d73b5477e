/**
 * Which of a model's outputs hold the class label, the class probabilities and the regression
 * value, and the class order. Read from the graph: sklearn-onnx classifiers give a label tensor
 * and probabilities (a [N, C] tensor, or a ZipMap over one), with the classes in the
 * `classlabels_*` attributes of the classifier node or of the ZipMap; regressors give one float
 * tensor. `models.outputs` names them when the graph does not say.
 */
import { didYouMean } from '../config/suggest.js';
import { producerOf, type OnnxModel, type OnnxNode, type ValueInfo } from './onnx-file.js';
import type { OutputPlan } from './protocol.js';

export interface ResolvedOutputs {
  plan: OutputPlan;
  /** The ZipMap's input, when probabilities come from one: it must be added as a graph output. */
  zipmapTensor: string | null;
  /** How the classes were found, for the report (attribute name, or "probability columns"). */
  classSource: string | null;
}

export class OutputProblem extends Error {}

const CLASS_ATTRS = ['classlabels_strings', 'classlabels_ints', 'classlabels_int64s'];

function classesOf(node: OnnxNode | undefined): { classes: string[]; attr: string } | null {
  if (!node) return null;
  for (const a of CLASS_ATTRS) {
    const v = node.attributes.get(a);
    if (Array.isArray(v) && v.length > 0) return { classes: v.map((x) => String(x)), attr: `${node.opType}.${a}` };
  }
  return null;
}

function isTensor(v: ValueInfo, elems: readonly string[]): boolean {
  return v.type.kind === 'tensor' && elems.includes(v.type.elem);
}

function width(v: ValueInfo): number | null {
  if (v.type.kind !== 'tensor' || !v.type.shape) return null;
  const s = v.type.shape;
  if (s.length === 1) return 1;
  const last = s[s.length - 1];
  return typeof last === 'number' && last > 0 ? last : null;
}

const FLOATS = ['float32', 'float64', 'float16'];
const LABELS = ['int64', 'int32', 'string', 'bool'];

/** The plan for one model, or an OutputProblem saying what the graph and the config disagree on. */
export function resolveOutputs(model: OnnxModel, names: { label?: string; probabilities?: string; value?: string } | 'auto'): ResolvedOutputs {
  const outputs = model.outputs;
  const byName = new Map(outputs.map((o) => [o.name, o]));
  const listed = outputs.map((o) => `${o.name} (${describeType(o)})`).join(', ');
  const pick = (key: 'label' | 'probabilities' | 'value'): ValueInfo | undefined => {
    if (names === 'auto' || names[key] === undefined) return undefined;
    const o = byName.get(names[key]!);
    if (!o) throw new OutputProblem(`models.outputs.${key}: ${didYouMean(names[key]!, outputs.map((x) => x.name), "the model's outputs are")}`);
    return o;
  };
  let label = pick('label');
  let probs = pick('probabilities');
  let value = pick('value');
  const explicit = names !== 'auto';
  if (!explicit) {
    label = outputs.find((o) => isTensor(o, LABELS));
    probs = outputs.find((o) => o.type.kind === 'sequence') ?? outputs.find((o) => o !== label && isTensor(o, FLOATS) && (width(o) ?? 2) > 1 && (label !== undefined || classesOf(producerOf(model, o.name)) !== null));
    if (!label && !probs) value = outputs.find((o) => isTensor(o, FLOATS));
    // A float [N, C] without a label output and without classes in the graph (a PyTorch network):
    // probabilities by column index; the classes are then "0" … "C−1".
    if (!label && !probs && value && (width(value) ?? 1) > 1) {
      probs = value;
      value = undefined;
    }
  }
  if (value && (label || probs)) throw new OutputProblem('models.outputs: name either value (regression) or label/probabilities (classification), not both');
  if (!label && !probs && !value) throw new OutputProblem(`none of the model's outputs is a class label, a probability tensor or a value: ${listed}`);
  if (value) {
    if (!isTensor(value, FLOATS)) throw new OutputProblem(`the output ${value.name} is ${describeType(value)}, not a float tensor of values`);
    const w = width(value);
    if (w !== null && w !== 1) throw new OutputProblem(`the output ${value.name} has ${w} values per row; a regression output has one ([N] or [N, 1])`);
    return { plan: { label: null, probabilities: null, value: value.name, classes: null }, zipmapTensor: null, classSource: null };
  }
  if (label && !isTensor(label, LABELS) && !isTensor(label, FLOATS)) throw new OutputProblem(`the output ${label.name} is ${describeType(label)}, not a tensor of class labels`);

  let zipmapTensor: string | null = null;
  let probName: string | null = null;
  let found: { classes: string[]; attr: string } | null = null;
  if (probs) {
    if (probs.type.kind === 'sequence') {
      const zip = producerOf(model, probs.name);
      if (!zip || zip.opType !== 'ZipMap' || zip.inputs.length !== 1) {
        throw new OutputProblem(`the output ${probs.name} is a sequence not made by a ZipMap; name a probability tensor in models.outputs.probabilities`);
      }
      zipmapTensor = zip.inputs[0]!;
      probName = zipmapTensor;
      found = classesOf(zip);
    } else {
      if (!isTensor(probs, FLOATS)) throw new OutputProblem(`the output ${probs.name} is ${describeType(probs)}, not a float tensor of probabilities`);
      probName = probs.name;
      found = classesOf(producerOf(model, probs.name));
    }
  }
  found ??= label ? classesOf(producerOf(model, label.name)) : null;
  let classSource = found?.attr ?? null;
  let classes = found?.classes ?? null;
  if (!classes) {
    const w = probs && probs.type.kind === 'tensor' ? width(probs) : null;
    if (w !== null && w > 1) {
      classes = Array.from({ length: w }, (_, i) => String(i));
      classSource = 'probability columns (the graph names no classes)';
    }
  }
  if (!classes) {
    throw new OutputProblem(
      `the model's classes are not in the graph (no classlabels_* attribute, no probability tensor of known width): outputs ${listed}`,
    );
  }
  return { plan: { label: label?.name ?? null, probabilities: probName, value: null, classes }, zipmapTensor, classSource };
}

export function describeType(v: ValueInfo): string {
  const t = v.type;
  if (t.kind === 'tensor') return `tensor(${t.elem})${t.shape ? ` [${t.shape.map((d) => (d === '' || d === '?' ? 'N' : d)).join(', ')}]` : ''}`;
  if (t.kind === 'sequence') return t.elem?.kind === 'map' ? `sequence of maps (ZipMap)` : 'sequence';
  if (t.kind === 'map') return 'map';
  return 'an unsupported type';
}
