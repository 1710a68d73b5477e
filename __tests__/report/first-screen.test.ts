/**
 * Issue 14's "done when": the bundled example's comment, rendered by a GFM renderer, shows the
 * failures within the first screen. examples/sample-report.md is pinned to what the engine
 * renders for the example (contract.test.ts); here it is rendered as GitHub would and read as a
 * reviewer would, from the top.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../src/engine.js';
import type { Report } from '../../src/results/types.js';
import { decodeEntities, toHtml } from './gfm.js';

/** Lines of text a browser shows, in order: one per heading, paragraph, list item or table row. */
function renderedLines(html: string): string[] {
  return decodeEntities(
    html
      .replace(/<pre><code[^>]*>[\s\S]*?<\/code><\/pre>/g, '\n[chart]\n')
      .replace(/<\/(h\d|p|li|tr|summary)>|<br\s*\/?>/g, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** Roughly what a laptop shows of a PR comment without scrolling. */
const FIRST_SCREEN_LINES = 25;

let report: Report;
let html: string;
beforeAll(async () => {
  report = await runGate({ configPath: 'examples/model-gate.yml' });
  html = toHtml(readFileSync(new URL('../../examples/sample-report.md', import.meta.url), 'utf8'));
});

describe('the bundled example’s comment, rendered', () => {
  it('fails, with failures to show', () => {
    expect(report.verdict).toBe('fail');
    expect(report.tests.filter((t) => t.status === 'fail').length).toBeGreaterThan(3);
  });

  it('lists every failed test, with its numbers, before the first table and the first folded block', () => {
    const firstTable = html.indexOf('<table>');
    const firstDetails = html.indexOf('<details');
    expect(firstTable).toBeGreaterThan(0);
    expect(firstDetails).toBeGreaterThan(0);
    for (const t of report.tests.filter((x) => x.status === 'fail' || x.status === 'error')) {
      const at = html.search(new RegExp(`<li>(?:❌|❗|❔) <strong>${t.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</strong> `, 'u'));
      expect(at, t.name).toBeGreaterThan(0);
      expect(at).toBeLessThan(firstTable);
      expect(at).toBeLessThan(firstDetails);
    }
  });

  it('shows them within the first screen of text, the verdict first', () => {
    const lines = renderedLines(html);
    expect(lines[0]).toBe('model-gate');
    expect(lines[1]).toMatch(/^❌ FAIL — \d+ failed/);
    const failed = report.tests.filter((t) => t.status === 'fail');
    for (const t of failed) {
      const i = lines.findIndex((l) => l.startsWith(`❌ ${t.name} `));
      expect(i, t.name).toBeGreaterThan(1);
      expect(i, t.name).toBeLessThan(FIRST_SCREEN_LINES);
    }
    // The recall change reads as the issue asks: points, interval, allowance.
    expect(lines).toContain('❌ Recall vs baseline −16.74 pp, 95 % CI [−19.8, −13.67], allowed −1 pp');
  });

  it('marks the inconclusive change apart from the warnings', () => {
    const lines = renderedLines(html);
    const inconclusive = report.tests.filter((t) => t.details?.inconclusive === true && t.status === 'warn');
    expect(inconclusive.length).toBeGreaterThan(0);
    const heading = lines.findIndex((l) => l.startsWith('Inconclusive'));
    expect(heading).toBeGreaterThan(lines.indexOf('Warnings'));
    for (const t of inconclusive) expect(lines[heading + 1 + inconclusive.indexOf(t)]!.startsWith(`❔ ${t.name} `)).toBe(true);
    expect(html).toContain('<td>❔ inconclusive</td>');
  });
});
