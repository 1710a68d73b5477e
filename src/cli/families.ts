/**
 * `--only` and `--skip` (and the action inputs `only`, `skip`): which test families a run leaves
 * out. Names are those of the report (FAMILIES); `input` always runs, since without it a run could
 * pass on files it never read.
 */
import { FAMILIES, type Family } from '../results/types.js';

/** A bad selection, naming the option it is about (`only` or `skip`) so each edge can word it. */
export class UsageError extends Error {
  constructor(
    readonly option: 'only' | 'skip',
    readonly reason: string,
  ) {
    super(`--${option}: ${reason}`);
  }
}

const SELECTABLE = FAMILIES.filter((f) => f !== 'input');

function parseList(option: 'only' | 'skip', text: string): Family[] {
  const out: Family[] = [];
  for (const name of text.split(',').map((s) => s.trim())) {
    if (name === 'input') throw new UsageError(option, `the input family always runs (it checks the files were read); choose from ${SELECTABLE.join(', ')}`);
    const family = SELECTABLE.find((f) => f === name);
    if (!family) throw new UsageError(option, `unknown family ${JSON.stringify(name)}; choose from ${SELECTABLE.join(', ')}`);
    if (!out.includes(family)) out.push(family);
  }
  return out;
}

/** The families to leave out, from `only` (everything else) or `skip`; never both. */
export function skippedFamilies(only: string | undefined, skip: string | undefined): Set<Family> {
  if (only !== undefined && skip !== undefined) throw new UsageError('only', 'cannot be used together with skip');
  if (only !== undefined) {
    const chosen = parseList('only', only);
    return new Set(SELECTABLE.filter((f) => !chosen.includes(f)));
  }
  return new Set(skip !== undefined ? parseList('skip', skip) : []);
}
