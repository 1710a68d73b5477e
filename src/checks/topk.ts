/**
 * The k rows with the largest keys, by a bounded min-heap: O(n log k) time and O(k) memory, so
 * listing the top 10 of a million rows never sorts the million. Ties go to the earlier row.
 */
export class TopK {
  private readonly keys: Float64Array;
  private readonly rows: Int32Array;
  private size = 0;

  constructor(readonly k: number) {
    this.keys = new Float64Array(Math.max(0, k));
    this.rows = new Int32Array(Math.max(0, k));
  }

  /** Whether slot a ranks below slot b (lower key, or equal key and later row). */
  private below(a: number, b: number): boolean {
    const ka = this.keys[a];
    const kb = this.keys[b];
    return ka < kb || (ka === kb && this.rows[a] > this.rows[b]);
  }

  private swap(a: number, b: number): void {
    const k = this.keys[a];
    this.keys[a] = this.keys[b];
    this.keys[b] = k;
    const r = this.rows[a];
    this.rows[a] = this.rows[b];
    this.rows[b] = r;
  }

  /** Considers a row; a NaN key ranks below every number. */
  offer(row: number, key: number): void {
    if (this.k <= 0) return;
    const x = Number.isNaN(key) ? -Infinity : key;
    if (this.size < this.k) {
      let i = this.size++;
      this.keys[i] = x;
      this.rows[i] = row;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.below(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    const rootKey = this.keys[0];
    if (x < rootKey || (x === rootKey && row > this.rows[0])) return;
    this.keys[0] = x;
    this.rows[0] = row;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.below(l, m)) m = l;
      if (r < this.size && this.below(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }

  /** The kept rows, largest key first (ties: earlier row first). */
  result(): { row: number; key: number }[] {
    const out: { row: number; key: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ row: this.rows[i], key: this.keys[i] });
    return out.sort((a, b) => b.key - a.key || a.row - b.row);
  }
}
