/**
 * The renderers against what the engine really produces for the bundled example, so a check that
 * emits a shape the JSON contract or the markdown does not expect is caught here.
 */
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../src/engine.js';
import { renderJson, REPORT_JSON_SCHEMA } from '../../src/report/json.js';
import { STATUS_ICON } from '../../src/report/headline.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/results/types.js';
import { tableRows, tableWidths, toHtml } from './gfm.js';

let report: Report;
beforeAll(async () => {
  report = await runGate({ configPath: 'examples/model-gate.yml' });
});

describe('the example run', () => {
  // The whole pipeline on the bundled example, pinned: any change in a statistic, a decision or
  // the rendering shows up here as a diff to review (refresh with `npx vitest run -u`).
  it('renders exactly the committed sample report', async () => {
    await expect(renderMarkdown(report)).toMatchFileSnapshot('../../examples/sample-report.md');
  });

  it('renders JSON that the shipped schema accepts', () => {
    const validate = new Ajv({ allErrors: true, strict: true }).compile(REPORT_JSON_SCHEMA);
    const json = JSON.parse(renderJson(report));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.tests.length).toBeGreaterThan(10);
  });

  it.each([undefined, 65_536, 3_000])('renders well-formed markdown (budget %s)', (maxBytes) => {
    const md = renderMarkdown(report, { maxBytes });
    if (maxBytes !== undefined) expect(Buffer.byteLength(md)).toBeLessThanOrEqual(maxBytes);
    expect(md).not.toMatch(/NaN|undefined|\[object /);
    expect(md.startsWith(`### model-gate\n\n${STATUS_ICON[report.verdict]} **${report.verdict.toUpperCase()}** — `)).toBe(true);
    const html = toHtml(md);
    const widths = tableWidths(html);
    const bodies = [...html.matchAll(/<table>[\s\S]*?<\/table>/g)].map((m) => tableRows(m[0]));
    expect(bodies).toHaveLength(widths.length);
    bodies.forEach((rows, i) => rows.forEach((r) => expect(r).toHaveLength(widths[i]!)));
    expect((md.match(/<details[ >]/g) ?? []).length).toBe((md.match(/<\/details>/g) ?? []).length);
  });
});
