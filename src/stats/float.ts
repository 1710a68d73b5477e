/** Error-free floating-point transformations shared by exact number parsing and the KS tails. */

const SPLITTER = 134217729; // 2^27 + 1: Dekker's split of a double into two 26-bit halves

/** The exact rounding error of a product: a·b = p + twoProductError(a, b, p) when p = fl(a·b). */
export function twoProductError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ah * bh - p + ah * bl + al * bh + al * bl;
}
