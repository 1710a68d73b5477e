/**
 * The small dense linear algebra the multivariate drift methods need, on F × F matrices (F = the
 * encoded features, at most a few hundred): a symmetric eigen-decomposition and a Cholesky solve.
 * Matrices are row-major Float64Arrays.
 */

export interface Eigen {
  /** Eigenvalues, largest first. */
  readonly values: Float64Array;
  /** Eigenvectors as the columns of a row-major F × F matrix, in the order of `values`. */
  readonly vectors: Float64Array;
}

/** Sweeps after which the cyclic Jacobi method gives up (it converges quadratically: 6–10 suffice). */
const MAX_SWEEPS = 100;

/**
 * Eigenvalues and eigenvectors of the symmetric matrix `a` (n × n, row-major; not modified) by the
 * cyclic Jacobi method with Rutishauser's rotations. Chosen over a tridiagonal QR for its accuracy:
 * it finds small eigenvalues to high relative accuracy and its eigenvectors are orthogonal to
 * rounding, which is what the reconstruction error (a projection onto the top eigenvectors) needs.
 * O(n³) per sweep; for n = 300 a sweep is well under a second.
 */
export function symmetricEigen(a: Float64Array, n: number): Eigen {
  if (a.length !== n * n) throw new RangeError(`expected a ${n} × ${n} matrix, got ${a.length} entries`);
  const m = Float64Array.from(a);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    let off = 0, diag = 0;
    for (let p = 0; p < n; p++) {
      diag += m[p * n + p] * m[p * n + p];
      for (let q = p + 1; q < n; q++) off += m[p * n + q] * m[p * n + q];
    }
    // Stop when the off-diagonal mass is at rounding level relative to the diagonal.
    if (off === 0 || off <= 1e-32 * diag) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = m[p * n + q];
        if (apq === 0) continue;
        const app = m[p * n + p], aqq = m[q * n + q];
        const theta = (aqq - app) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        const tau = s / (1 + c);
        m[p * n + p] = app - t * apq;
        m[q * n + q] = aqq + t * apq;
        m[p * n + q] = 0;
        m[q * n + p] = 0;
        for (let r = 0; r < n; r++) {
          if (r === p || r === q) continue;
          const arp = m[r * n + p], arq = m[r * n + q];
          const np = arp - s * (arq + tau * arp);
          const nq = arq + s * (arp - tau * arq);
          m[r * n + p] = np;
          m[p * n + r] = np;
          m[r * n + q] = nq;
          m[q * n + r] = nq;
        }
        for (let r = 0; r < n; r++) {
          const vrp = v[r * n + p], vrq = v[r * n + q];
          v[r * n + p] = vrp - s * (vrq + tau * vrp);
          v[r * n + q] = vrq + s * (vrp - tau * vrq);
        }
      }
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => m[j * n + j] - m[i * n + i]);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    const src = order[k];
    values[k] = m[src * n + src];
    for (let r = 0; r < n; r++) vectors[r * n + k] = v[r * n + src];
  }
  return { values, vectors };
}

/**
 * Solves a x = b for a symmetric positive definite `a` (n × n, row-major; not modified) by Cholesky.
 * Throws when `a` is not positive definite (the logistic fit's Hessian always is: its L2 penalty
 * makes it so).
 */
export function choleskySolve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j];
      for (let k = 0; k < j; k++) sum -= l[i * n + k] * l[j * n + k];
      if (i === j) {
        if (!(sum > 0)) throw new RangeError('matrix is not positive definite');
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / l[j * n + j];
      }
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i];
    for (let k = 0; k < i; k++) sum -= l[i * n + k] * y[k];
    y[i] = sum / l[i * n + i];
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i];
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i] * x[k];
    x[i] = sum / l[i * n + i];
  }
  return x;
}
