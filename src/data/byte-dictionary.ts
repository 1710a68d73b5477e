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
  private hashes: Int32Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private codes: Int32Array;
  private pool: Uint8Array;
  private poolUsed = 0;
  private size = 0;

  constructor() {
    this.slots = new Int32Array(64);
    this.mask = 63;
    this.hashes = new Int32Array(32);
    this.starts = new Int32Array(32);
    this.ends = new Int32Array(32);
    this.codes = new Int32Array(32);
    this.pool = new Uint8Array(1024);
  }

  /** The code stored for bytes [start, end) of `buf`, or NOT_FOUND. */
  lookup(buf: Uint8Array, start: number, end: number, hash: number): number {
    const len = end - start;
    let slot = hash & this.mask;
    for (;;) {
      const e = this.slots[slot];
      if (e === 0) return NOT_FOUND;
      const i = e - 1;
      if (this.hashes[i] === hash) {
        const s = this.starts[i];
        if (this.ends[i] - s === len) {
          const pool = this.pool;
          let k = 0;
          while (k < len && pool[s + k] === buf[start + k]) k++;
          if (k === len) return this.codes[i];
        }
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Stores `code` for bytes [start, end) of `buf`; the caller has checked they are absent. */
  insert(buf: Uint8Array, start: number, end: number, hash: number, code: number): void {
    const len = end - start;
    if (this.size === this.hashes.length) this.growEntries();
    if (this.poolUsed + len > this.pool.length) {
      const next = new Uint8Array(Math.max(this.pool.length * 2, this.poolUsed + len));
      next.set(this.pool.subarray(0, this.poolUsed));
      this.pool = next;
    }
    const i = this.size++;
    this.pool.set(buf.subarray(start, end), this.poolUsed);
    this.hashes[i] = hash;
    this.starts[i] = this.poolUsed;
    this.ends[i] = this.poolUsed + len;
    this.codes[i] = code;
    this.poolUsed += len;
    if (this.size * 2 > this.slots.length) this.rehash();
    else this.place(i);
  }

  private place(i: number): void {
    let slot = this.hashes[i] & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = i + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let i = 0; i < this.size; i++) this.place(i);
  }

  private growEntries(): void {
    const n = this.hashes.length * 2;
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array(n);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes);
    this.starts = grow(this.starts);
    this.ends = grow(this.ends);
    this.codes = grow(this.codes);
  }
}

/** FNV-1a offset basis; the scanner folds each byte in with `Math.imul(h ^ byte, FNV_PRIME)`. */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;
