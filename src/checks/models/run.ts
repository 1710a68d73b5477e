/**
 * Runs the checks about the models themselves, after the data checks (the explanations explain
 * the rows the differential family lists, which they select the same way). A check that throws is
 * a bug or a model that stopped answering: one `error` result naming it, never a lost family.
 */
import type { TestResult } from '../../results/types.js';
import { behaviourCheck } from './behaviour.js';
import type { ModelCheck, ModelCheckContext } from './context.js';
import { explainCheck } from './explain.js';
import { importanceCheck } from './importance.js';
import { sanityCheck } from './sanity.js';
import { speedCheck } from './speed.js';

/** Speed first: it times the models before the other checks have filled the processes' memory. */
const MODEL_CHECKS: readonly { name: string; check: ModelCheck }[] = [
  { name: 'same_file', check: sanityCheck },
  { name: 'speed', check: speedCheck },
  { name: 'importance', check: importanceCheck },
  { name: 'behaviour', check: behaviourCheck },
  { name: 'explain', check: explainCheck },
];

export async function runModelChecks(ctx: ModelCheckContext): Promise<TestResult[]> {
  const out: TestResult[] = [];
  for (const { name, check } of MODEL_CHECKS) {
    try {
      out.push(...(await check(ctx)));
    } catch (e) {
      out.push({
        id: `model.${name}`,
        family: 'model',
        name: `Models: ${name}`,
        method: name,
        status: 'error',
        severity: 'fail',
        value: null,
        threshold: null,
        message: e instanceof Error ? e.message : String(e),
      });
    }
  }
  return out;
}
