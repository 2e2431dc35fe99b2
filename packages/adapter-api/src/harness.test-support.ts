import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type Clock,
  createDesk,
  createMemoryScheduler,
  createMemoryStore,
  type Desk,
  type DeskEvents,
  type MessageContent,
  type Store,
} from '@parley/core';
import {
  createFakeClock,
  type FakeClock,
  type ScriptFn,
  scriptedAssistant,
} from '@parley/core/testing';
import { generateSecret, type WebhookEvent, webhookMiddleware } from '@parley/webhooks';
import { Webhook } from 'standardwebhooks';
import { afterEach } from 'vitest';
import { type ApiChannel, apiChannel } from './api-channel.js';
import type { ApiChannelOptions } from './options.js';

export const TOKEN = 'inbox-token-for-tests-0123456789';
export const WEBHOOK_SECRET = generateSecret();
export const IDENTITY_SECRET = 'identity-secret-for-tests';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** What the loopback receiver answers: accept (verify, record, 204), a status, or never. */
export type Reply = 'accept' | 'hang' | { status: number; headers?: Record<string, string> };

export interface MessageEvent {
  channelId: string;
  contactId: string;
  conversationId: string;
  message: {
    id: string;
    content: MessageContent;
    text: string;
    author: { kind: string; id?: string };
    authorName?: string;
    replyTo?: string;
    createdAt: string;
  };
}

export interface Receiver {
  url: string;
  /** Every request that arrived, answered or not. */
  requests: Array<{ headers: IncomingHttpHeaders; at: number }>;
  /** Deliveries verified by `webhookMiddleware` (and by standardwebhooks when asked). */
  events: Array<WebhookEvent<MessageEvent>>;
  /** How each request is answered, by its 0-based number. Default: accept. */
  reply(fn: (index: number) => Reply): void;
  waitFor(count: number): Promise<void>;
  /** What was delivered for a contact, oldest first. */
  sentTo(contactId: string): MessageContent[];
  close(): Promise<void>;
}

/**
 * A real webhook receiver on loopback (port 0), as an API channel's customer would run
 * it: `webhookMiddleware` verifies the signature and timestamp on the given clock; with
 * `reference`, the standardwebhooks package must verify it too (it reads the wall clock).
 */
export async function startReceiver(
  options: { secret?: string; clock?: Clock; reference?: boolean } = {},
): Promise<Receiver> {
  const secret = options.secret ?? WEBHOOK_SECRET;
  const requests: Receiver['requests'] = [];
  const events: Receiver['events'] = [];
  const waiters: Array<{ count: number; resolve: () => void }> = [];
  let replyWith: (index: number) => Reply = () => 'accept';
  const verify = webhookMiddleware({
    secret,
    ...(options.clock && { clock: options.clock }),
    onEvent(event, req) {
      // Throwing answers 500: the delivery would retry and the test would see it.
      if (options.reference) {
        new Webhook(secret).verify(event.rawBody, req.headers as Record<string, string>);
      }
      events.push(event as WebhookEvent<MessageEvent>);
    },
  });
  const server = createServer((req, res) => {
    const index =
      requests.push({ headers: req.headers, at: options.clock?.now().getTime() ?? 0 }) - 1;
    for (const w of [...waiters]) {
      if (requests.length >= w.count) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
    const reply = replyWith(index);
    if (reply === 'hang') return;
    if (reply === 'accept') {
      verify(req, res);
      return;
    }
    req.resume();
    res.writeHead(reply.status, reply.headers);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}/parley-webhook`,
    requests,
    events,
    reply(fn) {
      replyWith = fn;
    },
    waitFor(count) {
      if (requests.length >= count) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ count, resolve }));
    },
    sentTo: (contactId) =>
      events.filter((e) => e.data.contactId === contactId).map((e) => e.data.message.content),
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  cleanups.push(() => receiver.close());
  return receiver;
}

/** The channel under test, pointed at `receiver`, loopback allowed, no jitter. */
export function testChannel(
  receiver: Receiver,
  extra: Partial<ApiChannelOptions> = {},
): ApiChannel {
  return apiChannel({
    inboxToken: TOKEN,
    webhookUrl: receiver.url,
    webhookSecret: WEBHOOK_SECRET,
    ...(extra.delivery ? {} : { deliveryOptions: { allowPrivateNetworks: true, jitter: 0 } }),
    ...extra,
  });
}

export interface DeskSetup {
  desk: Desk;
  store: Store;
  clock: FakeClock;
  errors: Array<DeskEvents['error']>;
  statuses: Array<DeskEvents['channel.status']>;
}

// The channel answers once a message is recorded; `call` then waits for the turn, so
// tests read the replies it caused.
const desks = new WeakMap<object, Desk>();

/** A started desk with `adapter` as channel `api`, routed to an echoing assistant. */
export async function startDesk(
  adapter: ApiChannel,
  options: {
    clock?: FakeClock;
    store?: Store;
    script?: ScriptFn;
    desk?: Record<string, unknown>;
  } = {},
): Promise<DeskSetup> {
  const clock = options.clock ?? createFakeClock(new Date());
  const store = options.store ?? createMemoryStore({ clock });
  const desk = createDesk({
    clock,
    store,
    scheduler: createMemoryScheduler({ clock }),
    assistants: [
      {
        id: 'bot',
        name: 'Bot',
        assistant: scriptedAssistant(options.script),
        backupTeam: 'support',
      },
    ],
    teams: [{ id: 'support', operators: [{ id: 'maria', name: 'Maria' }] }],
    channels: [{ id: 'api', adapter, route: { assistant: 'bot' } }],
    ...options.desk,
  });
  const errors: DeskSetup['errors'] = [];
  const statuses: DeskSetup['statuses'] = [];
  desk.on('error', (e) => {
    errors.push(e);
  });
  desk.on('channel.status', (e) => {
    statuses.push(e);
  });
  await desk.start();
  desks.set(adapter, desk);
  cleanups.push(() => desk.stop());
  return { desk, store, clock, errors, statuses };
}

export interface SetupOptions {
  channel?: Partial<ApiChannelOptions>;
  script?: ScriptFn;
  /** A contact to create first. */
  contact?: string;
  /** The desk's store (default: a memory store on the test clock). */
  store?: Store;
  /** More createDesk options (teams, rules, …), over the harness's own. */
  desk?: Record<string, unknown>;
}

export interface ChannelSetup extends DeskSetup {
  adapter: ApiChannel;
  receiver: Receiver;
}

/**
 * The usual test bed: a fake clock near the wall clock, a loopback receiver verifying on
 * that clock, the channel pointed at it, and a started desk; optionally a first contact.
 */
export async function setupChannel(options: SetupOptions = {}): Promise<ChannelSetup> {
  const clock = createFakeClock(new Date());
  const receiver = await startReceiver({ clock });
  const adapter = testChannel(receiver, options.channel);
  const desk = await startDesk(adapter, {
    clock,
    ...(options.script && { script: options.script }),
    ...(options.store && { store: options.store }),
    ...(options.desk && { desk: options.desk }),
  });
  if (options.contact !== undefined) {
    const created = await call(adapter, 'POST', '/contacts', { id: options.contact });
    if (created.status !== 201) throw new Error(`contact not created: ${await created.text()}`);
  }
  return { ...desk, adapter, receiver };
}

/** Calls the channel's handler as an API client would, then lets the desk settle. */
export async function call(
  adapter: ApiChannel,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const response = await callNow(adapter, method, path, body, headers);
  await desks.get(adapter)?.idle();
  return response;
}

/** Calls the channel's handler without waiting for the turns the call started. */
export function callNow(
  adapter: ApiChannel,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const init: RequestInit = {
    method,
    headers: {
      authorization: `Bearer ${TOKEN}`,
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...headers,
    },
  };
  if (body !== undefined) init.body = typeof body === 'string' ? body : JSON.stringify(body);
  return adapter.fetch(new Request(`http://parley.test${path}`, init));
}

/** Answers as JSON, with the status beside it. */
export async function read(response: Response | Promise<Response>) {
  const r = await response;
  const text = await r.text();
  return { status: r.status, body: text === '' ? undefined : JSON.parse(text), headers: r.headers };
}

/** Creates a contact and opens its conversation with `text`; resolves to the conversation id. */
export async function openConversation(
  adapter: ApiChannel,
  contactId: string,
  text: string,
  headers: Record<string, string> = {},
): Promise<string> {
  const created = await call(adapter, 'POST', '/contacts', { id: contactId }, headers);
  if (created.status !== 201) throw new Error(`contact not created: ${await created.text()}`);
  const opened = await read(
    call(adapter, 'POST', `/contacts/${contactId}/conversations`, { message: { text } }, headers),
  );
  if (opened.status !== 201)
    throw new Error(`conversation not opened: ${JSON.stringify(opened.body)}`);
  return opened.body.conversation.id as string;
}

/** Moves the fake clock and waits for the webhook attempts it made due. */
export async function advance(adapter: ApiChannel, clock: FakeClock, ms: number): Promise<void> {
  await clock.advance(ms);
  await adapter.webhook.idle();
}
