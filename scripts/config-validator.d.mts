// Types for scripts/config-validator.mjs, which the tests import to regenerate the validator.
export declare const SCHEMA_PATH: string;
export declare const OUTPUT_PATH: string;
export declare function generateConfigValidator(schemaText?: string): string;
export declare function writeConfigValidator(): boolean;
