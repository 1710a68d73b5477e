// Opens an HTML file in headless Chromium and reports what a reader's browser would: whether the
// verdict is visible, the console errors (a Content-Security-Policy violation is one), and every
// network request the page made besides its own file. Also takes screenshots.
//
// Chromium is driven over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON messages
// separated by NUL bytes on file descriptors 3 and 4), which needs no WebSocket client and no
// package: Node 20 has neither built in.
//
//   node scripts/check-html.mjs report.html [--width 390] [--screenshot out.png]
// exits 1 when the verdict is not visible, the console has errors or the page made requests.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const TIMEOUT_MS = 30_000;

/** The Chromium to run: $CHROMIUM, or the first of the usual names on PATH; null when none. */
export function findChromium(env = process.env) {
  const candidates = env.CHROMIUM ? [env.CHROMIUM] : (env.PATH ?? '').split(delimiter).flatMap((d) => NAMES.map((n) => join(d, n)));
  for (const c of candidates) {
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // not this one
    }
  }
  return null;
}

/** A headless Chromium with one page, driven over the DevTools pipe. Close it with `close()`. */
export async function launch(executable = findChromium()) {
  if (!executable) throw new Error('Chromium is not installed (apt-get install chromium, or set CHROMIUM to its path)');
  const profile = mkdtempSync(join(tmpdir(), 'model-gate-chromium-'));
  const args = [
    '--headless=new',
    '--remote-debugging-pipe',
    // Containers and CI run as root, where Chromium's sandbox cannot start.
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-extensions',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    '--mute-audio',
    `--user-data-dir=${profile}`,
    'about:blank',
  ];
  const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (b) => {
    stderr = (stderr + b.toString()).slice(-4000);
  });
  const toBrowser = child.stdio[3];
  const fromBrowser = child.stdio[4];
  const pending = new Map();
  const listeners = new Set();
  let nextId = 1;
  let buffer = Buffer.alloc(0);
  let exited = null;
  const failAll = (why) => {
    for (const { reject } of pending.values()) reject(new Error(why));
    pending.clear();
  };
  child.on('exit', (code, signal) => {
    exited = `Chromium exited (${signal ?? code}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`;
    failAll(exited);
  });
  child.on('error', (e) => failAll(`Chromium could not start: ${e.message}`));
  fromBrowser.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (let end = buffer.indexOf(0); end >= 0; end = buffer.indexOf(0)) {
      const msg = JSON.parse(buffer.subarray(0, end).toString('utf8'));
      buffer = buffer.subarray(end + 1);
      if (msg.id !== undefined && pending.has(msg.id)) {
        const { resolve: ok, reject, method } = pending.get(msg.id);
        pending.delete(msg.id);
        if (msg.error) reject(new Error(`${method}: ${msg.error.message}`));
        else ok(msg.result);
      } else if (msg.method) {
        for (const l of listeners) l(msg);
      }
    }
  });

  function send(method, params = {}, sessionId) {
    if (exited) return Promise.reject(new Error(exited));
    const id = nextId++;
    const message = { id, method, params, ...(sessionId ? { sessionId } : {}) };
    return new Promise((ok, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method}: no answer from Chromium in ${TIMEOUT_MS / 1000} s`));
      }, TIMEOUT_MS);
      pending.set(id, {
        method,
        resolve: (r) => (clearTimeout(timer), ok(r)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      toBrowser.write(`${JSON.stringify(message)}\0`);
    });
  }

  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  const page = (method, params) => send(method, params, sessionId);
  for (const domain of ['Page', 'Runtime', 'Log', 'Network']) await page(`${domain}.enable`);

  /**
   * Loads `file` at a viewport `width` × `height` and returns what the reader would see:
   * `verdict` (the text of #verdict, and whether it is on screen), `consoleErrors`, `requests`
   * (URLs other than the file itself) and `overflowX` (the page scrolls sideways).
   */
  async function open(file, { width = 1280, height = 900, mobile = false } = {}) {
    const url = pathToFileURL(resolve(file)).href;
    const consoleErrors = [];
    const requests = [];
    const listener = (msg) => {
      if (msg.sessionId !== sessionId) return;
      const p = msg.params;
      if (msg.method === 'Network.requestWillBeSent' && p.request.url !== url) requests.push(p.request.url);
      if (msg.method === 'Runtime.consoleAPICalled' && (p.type === 'error' || p.type === 'assert')) {
        consoleErrors.push(p.args.map((a) => a.value ?? a.description ?? '').join(' '));
      }
      if (msg.method === 'Runtime.exceptionThrown') consoleErrors.push(p.exceptionDetails.exception?.description ?? p.exceptionDetails.text);
      if (msg.method === 'Log.entryAdded' && p.entry.level === 'error') consoleErrors.push(`${p.entry.source}: ${p.entry.text}`);
    };
    listeners.add(listener);
    try {
      await page('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile });
      const loaded = new Promise((ok, reject) => {
        const timer = setTimeout(() => reject(new Error(`${url} did not finish loading in ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS);
        const l = (msg) => {
          if (msg.sessionId === sessionId && msg.method === 'Page.loadEventFired') {
            clearTimeout(timer);
            listeners.delete(l);
            ok();
          }
        };
        listeners.add(l);
      });
      const nav = await page('Page.navigate', { url });
      if (nav.errorText) throw new Error(`${url}: ${nav.errorText}`);
      await loaded;
      // Console messages of the load arrive just after the load event: let them.
      await new Promise((ok) => setTimeout(ok, 200));
      const { result } = await page('Runtime.evaluate', {
        returnByValue: true,
        expression: `(() => {
          const e = document.getElementById('verdict');
          const doc = { title: document.title, overflowX: document.documentElement.scrollWidth > window.innerWidth };
          if (!e) return { ...doc, verdict: null };
          const r = e.getBoundingClientRect();
          const s = getComputedStyle(e);
          const visible = r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight &&
            s.visibility === 'visible' && s.display !== 'none' && Number(s.opacity) > 0;
          return { ...doc, verdict: { text: e.innerText, visible } };
        })()`,
      });
      return { ...result.value, consoleErrors, requests };
    } finally {
      listeners.delete(listener);
    }
  }

  /** A PNG of the viewport of the last `open`, or of the part `clip` ({ x, y, width, height }) of the page, written to `out`. */
  async function screenshot(out, clip) {
    const params = clip ? { format: 'png', clip: { ...clip, scale: 1 }, captureBeyondViewport: true } : { format: 'png' };
    const { data } = await page('Page.captureScreenshot', params);
    writeFileSync(out, Buffer.from(data, 'base64'));
  }

  /** The value of a JavaScript expression in the page (for tests and screenshots: where an element is). */
  async function evaluate(expression) {
    const { result, exceptionDetails } = await page('Runtime.evaluate', { expression, returnByValue: true });
    if (exceptionDetails) throw new Error(`${expression}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }

  async function close() {
    if (!exited) {
      await send('Browser.close').catch(() => undefined);
      // Browser.close may be answered after the process is gone, or not at all: wait for the exit.
      await new Promise((ok) => {
        const done = () => {
          clearTimeout(timer);
          ok();
        };
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          ok();
        }, 5000);
        child.once('exit', done);
        if (exited) done();
      });
    }
    rmSync(profile, { recursive: true, force: true });
  }

  return { open, screenshot, evaluate, close };
}

/** The problems `open` found, one sentence each; empty when the page passes. */
export function problems(result) {
  const out = [];
  if (!result.verdict) out.push('no element with id "verdict"');
  else if (!result.verdict.visible) out.push(`the verdict ("${result.verdict.text}") is not visible on the first screen`);
  for (const e of result.consoleErrors) out.push(`console error: ${e}`);
  for (const r of result.requests) out.push(`network request: ${r}`);
  if (result.overflowX) out.push('the page scrolls sideways');
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { width: { type: 'string', default: '1280' }, height: { type: 'string', default: '900' }, screenshot: { type: 'string' } },
  });
  if (positionals.length !== 1) {
    console.error('usage: node scripts/check-html.mjs report.html [--width 390] [--height 900] [--screenshot out.png]');
    process.exit(2);
  }
  const width = Number(values.width);
  const browser = await launch();
  try {
    const result = await browser.open(positionals[0], { width, height: Number(values.height), mobile: width < 600 });
    if (values.screenshot) await browser.screenshot(values.screenshot);
    const found = problems(result);
    console.log(`${positionals[0]} at ${width}px: verdict ${JSON.stringify(result.verdict?.text ?? null)}; ${found.length === 0 ? 'no problems' : found.join('; ')}`);
    process.exitCode = found.length === 0 ? 0 : 1;
  } finally {
    await browser.close();
  }
}
