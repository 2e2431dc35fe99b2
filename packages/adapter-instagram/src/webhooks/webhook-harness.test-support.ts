import {
  type ChannelOptions,
  createDesk,
  createMemoryStore,
  type Desk,
  type DeskEvents,
  type Logger,
  type MenuOptions,
  type Message,
  type MessageContent,
  type RuleOptions,
  type Store,
} from '@parley/core';
import {
  createFakeClock,
  type FakeClock,
  flushMicrotasks,
  type ScriptedAssistant,
  type ScriptFn,
  scriptedAssistant,
} from '@parley/core/testing';
import { type InstagramAdapter, instagram } from '../instagram.js';
import type { InstagramWebhookOptions } from '../options.js';
import { type FakeGraph, fakeGraphServer } from '../testing/fake-graph.js';
import {
  commentChange,
  directMessageEvent,
  signedWebhookRequest,
  webhookDelivery,
} from '../testing/webhooks.js';

export const ACCOUNT = '17841400000000001';
export const TOKEN = 'IGAAtest-token';
export const SECRET = 'app-secret-for-tests';
export const VERIFY = 'verify-me';
export const HOOK = 'https://parley.example/instagram/webhook';

/** The webhook-transport adapter of the tests' account and secrets. */
export function testAdapter(extra: Partial<InstagramWebhookOptions> = {}): InstagramAdapter {
  return instagram({
    transport: 'webhooks',
    accountId: ACCOUNT,
    accessToken: TOKEN,
    appSecret: SECRET,
    verifyToken: VERIFY,
    ...extra,
  });
}

export interface WebhookHarness {
  desk: Desk;
  adapter: InstagramAdapter;
  graph: FakeGraph;
  clock: FakeClock;
  assistant: ScriptedAssistant;
  received: Message[];
  errors: Array<DeskEvents['error']>;
  warnings: string[];
  /** POSTs a signed delivery to the adapter's handler. */
  post(payload: unknown, signature?: string): Promise<Response>;
  /** A customer's DM, delivered by webhook (the fake Graph knows the window opened). */
  dm(from: string, text: string, mid?: string): Promise<Response>;
  comment(input: {
    from: string;
    username?: string;
    text: string;
    commentId: string;
    postId?: string;
  }): Promise<Response>;
  /** Resolves `work` while moving the fake clock, for calls that back off. */
  settle<T>(work: Promise<T>, stepMs?: number): Promise<T>;
  close(): Promise<void>;
}

export async function webhookHarness(
  options: {
    script?: ScriptFn;
    windows?: 'enforce' | 'open';
    adapter?: Partial<InstagramWebhookOptions>;
    /** A second process: the same store (and clock), the same Graph API. */
    store?: Store;
    clock?: FakeClock;
    graph?: FakeGraph;
    /** Channel settings (welcome, route) and desk menus. */
    channel?: Partial<Omit<ChannelOptions, 'id' | 'adapter'>>;
    menus?: MenuOptions[];
    rules?: RuleOptions[];
  } = {},
): Promise<WebhookHarness> {
  const clock = options.clock ?? createFakeClock();
  const graph =
    options.graph ??
    (await fakeGraphServer({
      accountId: ACCOUNT,
      accessToken: TOKEN,
      clock,
      windows: options.windows ?? 'enforce',
    }));
  const adapter = testAdapter({ graphUrl: graph.url, ...options.adapter });
  const assistant = scriptedAssistant(
    options.script ?? ((input) => `echo: ${text(input.turn[0]!.content)}`),
  );
  const warnings: string[] = [];
  const logger: Logger = {
    debug() {},
    info() {},
    warn: (m) => warnings.push(m),
    error: (m) => warnings.push(m),
  };
  const desk = createDesk({
    clock,
    logger,
    store: options.store ?? createMemoryStore({ clock }),
    // The backup team takes conversations the assistant cannot (off-hours, handoff).
    teams: [{ id: 'humans' }],
    assistants: [{ id: 'bot', assistant, backupTeam: 'humans' }],
    channels: [{ id: 'ig', adapter, route: { assistant: 'bot' }, ...options.channel }],
    ...(options.menus && { menus: options.menus }),
    ...(options.rules && { rules: options.rules }),
  });
  const received: Message[] = [];
  const errors: Array<DeskEvents['error']> = [];
  desk.on('message.received', ({ message }) => {
    received.push(message);
  });
  desk.on('error', (e) => {
    errors.push(e);
  });
  await desk.start();

  // The webhook answers once messages are recorded; tests assert on the replies too.
  const post = async (payload: unknown, signature?: string) => {
    const response = await adapter.fetch(
      signedWebhookRequest(HOOK, SECRET, payload, signature ? { signature } : {}),
    );
    await desk.idle();
    return response;
  };

  async function settle<T>(work: Promise<T>, stepMs = 1000): Promise<T> {
    let done = false;
    const tracked = work.finally(() => {
      done = true;
    });
    for (let i = 0; i < 2000 && !done; i++) {
      await flushMicrotasks(3);
      if (!done) await clock.advance(stepMs);
    }
    return tracked;
  }

  return {
    desk,
    adapter,
    graph,
    clock,
    assistant,
    received,
    errors,
    warnings,
    post,
    dm(from, body, mid) {
      const at = clock.now();
      graph.userWrote(from, at);
      return post(
        webhookDelivery(
          ACCOUNT,
          {
            messaging: [directMessageEvent(ACCOUNT, { from, text: body, at, ...(mid && { mid }) })],
          },
          at,
        ),
      );
    },
    comment(input) {
      const at = clock.now();
      graph.userCommented(input.from, input.commentId, at);
      return post(
        webhookDelivery(
          ACCOUNT,
          { changes: [commentChange({ postId: '18012345678901234', ...input })] },
          at,
        ),
      );
    },
    settle,
    async close() {
      await desk.stop();
      if (!options.graph) await graph.close();
    },
  };
}

function text(content: MessageContent): string {
  return content.type === 'text'
    ? content.text
    : content.type === 'comment'
      ? content.text
      : content.type;
}

/** The text of what the Send API received for `to`, oldest first. */
export function sentTexts(graph: FakeGraph, to: string): string[] {
  return graph.sentTo(to).map((m) => String(m.message.text ?? JSON.stringify(m.message)));
}
