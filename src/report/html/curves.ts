/**
 * ROC and calibration (reliability) curves of both models on one file, on the unit square with
 * the diagonal a model without skill (ROC) or a perfectly calibrated one (calibration) would draw.
 */
import type { ModelCurves } from '../../results/charts.js';
import { formatInt, formatNumber } from '../format.js';
import { dot, frame, line, linear, path, svg, xAxis, yAxis } from './svg.js';

const W = 360;
const H = 300;
const UNIT = [0, 0.25, 0.5, 0.75, 1];

function unitFrame(): { f: ReturnType<typeof frame>; x: (v: number) => number; y: (v: number) => number } {
  const f = frame(W, H, { left: 40, right: 12, top: 22, bottom: 40 });
  return { f, x: linear(0, 1, f.left, f.right), y: linear(0, 1, f.bottom, f.top) };
}

const cls = (c: ModelCurves): string => (c.model === 'baseline' ? 'ref' : 'cur');

export function rocChart(curves: readonly ModelCurves[]): string {
  const { f, x, y } = unitFrame();
  let body = yAxis(f, UNIT, y, formatNumber, 'true positive rate') + xAxis(f, UNIT, x, formatNumber, 'false positive rate');
  body += line(x(0), y(0), x(1), y(1), 'diagonal');
  for (const c of curves) {
    const n = Math.min(c.roc.fpr.length, c.roc.tpr.length);
    const pts: [number, number][] = [];
    for (let i = 0; i < n; i++) pts.push([x(c.roc.fpr[i]), y(c.roc.tpr[i])]);
    body += path(pts, `curve ${cls(c)}`);
  }
  const side = curves[0]?.side ?? '';
  return svg(W, H, `ROC curves on the ${side} file: ${curves.map((c) => `${c.model} AUC ${formatNumber(c.roc.auc)}`).join(', ')}`, body);
}

export function calibrationChart(curves: readonly ModelCurves[]): string {
  const { f, x, y } = unitFrame();
  let body = yAxis(f, UNIT, y, formatNumber, 'observed rate of the positive class') + xAxis(f, UNIT, x, formatNumber, 'mean predicted probability');
  body += line(x(0), y(0), x(1), y(1), 'diagonal');
  for (const c of curves) {
    const k = c.calibration;
    const n = Math.min(k.predicted.length, k.observed.length);
    const pts: [number, number][] = [];
    let dots = '';
    for (let i = 0; i < n; i++) {
      pts.push([x(k.predicted[i]), y(k.observed[i])]);
      const tip = `${c.model}: predicted ${formatNumber(k.predicted[i])}, observed ${formatNumber(k.observed[i])} (${formatInt(k.count[i])} rows)`;
      dots += dot(x(k.predicted[i]), y(k.observed[i]), 3, `point ${cls(c)}`, tip);
    }
    body += path(pts, `curve ${cls(c)}`) + dots;
  }
  const side = curves[0]?.side ?? '';
  return svg(W, H, `Calibration on the ${side} file`, body);
}
