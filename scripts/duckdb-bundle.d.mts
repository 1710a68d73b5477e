import type { Plugin } from 'esbuild';

/** Banner code for a bundle that may load DuckDB: the binding beside the bundle, when there is one. */
export const duckdbBindingShim: string;
/** esbuild options (plugin and externals) for a bundle that may load DuckDB or pg. */
export const withDuckdb: { plugins: Plugin[]; external: string[] };
/** Copies the Linux x64 binding and its library into `<outdir>/duckdb/linux-x64`. */
export function copyDuckdbBinding(outdir: string): void;
