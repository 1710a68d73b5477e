/**
 * Parses markdown the way GitHub does (CommonMark + GFM tables, autolinks, strikethrough), so tests
 * check what readers will see rather than the raw text. Raw HTML is let through as GitHub lets
 * through <details> and <summary>, so an escaping failure shows up as a tag in the output.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

export function toHtml(md: string): string {
  return micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot);/gi, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"' }[e.toLowerCase()]!;
  });
}

/** Cells of each body row of every table, as HTML. */
export function tableRows(html: string): string[][] {
  const rows: string[][] = [];
  for (const body of html.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)) {
    for (const tr of body[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)) {
      rows.push([...tr[1]!.matchAll(/<td>([\s\S]*?)<\/td>|<td\/>|<td><\/td>/g)].map((m) => m[1] ?? ''));
    }
  }
  return rows;
}

/** Header cell counts of every table, in order. */
export function tableWidths(html: string): number[] {
  return [...html.matchAll(/<thead>([\s\S]*?)<\/thead>/g)].map((m) => (m[1]!.match(/<th[ >]/g) ?? []).length);
}
