/**
 * Maps the raw bytes of a categorical field to its code without building a string per field: a
 * string is decoded only the first time a byte sequence is seen. Open addressing on a caller-
 * computed FNV-1a hash; candidates are compared byte by byte, so collisions cost time, never
 * correctness.
 */
export const NOT_FOUND = -2;

export class ByteDictionary {
  private slots: Int32Array; // entry index + 1, 0 = empty
  private mask: number;
  /**
   * Four ints per entry: hash, start and end in the pool, code. Packed, so a probe reads one
   * cache line, and a column costs three small arrays, not six (a file can have 100,000 columns).
   */
  private entries: Int32Array;
  private pool: Uint8Array;
  private poolUsed = 0;
  private size = 0;

  // Small to start: a file can have 100,000 columns of a few rows each, and every categorical
  // column gets one; doubling reaches any size in a few steps.
  constructor() {
    this.slots = new Int32Array(8);
    this.mask = 7;
    this.entries = new Int32Array(4 * ENTRY);
    this.pool = new Uint8Array(64);
  }

  /** The code stored for bytes [start, end) of `buf`, or NOT_FOUND. */
  lookup(buf: Uint8Array, start: number, end: number, hash: number): number {
    const len = end - start;
    const entries = this.entries;
    let slot = hash & this.mask;
    for (;;) {
      const e = this.slots[slot];
      if (e === 0) return NOT_FOUND;
      const i = (e - 1) * ENTRY;
      if (entries[i] === hash) {
        const s = entries[i + 1];
        if (entries[i + 2] - s === len) {
          const pool = this.pool;
          let k = 0;
          while (k < len && pool[s + k] === buf[start + k]) k++;
          if (k === len) return entries[i + 3];
        }
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Stores `code` for bytes [start, end) of `buf`; the caller has checked they are absent. */
  insert(buf: Uint8Array, start: number, end: number, hash: number, code: number): void {
    const len = end - start;
    if ((this.size + 1) * ENTRY > this.entries.length) {
      const next = new Int32Array(this.entries.length * 2);
      next.set(this.entries);
      this.entries = next;
    }
    if (this.poolUsed + len > this.pool.length) {
      const next = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      next.set(this.pool.subarray(0, this.poolUsed));
      this.pool = next;
    }
    const i = this.size++;
    this.pool.set(buf.subarray(start, end), this.poolUsed);
    const at = i * ENTRY;
    this.entries[at] = hash;
    this.entries[at + 1] = this.poolUsed;
    this.entries[at + 2] = this.poolUsed + len;
    this.entries[at + 3] = code;
    this.poolUsed += len;
    if (this.size * 2 > this.slots.length) this.rehash();
    else this.place(i);
  }

  private place(i: number): void {
    let slot = this.entries[i * ENTRY] & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = i + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let i = 0; i < this.size; i++) this.place(i);
  }
}

const ENTRY = 4;

/** FNV-1a offset basis; the scanner folds each byte in with `Math.imul(h ^ byte, FNV_PRIME)`. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;
