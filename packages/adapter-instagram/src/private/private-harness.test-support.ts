import {
  type ChannelStatusUpdate,
  createDesk,
  createMemoryStore,
  type Desk,
  type DeskEvents,
  type Logger,
  type Message,
  type Store,
} from '@parley/core';
import {
  createFakeClock,
  type FakeClock,
  type ScriptedAssistant,
  type ScriptFn,
  scriptedAssistant,
} from '@parley/core/testing';
import { type InstagramAdapter, instagram } from '../instagram.js';
import type { InstagramPrivateOptions } from '../options.js';
import {
  type FakeInstagram,
  type FakeInstagramOptions,
  fakeInstagram,
} from './fake-instagram.test-support.js';
import { igPrivateClient } from './ig-private-client.js';

export const USERNAME = 'batik.nusantara';
export const PASSWORD = 'rahasia-123';
export const POLL_MS = 5000;
export const COMMENT_POLL_MS = 10_000;

export interface PrivateHarness {
  fake: FakeInstagram;
  clock: FakeClock;
  store: Store;
  desk: Desk;
  adapter: InstagramAdapter;
  assistant: ScriptedAssistant;
  statuses: ChannelStatusUpdate[];
  received: Message[];
  errors: Array<DeskEvents['error']>;
  warnings: string[];
  /** Stops the desk and starts a new adapter and desk on the same store (a process restart). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export async function privateHarness(
  options: {
    fake?: Partial<FakeInstagramOptions>;
    adapter?: Partial<InstagramPrivateOptions>;
    script?: ScriptFn;
  } = {},
): Promise<PrivateHarness> {
  const clock = createFakeClock();
  const fake = await fakeInstagram({
    clock,
    username: USERNAME,
    password: PASSWORD,
    ...options.fake,
  });
  const store = createMemoryStore({ clock });
  const assistant = scriptedAssistant(
    options.script ?? ((input) => `echo: ${JSON.stringify(input.turn.map((m) => m.content))}`),
  );
  const statuses: ChannelStatusUpdate[] = [];
  const received: Message[] = [];
  const errors: Array<DeskEvents['error']> = [];
  const warnings: string[] = [];
  const logger: Logger = {
    debug() {},
    info() {},
    warn: (m) => warnings.push(m),
    error: (m) => warnings.push(m),
  };

  const build = () => {
    const adapter = instagram({
      transport: 'private',
      username: USERNAME,
      password: PASSWORD,
      client: igPrivateClient({ baseUrl: fake.baseUrl }),
      pollIntervalMs: POLL_MS,
      commentPollIntervalMs: COMMENT_POLL_MS,
      ...options.adapter,
    });
    const desk = createDesk({
      clock,
      logger,
      store,
      teams: [{ id: 'humans' }],
      assistants: [{ id: 'bot', assistant, backupTeam: 'humans' }],
      channels: [{ id: 'ig', adapter, route: { assistant: 'bot' } }],
    });
    desk.on('channel.status', ({ update }) => {
      statuses.push(update);
    });
    desk.on('message.received', ({ message }) => {
      received.push(message);
    });
    desk.on('error', (e) => {
      errors.push(e);
    });
    return { adapter, desk };
  };

  let current = build();
  await current.desk.start();
  const h: PrivateHarness = {
    fake,
    clock,
    store,
    get desk() {
      return current.desk;
    },
    get adapter() {
      return current.adapter;
    },
    assistant,
    statuses,
    received,
    errors,
    warnings,
    async restart() {
      await current.desk.stop();
      current = build();
      await current.desk.start();
    },
    async close() {
      await current.desk.stop();
      await fake.close();
    },
  };
  return h;
}
