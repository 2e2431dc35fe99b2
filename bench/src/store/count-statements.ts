import type { PostgresStore } from '@parley/store-postgres';

/** Counts the SQL statements a store sends (lock sessions included), by text. */
export interface StatementCounter {
  readonly total: number;
  reset(): void;
  /** The most frequent statement texts, trimmed, with their counts. */
  top(n: number): Array<[string, number]>;
}

/** Wraps `store.database` in place, so every part that queries through it is counted. */
export function countStatements(store: PostgresStore): StatementCounter {
  const db = store.database as unknown as Record<string, unknown> & PostgresStore['database'];
  const byText = new Map<string, number>();
  let total = 0;
  const note = (text: string) => {
    total++;
    // Only the head names the statement: combined statements run to tens of KB.
    const key = text.slice(0, 200).replace(/\s+/g, ' ').slice(0, 90);
    byText.set(key, (byText.get(key) ?? 0) + 1);
  };
  const wrap = <T extends { query: (...a: never[]) => unknown; exec: (s: string) => unknown }>(
    client: T,
  ): T => {
    const query = client.query.bind(client) as (text: string, params?: unknown[]) => unknown;
    const exec = client.exec.bind(client);
    return Object.assign(client, {
      query: (text: string, params?: unknown[]) => {
        note(text);
        return query(text, params);
      },
      exec: (sql: string) => {
        note(sql);
        return exec(sql);
      },
    });
  };
  wrap(db);
  const transaction = db.transaction.bind(db);
  db.transaction = (fn) => {
    note('BEGIN');
    note('COMMIT');
    return transaction((tx) => fn(wrap(tx)));
  };
  const session = db.session.bind(db);
  db.session = async () => wrap(await session());
  return {
    get total() {
      return total;
    },
    reset() {
      total = 0;
      byText.clear();
    },
    top(n) {
      return [...byText].sort((a, b) => b[1] - a[1]).slice(0, n);
    },
  };
}
