import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { Clock } from '@parley/core';

/** Recorded shapes of the private API's answers; the fake fills in the values. */
const shapes = JSON.parse(
  readFileSync(new URL('../__fixtures__/private/responses.json', import.meta.url), 'utf8'),
) as Record<string, Record<string, unknown>>;
export const shape = <T extends object = Record<string, unknown>>(name: string): T =>
  structuredClone(shapes[name]) as T;

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export interface FakeUser {
  pk: string;
  username: string;
  full_name: string;
}

export interface FakeInstagramOptions {
  clock: Clock;
  username: string;
  password: string;
  /** Login asks for an SMS two-factor code first. */
  twoFactorCode?: string;
  /** Login hits a checkpoint answered by this security code. */
  checkpointCode?: string;
  /** Threads per inbox page and items per thread page (the app uses 20 and 10). */
  inboxPageSize?: number;
  threadPageSize?: number;
}

/** What the fake's parts share: the account, the clock and one id sequence. */
export interface FakeAccount {
  options: FakeInstagramOptions;
  self: FakeUser;
  /** Instagram's microsecond timestamps, on the fake clock. */
  micros(): string;
  nextId(): string;
}
