/**
 * A confusion or flip matrix as a heatmap: each cell shaded by its share of its row (for a
 * confusion matrix, the share of an actual class predicted as each class; for flips, where the
 * baseline's predictions of a class went), with the count written in it. Beyond MAX_CLASSES the
 * cells would be too small to read; the JSON report has the matrix.
 */
import type { CountMatrix } from '../../results/charts.js';
import { formatInt, formatShare } from '../format.js';
import { escapeHtml } from './escape.js';
import { coord, rect, svg, text } from './svg.js';

export const MAX_CLASSES = 20;

/** White → dark blue by `t` in [0, 1]. */
function shade(t: number): `#${string}` {
  const k = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0));
  const mix = (a: number, b: number): number => Math.round(a + (b - a) * k);
  const hex = (v: number): string => v.toString(16).padStart(2, '0');
  return `#${hex(mix(0xf4, 0x08))}${hex(mix(0xf7, 0x30))}${hex(mix(0xfb, 0x6b))}`;
}

function valid(m: CountMatrix): boolean {
  const k = m.labels.length;
  return k > 0 && m.counts.length === k && m.counts.every((r) => Array.isArray(r) && r.length === k);
}

export function heatmap(m: CountMatrix): string {
  if (!valid(m)) return `<p class="note">The matrix is not square over its labels; see report.json.</p>`;
  const k = m.labels.length;
  if (k > MAX_CLASSES) return `<p class="note">${formatInt(k)} classes: too many to draw; report.json has the matrix.</p>`;
  const [rowsName, colsName] = m.kind === 'confusion' ? ['actual', 'predicted'] : ['baseline', 'candidate'];
  const cell = Math.max(22, Math.min(64, Math.floor(340 / k)));
  const labelW = 92;
  const top = 44;
  const width = labelW + k * cell + 8;
  const height = top + k * cell + 8;
  const small = cell < 40;
  let body = text(labelW + (k * cell) / 2, 12, `${colsName} →`, { anchor: 'middle', cls: 'axis-title' });
  body += text(4, 12, `${rowsName} ↓`, { cls: 'axis-title' });
  m.labels.forEach((l, j) => {
    body += text(labelW + j * cell + cell / 2, top - 8, l, { anchor: 'middle', cls: 'tick', max: small ? 3 : 8 });
  });
  for (let i = 0; i < k; i++) {
    const row = m.counts[i];
    let rowTotal = 0;
    for (const c of row) if (Number.isFinite(c)) rowTotal += c;
    const y = top + i * cell;
    body += text(labelW - 6, y + cell / 2 + 4, m.labels[i], { anchor: 'end', cls: 'tick', max: 12 });
    for (let j = 0; j < k; j++) {
      const c = Number.isFinite(row[j]) ? row[j] : 0;
      const s = rowTotal > 0 ? c / rowTotal : 0;
      const x = labelW + j * cell;
      const tip = `${rowsName} ${m.labels[i]}, ${colsName} ${m.labels[j]}: ${formatInt(c)} (${formatShare(s)} of the row)`;
      body += rect(x, y, cell - 1, cell - 1, `cell${i === j ? ' diag' : ''}`, tip, shade(s));
      if (!small || c < 1000) {
        body += `<text x="${coord(x + cell / 2)}" y="${coord(y + cell / 2 + 4)}" text-anchor="middle" class="count${s > 0.55 ? ' light' : ''}">${escapeHtml(formatInt(c))}</text>`;
      }
    }
  }
  const what = m.kind === 'confusion' ? `Confusion matrix, ${m.model ?? 'model'}` : 'Flips, baseline vs candidate';
  return svg(width, height, `${what} on the ${m.side} file`, body);
}
