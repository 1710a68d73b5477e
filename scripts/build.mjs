// Bundles the action, the CLI, the CSV-loading worker and the check worker into dist/ as ES
// modules. The @actions/* packages are ESM-only; esbuild's ESM output needs a real `require` for
// the CommonJS code it inlines, hence the banner (aliased: bundles already declare `createRequire`).
// The config validator is generated from the schema first, so the bundles never hold a stale one.
import { build } from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { writeConfigValidator } from './config-validator.mjs';
import { copyDuckdbBinding, duckdbBindingShim, withDuckdb } from './duckdb-bundle.mjs';

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
  ...withDuckdb,
  entryPoints: { index: 'src/index.ts', 'load-worker': 'src/data/load-worker.ts', 'check-worker': 'src/checks/check-worker.ts' },
  banner: { js: `${requireShim} ${duckdbBindingShim}` },
});
await build({
  ...common,
  ...withDuckdb,
  entryPoints: { cli: 'src/cli.ts' },
  banner: { js: `#!/usr/bin/env node\n${requireShim} ${duckdbBindingShim}` },
});
chmodSync('dist/cli.js', 0o755);
copyDuckdbBinding('dist');

// The model runner: onnxruntime-node's JavaScript bundled in, its native library copied beside it.
// The action runs dist/ without node_modules, so dist/onnxruntime/linux-x64 carries the binary for
// GitHub's Linux x64 runners; elsewhere (the CLI installed from npm on macOS or Windows) the
// binding of the installed onnxruntime-node package is used.
const ortPackage = dirname(createRequire(import.meta.url).resolve('onnxruntime-node/package.json'));
const bindingPlugin = {
  name: 'onnxruntime-binding',
  setup(b) {
    b.onLoad({ filter: /onnxruntime-node[\\/]dist[\\/]binding\.js$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      const call = 'require(`../bin/napi-v6/${process.platform}/${process.arch}/onnxruntime_binding.node`)';
      if (!src.includes(call)) throw new Error(`onnxruntime-node's binding.js changed: ${args.path}`);
      return { contents: src.replace(call, 'require(__mgOrtBinding())'), loader: 'js' };
    });
  },
};
const ortBindingShim = [
  "import { existsSync as __mgExists } from 'node:fs';",
  "import { join as __mgJoin, dirname as __mgDirname } from 'node:path';",
  'function __mgOrtBinding() {',
  "  const own = __mgJoin(import.meta.dirname, 'onnxruntime', `${process.platform}-${process.arch}`, 'onnxruntime_binding.node');",
  '  if (__mgExists(own)) return own;',
  "  return __mgJoin(__mgDirname(require.resolve('onnxruntime-node/package.json')), 'bin', 'napi-v6', process.platform, process.arch, 'onnxruntime_binding.node');",
  '}',
].join(' ');
await build({
  ...common,
  entryPoints: { 'model-runner': 'src/models/runner.ts' },
  banner: { js: `${requireShim} ${ortBindingShim}` },
  plugins: [bindingPlugin],
});
const ortOut = join('dist', 'onnxruntime', 'linux-x64');
mkdirSync(ortOut, { recursive: true });
for (const f of ['onnxruntime_binding.node', 'libonnxruntime.so.1']) copyFileSync(join(ortPackage, 'bin', 'napi-v6', 'linux', 'x64', f), join(ortOut, f));
