import { createHash } from 'node:crypto';
import type { ChannelContext } from '@parley/core';
import { ApiRefusal, refusalResponse, refuse } from './respond.js';

/** How long one request may hold a key before a retry may take it over (a crashed process). */
export const IDEMPOTENCY_LEASE_MS = 5 * 60_000;

type KeyRecord =
  | { state: 'pending'; fingerprint: string; generation: number }
  | { state: 'retryable'; fingerprint: string; generation: number }
  | { state: 'done'; fingerprint: string; status: number; body: string };

/** The `Idempotency-Key` header, checked: 1–255 printable ASCII characters. */
export function idempotencyKeyOf(request: Request): string | undefined {
  const key = request.headers.get('idempotency-key');
  if (key === null) return undefined;
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    refuse(
      400,
      'invalid_idempotency_key',
      'Idempotency-Key must be 1–255 printable ASCII characters without spaces (a UUID is ideal).',
    );
  }
  return key;
}

/** What makes two requests "the same": method, path and the JSON body (key order ignored). */
export function fingerprintOf(method: string, path: string, body: unknown): string {
  return sha256(`${method} ${path}\n${canonicalJson(body)}`);
}

/**
 * Runs `handle` once per key: the same key with the same request answers the stored
 * response (`Idempotent-Replayed: true`); with another request, or while the first is
 * still running, 409. A 5xx is not stored, so the client's retry runs again (a new
 * claim generation, since claims cannot be released).
 */
export async function idempotent(
  ctx: Pick<ChannelContext, 'kv' | 'claim'>,
  key: string,
  fingerprint: string,
  ttlMs: number,
  handle: () => Promise<Response>,
): Promise<Response> {
  const id = `idem:${sha256(key)}`;
  const seen = await ctx.kv.get<KeyRecord>(id);
  const answered = replayOrRefuse(seen, fingerprint);
  if (answered) return answered;
  const generation = seen && seen.state !== 'done' ? seen.generation : 0;
  // The lease never outlives the record, so an expired key is free again at once.
  const lease = Math.min(IDEMPOTENCY_LEASE_MS, ttlMs);
  if (!(await ctx.claim(`${id}#${generation}`, lease))) {
    const now = await ctx.kv.get<KeyRecord>(id);
    const later = replayOrRefuse(now, fingerprint);
    if (later) return later;
    refuse(
      409,
      'idempotency_key_in_use',
      'A request with this Idempotency-Key is still being processed; retry in a moment.',
      { headers: { 'retry-after': '1' } },
    );
  }
  await ctx.kv.set(id, { state: 'pending', fingerprint, generation }, { ttlMs });
  let response: Response | undefined;
  try {
    // A refusal is an answer too: a retry with the same key gets the same one.
    response = await handle().catch((error: unknown) => {
      if (error instanceof ApiRefusal) return refusalResponse(error);
      throw error;
    });
    return response;
  } finally {
    if (response && response.status < 500) {
      const body = await response.clone().text();
      await ctx.kv.set(
        id,
        { state: 'done', fingerprint, status: response.status, body },
        { ttlMs },
      );
    } else {
      await ctx.kv.set(
        id,
        { state: 'retryable', fingerprint, generation: generation + 1 },
        { ttlMs },
      );
    }
  }
}

function replayOrRefuse(record: KeyRecord | undefined, fingerprint: string): Response | undefined {
  if (!record) return undefined;
  if (record.fingerprint !== fingerprint) {
    refuse(
      409,
      'idempotency_key_reused',
      'This Idempotency-Key was used for a different request (another route or body); use a new key for a new request.',
    );
  }
  if (record.state !== 'done') return undefined;
  return new Response(record.body, {
    status: record.status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'idempotent-replayed': 'true',
    },
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64url');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
