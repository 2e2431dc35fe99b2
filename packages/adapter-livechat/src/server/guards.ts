import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Clock } from '@parley/core';
import type { LivechatConfig } from '../options.js';
import { type Rate, type TokenBucket, tokenBucket } from './token-bucket.js';

/** Builds the origin check from `allowedOrigins` (default: no origin; `'*'`: any). */
export function originGuard(allowed: LivechatConfig['allowedOrigins']) {
  if (allowed === undefined) return () => false;
  if (allowed === '*') return () => true;
  if (typeof allowed === 'function') return allowed;
  const origins = new Set(allowed.map((o) => new URL(o).origin));
  return (origin: string | undefined) => {
    if (origin === undefined) return false;
    try {
      return origins.has(new URL(origin).origin);
    } catch {
      return false;
    }
  };
}

/** The client IP for per-IP limits. */
export function clientIpOf(req: IncomingMessage, custom: LivechatConfig['clientIp']): string {
  return custom?.(req) ?? req.socket.remoteAddress ?? 'unknown';
}

/** Answers a handshake with a plain HTTP error and closes the socket. */
export function refuseHandshake(socket: Duplex, status: 403 | 503, reason: string): void {
  const text = status === 403 ? 'Forbidden' : 'Service Unavailable';
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(reason)}\r\n\r\n${reason}`,
    );
  }
  socket.destroy();
}

/**
 * Per-IP token buckets. Buckets of IPs with no open socket are dropped once they have
 * refilled, so the map stays as small as the set of recent clients.
 */
export function ipBuckets(rate: Rate, clock: Clock) {
  const buckets = new Map<string, TokenBucket>();
  return {
    take(ip: string): boolean {
      let bucket = buckets.get(ip);
      if (!bucket) buckets.set(ip, (bucket = tokenBucket(rate, clock)));
      return bucket.take();
    },
    prune(isConnected: (ip: string) => boolean): void {
      for (const [ip, bucket] of buckets) {
        if (!isConnected(ip) && bucket.full()) buckets.delete(ip);
      }
    },
  };
}

/** A close reason fits in 123 bytes (RFC 6455); longer ones are cut. */
export function closeReason(reason: string): string {
  let out = reason;
  while (Buffer.byteLength(out) > 123) out = out.slice(0, -1);
  return out;
}
