/**
 * The README documents every config key: a key added to the schema without a line in the README
 * fails here, so the docs cannot fall behind the code.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { configSchema } from '../src/config/load.js';
import { CLASSIFICATION_METRICS, REGRESSION_METRICS } from '../src/config/metrics.js';
import { excerptLines } from './helpers/excerpt.js';

interface Node {
  properties?: Record<string, Node>;
  additionalProperties?: Node | boolean;
  oneOf?: Node[];
  type?: string | string[];
}

const METRICS = new Set<string>([...CLASSIFICATION_METRICS, ...REGRESSION_METRICS]);

function keys(node: Node, prefix: string, out: Set<string>): Set<string> {
  for (const branch of node.oneOf ?? []) if (branch.type === 'object') keys(branch, prefix, out);
  for (const [k, child] of Object.entries(node.properties ?? {})) {
    const name = METRICS.has(k) && prefix.endsWith('metrics.') ? '<metric>' : k;
    out.add(prefix + name);
    keys(child, `${prefix + name}.`, out);
  }
  const extra = node.additionalProperties;
  // A map keyed by the user's names: columns, or classes under a `classes` key.
  const placeholder = prefix.endsWith('.classes.') ? '<class>' : '<column>';
  if (extra && typeof extra === 'object' && (extra.properties || extra.oneOf)) keys(extra, `${prefix}${placeholder}.`, out);
  return out;
}

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const lines = readme.split('\n');

it.each([...keys(configSchema as Node, '', new Set())])('README documents config key %s', (key) => {
  const dot = key.lastIndexOf('.');
  const parent = key.slice(0, dot + 1);
  const leaf = key.slice(dot + 1);
  // Either the key in full, or a row that names a sibling in full and this one as `.leaf`.
  // A mapping (e.g. `tests.quality.schema`) is documented by the rows of its keys.
  const documented =
    readme.includes(`\`${key}\``) ||
    readme.includes(`\`${key}.`) ||
    lines.some((l) => l.includes(`\`${parent}`) && l.includes(`\`.${leaf}\``));
  expect(documented, `README.md has no row for \`${key}\``).toBe(true);
});

it('the README names every metric', () => {
  for (const m of METRICS) expect(readme).toContain(`\`${m}\``);
});

it('the sample report in the README is an excerpt of the real one', () => {
  const sample = readFileSync(new URL('../examples/sample-report.md', import.meta.url), 'utf8');
  expect(readme.indexOf('kept identical to what the code produces by a test):')).toBeGreaterThan(0);
  const excerpt = excerptLines(readme, 'kept identical to what the code produces by a test):');
  expect(excerpt.length).toBeGreaterThan(20);
  const sampleLines = new Set(sample.split('\n'));
  for (const line of excerpt) expect(sampleLines.has(line), `README line not in examples/sample-report.md: ${line}`).toBe(true);
});

it('the README’s minimal config runs on the bundled data and fails the regressed candidate', async () => {
  const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { runGate } = await import('../src/engine.js');
  const section = readme.slice(readme.indexOf('### A minimal config'));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  expect(yaml).toBeDefined();
  const dir = mkdtempSync(join(tmpdir(), 'mg-minimal-'));
  cpSync(new URL('../examples/data', import.meta.url), join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'model-gate.yml'), yaml!);
  const report = await runGate({ configPath: 'model-gate.yml', cwd: dir });
  expect(report.verdict).toBe('fail');
  expect(report.tests.filter((t) => t.status === 'fail').map((t) => t.id)).toContain('performance.recall.change');
}, 30_000);
