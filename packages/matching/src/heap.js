// @ts-check
/**
 * Indexed binary min-heap over the items 0..size-1 with `decrease`, used by the Dijkstra searches.
 * Keys live in a caller-owned Float64Array; ties are broken by the item number (with one item that
 * may be declared to win all ties), so the order in which items leave the heap depends only on the
 * keys (deterministic).
 */
export class IndexedHeap {
  /**
   * @param {number} size number of items
   * @param {Float64Array} key key of each item (read when comparing)
   */
  constructor(size, key) {
    this.key = key;
    /** An item that leaves the heap before any other with an equal key (-1: none). */
    this.first = -1;
    this.heap = new Int32Array(size);
    /** Position of each item in `heap`, or -1 when not in the heap. */
    this.pos = new Int32Array(size).fill(-1);
    this.length = 0;
  }

  /** Empties the heap in O(length). */
  clear() {
    for (let k = 0; k < this.length; k++) this.pos[this.heap[k]] = -1;
    this.length = 0;
  }

  /** @param {number} item */
  has(item) {
    return this.pos[item] >= 0;
  }

  /** @param {number} a @param {number} b */
  less(a, b) {
    const ka = this.key[a];
    const kb = this.key[b];
    return ka < kb || (ka === kb && a !== b && (a === this.first || (b !== this.first && a < b)));
  }

  /** Adds `item` (not in the heap) with its current key. @param {number} item */
  push(item) {
    const k = this.length++;
    this.heap[k] = item;
    this.pos[item] = k;
    this.up(k);
  }

  /** Call after lowering the key of an item that is in the heap. @param {number} item */
  decrease(item) {
    this.up(this.pos[item]);
  }

  /** Removes and returns the item with the lowest key; the heap must not be empty. */
  pop() {
    const heap = this.heap;
    const top = heap[0];
    this.pos[top] = -1;
    const last = heap[--this.length];
    if (this.length > 0) {
      heap[0] = last;
      this.pos[last] = 0;
      this.down(0);
    }
    return top;
  }

  /** @param {number} k */
  up(k) {
    const heap = this.heap;
    const item = heap[k];
    while (k > 0) {
      const parent = (k - 1) >> 1;
      const p = heap[parent];
      if (!this.less(item, p)) break;
      heap[k] = p;
      this.pos[p] = k;
      k = parent;
    }
    heap[k] = item;
    this.pos[item] = k;
  }

  /** @param {number} k */
  down(k) {
    const heap = this.heap;
    const n = this.length;
    const item = heap[k];
    for (;;) {
      let child = 2 * k + 1;
      if (child >= n) break;
      if (child + 1 < n && this.less(heap[child + 1], heap[child])) child++;
      const c = heap[child];
      if (!this.less(c, item)) break;
      heap[k] = c;
      this.pos[c] = k;
      k = child;
    }
    heap[k] = item;
    this.pos[item] = k;
  }
}
