import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateConfigValidator, OUTPUT_PATH, SCHEMA_PATH } from '../../scripts/config-validator.mjs';
import { validate } from '../../src/config/config-validator.generated.js';
import { configSchema, parentSchemaOf } from '../../src/config/load.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

type Node = Record<string, unknown>;
type Path = (string | number)[];

/** Every place in a config the schema describes, as the instance path that reaches it. */
function schemaPlaces(node: Node, path: Path, out: Path[]): Path[] {
  out.push(path);
  for (const [k, v] of Object.entries((node.properties ?? {}) as Record<string, Node>)) schemaPlaces(v, [...path, k], out);
  for (const branch of (node.oneOf ?? []) as Node[]) if (branch.type === 'object') schemaPlaces(branch, path, out);
  if (node.additionalProperties !== null && typeof node.additionalProperties === 'object') {
    schemaPlaces(node.additionalProperties as Node, [...path, 'x'], out);
  }
  if (node.items !== null && typeof node.items === 'object') schemaPlaces(node.items as Node, [...path, 0], out);
  return out;
}

function withValue(base: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(base) as Node;
  let cur: Node = copy;
  path.forEach((key, i) => {
    if (i === path.length - 1) {
      cur[key] = value;
      return;
    }
    const next = cur[key];
    if (next === null || typeof next !== 'object') cur[key] = typeof path[i + 1] === 'number' ? [] : {};
    cur = cur[key] as Node;
  });
  return copy;
}

const BAD_VALUES: unknown[] = ['', 'zz', -5, 2.5, 1e9, true, null, [], [1, 1], ['a', 'a'], {}, { zz_unknown: 1 }];

/** The example config, and each schema place in it (and in a bare config) set to each bad value. */
function corpus(): unknown[] {
  const example = parse(read('examples/model-gate.yml')) as unknown;
  const bare = { reference: 'r.csv', current: 'c.csv' };
  const out: unknown[] = [example, bare, {}, { reference: 1 }];
  for (const path of schemaPlaces(configSchema as Node, [], []).filter((p) => p.length > 0)) {
    for (const base of [example, bare]) for (const v of BAD_VALUES) out.push(withValue(base, path, v));
  }
  return out;
}

const strip = ({ schema: _s, parentSchema: _p, data: _d, ...rest }: ErrorObject): ErrorObject => rest as ErrorObject;

describe('generated config validator', () => {
  it(`${OUTPUT_PATH} is what the generator makes from ${SCHEMA_PATH}`, () => {
    const committed = read(OUTPUT_PATH);
    // Not toBe: a 170 KB diff would bury the instruction.
    expect(committed === generateConfigValidator(), `${OUTPUT_PATH} is stale: run \`npm run build\` and commit it`).toBe(true);
  });

  it('a schema edit changes the generated module, so a stale file is caught', () => {
    const edited = structuredClone(configSchema) as { properties: { tests: { properties: { drift: { oneOf: Node[] } } } } };
    const drift = edited.properties.tests.properties.drift.oneOf.find((b) => b.type === 'object') as { properties: { method: { enum: string[] } } };
    drift.properties.method.enum.push('a_method_not_yet_in_the_schema');
    expect(generateConfigValidator(JSON.stringify(edited, null, 2)) === read(OUTPUT_PATH)).toBe(false);
  });

  it('needs nothing from ajv at run time', () => {
    const code = read(OUTPUT_PATH);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/from ['"]ajv/);
    const sources = readdirSync(new URL('src', root), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const f of sources) expect(read(join('src', f)), f).not.toMatch(/^import (?!type )[^;]*from 'ajv/m);
    for (const bundle of ['dist/cli.js', 'dist/index.js']) expect(read(bundle), bundle).not.toContain('// node_modules/ajv/');
  });

  // The messages are the contract: the generated validator must report exactly the errors ajv
  // compiled at run time reports, and the schema lookup must find the object ajv's `verbose`
  // mode attaches as parentSchema (the only verbose field the messages read).
  it('reports the same errors as ajv compiled at run time, with the same parent schemas', () => {
    const runtime = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(configSchema);
    const keywords = new Set<string>();
    let invalid = 0;
    for (const data of corpus()) {
      const ok = validate(data);
      expect(runtime(data), JSON.stringify(data)).toBe(ok);
      if (ok) continue;
      invalid++;
      const verbose = runtime.errors ?? [];
      expect(validate.errors, JSON.stringify(data)).toEqual(verbose.map(strip));
      for (const e of verbose) {
        keywords.add(e.keyword);
        expect(parentSchemaOf(e), `${e.schemaPath} for ${JSON.stringify(data)}`).toBe(e.parentSchema);
      }
    }
    expect(invalid).toBeGreaterThan(1000);
    expect([...keywords].sort()).toEqual(
      expect.arrayContaining(['additionalProperties', 'const', 'enum', 'exclusiveMaximum', 'maximum', 'minLength', 'minProperties', 'minimum', 'oneOf', 'required', 'type', 'uniqueItems']),
    );
  });
});
