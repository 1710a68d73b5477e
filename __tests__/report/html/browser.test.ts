/**
 * The HTML report in a real browser: headless Chromium opens the bundled example's report.html at
 * desktop and phone widths; the verdict must be on the first screen, the console free of errors
 * (a Content-Security-Policy violation is one) and no request made besides the file itself.
 * Skipped, saying why, only where Chromium is not installed and CI is not set; .ci/run installs it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launch, problems, type Browser } from '../../../scripts/check-html.mjs';
import { runGate } from '../../../src/engine.js';
import { renderHtml } from '../../../src/report/html/page.js';
import type { Report } from '../../../src/results/types.js';
import { ROOT } from '../../helpers/node-binaries.js';
import { fixtureTests, report as fixtureReport } from '../fixture.js';
import { charts, XSS } from './fixture.js';

const chromium = findChromium();
const inCi = process.env.CI === 'true' || process.env.CI === '1';

if (chromium === null) {
  describe('the HTML report in headless Chromium', () => {
    if (inCi) {
      it('Chromium is installed (CI must run this check; .ci/run installs the Debian package chromium)', () => {
        const why = process.env.CHROMIUM ? `$CHROMIUM (${process.env.CHROMIUM}) is not an executable file` : 'Chromium was not found on PATH (chromium, chromium-browser, google-chrome, google-chrome-stable)';
        throw new Error(why);
      });
    } else {
      it.skip('skipped: Chromium is not installed here (apt-get install chromium, or set CHROMIUM to its path)', () => undefined);
    }
  });
} else {
  describe('the HTML report in headless Chromium', () => {
    const dir = mkdtempSync(join(tmpdir(), 'model-gate-html-'));
    let browser: Browser;
    let example: Report;
    const page = (name: string, html: string): string => {
      const file = join(dir, name);
      writeFileSync(file, html);
      return file;
    };

    beforeAll(async () => {
      example = await runGate({ configPath: 'examples/model-gate.yml', cwd: ROOT, root: ROOT });
      page('report.html', renderHtml(example));
      browser = await launch(chromium);
    });
    afterAll(async () => {
      await browser?.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it('desktop: the verdict on the first screen, no console error, no request, every chart drawn', async () => {
      const r = await browser.open(join(dir, 'report.html'), { width: 1280, height: 800 });
      expect(problems(r)).toEqual([]);
      expect(r.verdict?.text).toContain(example.verdict.toUpperCase());
      expect(r.title).toMatch(/^model-gate: FAIL — \d+ failed/);
      const drawn = (await browser.evaluate(
        `[...document.querySelectorAll('svg.chart')].filter((s) => s.getBoundingClientRect().width > 150).length`,
      )) as number;
      const all = (await browser.evaluate(`document.querySelectorAll('svg.chart').length`)) as number;
      expect(all).toBeGreaterThan(0);
      expect(drawn).toBe(all);
      if (example.charts) {
        expect(await browser.evaluate(`document.querySelectorAll('[id^="dist-"]').length`)).toBe(example.charts.distributions.length);
      }
    });

    it('phone: the verdict on the first screen and nothing wider than the screen', async () => {
      const r = await browser.open(join(dir, 'report.html'), { width: 390, height: 844, mobile: true });
      expect(problems(r)).toEqual([]);
      expect(r.overflowX).toBe(false);
    });

    it('hostile names in every place stay text: nothing loads, nothing runs', async () => {
      const hostile = fixtureReport(fixtureTests(), { config: XSS, charts: charts() });
      const r = await browser.open(page('hostile.html', renderHtml(hostile)), { width: 390, height: 844, mobile: true });
      expect(problems(r)).toEqual([]);
      expect(await browser.evaluate(`document.querySelectorAll('img, script, iframe').length`)).toBe(0);
    });

    it('the check itself fails a page that loads something or logs an error (so a pass means something)', async () => {
      const img = '<img src="http://127.0.0.1:9/x.png">';
      const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`;
      const blocked = await browser.open(page('blocked.html', `<!doctype html><head>${csp}</head><h1 id="verdict">PASS</h1>${img}`));
      expect(problems(blocked).join('\n')).toMatch(/console error: .*Content Security Policy/);
      const loaded = await browser.open(page('loaded.html', `<!doctype html><h1 id="verdict">PASS</h1>${img}<script>console.error("boom")</script>`));
      expect(loaded.requests).toEqual(['http://127.0.0.1:9/x.png']);
      expect(loaded.consoleErrors).toContain('boom');
      const hidden = await browser.open(page('hidden.html', `<!doctype html><div style="height:3000px"></div><h1 id="verdict">PASS</h1>`));
      expect(problems(hidden)).toEqual(['the verdict ("PASS") is not visible on the first screen']);
    });
  });
}
