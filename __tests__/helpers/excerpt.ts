/**
 * The non-blank lines of a report excerpt quoted in the docs: the text between the first two
 * `---` rules after `marker` (the README and docs/ quote rendered reports that way). A
 * missing marker gives no lines, which the caller's count check then fails.
 */
export function excerptLines(text: string, marker: string): string[] {
  const start = text.indexOf(marker);
  if (start < 0) return [];
  const open = text.indexOf('\n---\n', start);
  const close = text.indexOf('\n---\n', open + 5);
  return text.slice(open + 5, close).split('\n').filter((l) => l.trim() !== '');
}
