/** A key -> items index for non-unique keys (externalId is not unique in RFC 7643 §3.1). */
export class MultiIndex<T> {
  private readonly map = new Map<string, Set<T>>();

  get(key: string): readonly T[] {
    const set = this.map.get(key);
    return set === undefined ? [] : [...set];
  }

  /** Moves an item from its old key to its new one; undefined means "not indexed". */
  move(item: T, from: string | undefined, to: string | undefined): void {
    if (from === to) return;
    if (from !== undefined) {
      const set = this.map.get(from);
      set?.delete(item);
      if (set?.size === 0) this.map.delete(from);
    }
    if (to === undefined) return;
    let set = this.map.get(to);
    if (set === undefined) this.map.set(to, (set = new Set()));
    set.add(item);
  }
}
