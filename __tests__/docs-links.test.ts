/**
 * Every relative link in the README and docs/ leads somewhere: the file exists and, for a link into
 * a markdown file, the heading its anchor names does too (GitHub's slugs: lower case, punctuation
 * dropped, spaces to hyphens, -1, -2… for repeats). Moving a section must move its links with it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const FILES = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** Markdown outside fenced code blocks. */
function prose(text: string): string {
  return text.replace(/^```[\s\S]*?^```/gm, '');
}

function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/`/g, '').replace(/[^\p{L}\p{N}\- _]/gu, '').replace(/ /g, '-');
}

function anchors(file: string): Set<string> {
  const out = new Set<string>();
  const seen = new Map<string, number>();
  for (const m of prose(readFileSync(join(ROOT, file), 'utf8')).matchAll(/^#{1,6} (.*)$/gm)) {
    const s = slug(m[1]!);
    const n = seen.get(s) ?? 0;
    seen.set(s, n + 1);
    out.add(n === 0 ? s : `${s}-${n}`);
  }
  return out;
}

it('slugs headings as GitHub does', () => {
  expect(slug('Shadow mode: chunks, estimated performance, multivariate drift')).toBe('shadow-mode-chunks-estimated-performance-multivariate-drift');
  expect(slug('Estimated performance — CBPE on the rows without labels')).toBe('estimated-performance--cbpe-on-the-rows-without-labels');
  expect(slug('Data quality (`tests.quality`)')).toBe('data-quality-testsquality');
});

it.each(FILES)('the relative links of %s resolve', (file) => {
  const broken: string[] = [];
  for (const m of prose(readFileSync(join(ROOT, file), 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)) {
    const url = m[1]!;
    if (/^(https?:|mailto:)/.test(url) || url === '…') continue;
    const [path, anchor] = url.split('#') as [string, string | undefined];
    const target = path ? normalize(join(dirname(file), path)) : file;
    if (!existsSync(join(ROOT, target))) broken.push(`${url} (no file ${target})`);
    else if (anchor && target.endsWith('.md') && !anchors(target).has(anchor)) broken.push(`${url} (no heading #${anchor} in ${target})`);
  }
  expect(broken).toEqual([]);
});
