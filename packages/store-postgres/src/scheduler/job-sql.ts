import type { Tables } from '../db/names.js';

/** A job row as the scheduler reads it. */
export interface JobRow {
  id: string;
  type: string;
  run_at: Date;
  payload: string;
  attempts: number;
}

/**
 * The job life cycle as SQL. A row is `scheduled` (waiting for `run_at`), `running`
 * (leased by one claim token until `lease_until`) or `dead` (gave up; kept for
 * inspection). Scheduling a running job sets `rescheduled`: the run finishes, then the
 * new schedule fires — never two runs of one id at once.
 */
export function jobSql(t: Tables) {
  const lanes = (n: number) =>
    `($${n}::text[] IS NULL OR lane IS NULL OR lane = ANY($${n}::text[]))`;
  return {
    /** $1 id, $2 type, $3 lane, $4 run_at, $5 payload, $6 now, $7 notify channel. */
    schedule: `WITH saved AS (
        INSERT INTO ${t.jobs} AS j (id, type, lane, status, run_at, payload, attempts, updated_at)
        VALUES ($1, $2, $3, 'scheduled', $4, $5, 0, $6)
        ON CONFLICT (id) DO UPDATE SET type = EXCLUDED.type, lane = EXCLUDED.lane,
          run_at = EXCLUDED.run_at, payload = EXCLUDED.payload, attempts = 0, last_error = NULL,
          updated_at = EXCLUDED.updated_at,
          rescheduled = (j.status = 'running'),
          status = CASE WHEN j.status = 'running' THEN 'running' ELSE 'scheduled' END
        RETURNING 1)
      SELECT pg_notify($7, (extract(epoch FROM $4::timestamptz) * 1000)::bigint::text) FROM saved`,

    /** $1 tenant, $2 conversation: the channel a conversation-bound job belongs to. */
    channelOf: `SELECT channel_id FROM ${t.conversations} WHERE tenant_id = $1 AND id = $2`,

    /** A pending job: scheduled, or a new schedule waiting for the running one. */
    get: `SELECT id, type, run_at, payload, attempts FROM ${t.jobs}
      WHERE id = $1 AND (status = 'scheduled' OR (status = 'running' AND rescheduled))`,

    cancel: `WITH gone AS (
        DELETE FROM ${t.jobs} WHERE id = $1 AND status = 'scheduled' RETURNING 1),
      dropped AS (
        UPDATE ${t.jobs} SET rescheduled = false
        WHERE id = $1 AND status = 'running' AND rescheduled RETURNING 1)
      SELECT (SELECT count(*) FROM gone) + (SELECT count(*) FROM dropped) AS n`,

    /**
     * $1 token, $2 lease until, $3 now, $4 types, $5 lanes (null: any), $6 how many.
     * Also reclaims runs whose lease expired (their process died): that counts as an
     * attempt, so a job that kills its process is given up after `maxAttempts`.
     */
    claim: `UPDATE ${t.jobs} AS j SET status = 'running', lease_token = $1, lease_until = $2,
        rescheduled = false, updated_at = $3,
        attempts = CASE WHEN j.status = 'running' AND NOT j.rescheduled
                        THEN j.attempts + 1 ELSE j.attempts END
      FROM (SELECT id FROM ${t.jobs}
            WHERE type = ANY($4::text[]) AND ${lanes(5)}
              AND ((status = 'scheduled' AND run_at <= $3)
                OR (status = 'running' AND lease_until <= $3 AND (NOT rescheduled OR run_at <= $3)))
            ORDER BY run_at, id
            LIMIT $6
            FOR UPDATE SKIP LOCKED) due
      WHERE j.id = due.id
      RETURNING j.id, j.type, j.run_at, j.payload, j.attempts`,

    /** $1 now, $2 types, $3 lanes: when the next job of ours may become claimable. */
    nextDue: `SELECT min(at) AS at FROM (
        SELECT min(run_at) AS at FROM ${t.jobs}
        WHERE status = 'scheduled' AND type = ANY($2::text[]) AND ${lanes(3)}
        UNION ALL
        SELECT min(greatest(lease_until, run_at)) FROM ${t.jobs}
        WHERE status = 'running' AND lease_until > $1 AND type = ANY($2::text[]) AND ${lanes(3)}
      ) due`,

    /** $1 id, $2 token, $3 lease until. */
    heartbeat: `UPDATE ${t.jobs} SET lease_until = $3 WHERE id = $1 AND lease_token = $2`,

    /** $1 id, $2 token, $3 now. Done: deleted, unless rescheduled meanwhile. */
    finish: `WITH done AS (
        DELETE FROM ${t.jobs} WHERE id = $1 AND lease_token = $2 AND NOT rescheduled RETURNING 1)
      UPDATE ${t.jobs} SET status = 'scheduled', lease_token = NULL, lease_until = NULL,
        rescheduled = false, updated_at = $3
      WHERE id = $1 AND lease_token = $2 AND rescheduled
      RETURNING run_at`,

    /**
     * $1 id, $2 token, $3 now, $4 retry at, $5 max attempts, $6 error text. A newer
     * schedule wins over the retry.
     */
    fail: `UPDATE ${t.jobs} SET
        status = CASE WHEN rescheduled OR attempts + 1 < $5 THEN 'scheduled' ELSE 'dead' END,
        attempts = CASE WHEN rescheduled THEN attempts ELSE attempts + 1 END,
        run_at = CASE WHEN rescheduled THEN run_at ELSE $4 END,
        last_error = $6, lease_token = NULL, lease_until = NULL, rescheduled = false,
        updated_at = $3
      WHERE id = $1 AND lease_token = $2
      RETURNING status, run_at, attempts`,

    /** $1 id, $2 token, $3 now, $4 error: a reclaimed run already past its attempts. */
    bury: `UPDATE ${t.jobs} SET status = CASE WHEN rescheduled THEN 'scheduled' ELSE 'dead' END,
        last_error = $4, lease_token = NULL, lease_until = NULL, rescheduled = false,
        updated_at = $3
      WHERE id = $1 AND lease_token = $2
      RETURNING status`,
  };
}
