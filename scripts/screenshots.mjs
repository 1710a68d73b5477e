// Remakes the README's pictures from the bundled example, in headless Chromium:
//   docs/report.png        report.html at desktop width (top of the page down to the first charts)
//   docs/report-phone.png  report.html on a phone-sized screen (the first screen and a bit)
//   docs/comment.png       examples/sample-report.md as GitHub shows a PR comment: rendered with
//                          micromark's GFM and GitHub-like CSS (Mermaid blocks appear as their
//                          source here; GitHub draws them as charts)
// Run after `npm run build` (the report comes from dist/cli.js): node scripts/screenshots.mjs
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { launch } from './check-html.mjs';

const root = new URL('..', import.meta.url).pathname;
const tmp = mkdtempSync(join(tmpdir(), 'model-gate-shots-'));
mkdirSync(join(root, 'docs'), { recursive: true });

// GitHub's comment look, close enough for a picture: its fonts, sizes, table and code styles, at
// the width a PR comment gets on a laptop.
const GITHUB_CSS = `
body { margin: 0; background: #fff; font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; }
.comment { width: 820px; margin: 16px; border: 1px solid #d1d9e0; border-radius: 6px; }
.comment-head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
.comment-head b { color: #1f2328; }
.markdown-body { padding: 16px; overflow-wrap: break-word; }
.markdown-body > :first-child { margin-top: 0; }
h3 { font-size: 1.25em; margin: 24px 0 16px; } h4 { font-size: 1em; margin: 24px 0 16px; }
p, ul, table, pre, details { margin: 0 0 16px; } ul { padding-left: 2em; } li + li { margin-top: .25em; }
table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
th, td { border: 1px solid #d1d9e0; padding: 6px 13px; } th { font-weight: 600; } tr:nth-child(2n) { background: #f6f8fa; }
code, pre { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 85%; }
pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; line-height: 1.45; }
summary { cursor: pointer; }
a { color: #0969da; text-decoration: none; }
`;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  if (r.error) throw r.error;
  return r;
}

function size(file) {
  return `${Math.round(statSync(file).size / 1024)} KiB`;
}

const out = join(tmp, 'report');
const gate = run(process.execPath, ['dist/cli.js', '--config', 'examples/model-gate.yml', '--out', out, '--quiet']);
if (gate.status !== 1) throw new Error(`the bundled example should FAIL (exit 1), got exit ${gate.status}: ${gate.stderr}`);

const markdown = readFileSync(join(root, 'examples/sample-report.md'), 'utf8');
// GitHub allows <details>/<summary> in comments, and so does this page (the markdown is ours).
const body = micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
const commentPage = join(tmp, 'comment.html');
writeFileSync(
  commentPage,
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${GITHUB_CSS}</style></head><body>` +
    `<div class="comment"><div class="comment-head"><b>github-actions</b> bot commented</div><div class="markdown-body" id="verdict">${body}</div></div></body></html>`,
);

const browser = await launch();
try {
  const shots = [
    { file: join(out, 'report.html'), png: 'docs/report.png', width: 1280, height: 1900, mobile: false },
    { file: join(out, 'report.html'), png: 'docs/report-phone.png', width: 390, height: 1100, mobile: true },
    { file: commentPage, png: 'docs/comment.png', width: 852, height: 1000, mobile: false },
  ];
  for (const s of shots) {
    await browser.open(s.file, { width: s.width, height: s.height, mobile: s.mobile });
    const png = join(root, s.png);
    await browser.screenshot(png);
    console.log(`${s.png}: ${s.width} × ${s.height}, ${size(png)}`);
  }
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
