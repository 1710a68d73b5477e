/**
 * The Prometheus text exposition format, version 0.0.4
 * (https://prometheus.io/docs/instrumenting/exposition_formats/): one HELP and one TYPE line per
 * metric family, then its samples. Metric and label names are fixed by the code; label values may
 * come from the data (column names, test ids) and are escaped here, so a value can never end its
 * quotes or start a line of its own.
 */

export const CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export type Labels = readonly (readonly [name: string, value: string])[];

export interface Sample {
  labels: Labels;
  /** null: no measurement, so no sample (a gap, not NaN). */
  value: number | null;
}

export interface MetricFamily {
  name: string;
  help: string;
  type: 'gauge';
  samples: readonly Sample[];
}

const NAME_RE = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME_RE = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Backslash, double quote and line feed are the three characters the format escapes in a label value. */
export function escapeLabelValue(v: string): string {
  return v.replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** HELP text escapes backslash and line feed only. */
function escapeHelp(v: string): string {
  return v.replace(/[\\\n]/g, (c) => (c === '\n' ? '\\n' : '\\\\'));
}

/**
 * Go's ParseFloat reads JavaScript's shortest round-trip form (`0.1`, `1e-7`, `1.5e+21`); the
 * non-finite values are spelled as Prometheus spells them.
 */
export function formatValue(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return '+Inf';
  if (v === -Infinity) return '-Inf';
  return String(v);
}

function labelText(labels: Labels): string {
  if (labels.length === 0) return '';
  return `{${labels.map(([k, v]) => `${k}="${escapeLabelValue(v)}"`).join(',')}}`;
}

/**
 * The families in the order given, samples in the order given: callers fix both so the file is
 * the same for the same report (diffable, and stable across versions). A family whose samples are
 * all null is still announced by its HELP and TYPE lines, so the file lists the same names every run.
 */
export function exposition(families: readonly MetricFamily[]): string {
  const out: string[] = [];
  for (const f of families) {
    // Names are code, never data: a bad one is a bug here, not the user's input.
    if (!NAME_RE.test(f.name)) throw new Error(`invalid metric name ${JSON.stringify(f.name)}`);
    out.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} ${f.type}`);
    for (const s of f.samples) {
      if (s.value === null) continue;
      for (const [k] of s.labels) if (!LABEL_NAME_RE.test(k) || k.startsWith('__')) throw new Error(`invalid label name ${JSON.stringify(k)}`);
      out.push(`${f.name}${labelText(s.labels)} ${formatValue(s.value)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
