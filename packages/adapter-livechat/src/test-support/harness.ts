import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type Assistant,
  createDesk,
  createMemoryStore,
  type Desk,
  type DeskEvents,
  type Store,
} from '@parley/core';
import {
  createFakeClock,
  type FakeClock,
  type ScriptedAssistant,
  type ScriptedReply,
  type ScriptFn,
  scriptedAssistant,
} from '@parley/core/testing';
import { afterEach, expect } from 'vitest';
import type { LivechatEvents } from '../events.js';
import { type LivechatChannel, livechat } from '../livechat.js';
import type { LivechatOptions } from '../options.js';
import { connectVisitor, type Visitor, type VisitorConnectOptions } from './visitor.js';

export const CHANNEL_ID = 'web';
export const PATH = '/chat';

export interface Harness {
  desk: Desk;
  chat: LivechatChannel;
  clock: FakeClock;
  assistant: ScriptedAssistant;
  server: Server;
  url: string;
  /** Desk `error` events; tests assert none. */
  errors: Array<DeskEvents['error']>;
  refused: Array<LivechatEvents['connection.refused']>;
  visitor(options?: VisitorConnectOptions): Promise<Visitor>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  chat?: LivechatOptions;
  script?: ScriptFn | ScriptedReply[];
  /** Serves plain HTTP requests (pages, the widget script); 404 by default. */
  http?: (req: IncomingMessage, res: ServerResponse) => void;
  /** Wraps the memory store (to slow a method down, say). */
  store?: (store: Store) => Store;
  /** Another assistant for "Sofia" (an openaiAssistant on a loopback model server). */
  assistant?: (clock: FakeClock) => Assistant;
}

/**
 * A started desk with one live-chat channel (`web`, answered by the scripted assistant
 * "Sofia", backed by team `humans` with operator "Maria", away so nothing is assigned
 * to her) mounted on a real HTTP server on loopback port 0, on a fake clock.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const clock = createFakeClock();
  const assistant = scriptedAssistant(options.script);
  // Test visitors send no Origin header: any origin, explicitly (P-18).
  const chat = livechat({ allowedOrigins: '*', ...options.chat });
  const store = createMemoryStore({ clock });
  const desk = createDesk({
    clock,
    store: options.store ? options.store(store) : store,
    teams: [{ id: 'humans', operators: [{ id: 'maria', name: 'Maria', presence: 'away' }] }],
    assistants: [
      {
        id: 'bot',
        name: 'Sofia',
        assistant: options.assistant?.(clock) ?? assistant,
        backupTeam: 'humans',
      },
    ],
    channels: [{ id: CHANNEL_ID, adapter: chat, route: { assistant: 'bot' } }],
  });
  const errors: Array<DeskEvents['error']> = [];
  desk.on('error', (e) => {
    errors.push(e);
  });
  const refused: Array<LivechatEvents['connection.refused']> = [];
  chat.on('connection.refused', (e) => refused.push(e));
  await desk.start();

  const server = createServer(
    options.http ??
      ((_req, res) => {
        res.statusCode = 404;
        res.end();
      }),
  );
  chat.attach(server, { path: PATH });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `ws://127.0.0.1:${port}${PATH}`;
  const visitors: Visitor[] = [];

  return {
    desk,
    chat,
    clock,
    assistant,
    server,
    url,
    errors,
    refused,
    async visitor(visitorOptions) {
      const v = await connectVisitor(url, visitorOptions);
      visitors.push(v);
      return v;
    },
    async close() {
      await Promise.all(visitors.map((v) => v.close()));
      await desk.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Registers an afterEach that asserts no desk errors and closes the harness; returns
 * the function that starts one per test.
 */
export function useHarness(): (options?: HarnessOptions) => Promise<Harness> {
  let current: Harness | undefined;
  afterEach(async () => {
    const h = current;
    current = undefined;
    if (!h) return;
    try {
      expect(h.errors).toEqual([]);
    } finally {
      await h.close();
    }
  });
  return async (options) => (current = await startHarness(options));
}

/** A triage menu reply (RT2) for scripted assistants. */
export const triageMenu = {
  type: 'reply' as const,
  messages: [
    {
      type: 'menu' as const,
      text: 'How can we help?',
      options: [
        { id: 'sales', title: 'Sales' },
        { id: 'support', title: 'Support', description: 'Orders and returns' },
      ],
    },
  ],
};
