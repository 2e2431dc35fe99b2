/**
 * What a tenant names (teams, assistants, menus), keyed by tenant and id (PL1): two
 * tenants may both have a team `support`, and a lookup never crosses tenants, so no
 * answer (or error) about one tenant's id can reveal another tenant's.
 */
export class TenantMap<V> {
  readonly #items = new Map<string, V>();

  get(tenantId: string, id: string): V | undefined {
    return this.#items.get(key(tenantId, id));
  }

  has(tenantId: string, id: string): boolean {
    return this.#items.has(key(tenantId, id));
  }

  set(tenantId: string, id: string, value: V): void {
    this.#items.set(key(tenantId, id), value);
  }

  delete(tenantId: string, id: string): boolean {
    return this.#items.delete(key(tenantId, id));
  }

  /** Every tenant's, in the order they were added. */
  values(): IterableIterator<V> {
    return this.#items.values();
  }

  /** One tenant's, in the order they were added. */
  ofTenant(tenantId: string): V[] {
    const prefix = key(tenantId, '');
    return [...this.#items].filter(([k]) => k.startsWith(prefix)).map(([, v]) => v);
  }
}

// NUL never appears in an id (idSchema), so the pair cannot collide.
function key(tenantId: string, id: string): string {
  return `${tenantId}\u0000${id}`;
}
