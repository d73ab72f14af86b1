import { InsertionOrder } from './insertion-order.ts';
import { MultiIndex } from './multi-index.ts';

/** What users and groups have in common as stored records. */
export interface CollectionRecord {
  readonly id: string;
  readonly externalId: string | undefined;
}

/**
 * The indexed collection Users and Groups share: creation order for pages, id, a case-insensitive
 * name key (userName, displayName: caseExact false, RFC 7643 §4.1.1 and §4.2) and externalId (not
 * unique, RFC 7643 §3.1). Every lookup is a hash lookup; a page costs O(log n + page).
 */
export class RecordCollection<T extends CollectionRecord> {
  private readonly order = new InsertionOrder<T>();
  private readonly byId = new Map<string, T>();
  private readonly byName = new Map<string, T>();
  private readonly byExternalId = new MultiIndex<T>();

  constructor(private readonly kind: string) {}

  get size(): number {
    return this.order.size;
  }

  all(): readonly T[] {
    return this.order.all();
  }

  page(offset: number, count: number): readonly T[] {
    return this.order.page(offset, count);
  }

  get(id: string): T | undefined {
    return this.byId.get(id);
  }

  hasName(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  findByName(name: string): T | undefined {
    return this.byName.get(name.toLowerCase());
  }

  findByExternalId(externalId: string): readonly T[] {
    return this.byExternalId.get(externalId);
  }

  insert(item: T, name: string, externalId: string | undefined): void {
    if (this.byId.has(item.id)) throw new Error(`${this.kind} store: id ${item.id} exists`);
    this.order.add(item);
    this.byId.set(item.id, item);
    this.byName.set(name.toLowerCase(), item);
    this.byExternalId.move(item, undefined, externalId);
  }

  delete(item: T, name: string): void {
    this.order.remove(item);
    this.byId.delete(item.id);
    this.unsetName(item, name);
    this.byExternalId.move(item, item.externalId, undefined);
  }

  renameKey(item: T, from: string, to: string): void {
    this.unsetName(item, from);
    this.byName.set(to.toLowerCase(), item);
  }

  moveExternalId(item: T, to: string | undefined): void {
    this.byExternalId.move(item, item.externalId, to);
  }

  /** The stored record itself, or an error: indexed fields change only through the store. */
  stored(item: CollectionRecord): T {
    const stored = this.byId.get(item.id);
    if (stored === undefined || stored !== item) throw new Error(`${this.kind} store: ${item.id} is not a stored ${this.kind}`);
    return stored;
  }

  /** A name another record took since (groups' displayName is not unique) keeps pointing there. */
  private unsetName(item: T, name: string): void {
    const key = name.toLowerCase();
    if (this.byName.get(key) === item) this.byName.delete(key);
  }
}
