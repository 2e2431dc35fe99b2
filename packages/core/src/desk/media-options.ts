import { z } from 'zod';
import type { FetchLike, Lookup } from '../net/safe-fetch.js';

/**
 * Outbound media download (P-08): https only, through the SSRF-safe fetch unless a
 * `fetch` is injected, capped in bytes and redirects.
 */
export const mediaOptionsSchema = z
  .object({
    /** Largest download (default 16 MiB, WhatsApp's cap for most media). */
    maxBytes: z
      .number()
      .int()
      .positive()
      .default(16 * 1024 * 1024),
    /** Redirects followed, each to https and re-checked (default 3). */
    maxRedirects: z.number().int().min(0).max(10).default(3),
    /** Development only: lets media come from loopback and private networks. */
    allowPrivateNetworks: z.boolean().default(false),
    /** Addresses or CIDR ranges allowed although private (`10.8.0.0/16`). */
    allowList: z.array(z.string()).default([]),
    /** A fetch to use instead of the SSRF-safe one (tests; your own egress proxy). */
    fetch: z
      .custom<FetchLike>((v) => typeof v === 'function', 'expected a fetch function')
      .optional(),
    /** DNS resolver for the safe fetch (tests). */
    lookup: z
      .custom<Lookup>((v) => typeof v === 'function', 'expected a lookup function')
      .optional(),
  })
  .strict()
  .prefault({});
export type MediaOptions = z.input<typeof mediaOptionsSchema>;
export type MediaConfig = z.output<typeof mediaOptionsSchema>;
