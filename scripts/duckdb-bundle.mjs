// DuckDB in the bundles (SQL sources, Parquet). @duckdb/node-api's JavaScript is bundled (imported
// dynamically, so it loads at the first SQL source or Parquet file, never at start-up); its native
// binding cannot be. The action runs dist/ without node_modules, so dist/duckdb/linux-x64 carries
// the binding and the library it links ($ORIGIN) for GitHub's Linux x64 runners (glibc);
// elsewhere, and in the npm tarball (package.json "files" leaves it out), the binding package
// installed with @duckdb/node-api is used. scripts/build.mjs uses this; so does the test that runs
// a bundle without node_modules (__tests__/sql/bundle.test.ts).
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const bindingPackage = () => dirname(createRequire(import.meta.url).resolve('@duckdb/node-bindings-linux-x64/package.json'));

const duckdbPlugin = {
  name: 'duckdb-binding',
  setup(b) {
    b.onLoad({ filter: /@duckdb[\\/]node-bindings[\\/]duckdb\.js$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      const call = 'module.exports = getNativeNodeBinding(getRuntimePlatformArch());';
      if (!src.includes(call)) throw new Error(`@duckdb/node-bindings' duckdb.js changed: ${args.path}`);
      return { contents: src.replace(call, 'module.exports = __mgDuckdbBinding(getRuntimePlatformArch(), isLinuxMusl) ?? getNativeNodeBinding(getRuntimePlatformArch());'), loader: 'js' };
    });
  },
};

/** Banner code (needs the bundle's `require` shim): the binding beside the bundle, when there is one. */
export const duckdbBindingShim = [
  "import { existsSync as __mgDuckExists } from 'node:fs';",
  "import { join as __mgDuckJoin } from 'node:path';",
  'function __mgDuckdbBinding(platformArch, isMusl) {',
  "  if (platformArch !== 'linux-x64' || isMusl()) return null;",
  "  const own = __mgDuckJoin(import.meta.dirname, 'duckdb', 'linux-x64', 'duckdb.node');",
  '  return __mgDuckExists(own) ? require(own) : null;',
  '}',
].join(' ');

/** esbuild options for a bundle that may load DuckDB (and pg, whose optional native client is never used). */
export const withDuckdb = {
  plugins: [duckdbPlugin],
  external: ['@duckdb/node-bindings-*', 'pg-native'],
};

/** Copies the Linux x64 binding and its library into `<outdir>/duckdb/linux-x64`. */
export function copyDuckdbBinding(outdir) {
  const from = bindingPackage();
  const to = join(outdir, 'duckdb', 'linux-x64');
  mkdirSync(to, { recursive: true });
  for (const f of ['duckdb.node', 'libduckdb.so', 'LICENSE']) copyFileSync(join(from, f), join(to, f));
}
