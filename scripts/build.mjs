// Bundles the action, the CLI, the CSV-loading worker and the check worker into dist/ as ES
// modules. The @actions/* packages are ESM-only; esbuild's ESM output needs a real `require` for
// the CommonJS code it inlines, hence the banner (aliased: bundles already declare `createRequire`).
// The config validator is generated from the schema first, so the bundles never hold a stale one.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { writeConfigValidator } from './config-validator.mjs';

// `__dirname` too: some @stdlib packages probe for an optional native addon next to their own file
// (a require that fails and falls back to JavaScript); in an ES module the bare name would throw.
const requireShim =
  "import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url); const __dirname = import.meta.dirname;";

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outdir: 'dist',
  minify: false,
  legalComments: 'none',
  logLevel: 'warning',
  sourcemap: false,
};

writeConfigValidator();
rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { index: 'src/index.ts', 'load-worker': 'src/data/load-worker.ts', 'check-worker': 'src/checks/check-worker.ts' },
  banner: { js: requireShim },
});
await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts' },
  banner: { js: `#!/usr/bin/env node\n${requireShim}` },
});
chmodSync('dist/cli.js', 0o755);
