// Seeded random numbers for the calibration, real-data fixture, example and benchmark scripts: the
// same seed gives the same files on every machine, so a table in the README can be reproduced.

/** Mulberry32: a small, fast 32-bit generator; good enough for simulation, not for cryptography. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Uniform, normal (Box–Muller), Poisson, gamma and weighted-choice draws from one seeded stream. */
export function sampler(seed) {
  const u = mulberry32(seed);
  const normal = () => {
    let a = 0;
    while (a === 0) a = u();
    return Math.sqrt(-2 * Math.log(a)) * Math.cos(2 * Math.PI * u());
  };
  // Knuth's product method: fine for the small means used here (it costs λ draws).
  const poisson = (lambda) => {
    const l = Math.exp(-lambda);
    let k = 0;
    let p = 1;
    do {
      k++;
      p *= u();
    } while (p > l);
    return k - 1;
  };
  // Marsaglia–Tsang for shape ≥ 1.
  const gamma = (shape) => {
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x;
      let v;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const w = u();
      if (w < 1 - 0.0331 * x * x * x * x || Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };
  /** Index drawn with probability proportional to `cumulative[i] - cumulative[i-1]`. */
  const pickCumulative = (cumulative) => {
    const r = u() * cumulative[cumulative.length - 1];
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return { u, normal, poisson, gamma, pickCumulative };
}

export function cumulative(weights) {
  const out = new Float64Array(weights.length);
  let s = 0;
  for (let i = 0; i < weights.length; i++) out[i] = s += weights[i];
  return out;
}

export const sigmoid = (z) => 1 / (1 + Math.exp(-z));

/**
 * Standard normal draws from `u` (uniform in [0, 1)) by Box–Muller, both values of each pair used:
 * the benchmark generators' normals, so their files stay the same bit for bit.
 */
export function pairedNormal(u) {
  let spare = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const a = 1 - u();
    const b = u();
    const m = Math.sqrt(-2 * Math.log(a));
    spare = m * Math.sin(2 * Math.PI * b);
    return m * Math.cos(2 * Math.PI * b);
  };
}
