/**
 * Items in the order they were added, with O(1) add, O(log n) remove and a page that costs
 * O(log n + page) whatever the total: what a SCIM list (RFC 7644 §3.4.2.4, 1-based startIndex over a
 * stable order) and the v4 members pages need at 100k members.
 *
 * A removal leaves a hole instead of shifting the array (Array#splice was O(n) per delete); a
 * Fenwick tree counts the live slots, so "the k-th live item" is a binary descent, not a scan.
 * When holes outnumber live items the slots are compacted (O(n), amortised over those removals),
 * which also bounds how many holes a page can step over.
 */
export class InsertionOrder<T> {
  private slots: Array<T | undefined> = [];
  private readonly slotOf = new Map<T, number>();
  /** Fenwick tree over slots, 1-based: tree[i] counts live slots in (i - lowbit(i), i]. */
  private tree = new Int32Array(1);
  private holes = 0;

  get size(): number {
    return this.slotOf.size;
  }

  has(item: T): boolean {
    return this.slotOf.has(item);
  }

  add(item: T): void {
    if (this.slotOf.has(item)) return;
    const slot = this.slots.length;
    this.slots.push(item);
    this.slotOf.set(item, slot);
    if (this.slots.length >= this.tree.length) this.rebuild(this.tree.length * 2);
    else this.bump(slot, 1);
  }

  remove(item: T): boolean {
    const slot = this.slotOf.get(item);
    if (slot === undefined) return false;
    this.slotOf.delete(item);
    this.slots[slot] = undefined;
    this.bump(slot, -1);
    this.holes += 1;
    if (this.holes > 64 && this.holes > this.slotOf.size) this.compact();
    return true;
  }

  /** Up to `count` items from the 0-based live position `offset`. */
  page(offset: number, count: number): T[] {
    const out: T[] = [];
    if (count <= 0 || offset >= this.size) return out;
    for (let slot = this.slotAt(Math.max(0, offset)); slot < this.slots.length && out.length < count; slot++) {
      const item = this.slots[slot];
      if (item !== undefined) out.push(item);
    }
    return out;
  }

  /** Every item in order: O(n), for callers that really need all of them. */
  all(): T[] {
    return this.page(0, this.size);
  }

  /** The slot of the live item at 0-based position `rank` (rank < size), by Fenwick descent. */
  private slotAt(rank: number): number {
    let position = 0;
    let remaining = rank + 1;
    for (let step = highestPowerOfTwo(this.tree.length - 1); step > 0; step >>= 1) {
      const next = position + step;
      if (next < this.tree.length && this.tree[next]! < remaining) {
        position = next;
        remaining -= this.tree[next]!;
      }
    }
    // `position` is the last 1-based index whose prefix holds fewer than rank + 1 live slots: the
    // answer is the next 1-based index, which is `position` as a 0-based slot.
    return position;
  }

  private bump(slot: number, delta: number): void {
    for (let i = slot + 1; i < this.tree.length; i += i & -i) this.tree[i]! += delta;
  }

  private compact(): void {
    const live: T[] = [];
    for (const item of this.slots) if (item !== undefined) live.push(item);
    this.slots = live;
    live.forEach((item, slot) => this.slotOf.set(item, slot));
    this.holes = 0;
    this.rebuild(Math.max(2, this.tree.length));
  }

  /** O(n) construction: each node adds itself to its parent once. */
  private rebuild(length: number): void {
    const tree = new Int32Array(length);
    for (let slot = 0; slot < this.slots.length && slot + 1 < length; slot++) {
      if (this.slots[slot] === undefined) continue;
      tree[slot + 1]! += 1;
    }
    for (let i = 1; i < length; i++) {
      const parent = i + (i & -i);
      if (parent < length) tree[parent]! += tree[i]!;
    }
    this.tree = tree;
  }
}

function highestPowerOfTwo(n: number): number {
  let p = 1;
  while (p * 2 <= n) p *= 2;
  return n < 1 ? 0 : p;
}
