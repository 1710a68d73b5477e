/**
 * What a check about the models themselves receives: the ordinary check context (whose tables
 * already hold the models' outputs as prediction and score columns) and the models, which it may
 * ask about new rows (perturbed, permuted, timed). Unlike the data checks these are async.
 */
import type { Models } from '../../models/types.js';
import type { TestResult } from '../../results/types.js';
import type { CheckContext } from '../context.js';

export interface ModelCheckContext {
  readonly data: CheckContext;
  readonly models: Models;
}

/** Never rejects for a model that cannot answer: that is an `error` result naming the model file. */
export type ModelCheck = (ctx: ModelCheckContext) => Promise<TestResult[]>;
