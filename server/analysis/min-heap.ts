/**
 * A binary min-heap of (key, value) pairs in typed arrays: the timed-path
 * search pushes tens of thousands of offered meetings per query and must
 * answer in milliseconds, so no object per entry and no comparator call.
 * Stale entries are left in and skipped by the caller (lazy deletion).
 */
export class MinHeap {
  private keys = new Float64Array(1024);
  private values = new Int32Array(1024);
  size = 0;

  push(key: number, value: number): void {
    if (this.size === this.keys.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.keys[i] = this.keys[parent]!;
      this.values[i] = this.values[parent]!;
      i = parent;
    }
    this.keys[i] = key;
    this.values[i] = value;
  }

  /** The smallest key's value; its key is left in `lastKey`. */
  pop(): number {
    const top = this.values[0]!;
    this.lastKey = this.keys[0]!;
    const n = --this.size;
    const key = this.keys[n]!;
    const value = this.values[n]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.keys[i] = this.keys[child]!;
      this.values[i] = this.values[child]!;
      i = child;
    }
    this.keys[i] = key;
    this.values[i] = value;
    return top;
  }

  lastKey = 0;

  private grow() {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    const values = new Int32Array(this.values.length * 2);
    values.set(this.values);
    [this.keys, this.values] = [keys, values];
  }
}
