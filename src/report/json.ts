/**
 * The JSON report: the versioned machine contract (README "JSON report"). Keys come out in a fixed
 * order whatever order the producing code built them in, so diffs between runs show only real
 * changes. JSON has no NaN or Infinity: such numbers become null, and for the fields a reader gates
 * on (`value`, `p_value`, threshold limits) the message says what the number was.
 */
import { JSON_COLUMN_DETAILS, JSON_ISSUE_COLUMN_DETAILS, JSON_PASSING_COLUMN_TESTS } from './caps.js';
import { CHARTS_JSON_SCHEMA, chartsToJson, compactNumberArrays } from '../charts/json.js';
import { FAMILIES, isIssue, REPORT_SCHEMA_VERSION, STATUSES, type ModelSummary, type Report, type TestResult, type Threshold } from '../results/types.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A non-finite number as JSON (null) plus the reason, for the message. */
function num(x: number | null | undefined, what: string, notes: string[]): number | null {
  if (x === null || x === undefined) return null;
  if (typeof x !== 'number') {
    notes.push(`${what} was not a number`);
    return null;
  }
  if (Number.isFinite(x)) return x;
  notes.push(`${what} was ${String(x)}`);
  return null;
}

/**
 * Free-form details as plain JSON: typed arrays become arrays (JSON.stringify would turn them into
 * index-keyed objects), Maps objects, Sets arrays, non-finite numbers null, bigints numbers or
 * strings; functions and undefined are dropped and cycles cut, so no detail can crash the report.
 */
function plain(v: unknown, seen: Set<object>): Json | undefined {
  switch (typeof v) {
    case 'number':
      return Number.isFinite(v) ? v : null;
    case 'string':
    case 'boolean':
      return v;
    case 'bigint':
      return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined;
  }
  if (v === null) return null;
  const o = v as object;
  if (seen.has(o)) return '[circular]';
  seen.add(o);
  try {
    if (ArrayBuffer.isView(o) && !(o instanceof DataView)) {
      return Array.from(o as unknown as ArrayLike<number | bigint>, (x) => plain(x, seen) ?? null);
    }
    if (Array.isArray(o) || o instanceof Set) {
      return Array.from(o as Iterable<unknown>, (x) => plain(x, seen) ?? null);
    }
    if (o instanceof Date) return Number.isNaN(o.getTime()) ? null : o.toISOString();
    const entries: Iterable<[unknown, unknown]> = o instanceof Map ? o.entries() : Object.entries(o);
    const out: { [key: string]: Json } = {};
    for (const [k, x] of entries) {
      const p = plain(x, seen);
      if (p !== undefined) out[String(k)] = p;
    }
    return out;
  } finally {
    seen.delete(o);
  }
}

function threshold(t: Threshold | null, notes: string[]): Json {
  if (!t) return null;
  const out: { [key: string]: Json } = { on: t.on, bad: t.bad };
  if (t.fail !== undefined) out.fail = num(t.fail, 'fail threshold', notes);
  if (t.warn !== undefined) out.warn = num(t.warn, 'warn threshold', notes);
  out.text = t.text;
  return out;
}

function test(t: TestResult, keepDetails: boolean): Json {
  const notes: string[] = [];
  const out: { [key: string]: Json } = { id: t.id, family: t.family, name: t.name };
  if (t.column !== undefined) out.column = t.column;
  out.method = t.method;
  out.status = t.status;
  out.severity = t.severity;
  out.value = num(t.value, 'value', notes);
  out.threshold = threshold(t.threshold, notes);
  if (t.p_value !== undefined) out.p_value = num(t.p_value, 'p-value', notes);
  out.message = notes.length > 0 ? `${t.message} (${notes.join('; ')})` : t.message;
  if (t.details !== undefined && keepDetails) {
    const d = plain(t.details, new Set());
    if (d !== undefined) out.details = d;
  }
  return out;
}

function summary(d: Report['data']['reference']): Json {
  if (!d) return null;
  const out: { [key: string]: Json } = { path: d.path, rows: d.rows, columns: d.columns };
  if (d.labelled_rows !== undefined) out.labelled_rows = d.labelled_rows;
  return out;
}

/**
 * The tests as stored, within the caps of caps.ts: every test that is not about one column, and
 * every failing, erroring or warning test, is listed; passing, informational and skipped per-column
 * tests are listed up to JSON_PASSING_COLUMN_TESTS. Per-column tests keep their `details` up to a
 * count each for issues and for the rest. `omitted` counts what was left out (null: nothing).
 */
function cappedTests(tests: readonly TestResult[]): { tests: Json[]; omitted: Json | null } {
  const out: Json[] = [];
  const byFamily: Record<string, number> = {};
  let notListed = 0;
  let listedRest = 0;
  let issueDetails = 0;
  let restDetails = 0;
  let detailsDropped = 0;
  for (const t of tests) {
    const issue = isIssue(t.status);
    let keep = true;
    if (t.column !== undefined && t.details !== undefined) {
      keep = issue ? issueDetails++ < JSON_ISSUE_COLUMN_DETAILS : restDetails++ < JSON_COLUMN_DETAILS;
    }
    if (t.column !== undefined && !issue) {
      if (listedRest >= JSON_PASSING_COLUMN_TESTS) {
        notListed += 1;
        byFamily[t.family] = (byFamily[t.family] ?? 0) + 1;
        continue;
      }
      listedRest += 1;
    }
    if (!keep) detailsDropped += 1;
    out.push(test(t, keep));
  }
  if (notListed === 0 && detailsDropped === 0) return { tests: out, omitted: null };
  const families: { [key: string]: Json } = {};
  for (const f of [...FAMILIES, ...Object.keys(byFamily).filter((k) => !(FAMILIES as readonly string[]).includes(k))]) {
    if (byFamily[f]) families[f] = byFamily[f];
  }
  return {
    tests: out,
    omitted: {
      tests: notListed,
      tests_by_family: families,
      details: detailsDropped,
      limits: {
        passing_column_tests: JSON_PASSING_COLUMN_TESTS,
        column_details: JSON_COLUMN_DETAILS,
        issue_column_details: JSON_ISSUE_COLUMN_DETAILS,
      },
    },
  };
}

function modelJson(m: ModelSummary): Json {
  const out: { [key: string]: Json } = {
    role: m.role,
    path: m.path,
    bytes: m.bytes,
    sha256: m.sha256,
    producer: m.producer,
    opsets: m.opsets.map((o) => ({ domain: o.domain, version: o.version })),
    inputs: m.inputs.map((i) => ({ name: i.name, type: i.type, shape: [...i.shape], columns: [...i.columns] })),
    outputs: { label: m.outputs.label, probabilities: m.outputs.probabilities, value: m.outputs.value },
  };
  if (m.predicted) out.predicted = { rows: m.predicted.rows, ms: m.predicted.ms };
  return out;
}

/** Builds the JSON value of a report (key order fixed, numbers finite); `renderJson` prints it. */
export function reportToJson(report: Report): Json {
  const counts: { [key: string]: Json } = {};
  for (const s of STATUSES) counts[s] = report.counts[s] ?? 0;
  const { tests, omitted } = cappedTests(report.tests);
  const out: { [key: string]: Json } = {
    schema_version: report.schema_version,
    tool: { name: report.tool.name, version: report.tool.version },
    generated_at: report.generated_at,
    config: report.config,
    task: report.task,
    verdict: report.verdict,
    counts,
    data: { reference: summary(report.data.reference), current: summary(report.data.current) },
    ...(report.models ? { models: report.models.map(modelJson) } : {}),
    ...(report.families ? { families: { run: [...report.families.run], skipped: [...report.families.skipped] } } : {}),
    tests,
    duration_ms: Number.isFinite(report.duration_ms) ? report.duration_ms : null,
  };
  if (omitted !== null) out.omitted = omitted;
  // Last: the bulk of the file, after everything a reader of the verdict looks at.
  if (report.charts) out.charts = chartsToJson(report.charts);
  return out;
}

/**
 * The report as pretty-printed JSON (2-space indent, trailing newline); in `charts`, the last key,
 * arrays of numbers stay on one line (a number per line tripled the size of a many-column report).
 */
export function renderJson(report: Report): string {
  const text = JSON.stringify(reportToJson(report), null, 2);
  const charts = text.indexOf('\n  "charts": ');
  return `${charts < 0 ? text : text.slice(0, charts) + compactNumberArrays(text.slice(charts))}\n`;
}

const dataSummarySchema = {
  oneOf: [
    { type: 'null' },
    {
      type: 'object',
      additionalProperties: false,
      required: ['path', 'rows', 'columns'],
      properties: {
        path: { type: 'string', description: 'The file as named in the config.' },
        rows: { type: 'integer', minimum: 0 },
        columns: { type: 'integer', minimum: 0 },
        labelled_rows: {
          type: 'integer',
          minimum: 0,
          description: 'Rows with a target value (current data; shadow logs may label only some rows).',
        },
      },
    },
  ],
} as const;

const nullableNumber = { type: ['number', 'null'] } as const;

/** JSON Schema (draft-07) of the report; shipped as `report.schema.json` at the repository root. */
export const REPORT_JSON_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'model-gate report',
  description: `The JSON report of one model-gate run, schema_version ${REPORT_SCHEMA_VERSION}.`,
  type: 'object',
  additionalProperties: false,
  required: [
    'schema_version',
    'tool',
    'generated_at',
    'config',
    'task',
    'verdict',
    'counts',
    'data',
    'tests',
    'duration_ms',
  ],
  properties: {
    schema_version: {
      const: REPORT_SCHEMA_VERSION,
      description: 'Changes in the major part break readers; the minor part only adds fields.',
    },
    tool: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'version'],
      properties: { name: { const: 'model-gate' }, version: { type: 'string' } },
    },
    generated_at: { type: 'string', description: 'ISO 8601 time of the run.' },
    config: { type: 'string', description: 'Path of the config file, as given.' },
    task: { enum: ['classification', 'regression', null] },
    verdict: {
      enum: ['pass', 'warn', 'fail', 'error'],
      description:
        'error if any test errored; else fail if any failed; else warn if any warned; else pass. A run in which no test ran is error.',
    },
    counts: {
      type: 'object',
      additionalProperties: false,
      required: [...STATUSES],
      properties: Object.fromEntries(STATUSES.map((s) => [s, { type: 'integer', minimum: 0 }])),
    },
    data: {
      type: 'object',
      additionalProperties: false,
      required: ['reference', 'current'],
      properties: { reference: dataSummarySchema, current: dataSummarySchema },
    },
    families: {
      type: 'object',
      description: 'Present when families were left out on request (CLI --only/--skip): those that ran and those that did not. A skipped family was not checked; it did not pass.',
      additionalProperties: false,
      required: ['run', 'skipped'],
      properties: { run: { type: 'array', items: { enum: [...FAMILIES] } }, skipped: { type: 'array', items: { enum: [...FAMILIES] } } },
    },
    models: {
      type: 'array',
      description: 'The ONNX models the gate ran itself (config `models`); absent when it ran none.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['role', 'path', 'bytes', 'sha256', 'producer', 'opsets', 'inputs', 'outputs'],
        properties: {
          role: { enum: ['baseline', 'candidate'] },
          path: { type: 'string', description: 'The model file as named in the config.' },
          bytes: { type: 'integer', minimum: 0 },
          sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
          producer: { type: 'string' },
          opsets: {
            type: 'array',
            items: { type: 'object', additionalProperties: false, required: ['domain', 'version'], properties: { domain: { type: 'string' }, version: { type: 'integer' } } },
          },
          inputs: {
            type: 'array',
            description: 'Each model input, its tensor type and shape, and the columns that fed it in order.',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'type', 'shape', 'columns'],
              properties: {
                name: { type: 'string' },
                type: { type: 'string' },
                shape: { type: 'array', items: { oneOf: [{ type: 'integer' }, { type: 'string' }] } },
                columns: { type: 'array', items: { type: 'string' } },
              },
            },
          },
          outputs: {
            type: 'object',
            additionalProperties: false,
            required: ['label', 'probabilities', 'value'],
            description: 'The outputs read (probabilities: the tensor a ZipMap reads, when the model has one).',
            properties: { label: { type: ['string', 'null'] }, probabilities: { type: ['string', 'null'] }, value: { type: ['string', 'null'] } },
          },
          predicted: {
            type: 'object',
            additionalProperties: false,
            required: ['rows', 'ms'],
            description: 'Rows of both files the model ran on and the wall time, feeding and reading included.',
            properties: { rows: { type: 'integer', minimum: 0 }, ms: { type: 'number', minimum: 0 } },
          },
        },
      },
    },
    tests: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'family', 'name', 'method', 'status', 'severity', 'value', 'threshold', 'message'],
        properties: {
          id: { type: 'string', description: 'Stable and unique within a report, e.g. drift.age.' },
          family: { enum: [...FAMILIES] },
          name: { type: 'string' },
          column: { type: 'string', description: 'The data column the test is about, where one applies.' },
          method: { type: 'string', description: 'What was computed: ks, chi_squared, wasserstein_norm, ...' },
          status: {
            enum: [...STATUSES],
            description:
              'skip: a default test the data does not allow (a column it needs is absent); info: a measurement with no bound configured. Neither is a pass or an error.',
          },
          severity: { enum: ['fail', 'warn'], description: 'The status the test gives when its fail limit is crossed.' },
          value: {
            ...nullableNumber,
            description: 'null when there is no value or it was not finite (the message then says which).',
          },
          threshold: {
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                additionalProperties: false,
                required: ['on', 'bad', 'text'],
                properties: {
                  on: { enum: ['value', 'p_value'] },
                  bad: { enum: ['above', 'below'], description: 'above: larger is worse; below: smaller is worse.' },
                  fail: nullableNumber,
                  warn: nullableNumber,
                  text: { type: 'string' },
                },
              },
            ],
          },
          p_value: { type: ['number', 'null'], minimum: 0, maximum: 1 },
          message: { type: 'string' },
          details: { type: 'object', description: 'Test-specific extras; not part of the stable contract.' },
        },
      },
    },
    duration_ms: { ...nullableNumber, minimum: 0 },
    charts: CHARTS_JSON_SCHEMA,
    omitted: {
      type: 'object',
      additionalProperties: false,
      required: ['tests', 'tests_by_family', 'details', 'limits'],
      description:
        'Present only when the report was capped (many columns): `tests` lists every test that is not about one column and every error, fail and warn, but at most limits.passing_column_tests passing, info and skip per-column tests; `counts` still counts every test.',
      properties: {
        tests: { type: 'integer', minimum: 0, description: 'Passing, info and skip per-column tests not listed.' },
        tests_by_family: {
          type: 'object',
          additionalProperties: { type: 'integer', minimum: 0 },
          description: 'The unlisted tests by family.',
        },
        details: { type: 'integer', minimum: 0, description: 'Listed per-column tests whose `details` were left out.' },
        limits: {
          type: 'object',
          additionalProperties: false,
          required: ['passing_column_tests', 'column_details', 'issue_column_details'],
          properties: {
            passing_column_tests: { type: 'integer', minimum: 0 },
            column_details: {
              type: 'integer',
              minimum: 0,
              description: 'Passing, info and skip per-column tests that keep their details.',
            },
            issue_column_details: {
              type: 'integer',
              minimum: 0,
              description: 'Error, fail and warn per-column tests that keep their details.',
            },
          },
        },
      },
    },
  },
} as const;
