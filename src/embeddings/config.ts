/**
 * The `columns.embeddings`, `columns.text`, `tests.embeddings` and `tests.text` keys: their
 * resolution over the defaults, the rules the schema cannot say, and which CSV columns belong to
 * an embedding (and so are no default feature: a 384-column embedding is one test, not 384).
 */
import { quoteName } from '../config/names.js';
import type { EmbeddingSettings, EmbeddingSpec, GateConfig } from '../config/types.js';
import type { Table } from '../data/table.js';
import { prefixColumns, VectorError } from './vectors.js';

type Json = Record<string, unknown>;

export function resolveEmbeddingSpecs(user: unknown): Record<string, EmbeddingSpec> {
  const out: Record<string, EmbeddingSpec> = {};
  if (user === null || typeof user !== 'object') return out;
  for (const [name, v] of Object.entries(user as Json)) {
    const o = (v ?? {}) as Partial<{ json: boolean; prefix: string; role: EmbeddingSpec['role'] }>;
    out[name] = { json: o.json === true, prefix: typeof o.prefix === 'string' ? o.prefix : null, role: o.role ?? 'feature' };
  }
  return out;
}

/** `bandwidth: median` (or absent) is the median heuristic, stored as null. */
export function resolveEmbeddingSettings(merged: EmbeddingSettings & { bandwidth: unknown }): EmbeddingSettings {
  return { ...merged, bandwidth: typeof merged.bandwidth === 'number' ? merged.bandwidth : null };
}

export function embeddingConfigProblems(cfg: GateConfig): string[] {
  const problems: string[] = [];
  const specs = cfg.columns.embeddings;
  const roles: Record<string, string[]> = { baseline: [], candidate: [] };
  for (const [name, spec] of Object.entries(specs)) {
    const key = `config key columns.embeddings.${name}`;
    if (spec.json === (spec.prefix !== null)) {
      problems.push(`${key}: say how the vector is stored: json: true (the column ${quoteName(name)} holds a JSON array per row) or prefix: <text> (the columns <text>0, <text>1, … are its coordinates), not ${spec.json ? 'both' : 'neither'}`);
    }
    if (spec.role !== 'feature') roles[spec.role].push(name);
  }
  for (const role of ['baseline', 'candidate'] as const) {
    if (roles[role].length > 1) problems.push(`config key columns.embeddings: ${roles[role].map(quoteName).join(' and ')} both have role ${role}; one embedding per model`);
  }
  if ((roles.baseline.length === 0) !== (roles.candidate.length === 0)) {
    const [has, lacks] = roles.baseline.length ? ['baseline', 'candidate'] : ['candidate', 'baseline'];
    problems.push(`config key columns.embeddings.${roles[has][0]}.role: a ${has} embedding is compared with the ${lacks}'s on the same rows; name the ${lacks}'s embedding too (role: ${lacks})`);
  }
  // Settings for tests that have nothing to run on would pass in silence.
  if (cfg.explicit.has('tests.embeddings') && cfg.tests.embeddings.enabled && Object.keys(specs).length === 0) {
    problems.push('config key tests.embeddings: no embedding is declared; name the vector columns in columns.embeddings (e.g. text_emb: { json: true } or img: { prefix: img_ })');
  }
  for (const t of cfg.columns.text) {
    if (specs[t]?.json) problems.push(`config key columns.text: ${quoteName(t)} is a JSON embedding (columns.embeddings.${t}), not text`);
  }
  return problems;
}

/**
 * The CSV columns of `table` that hold embeddings: the JSON columns and every numbered prefix
 * column. A prefix whose numbering has a gap still claims its columns (the embedding test reports
 * the gap).
 */
export function embeddingColumns(cfg: GateConfig, table: Pick<Table, 'names' | 'source'>): Set<string> {
  const out = new Set<string>();
  for (const [name, spec] of Object.entries(cfg.columns.embeddings)) {
    if (spec.prefix === null) {
      out.add(name);
      continue;
    }
    try {
      for (const c of prefixColumns(table, spec.prefix)) out.add(c);
    } catch (e) {
      if (!(e instanceof VectorError)) throw e;
      for (const c of table.names) if (c.startsWith(spec.prefix) && /^\d+$/.test(c.slice(spec.prefix.length))) out.add(c);
    }
  }
  return out;
}
