import { randomUUID } from 'node:crypto';
import {
  type Clock,
  createSafeFetch,
  type FetchLike,
  type Lookup,
  ParleyError,
  parseOrThrow,
  systemClock,
} from '@parley/core';
import { readBodyCapped } from '@parley/core/internal';
import { z } from 'zod';
import { isValidSecret, signPayload } from './sign.js';

/** Why an external lookup gave nothing; the conversation goes on either way. */
export type UnavailableReason =
  | 'invalid_input'
  | 'timeout'
  | 'network'
  | 'http'
  | 'invalid_response'
  | 'aborted';

/** The outcome of one call: never thrown, always returned. */
export type ExternalKnowledgeResult<O> =
  | { status: 'ok'; data: O; cached: boolean }
  | { status: 'unavailable'; reason: UnavailableReason; message: string; httpStatus?: number };

export interface ExternalKnowledgeOptions<I extends z.ZodType, O extends z.ZodType> {
  /** Tool name the model sees (letters, digits, `_`, `-`; at most 64). */
  name: string;
  /** What the endpoint answers, for the model ("stock and price of a product by SKU"). */
  description: string;
  /** The business's endpoint; receives a POST with the input as JSON. */
  url: string;
  /** Standard Webhooks secret, `whsec_<base64>`, shared with the endpoint. */
  secret: string;
  /** Schema of the arguments (also the tool's JSON schema). */
  input: I;
  /** Schema the response body must match. */
  output: O;
  /** Default 5,000 ms. */
  timeoutMs?: number;
  /** How long a successful answer is reused for the same input (default 30,000 ms; 0 = never). */
  cacheTtlMs?: number;
  /** Default 500 inputs. */
  maxCacheEntries?: number;
  /** Larger responses are refused (default 1 MiB). */
  maxResponseBytes?: number;
  /** Extra request headers (an API key of the business's endpoint, ...). */
  headers?: Record<string, string>;
  /**
   * The fetch to use. Default: the SSRF-safe fetch of `@parley/core` (loopback,
   * private, link-local and other special addresses refused before connecting;
   * redirects never followed, a 3xx is "unavailable").
   */
  fetch?: typeof globalThis.fetch;
  /** Development only: lets the default fetch reach loopback and private networks. */
  allowPrivateNetworks?: boolean;
  /** Addresses or CIDR ranges the default fetch may reach although private. */
  allowList?: string[];
  /** DNS resolver of the default fetch (tests). */
  lookup?: Lookup;
  clock?: Clock;
}

/** A typed tool an assistant can call during a reply (AI4). */
export interface ExternalKnowledgeTool<I, O> {
  readonly name: string;
  readonly description: string;
  /** JSON Schema of the input, for a model's tool definition. */
  readonly parameters: Record<string, unknown>;
  call(input: I | unknown, options?: { signal?: AbortSignal }): Promise<ExternalKnowledgeResult<O>>;
}

const optionsSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'use letters, digits, _ and - (at most 64)'),
    description: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    secret: z
      .string()
      .refine(isValidSecret, 'expected whsec_ followed by a base64 key of 16+ bytes'),
    input: z.custom<z.ZodType>((v) => v instanceof z.ZodType, 'expected a zod schema'),
    output: z.custom<z.ZodType>((v) => v instanceof z.ZodType, 'expected a zod schema'),
    timeoutMs: z.number().int().positive().default(5000),
    cacheTtlMs: z.number().int().min(0).default(30_000),
    maxCacheEntries: z.number().int().positive().default(500),
    maxResponseBytes: z
      .number()
      .int()
      .positive()
      .default(1024 * 1024),
    headers: z.record(z.string(), z.string()).default({}),
    fetch: z.custom<typeof globalThis.fetch>((v) => typeof v === 'function').optional(),
    allowPrivateNetworks: z.boolean().default(false),
    allowList: z.array(z.string()).default([]),
    lookup: z.custom<Lookup>((v) => typeof v === 'function').optional(),
    clock: z.custom<Clock>((v) => typeof (v as Clock)?.now === 'function').default(systemClock),
  })
  .strict();

class Unavailable extends Error {
  constructor(
    readonly reason: UnavailableReason,
    message: string,
    readonly httpStatus?: number,
  ) {
    super(message);
  }
}

/**
 * A tool that asks the business's own endpoint (stock, prices, order status) with a
 * signed request (Standard Webhooks headers), a timeout on the injected clock, a
 * validated response and a short cache. Failures come back as `unavailable`.
 */
export function externalKnowledge<I extends z.ZodType, O extends z.ZodType>(
  options: ExternalKnowledgeOptions<I, O>,
): ExternalKnowledgeTool<z.output<I>, z.output<O>> {
  const o = parseOrThrow(optionsSchema, options, 'externalKnowledge options');
  // P-08: the endpoint URL comes from tenant configuration; the default fetch checks
  // every address it connects to, and no fetch is asked to follow redirects.
  const doFetch: FetchLike =
    o.fetch ??
    createSafeFetch({
      allowPrivateNetworks: o.allowPrivateNetworks,
      allowList: o.allowList,
      ...(o.lookup && { lookup: o.lookup }),
    });
  const cache = new Map<string, { expires: number; data: z.output<O> }>();

  async function request(body: string, signal: AbortSignal): Promise<z.output<O>> {
    const id = `msg_${randomUUID().replaceAll('-', '')}`;
    const headers = signPayload({
      secret: o.secret,
      id,
      timestamp: o.clock.now().getTime() / 1000,
      body,
    });
    let response: Response;
    try {
      response = await doFetch(o.url, {
        method: 'POST',
        headers: {
          ...o.headers,
          'content-type': 'application/json',
          accept: 'application/json',
          ...headers,
        },
        body,
        signal,
        redirect: 'manual',
      });
    } catch (cause) {
      throw new Unavailable(
        'network',
        `the endpoint could not be reached (${(cause as Error).message})`,
      );
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw new Unavailable(
        'http',
        `the endpoint answered HTTP ${response.status}`,
        response.status,
      );
    }
    const text = await readLimited(response, o.maxResponseBytes);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new Unavailable('invalid_response', 'the endpoint did not answer JSON');
    }
    const parsed = (options.output as O).safeParse(json);
    if (!parsed.success) {
      throw new Unavailable(
        'invalid_response',
        `the answer does not match the schema: ${z.prettifyError(parsed.error)}`,
      );
    }
    return parsed.data as z.output<O>;
  }

  return {
    name: o.name,
    description: o.description,
    parameters: z.toJSONSchema(options.input) as Record<string, unknown>,
    async call(input, callOptions = {}) {
      const args = (options.input as I).safeParse(input);
      if (!args.success) {
        return unavailable(
          'invalid_input',
          `the arguments do not match the schema: ${z.prettifyError(args.error)}`,
        );
      }
      const body = JSON.stringify(args.data);
      const key = stableKey(args.data);
      const now = o.clock.now().getTime();
      const hit = cache.get(key);
      if (hit && hit.expires > now) return { status: 'ok', data: hit.data, cached: true };
      cache.delete(key);

      const controller = new AbortController();
      const timer = o.clock.setTimeout(
        () => controller.abort(new Unavailable('timeout', `no answer within ${o.timeoutMs} ms`)),
        o.timeoutMs,
      );
      const signals = [controller.signal, ...(callOptions.signal ? [callOptions.signal] : [])];
      try {
        const data = await request(body, AbortSignal.any(signals));
        if (o.cacheTtlMs > 0) {
          cache.set(key, { expires: o.clock.now().getTime() + o.cacheTtlMs, data });
          if (cache.size > o.maxCacheEntries) cache.delete(cache.keys().next().value!);
        }
        return { status: 'ok', data, cached: false };
      } catch (error) {
        if (controller.signal.aborted) return describe(controller.signal.reason);
        if (callOptions.signal?.aborted)
          return unavailable('aborted', 'the caller cancelled the lookup');
        return describe(error);
      } finally {
        timer.cancel();
      }
    },
  };
}

function unavailable(reason: UnavailableReason, message: string, httpStatus?: number) {
  return httpStatus === undefined
    ? { status: 'unavailable' as const, reason, message }
    : { status: 'unavailable' as const, reason, message, httpStatus };
}

function describe(error: unknown) {
  if (error instanceof Unavailable)
    return unavailable(error.reason, error.message, error.httpStatus);
  if (ParleyError.isInstance(error)) return unavailable('network', error.message);
  return unavailable('network', (error as Error)?.message ?? String(error));
}

async function readLimited(response: Response, max: number): Promise<string> {
  const bytes = await readBodyCapped(response, max);
  if (!bytes) throw new Unavailable('invalid_response', `the answer is over ${max} bytes`);
  return Buffer.from(bytes).toString('utf8');
}

/** JSON with sorted keys, so `{a, b}` and `{b, a}` share a cache entry. */
function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
