/** Rows of a query, in the shape both `pg` and PGlite return. */
export interface QueryResult<R> {
  rows: R[];
  /** Rows inserted, updated or deleted (0 for a SELECT on PGlite). */
  rowCount: number;
}

/** Anything that runs one SQL statement with `$1`-style parameters. */
export interface SqlClient {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<QueryResult<R>>;
  /** Runs several `;`-separated statements without parameters in one round trip. */
  exec(sql: string): Promise<void>;
}

/** A connection of its own, kept open: session-level advisory locks live on it. */
export interface DatabaseSession extends SqlClient {
  /** Called once when the connection breaks; the session is unusable afterwards. */
  onLost(listener: (error: Error) => void): void;
  close(): Promise<void>;
}

/**
 * The tiny query interface the store, scheduler, leases and fan-out are written
 * against. `pg` (a server) and PGlite (embedded) both implement it, so one set of SQL
 * serves both.
 */
export interface Database extends SqlClient {
  /** `pg`: a server shared by processes. `pglite`: one process owns the data. */
  readonly kind: 'pg' | 'pglite';
  /** Runs `fn` in a transaction; a throw rolls it back. Use only `tx` inside. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` for every NOTIFY on `channel` (a lower-case identifier) until the
   * returned function is called. Delivered to this process too.
   */
  listen(channel: string, listener: (payload: string) => void): Promise<() => Promise<void>>;
  /** A dedicated connection (server only); PGlite has just one connection and throws. */
  session(): Promise<DatabaseSession>;
  close(): Promise<void>;
}
