/**
 * Shapley values from the values of the coalitions a plan lists (coalitions.ts), for a value
 * function v with v(∅) = `expected` and v(all features) = `fx`.
 *
 * Exact plans use the definition: φ_i = Σ over S ∌ i of |S|!(F−|S|−1)!/F! · (v(S ∪ {i}) − v(S)).
 * Sampled plans use KernelSHAP's weighted least squares with the efficiency constraint
 * Σφ = fx − expected solved exactly by eliminating the last feature, as shap does; the normal
 * matrix depends only on the plan, so it is factored once and every explained row costs one
 * triangular solve. No L1 feature selection (shap's `l1_reg`): every feature gets a value.
 */
import type { CoalitionPlan } from './coalitions.js';

/** s!(F−s−1)!/F! = 1 / (F · C(F−1, s)): the weight of a coalition of size s not holding feature i. */
export function shapleyWeights(F: number): Float64Array {
  const w = new Float64Array(Math.max(F, 1));
  let c = 1; // C(F−1, s)
  for (let s = 0; s < F; s++) {
    w[s] = 1 / (F * c);
    c = (c * (F - 1 - s)) / (s + 1);
  }
  return w;
}

export interface ShapleySolver {
  /**
   * Writes the F Shapley values into `out` from `values[offset + m]` = v(coalition m of the plan).
   */
  solve(values: Float64Array, offset: number, expected: number, fx: number, out: Float64Array): Float64Array;
}

export class SingularPlanError extends Error {}

/** The solver for a plan: exact by the formula, or KernelSHAP's constrained regression. */
export function shapleySolver(plan: CoalitionPlan): ShapleySolver {
  return plan.exact ? exactSolver(plan.features) : kernelSolver(plan);
}

function exactSolver(F: number): ShapleySolver {
  const w = shapleyWeights(F);
  const full = F === 0 ? 0 : 2 ** F - 1;
  const size = new Uint8Array(full + 1);
  for (let s = 1; s <= full; s++) size[s] = size[s >>> 1] + (s & 1);
  return {
    solve(values, offset, expected, fx, out) {
      out.fill(0, 0, F);
      const v = (bits: number): number => (bits === 0 ? expected : bits === full ? fx : values[offset + bits - 1]);
      for (let S = 0; S < full; S++) {
        const vs = v(S);
        const ws = w[size[S]];
        for (let i = 0; i < F; i++) {
          const bit = 1 << i;
          if ((S & bit) === 0) out[i] += ws * (v(S | bit) - vs);
        }
      }
      return out;
    },
  };
}

/**
 * KernelSHAP: minimise Σ_m w_m (v_m − e − Σ_j z_mj φ_j)² subject to Σφ = fx − e. With
 * φ_last = (fx − e) − Σ_{j<last} φ_j the problem is unconstrained in F − 1 unknowns:
 * y_m = v_m − e − z_m,last (fx − e), design d_mj = z_mj − z_m,last.
 */
function kernelSolver(plan: CoalitionPlan): ShapleySolver {
  const F = plan.features;
  const M = plan.count;
  const K = F - 1;
  const z = plan.masks;
  const w = plan.weights;
  if (K >= 1 && M === 0) throw new SingularPlanError('no coalition was sampled');
  // Normal matrix A = Dᵀ W D (K × K), then its Cholesky factor in place (lower triangle).
  const A = new Float64Array(Math.max(K * K, 1));
  const d = new Float64Array(Math.max(K, 1));
  for (let m = 0; m < M; m++) {
    const last = z[m * F + K];
    for (let j = 0; j < K; j++) d[j] = z[m * F + j] - last;
    const wm = w[m];
    for (let a = 0; a < K; a++) {
      const da = d[a] * wm;
      if (da === 0) continue;
      for (let b = 0; b <= a; b++) A[a * K + b] += da * d[b];
    }
  }
  let scale = 0;
  for (let a = 0; a < K; a++) scale = Math.max(scale, A[a * K + a]);
  for (let a = 0; a < K; a++) {
    for (let b = 0; b <= a; b++) {
      let s = A[a * K + b];
      for (let k = 0; k < b; k++) s -= A[a * K + k] * A[b * K + k];
      if (a === b) {
        if (!(s > 1e-12 * scale)) throw new SingularPlanError(`the sampled coalitions do not determine feature ${a + 1}'s value`);
        A[a * K + a] = Math.sqrt(s);
      } else {
        A[a * K + b] = s / A[b * K + b];
      }
    }
  }
  const rhs = new Float64Array(Math.max(K, 1));
  return {
    solve(values, offset, expected, fx, out) {
      const total = fx - expected;
      if (K <= 0) {
        if (F === 1) out[0] = total;
        return out;
      }
      rhs.fill(0);
      for (let m = 0; m < M; m++) {
        const last = z[m * F + K];
        const y = (values[offset + m] - expected - last * total) * w[m];
        if (y === 0) continue;
        for (let j = 0; j < K; j++) {
          const dj = z[m * F + j] - last;
          if (dj !== 0) rhs[j] += dj * y;
        }
      }
      // L Lᵀ β = rhs.
      for (let a = 0; a < K; a++) {
        let s = rhs[a];
        for (let k = 0; k < a; k++) s -= A[a * K + k] * rhs[k];
        rhs[a] = s / A[a * K + a];
      }
      for (let a = K - 1; a >= 0; a--) {
        let s = rhs[a];
        for (let k = a + 1; k < K; k++) s -= A[k * K + a] * rhs[k];
        rhs[a] = s / A[a * K + a];
      }
      let sum = 0;
      for (let j = 0; j < K; j++) {
        out[j] = rhs[j];
        sum += rhs[j];
      }
      out[K] = total - sum;
      return out;
    },
  };
}
