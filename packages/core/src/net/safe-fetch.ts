import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Readable } from 'node:stream';
import { ParleyError } from '../errors.js';
import {
  type AddressPolicy,
  createAddressPolicy,
  type NetworkPolicyOptions,
  refusedAddress,
} from './address-policy.js';

/** Resolves a host name to its addresses (default: `node:dns` lookup, all families). */
export type Lookup = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface SafeFetchOptions extends NetworkPolicyOptions {
  lookup?: Lookup;
}

export interface SafeFetch extends FetchLike {
  /** Closes idle keep-alive connections. */
  close(): void;
}

export const defaultLookup: Lookup = (hostname) =>
  dnsLookup(hostname, { all: true, verbatim: true });

/**
 * A fetch over `node:http`/`node:https` that refuses private and special addresses
 * (see `createAddressPolicy`). The check runs on the address the socket actually
 * connects to — the resolver is wrapped and handed to the connection — so a name that
 * resolves to a public address for a check and a private one for the connection (DNS
 * rebinding) cannot slip past. Redirects are never followed: a 3xx is returned as is.
 * Bodies may be strings, bytes or a Request's body.
 */
export function createSafeFetch(options: SafeFetchOptions = {}): SafeFetch {
  const policy = createAddressPolicy(options);
  const resolve = options.lookup ?? defaultLookup;
  const agents = {
    'http:': new http.Agent({ keepAlive: true, maxSockets: 256 }),
    'https:': new https.Agent({ keepAlive: true, maxSockets: 256 }),
  };

  const safeFetch = async (input: string | URL | Request, init: RequestInit = {}) => {
    const request = input instanceof Request ? input : undefined;
    const url = new URL(request ? request.url : (input as string | URL));
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new ParleyError(
        'INPUT_INVALID',
        `Only http and https URLs can be fetched, not ${url.protocol}`,
      );
    }
    const hostname = bareHost(url.hostname);
    // Node connects to an IP literal without calling lookup, so check it here.
    if (isIP(hostname)) {
      const verdict = policy(hostname);
      if (!verdict.allowed) throw refusedAddress(hostname, verdict);
    }
    const headers = new Headers(request?.headers);
    for (const [key, value] of new Headers(init.headers)) headers.set(key, value);
    const body = await bodyBytes(
      init.body ?? (request?.body ? await request.arrayBuffer() : undefined),
    );
    if (body !== undefined && !headers.has('content-length')) {
      headers.set('content-length', String(body.byteLength));
    }
    const signal = init.signal ?? request?.signal ?? undefined;
    return send(url, {
      method: init.method ?? request?.method ?? 'GET',
      headers: Object.fromEntries(headers),
      body,
      signal,
      lookup: guardedLookup(resolve, policy),
      agent: agents[url.protocol],
    });
  };
  return Object.assign(safeFetch, {
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  });
}

/**
 * Checks that `url` resolves only to allowed addresses — the best that can be done when
 * the caller brings its own fetch. It cannot stop DNS rebinding between this check and
 * the fetch's own resolution; `createSafeFetch` can.
 */
export async function checkDestination(
  url: string | URL,
  options: SafeFetchOptions = {},
): Promise<void> {
  const policy = createAddressPolicy(options);
  const hostname = bareHost(new URL(url).hostname);
  const addresses = isIP(hostname)
    ? [{ address: hostname, family: isIP(hostname) }]
    : await (options.lookup ?? defaultLookup)(hostname);
  if (addresses.length === 0) throw notFound(hostname);
  for (const { address } of addresses) {
    const verdict = policy(address);
    if (!verdict.allowed) throw refusedAddress(hostname, verdict);
  }
}

function guardedLookup(resolve: Lookup, policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const addresses = found.filter((a) => family === 0 || a.family === family);
        if (addresses.length === 0) return callback(notFound(hostname), '', 0);
        // Every address must pass: the connection may try any of them.
        for (const { address } of addresses) {
          const verdict = policy(address);
          if (!verdict.allowed) return callback(refusedAddress(hostname, verdict), '', 0);
        }
        if (options.all) return (callback as AllCallback)(null, addresses);
        callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

type AllCallback = (
  error: NodeJS.ErrnoException | null,
  addresses: Array<{ address: string; family: number }>,
) => void;

interface SendOptions {
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | undefined;
  signal: AbortSignal | undefined;
  lookup: LookupFunction;
  agent: http.Agent;
}

function send(url: URL, options: SendOptions): Promise<Response> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(options.signal.reason);
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      method: options.method,
      headers: options.headers,
      lookup: options.lookup,
      agent: options.agent,
    });
    const onAbort = () => {
      req.destroy();
      reject(options.signal?.reason);
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    req.once('error', (error) => {
      options.signal?.removeEventListener('abort', onAbort);
      reject(error);
    });
    req.once('response', (res) => {
      options.signal?.removeEventListener('abort', onAbort);
      const headers = new Headers();
      for (const [key, value] of Object.entries(res.headers)) {
        if (value === undefined) continue;
        for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
      }
      const status = res.statusCode ?? 0;
      if (status < 200 || status > 599) {
        res.destroy();
        return reject(
          new ParleyError('CHANNEL_SEND_FAILED', `Invalid HTTP status ${status} from ${url.host}`),
        );
      }
      const empty = status === 204 || status === 205 || status === 304 || options.method === 'HEAD';
      if (empty) res.resume();
      const body = empty ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
      resolve(new Response(body, { status, statusText: res.statusMessage, headers }));
    });
    req.end(options.body);
  });
}

async function bodyBytes(body: unknown): Promise<Uint8Array | undefined> {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return new Uint8Array(await new Response(body as BodyInit).arrayBuffer());
}

function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

function notFound(hostname: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`No address found for ${hostname}`), { code: 'ENOTFOUND' });
}
