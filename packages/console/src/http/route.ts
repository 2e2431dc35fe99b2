import type { Desk, TenantView } from '@parley/core';
import type { ConsoleOperator } from '../operator.js';
import type { ConsoleConfig } from '../options.js';

/** What a route handler gets: the signed-in operator and their tenant's view only. */
export interface RouteContext {
  request: Request;
  url: URL;
  params: string[];
  operator: ConsoleOperator;
  tenant: TenantView;
  desk: Desk;
  config: ConsoleConfig;
}

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: RegExp;
  /** Only admins may call it (settings, reports). */
  admin?: boolean;
  run(ctx: RouteContext): Promise<unknown>;
}

/** A route answering with a file rather than JSON (exports). */
export const isResponse = (value: unknown): value is Response => value instanceof Response;
