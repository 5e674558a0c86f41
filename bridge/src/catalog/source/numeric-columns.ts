/** Growable columns of numbers: a row costs a few bytes instead of a JavaScript object. */
export class Columns<K extends string> {
  length = 0;
  private data: Record<K, Float64Array>;

  constructor(readonly keys: readonly K[]) {
    this.data = Object.fromEntries(keys.map((k) => [k, new Float64Array(1024)])) as Record<K, Float64Array>;
  }

  push(row: Record<K, number>): void {
    if (this.length === (this.data[this.keys[0] as K]?.length ?? 0)) {
      for (const k of this.keys) {
        const bigger = new Float64Array(this.length * 2);
        bigger.set(this.data[k]);
        this.data[k] = bigger;
      }
    }
    for (const k of this.keys) {
      this.data[k][this.length] = row[k];
    }
    this.length += 1;
  }

  get(key: K, i: number): number {
    return this.data[key][i] ?? 0;
  }

  /** Row numbers ordered by `key` (stable), for range look-ups by binary search. */
  orderBy(key: K): Int32Array {
    const order = Int32Array.from({ length: this.length }, (_, i) => i);
    const column = this.data[key];
    order.sort((a, b) => (column[a] ?? 0) - (column[b] ?? 0) || a - b);
    return order;
  }
}

/** Positions in `order` whose `key` value lies in [from, to]. */
export function range<K extends string>(
  columns: Columns<K>,
  order: Int32Array,
  key: K,
  from: number,
  to: number,
): number[] {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (columns.get(key, order[mid] ?? 0) < from) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  const rows: number[] = [];
  for (let i = lo; i < order.length && columns.get(key, order[i] ?? 0) <= to; i++) {
    rows.push(order[i] ?? 0);
  }
  return rows;
}
