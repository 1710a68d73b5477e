/**
 * Per-class metrics (tests.performance.per_class): precision, recall and F1 of every class for
 * both models on the performance family's rows (labelled, with every model's prediction), each
 * with its bootstrap interval, and the candidate − baseline change with the paired interval the
 * performance change tests use (src/fairness/per-class.ts).
 *
 * - `performance.per_class` (`info`): the table of every class, in `details.classes`.
 * - `performance.per_class.<class>.<metric>.value` (`min`/`max` set) and `.change` (a change bound
 *   set), for each class with at least `min_support` labelled rows: the same decisions as the
 *   family's value and change tests (performance.ts valueTest and changeTest), the change tests
 *   Holm-adjusted over every per-class change test of the run. So a rare class whose recall drops
 *   beyond its bound fails although the macro average, which it moves by 1/k of the drop, holds.
 * - `performance.per_class.<class>` when a class with a bound has fewer than `min_support`
 *   labelled rows (none at all, e.g. a class only the reference holds): a skip, or an `error` when
 *   the config names the class under `classes`. A class named there that is not a known class is
 *   an `error`.
 * Nothing runs without bounds but the table; no table when the family cannot run, unless the
 * config names per_class (then an `error` saying why).
 */
import type { Check, CheckContext } from './context.js';
import { isExplicit } from '../config/load.js';
import { keySegment } from '../config/names.js';
import { didYouMean } from '../config/suggest.js';
import type { MetricBounds, PerClassMetric, PerClassSettings, PerformanceSettings } from '../config/types.js';
import { perClassStats, PER_CLASS_METRICS, type ClassStats } from '../fairness/per-class.js';
import type { Severity, Status, TestResult } from '../results/types.js';
import { holmChangePValues } from '../stats/change-tests.js';
import { leftOutText, onRows, resolveOutputs, type ClassificationOutputs } from './outputs.js';
import { allowance, changeTest, spread, valueTest, type ChangeSubject, type Measured } from './performance.js';
import { fmt, plural, q, signed } from './threshold.js';

const LABEL: Record<PerClassMetric, string> = { precision: 'Precision', recall: 'Recall', f1: 'F1' };

function result(id: string, name: string, status: Status, severity: Severity, message: string, details?: Record<string, unknown>): TestResult {
  const r: TestResult = { id, family: 'performance', name, method: 'per_class', status, severity, value: null, threshold: null, message };
  if (details) r.details = details;
  return r;
}

/** The bounds of one class and metric: the class's own entry over the shared one. */
function boundsOf(pc: PerClassSettings, label: string, metric: PerClassMetric): MetricBounds {
  const own = pc.classes[label]?.[metric];
  if (own === undefined) return pc[metric];
  if (typeof own === 'boolean') return { ...pc[metric], enabled: own };
  return { ...pc[metric], ...own };
}

function gated(b: MetricBounds): { value: boolean; change: boolean } {
  if (!b.enabled) return { value: false, change: false };
  return { value: b.min !== null || b.max !== null, change: b.max_degradation !== null || b.max_relative_degradation !== null };
}

/** The labelled rows with every model's prediction, as the performance family selects them. */
function rowsOf(o: ClassificationOutputs): { actual: Int32Array; candidate: Int32Array; baseline: Int32Array | null; labelled: number } {
  const target = o.target as Int32Array;
  const pc = (o.candidate as NonNullable<ClassificationOutputs['candidate']>).predicted;
  const pb = o.baseline ? o.baseline.predicted : null;
  let labelled = 0, n = 0;
  for (let i = 0; i < target.length; i++) {
    if (target[i] < 0) continue;
    labelled++;
    if (pc[i] >= 0 && (pb === null || pb[i] >= 0)) n++;
  }
  const actual = new Int32Array(n);
  const candidate = new Int32Array(n);
  const baseline = pb ? new Int32Array(n) : null;
  for (let i = 0, j = 0; i < target.length; i++) {
    if (target[i] < 0 || pc[i] < 0 || (pb !== null && pb[i] < 0)) continue;
    actual[j] = target[i];
    candidate[j] = pc[i];
    if (baseline && pb) baseline[j] = pb[i];
    j++;
  }
  return { actual, candidate, baseline, labelled };
}

function interval(ps: PerformanceSettings): { replicates: number; seed: number; confidence: number } | null {
  return ps.bootstrap > 0 ? { replicates: ps.bootstrap, seed: ps.seed, confidence: ps.confidence } : null;
}

/** The info table's row for one class (plain numbers for the JSON report). */
function tableRow(label: string, s: ClassStats, minSupport: number): Record<string, unknown> {
  const model = (m: ClassStats['candidate'] | null, iv: Record<PerClassMetric, { lo: number; hi: number }> | null | undefined) =>
    m === null
      ? null
      : Object.fromEntries(PER_CLASS_METRICS.map((k) => [k, { value: m[k], lo: iv ? iv[k].lo : null, hi: iv ? iv[k].hi : null }]));
  const delta =
    s.baseline === null
      ? null
      : Object.fromEntries(
          PER_CLASS_METRICS.map((k) => {
            const d = s.intervals?.delta?.[k];
            return [k, { value: s.candidate[k] - (s.baseline as ClassStats['candidate'])[k], lo: d ? d.lo : null, hi: d ? d.hi : null, se: d ? d.se : null }];
          }),
        );
  return {
    class: label,
    support: s.support,
    gated: s.support >= minSupport,
    predicted: s.predicted,
    candidate: model(s.candidate, s.intervals?.candidate),
    baseline: model(s.baseline, s.intervals?.baseline),
    delta,
  };
}

/**
 * A change whose every bootstrap replicate is exactly 0 with a point change of 0: the two models
 * predict alike on every row that enters this value (a class's rows, a group's), so no resample
 * can move one without the other. That is no change, known for certain, where the performance
 * family's rule "no spread is never a pass" guards against deciding on one row: here the models
 * differ elsewhere, and this part of the comparison is simply equal.
 */
export function sameEverywhere(r: TestResult, m: Measured, label: string): TestResult {
  if (!(m.se === 0 && m.baseline !== null && m.candidate === m.baseline)) return r;
  const details = { ...r.details };
  delete details.inconclusive;
  return {
    ...r,
    status: 'pass',
    details,
    message: `${label} ${fmt(m.candidate)}, the same as the baseline's: the two models predict alike on every row it counts (${m.rows.trim()}), so every resample gives both the same value`,
  };
}

export const perClassChecks: Check = (ctx) => {
  const cfg = ctx.config;
  const ps = cfg.tests.performance;
  const pc = ps.per_class;
  if (!ps.enabled || !pc.enabled || ctx.task === 'regression') return [];
  const explicit = isExplicit(cfg, 'tests.performance.per_class');
  const cannot = (why: string): TestResult[] =>
    explicit ? [result('performance.per_class', 'Per-class metrics', 'error', ps.severity, `${why}; but tests.performance.per_class is configured, so it must run`)] : [];
  if (ctx.task === null) return cannot('no task: set task in the config, or name a target column to infer it from');
  const res = resolveOutputs(ctx);
  if (!res.ok) return cannot(res.message);
  const o = res.outputs;
  if (o.task !== 'classification') return [];
  if (!o.target) return cannot(`${o.targetNote}: per-class metrics need a target`);
  if (!o.candidate) return cannot(`${o.candidateNote}: per-class metrics need the candidate's predictions`);
  return perClass(ctx, o, cannot);
};

function perClass(ctx: CheckContext, o: ClassificationOutputs, cannot: (why: string) => TestResult[]): TestResult[] {
  const cfg = ctx.config;
  const ps = cfg.tests.performance;
  const pc = ps.per_class;
  const M = ctx.current.rowCount;
  const rows = rowsOf(o);
  const n = rows.actual.length;
  const withBaseline = rows.baseline !== null;
  // The family's evidence rule (performance.labelled_rows): below it no metric is decided.
  if (n === 0 || n < ps.min_labelled_rows || n / Math.max(M, 1) < ps.min_labelled_share) {
    return cannot(`${plural(n, 'labelled row')} of ${plural(M, 'row')} of ${ctx.current.source} usable for the metrics: too few to decide (tests.performance.min_labelled_rows, min_labelled_share; see performance.labelled_rows)`);
  }
  const k = o.classes.length;
  const stats = perClassStats(rows.actual, rows.candidate, rows.baseline, k, interval(ps));
  const rowsText = onRows(n, M) + leftOutText(o, rows.labelled - n, withBaseline);
  const out: TestResult[] = [];

  // The table: every class, gated or not.
  const rare = stats.filter((s) => s.support < pc.min_support).length;
  let worst = -1;
  for (let c = 0; c < k; c++) {
    const s = stats[c];
    if (s.support === 0 || s.baseline === null) continue;
    const d = s.candidate.recall - s.baseline.recall;
    if (worst < 0 || d < stats[worst].candidate.recall - (stats[worst].baseline as ClassStats['candidate']).recall) worst = c;
  }
  const worstText =
    worst >= 0 && stats[worst].candidate.recall < (stats[worst].baseline as ClassStats['candidate']).recall
      ? `; largest recall change: class ${q(o.classes[worst])} ${fmt((stats[worst].baseline as ClassStats['candidate']).recall)} → ${fmt(stats[worst].candidate.recall)} (Δ ${signed(stats[worst].candidate.recall - (stats[worst].baseline as ClassStats['candidate']).recall)}, ${plural(stats[worst].support, 'labelled row')})`
      : '';
  const how = ps.bootstrap > 0 ? `${fmt(ps.confidence * 100)}% paired bootstrap intervals, ${ps.bootstrap} replicates` : 'no intervals (bootstrap: 0)';
  out.push({
    ...result(
      'performance.per_class',
      'Per-class metrics',
      'info',
      ps.severity,
      `precision, recall and F1 of ${plural(k, 'class', 'classes')} ${rowsText} (${how})${rare > 0 ? `; ${plural(rare, 'class', 'classes')} below min_support ${fmt(pc.min_support)} reported, not gated` : ''}${worstText}`,
      { classes: o.classes.map((label, c) => tableRow(label, stats[c], pc.min_support)), n, min_support: pc.min_support, confidence: ps.confidence, replicates: ps.bootstrap },
    ),
  });

  // Classes the config names must be classes.
  for (const label of Object.keys(pc.classes)) {
    if (o.classes.includes(label)) continue;
    out.push(
      result(
        `performance.per_class.${label}`,
        `Per-class metrics: ${label}`,
        'error',
        ps.severity,
        `config key tests.performance.per_class.classes.${keySegment(label)}: ${q(label)} is not one of the known classes (${didYouMean(label, o.classes, 'known classes')})`,
      ),
    );
  }

  const pending: { at: number; label: string; b: MetricBounds; m: Measured; subject: ChangeSubject }[] = [];
  for (let c = 0; c < k; c++) {
    const label = o.classes[c];
    const s = stats[c];
    const named = isExplicit(cfg, `tests.performance.per_class.classes.${label}`);
    const active = PER_CLASS_METRICS.filter((metric) => {
      const g = gated(boundsOf(pc, label, metric));
      return g.value || g.change;
    });
    if (active.length === 0) continue;
    const classText = `class ${q(label)}`;
    if (s.support < pc.min_support) {
      const why =
        s.support === 0
          ? `no labelled row of ${classText} among the ${plural(n, 'labelled row')} of ${ctx.current.source}`
          : `${plural(s.support, 'labelled row')} of ${classText} in ${ctx.current.source}, fewer than tests.performance.per_class.min_support = ${fmt(pc.min_support)}`;
      out.push(
        result(`performance.per_class.${label}`, `Per-class metrics: ${label}`, named ? 'error' : 'skip', ps.severity, named ? `${why}; but tests.performance.per_class.classes.${keySegment(label)} asks for its bounds` : `${why}: reported in performance.per_class, not gated`, {
          class: label,
          support: s.support,
        }),
      );
      continue;
    }
    const classRows = `of ${classText} (${plural(s.support, 'labelled row')}) ${rowsText}`;
    for (const metric of active) {
      const b = boundsOf(pc, label, metric);
      const g = gated(b);
      const id = `performance.per_class.${label}.${metric}`;
      const name = `${LABEL[metric]}: ${label}`;
      const d = s.intervals?.delta?.[metric];
      const m: Measured = {
        candidate: s.candidate[metric],
        baseline: s.baseline ? s.baseline[metric] : null,
        n: s.support,
        se: s.baseline === null || !d ? null : d.se,
        interval: s.baseline === null ? 'no baseline' : d ? `paired bootstrap standard error, ${ps.bootstrap} replicates` : 'bootstrap: 0, point estimate',
        rows: classRows,
      };
      if (g.value) {
        const r = valueTest(metric, b, m);
        out.push({ ...r, id: `${id}.value`, name, details: { ...r.details, class: label, support: s.support } });
      }
      if (g.change) {
        if (m.baseline === null) {
          out.push(result(`${id}.change`, `${name} vs baseline`, 'error', b.severity, `no baseline to compare the ${LABEL[metric].toLowerCase()} ${fmt(m.candidate)} ${classRows} with: ${o.baselineNote ?? 'no baseline predictions'}; but tests.performance.per_class sets a change bound`));
          continue;
        }
        pending.push({ at: out.length, label, b, m, subject: { id: `${id}.change`, name: `${name} vs baseline`, method: metric, label: `${LABEL[metric]} of ${classText}`, higherIsBetter: true } });
        out.push(result(`${id}.change`, `${name} vs baseline`, 'error', b.severity, 'not decided'));
      }
    }
  }
  // Holm over the per-class change tests: one family of their own, apart from the overall metrics'.
  const tested = pending.filter((x) => spread(x.m));
  const p = holmChangePValues(tested.map((x) => ({ worsening: (x.m.baseline as number) - x.m.candidate, se: x.m.se as number, allowed: allowance(x.b, x.m.baseline as number).allowed })));
  for (const x of pending) {
    const i = tested.indexOf(x);
    const r = sameEverywhere(changeTest('recall', x.b, x.m, ps, i >= 0 ? p[i] : null, tested.length, x.subject), x.m, x.subject.label);
    out[x.at] = { ...r, details: { ...r.details, class: x.label, support: x.m.n } };
  }
  return out;
}
