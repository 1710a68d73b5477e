// Types for scripts/calibrate/data.mjs, which the tests import.
export declare const CHANNELS: readonly string[];
export declare const REGIONS: readonly string[];
export declare const PRODUCTS: readonly string[];
export declare const COLUMNS: readonly string[];
export declare const SHIFT_COLUMN: string;
export declare const SHIFT_COLUMN_SD: number;
export declare const CONFIG_YAML: string;
export declare function generateCsv(o: { n: number; seed: number; idStart?: number; shiftSd?: number; regression?: boolean }): string;
