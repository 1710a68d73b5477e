// Times model-gate's loader alone (both files, worker thread, sorting, and the current file's
// duplicate count, which the gate makes when data quality asks) from a bundle that bench/run.mjs
// builds; prints {"ms": …, "rss": …} as JSON.
import { pathToFileURL } from 'node:url';

const [bundle, ref, cur] = process.argv.slice(2);
const { loadPair } = await import(pathToFileURL(bundle).href);
const start = performance.now();
const pair = await loadPair({ path: ref, display: ref }, { path: cur, display: cur }, { types: new Map() });
const duplicates = pair.current.duplicateRows;
const ms = performance.now() - start;
if (pair.reference.rowCount < 1 || pair.current.rowCount < 1 || duplicates < 0) throw new Error('nothing loaded');
process.stdout.write(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS * 1024 }) + '\n');
