// Types for scripts/calibrate/random.mjs, which the tests import.
export declare function mulberry32(seed: number): () => number;
export declare function sampler(seed: number): {
  u: () => number;
  normal: () => number;
  poisson: (lambda: number) => number;
  gamma: (shape: number) => number;
  pickCumulative: (cumulative: ArrayLike<number>) => number;
};
export declare function cumulative(weights: readonly number[]): Float64Array;
export declare function sigmoid(z: number): number;
