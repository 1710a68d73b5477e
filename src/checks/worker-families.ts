/**
 * The checks the check worker may run, in report order, shared by the engine and the worker so
 * that both threads run the same checks in the same order. They read only role columns (of both
 * files), the current file's chunks, the known labels, the config and the task: what the worker is
 * sent (see worker-checks.ts). Label-free estimation is among them because on a shadow log it is
 * the largest job after loading, and the main thread has per-column drift, per-chunk drift and
 * multivariate drift to run meanwhile.
 */
import type { Family } from '../results/types.js';
import type { Check } from './context.js';
import { differentialChecks } from './differential.js';
import { estimationChecks } from './estimation.js';
import { performanceChecks } from './performance.js';

export const WORKER_CHECKS: readonly { family: Family; check: Check }[] = [
  { family: 'performance', check: estimationChecks },
  { family: 'performance', check: performanceChecks },
  { family: 'differential', check: differentialChecks },
];

export const WORKER_FAMILIES: readonly Family[] = [...new Set(WORKER_CHECKS.map((c) => c.family))];
