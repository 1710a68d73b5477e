/**
 * L2-regularised logistic regression fitted by Newton's method (IRLS), with scikit-learn's
 * objective for LogisticRegression(C): C · Σ log-loss + ½‖w‖², the intercept unpenalised. Newton
 * converges in a handful of passes on standardised features (each pass accumulates the (F+1)²
 * Hessian), and the penalty keeps the Hessian positive definite even on separable data. A step
 * that raises the objective is halved (needed only from a poor start on nearly separable data).
 *
 * Above HESSIAN_ROWS training rows the Hessian is taken from every s-th of them (weighted by s)
 * while the gradient and objective use every row: the optimum is the exact one (it is where the
 * exact gradient vanishes), only the convergence turns from quadratic to fast linear, and a pass
 * costs F·n + F²·HESSIAN_ROWS/2 instead of F²·n/2.
 */
import { choleskySolve } from './linalg.js';

export interface LogisticFit {
  /** Coefficients of the F features, then the intercept. */
  readonly beta: Float64Array;
  readonly iterations: number;
}

const MAX_ITERATIONS = 100;
/** Rows behind the Hessian: its relative error is then about 1 %, the per-step contraction as small. */
export const HESSIAN_ROWS = 20000;
const MAX_HALVINGS = 30;

/** Rows per block of the linear predictor: the block of `out` stays in L1 while X streams past once. */
const ETA_BLOCK = 1024;

/**
 * out[r] = xᵣᵀβ + intercept for the rows [start, end) of the column-major X (F × n). Four columns
 * per sweep over the rows: out is loaded and stored once per four products instead of once per
 * product, which halves the time of a pass (it is what bounds it, not the arithmetic).
 */
function linearBlock(X: Float64Array, F: number, n: number, beta: Float64Array, out: Float64Array, start: number, end: number): void {
  const b = beta[F];
  for (let r = start; r < end; r++) out[r] = b;
  let j = 0;
  for (; j + 3 < F; j += 4) {
    const b0 = beta[j], b1 = beta[j + 1], b2 = beta[j + 2], b3 = beta[j + 3];
    const o0 = j * n, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n;
    for (let r = start; r < end; r++) out[r] += b0 * X[o0 + r] + b1 * X[o1 + r] + b2 * X[o2 + r] + b3 * X[o3 + r];
  }
  for (; j < F; j++) {
    const bj = beta[j], off = j * n;
    for (let r = start; r < end; r++) out[r] += bj * X[off + r];
  }
}

/** xᵀβ + intercept of every row of the column-major X (F × n). */
export function linearPredictor(X: Float64Array, F: number, n: number, beta: Float64Array, out = new Float64Array(n)): Float64Array {
  for (let start = 0; start < n; start += ETA_BLOCK) linearBlock(X, F, n, beta, out, start, Math.min(n, start + ETA_BLOCK));
  return out;
}

/**
 * Fits on the rows of X (column-major, F × n: feature j of row r at X[j · n + r]) with labels y
 * (0/1), counting only the rows where `train` is 1 (null: every row); a held-out fold is a mask,
 * so every pass runs over contiguous memory. `start` (F + 1 values) is a warm start, e.g. the
 * previous fold's fit. Every Hessian entry is one weighted dot product of two columns. Stops when
 * a step changes no coefficient by more than tol · (1 + the largest |coefficient|).
 */
export function fitLogistic(X: Float64Array, F: number, n: number, y: Uint8Array, train: Uint8Array | null, C: number, start?: Float64Array, tol = 1e-10): LogisticFit {
  if (!(C > 0)) throw new RangeError(`C must be positive, got ${C}`);
  if (X.length !== F * n || y.length !== n) throw new RangeError(`expected ${F} × ${n} features and ${n} labels`);
  const P = F + 1;
  let beta = start ? Float64Array.from(start) : new Float64Array(P);
  const mask = new Float64Array(n);
  for (let r = 0; r < n; r++) mask[r] = train === null || train[r] !== 0 ? 1 : 0;
  const eta = new Float64Array(n);
  const resid = new Float64Array(n);
  const weight = new Float64Array(n);
  // The Hessian's rows: every `stride`-th training row (held-out rows would add nothing), gathered
  // so that its dot products read contiguous memory, each standing for `represents` training rows.
  let trainCount = 0;
  for (let r = 0; r < n; r++) trainCount += mask[r];
  const stride = Math.max(1, Math.ceil(trainCount / HESSIAN_ROWS));
  const hRows: number[] = [];
  for (let r = 0, seen = 0; r < n; r++) if (mask[r] !== 0 && seen++ % stride === 0) hRows.push(r);
  const mh = hRows.length;
  const represents = mh > 0 ? trainCount / mh : 0;
  const Xh = new Float64Array(F * mh);
  for (let j = 0; j < F; j++) for (let t = 0; t < mh; t++) Xh[j * mh + t] = X[j * n + hRows[t]];
  const wh = new Float64Array(mh);
  const u = new Float64Array(mh);
  const grad = new Float64Array(P);
  const hess = new Float64Array(P * P);
  const rawGrad = new Float64Array(P);

  /**
   * Objective at b, in one pass over X by blocks of rows: each block's linear predictor, losses,
   * residuals and Hessian weights, then its share of the gradient while the block is still in
   * cache. Leaves the raw gradient (Σ residual · x) and the weights for `derive`, used only if
   * the step is taken.
   */
  const evaluate = (b: Float64Array): number => {
    rawGrad.fill(0);
    let loss = 0;
    for (let start = 0; start < n; start += ETA_BLOCK) {
      const end = Math.min(n, start + ETA_BLOCK);
      linearBlock(X, F, n, b, eta, start, end);
      let sr = 0;
      for (let r = start; r < end; r++) {
        const e = eta[r];
        const m = mask[r];
        // One exponential for both: t = e^−|e| gives log(1 + e^±e) and the probability without overflow.
        const t = Math.exp(-Math.abs(e));
        const lp = Math.log1p(t);
        // Loss: log(1 + e^e) for a 0, log(1 + e^−e) for a 1.
        loss += m * ((y[r] ? Math.max(-e, 0) : Math.max(e, 0)) + lp);
        const p = e >= 0 ? 1 / (1 + t) : t / (1 + t);
        resid[r] = m * (p - y[r]);
        weight[r] = m * p * (1 - p);
        sr += resid[r];
      }
      rawGrad[F] += sr;
      // Four columns per sweep: each residual is loaded once for four products.
      let j = 0;
      for (; j + 3 < F; j += 4) {
        const o0 = j * n, o1 = o0 + n, o2 = o1 + n, o3 = o2 + n;
        let g0 = 0, g1 = 0, g2 = 0, g3 = 0;
        for (let r = start; r < end; r++) {
          const q = resid[r];
          g0 += q * X[o0 + r];
          g1 += q * X[o1 + r];
          g2 += q * X[o2 + r];
          g3 += q * X[o3 + r];
        }
        rawGrad[j] += g0;
        rawGrad[j + 1] += g1;
        rawGrad[j + 2] += g2;
        rawGrad[j + 3] += g3;
      }
      for (; j < F; j++) {
        const off = j * n;
        let g = 0;
        for (let r = start; r < end; r++) g += resid[r] * X[off + r];
        rawGrad[j] += g;
      }
    }
    let penalty = 0;
    for (let j = 0; j < F; j++) penalty += b[j] * b[j];
    return C * loss + 0.5 * penalty;
  };

  /** Gradient and Hessian at b, from what `evaluate(b)` left. */
  const derive = (b: Float64Array): void => {
    for (let i = 0; i < P; i++) grad[i] = C * rawGrad[i] + (i < F ? b[i] : 0);
    let sw = 0;
    for (let t = 0; t < mh; t++) {
      wh[t] = weight[hRows[t]] * represents;
      sw += wh[t];
    }
    hess[F * P + F] = C * sw;
    for (let i = 0; i < F; i++) {
      const hi = Xh.subarray(i * mh, (i + 1) * mh);
      let su = 0;
      for (let t = 0; t < mh; t++) {
        const v = wh[t] * hi[t];
        u[t] = v;
        su += v;
      }
      hess[i * P + F] = hess[F * P + i] = C * su;
      for (let j = i; j < F; j++) {
        const hj = Xh.subarray(j * mh, (j + 1) * mh);
        let dot = 0;
        for (let t = 0; t < mh; t++) dot += u[t] * hj[t];
        const h = C * dot + (i === j ? 1 : 0);
        hess[i * P + j] = h;
        hess[j * P + i] = h;
      }
    }
  };

  let objective = evaluate(beta);
  derive(beta);
  let iterations = 0;
  for (; iterations < MAX_ITERATIONS; iterations++) {
    const step = choleskySolve(hess, grad, P);
    let scale = 1;
    const next = new Float64Array(P);
    let nextObjective = Infinity;
    for (let h = 0; h <= MAX_HALVINGS; h++) {
      for (let i = 0; i < P; i++) next[i] = beta[i] - scale * step[i];
      nextObjective = evaluate(next);
      if (nextObjective <= objective) break;
      scale /= 2;
    }
    if (!(nextObjective <= objective)) break; // no descent left: at the optimum to rounding
    let change = 0, size = 0;
    for (let i = 0; i < P; i++) {
      change = Math.max(change, Math.abs(next[i] - beta[i]));
      size = Math.max(size, Math.abs(next[i]));
    }
    beta = next;
    objective = nextObjective;
    if (change <= tol * (1 + size)) {
      iterations++;
      break;
    }
    derive(beta);
  }
  return { beta, iterations };
}
