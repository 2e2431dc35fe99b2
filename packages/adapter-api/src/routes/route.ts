import type { ChannelContext } from '@parley/core';
import type { z } from 'zod';
import type { ContactBook, StoredContact } from '../contact-book.js';
import type { ApiChannelConfig } from '../options.js';

/** What a route handler gets once the request passed every check. */
export interface RouteInput {
  ctx: ChannelContext;
  config: ApiChannelConfig;
  book: ContactBook;
  url: URL;
  params: Record<string, string>;
  /** The body, validated by the route's schema. */
  body: unknown;
  /** The contact the request names (path or body), when it exists. */
  contact: StoredContact | undefined;
  /** CH7: a valid identity hash came with the request. */
  verified: boolean;
  idempotencyKey: string | undefined;
}

export interface RouteMethod {
  /** The JSON body schema; routes without one take no body. */
  schema?: z.ZodType;
  handle(input: RouteInput): Promise<Response>;
}

export type Method = 'GET' | 'POST' | 'PATCH';

export interface Route {
  /** Path segments after the base path; `:name` segments are parameters. */
  path: string[];
  methods: Partial<Record<Method, RouteMethod>>;
}
