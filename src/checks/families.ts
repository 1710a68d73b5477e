/**
 * Runs one family of checks and keeps it from stopping the gate: a family that throws (a bug)
 * becomes one `error` result naming it. Shared by the engine and the check worker so that a
 * family gives the same results on either thread.
 */
import type { Family, TestResult } from '../results/types.js';
import type { Check, CheckContext } from './context.js';

export function familyError(family: Family, reason: string): TestResult {
  return {
    id: `${family}.internal`, family, name: `${family} tests`, method: 'internal', status: 'error', severity: 'fail',
    value: null, threshold: null, message: `the ${family} tests stopped: ${reason}`,
  };
}

export function runFamily(family: Family, check: Check, ctx: CheckContext): TestResult[] {
  try {
    return check(ctx);
  } catch (e) {
    return [familyError(family, e instanceof Error ? e.message : String(e))];
  }
}
