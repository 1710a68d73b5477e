// Types for the module scripts/config-validator.mjs generates (the generator does not write this
// file; it only changes if ajv's standalone export shape does).
import type { ErrorObject } from 'ajv';

export interface ConfigValidateFunction {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const validate: ConfigValidateFunction;
export default validate;
