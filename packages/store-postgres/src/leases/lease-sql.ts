import type { Tables } from '../db/names.js';

/** Leases by name (`channel:<id>`): one owner until `expires_at`, a token per new owner. */
export function leaseSql(t: Tables) {
  return {
    /** $1 group, $2 owner, $3 expires at, $4 now: heartbeat, then live members. */
    heartbeat: `WITH beat AS (
        INSERT INTO ${t.members} (grp, owner, expires_at) VALUES ($1, $2, $3)
        ON CONFLICT (grp, owner) DO UPDATE SET expires_at = EXCLUDED.expires_at
        RETURNING owner)
      SELECT count(*)::int AS members FROM (
        SELECT owner FROM ${t.members} WHERE grp = $1 AND expires_at > $4 AND owner <> $2
        UNION ALL SELECT owner FROM beat) live`,
    /** $1 group, $2 before: forgets members dead for long. */
    forget: `DELETE FROM ${t.members} WHERE grp = $1 AND expires_at < $2`,
    /**
     * $1 owner, $2 names, $3 expires at: the leases still ours. One that expired but
     * nobody took is still safe to keep: no one else has started the channel.
     */
    renew: `UPDATE ${t.leases} SET expires_at = $3
      WHERE owner = $1 AND name = ANY($2::text[])
      RETURNING name`,
    /** $1 name, $2 owner, $3 expires at, $4 now: taken when free or expired. */
    acquire: `INSERT INTO ${t.leases} AS l (name, owner, token, expires_at) VALUES ($1, $2, 1, $3)
      ON CONFLICT (name) DO UPDATE SET owner = EXCLUDED.owner, token = l.token + 1,
        expires_at = EXCLUDED.expires_at
      WHERE l.expires_at <= $4
      RETURNING token::text AS token`,
    /** $1 names, $2 owner. */
    release: `DELETE FROM ${t.leases} WHERE name = ANY($1::text[]) AND owner = $2`,
    /** $1 group, $2 owner. */
    leave: `DELETE FROM ${t.members} WHERE grp = $1 AND owner = $2`,
    /** $1 names: who owns what (for status pages and tests). */
    owners: `SELECT name, owner, token::text AS token, expires_at FROM ${t.leases}
      WHERE name = ANY($1::text[]) ORDER BY name`,
  };
}
