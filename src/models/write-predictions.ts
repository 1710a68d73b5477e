/**
 * `--write-predictions out.csv`: the models' outputs on the current rows, as the checks read them,
 * so a reviewer can open them beside the data. One row per current row: its line in the file, the
 * id column when configured, then each model's prediction and scores.
 */
import { open } from 'node:fs/promises';
import type { GateConfig } from '../config/types.js';
import { scoreEntries } from '../checks/outputs.js';
import type { Column, Table } from '../data/table.js';

/** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
function field(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function cell(c: Column, row: number): string {
  if (c.kind === 'numeric') {
    const v = c.values[row]!;
    return Number.isNaN(v) ? '' : String(v);
  }
  const code = c.codes[row]!;
  return code < 0 ? '' : field(c.dictionary[code]!);
}

export function predictionColumns(cfg: GateConfig): string[] {
  const c = cfg.columns;
  const out: string[] = [];
  for (const [pred, scores] of [
    [c.baseline_prediction, c.baseline_scores],
    [c.candidate_prediction, c.candidate_scores],
  ] as const) {
    if (pred) out.push(pred);
    if (scores) for (const [, col] of scoreEntries(scores)) out.push(col);
  }
  return out;
}

export async function writePredictions(path: string, cfg: GateConfig, current: Table, modelColumns: readonly string[]): Promise<void> {
  const id = cfg.columns.id ? current.columns.get(cfg.columns.id) : undefined;
  const cols = modelColumns.map((n) => current.columns.get(n)).filter((c): c is Column => c !== undefined);
  const header = ['line', ...(id ? [cfg.columns.id!] : []), ...cols.map((c) => c.name)].map(field).join(',');
  const file = await open(path, 'w');
  try {
    let buf = `${header}\n`;
    for (let r = 0; r < current.rowCount; r++) {
      let line = String(current.rowLine(r));
      if (id) line += `,${cell(id, r)}`;
      for (const c of cols) line += `,${cell(c, r)}`;
      buf += `${line}\n`;
      if (buf.length > 1 << 20) {
        await file.write(buf);
        buf = '';
      }
    }
    await file.write(buf);
  } finally {
    await file.close();
  }
}
