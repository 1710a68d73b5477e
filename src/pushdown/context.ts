/** What the checks on SQL sources share: the config, both relations and their one-scan profiles. */
import type { GateConfig, Task } from '../config/types.js';
import type { SqlColumnKind, SqlRelation } from '../sql/types.js';
import type { Profile } from './aggregates.js';

export interface SqlSide {
  readonly rel: SqlRelation;
  readonly profile: Profile;
  readonly kinds: ReadonlyMap<string, SqlColumnKind>;
  /** How messages name this side: "reference query (duckdb)". */
  readonly source: string;
}

export interface PushdownContext {
  readonly config: GateConfig;
  readonly task: Task | null;
  readonly reference: SqlSide;
  readonly current: SqlSide;
  readonly features: readonly string[];
  /** One connection serves both sides, so one query may read both (exact order statistics). */
  readonly shared: boolean;
}

/** `source column "name"`, as csvPosition names a column of a file. */
export function where(side: SqlSide, column: string): string {
  return `${side.source} column ${JSON.stringify(column)}`;
}

/** Why a test cannot run here, in every message that says so. */
export const NEEDS_ROWS = 'not available for SQL sources: it needs the rows in memory, and a SQL source sends only aggregates';
