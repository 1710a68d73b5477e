/**
 * A small seeded PRNG for the bootstrap: xoshiro128** (Blackman & Vigna), its 128-bit state filled
 * by splitmix32 from the seed. Reports must be reproducible from the config's seed on every
 * platform and Node version, which Math.random cannot give.
 */

const TWO_POW_32 = 4294967296;

/**
 * Poisson(1) by inversion on one 32-bit uniform: the draw is the first k with u < T[k], where
 * T[k] = round(P(X ≤ k) · 2^32). Each probability is thus exact to 2^-32; the tail beyond the last
 * threshold below 2^32 (P(X > 12) ≈ 6e-11) is folded into the last value, far below Monte Carlo
 * error of any bootstrap we run. Mean number of comparisons is 1 + E[X] = 2.
 */
const POISSON1_THRESHOLDS: Uint32Array = (() => {
  const t: number[] = [];
  let term = Math.exp(-1);
  let cdf = 0;
  for (let k = 0; ; k++) {
    cdf += term;
    term /= k + 1;
    const threshold = Math.round(cdf * TWO_POW_32);
    if (threshold >= TWO_POW_32) {
      t.push(TWO_POW_32 - 1);
      break;
    }
    t.push(threshold);
  }
  return Uint32Array.from(t);
})();
const POISSON1_MAX = POISSON1_THRESHOLDS.length - 1;

/** The Poisson(1) value for a 32-bit uniform, by walking the thresholds. */
function poisson1FromUint32(u: number): number {
  let k = 0;
  while (k < POISSON1_MAX && u >= POISSON1_THRESHOLDS[k]) k++;
  return k;
}

/**
 * The same inversion as a lookup on the top 16 bits: entry b is the draw for every u in
 * [b·2^16, (b+1)·2^16) when that bucket lies inside one interval, else STRADDLE (8 of 65,536 buckets)
 * and the thresholds decide. A table lookup instead of data-dependent branches is what lets
 * 200 million draws take well under a second.
 */
const STRADDLE = 255;
let poisson1Table: Uint8Array | null = null;
/** Built on first use: its 131,072 inversions cost a few milliseconds at every start of a thread that runs no bootstrap. */
function poisson1Lookup(): Uint8Array {
  if (poisson1Table) return poisson1Table;
  const table = new Uint8Array(65536);
  for (let b = 0; b < 65536; b++) {
    const first = poisson1FromUint32(b * 65536);
    const last = poisson1FromUint32(b * 65536 + 65535);
    table[b] = first === last ? first : STRADDLE;
  }
  return (poisson1Table = table);
}

export interface Rng {
  /** Uniform in [0, 1) with 53 random bits. */
  next(): number;
  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number;
  /** One Poisson(1) draw (a bootstrap row weight). */
  poisson1(): number;
  /**
   * Fills `out` with independent Poisson(1) draws, the same values as calling poisson1() out.length
   * times. The bootstrap's hot loop: one call per replicate instead of one method call per row.
   */
  fillPoisson1(out: Uint8Array): Uint8Array;
}

class Xoshiro128 implements Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number, state?: readonly [number, number, number, number]) {
    if (state) {
      [this.s0, this.s1, this.s2, this.s3] = state.map((v) => v | 0);
      if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) throw new RangeError('xoshiro state must not be all zero');
      return;
    }
    if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
    // Both halves of a seed up to 2^53 feed the state, so seeds differing only above bit 32 differ.
    const whole = Math.trunc(seed);
    let x = (whole >>> 0) ^ Math.imul(Math.floor(whole / TWO_POW_32) >>> 0, 0x9e3779b9);
    const next = (): number => {
      x = (x + 0x9e3779b9) | 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next() | 0;
    this.s1 = next() | 0;
    this.s2 = next() | 0;
    this.s3 = next() | 0;
    // The all-zero state is a fixed point of xoshiro; splitmix32 makes it practically impossible.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  nextUint32(): number {
    const s0 = this.s0, s1 = this.s1;
    let s2 = this.s2, s3 = this.s3;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    this.s1 = s1 ^ s2;
    this.s0 = s0 ^ s3;
    this.s2 = s2 ^ t;
    this.s3 = rotl(s3, 11);
    return result;
  }

  next(): number {
    const hi = this.nextUint32() >>> 5; // 27 bits
    const lo = this.nextUint32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  poisson1(): number {
    return poisson1FromUint32(this.nextUint32());
  }

  fillPoisson1(out: Uint8Array): Uint8Array {
    // The generator is inlined with the state in int32 locals: this loop runs rows × replicates times.
    let s0 = this.s0 | 0, s1 = this.s1 | 0, s2 = this.s2 | 0, s3 = this.s3 | 0;
    const table = poisson1Lookup();
    const n = out.length;
    for (let i = 0; i < n; i++) {
      const m = Math.imul(s1, 5);
      const r = Math.imul((m << 7) | (m >>> 25), 9);
      const t = s1 << 9;
      s2 ^= s0;
      s3 ^= s1;
      s1 ^= s2;
      s0 ^= s3;
      s2 ^= t;
      s3 = (s3 << 11) | (s3 >>> 21);
      const v = table[r >>> 16];
      out[i] = v === STRADDLE ? poisson1FromUint32(r >>> 0) : v;
    }
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.s3 = s3;
    return out;
  }
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

/** A deterministic generator: the same seed gives the same sequence on every platform. */
export function createRng(seed: number): Rng {
  return new Xoshiro128(seed);
}

/** A generator started from an explicit xoshiro128** state, to check it against the reference vectors. */
export function createRngFromState(state: readonly [number, number, number, number]): Rng {
  return new Xoshiro128(0, state);
}
