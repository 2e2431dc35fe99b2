import assert from 'node:assert/strict';
import type { ChannelAdapter } from '../channel/adapter.js';
import type { Clock } from '../clock.js';
import { createDesk } from '../desk/create-desk.js';
import type { Desk } from '../desk/desk.js';
import type { MessageContent } from '../model/content.js';
import { contentText } from '../model/content.js';
import { createMemoryStore } from '../store/memory-store.js';
import type { ConformanceCase } from './conformance-case.js';
import { type ScriptFn, scriptedAssistant } from './scripted-assistant.js';

/** What a channel's test harness gives the suite: an adapter and a way to play the customer. */
export interface ChannelHarness {
  adapter: ChannelAdapter;
  /**
   * Makes the remote side deliver a customer's text message, the way the real
   * platform would (webhook POST, socket event, ...); resolves once the adapter has
   * handed it to the engine and the turn is done.
   */
  deliverText(from: string, text: string, externalId: string): Promise<void>;
  /** What the adapter sent to `to` on the remote side, oldest first. */
  sentTo(to: string): Promise<MessageContent[]>;
  /**
   * The address of test customer `n` (1–5) on this channel: a phone number for
   * WhatsApp, a user id for Instagram. Default: `customer-<n>`.
   */
  address?(n: number): string;
  clock?: Clock;
  close?(): Promise<void>;
}

export interface ChannelConformanceOptions {
  create(): Promise<ChannelHarness>;
}

/** The cases every `ChannelAdapter` must pass, driven through a real desk. */
export function channelConformance(options: ChannelConformanceOptions): ConformanceCase[] {
  async function withDesk(
    script: ScriptFn,
    body: (h: ChannelHarness, desk: Desk) => Promise<void>,
  ) {
    const harness = await options.create();
    const assistant = scriptedAssistant(script);
    const desk = createDesk({
      ...(harness.clock !== undefined && { clock: harness.clock }),
      store: createMemoryStore(harness.clock !== undefined ? { clock: harness.clock } : {}),
      // Routes to an assistant need a backup team (RT3); no case here reaches it.
      assistants: [{ id: 'bot', assistant, backupTeam: 'humans' }],
      teams: [{ id: 'humans' }],
      channels: [{ id: 'under-test', adapter: harness.adapter, route: { assistant: 'bot' } }],
    });
    const errors: Error[] = [];
    desk.on('error', ({ error }) => {
      errors.push(error);
    });
    await desk.start();
    // Channels answer a delivery once the message is recorded; the cases read replies,
    // so each delivery waits for the turns it started.
    const settled: ChannelHarness = {
      ...harness,
      async deliverText(...args) {
        await harness.deliverText(...args);
        await desk.idle();
      },
    };
    try {
      await body(settled, desk);
      assert.deepEqual(
        errors.map((e) => e.message),
        [],
        'no error events',
      );
    } finally {
      await desk.stop();
      await harness.close?.();
    }
  }
  const who = (h: ChannelHarness, n: number) => h.address?.(n) ?? `customer-${n}`;
  const texts = async (h: ChannelHarness, to: string) => (await h.sentTo(to)).map(contentText);

  const cases: Array<[string, () => Promise<void>]> = [
    [
      'declares usable capabilities',
      async () => {
        const { adapter, close } = await options.create();
        assert.equal(typeof adapter.kind, 'string');
        assert.ok(adapter.capabilities.maxTextLength >= 160, 'maxTextLength of at least 160');
        assert.ok(adapter.capabilities.maxMenuOptions >= 0);
        assert.ok(
          ['buttons', 'list', 'quick-replies', 'none'].includes(adapter.capabilities.menus),
        );
        await close?.();
      },
    ],
    [
      'an inbound text is answered through the adapter',
      async () => {
        await withDesk(
          (input) => `you said ${contentText(input.turn[0]!.content)}`,
          async (h) => {
            await h.deliverText(who(h, 1), 'hello there', 'ext-1');
            assert.deepEqual(await texts(h, who(h, 1)), ['you said hello there']);
          },
        );
      },
    ],
    [
      'a message delivered twice is answered once',
      async () => {
        await withDesk(
          () => 'once',
          async (h) => {
            await h.deliverText(who(h, 2), 'hi', 'ext-dup');
            await h.deliverText(who(h, 2), 'hi', 'ext-dup');
            assert.deepEqual(await texts(h, who(h, 2)), ['once']);
          },
        );
      },
    ],
    [
      'a reply longer than the channel allows arrives in parts within the limit',
      async () => {
        await withDesk(
          (input) =>
            'Lorem ipsum dolor sit amet. '.repeat(
              Math.ceil((input.channel.capabilities.maxTextLength * 2.5) / 28),
            ),
          async (h) => {
            await h.deliverText(who(h, 3), 'long please', 'ext-3');
            const parts = await texts(h, who(h, 3));
            assert.ok(parts.length >= 3, `expected at least 3 parts, got ${parts.length}`);
            for (const p of parts) assert.ok(p.length <= h.adapter.capabilities.maxTextLength);
          },
        );
      },
    ],
    [
      'a menu is rendered natively or as numbered text',
      async () => {
        const menu: MessageContent = {
          type: 'menu',
          text: 'How can we help?',
          options: [
            { id: 'sales', title: 'Sales' },
            { id: 'support', title: 'Support' },
          ],
        };
        await withDesk(
          () => ({ type: 'reply', messages: [menu] }),
          async (h) => {
            await h.deliverText(who(h, 4), 'menu', 'ext-4');
            const sent = await h.sentTo(who(h, 4));
            assert.equal(sent.length, 1);
            const text = contentText(sent[0]!);
            assert.match(text, /How can we help\?/);
            assert.match(text, /Sales/);
            assert.match(text, /Support/);
          },
        );
      },
    ],
    [
      'the desk can send first to a new contact (business-started)',
      async () => {
        await withDesk(
          () => 'unused',
          async (h, desk) => {
            await desk.send({ channelId: 'under-test', to: who(h, 5) }, 'Your order has shipped');
            assert.deepEqual(await texts(h, who(h, 5)), ['Your order has shipped']);
          },
        );
      },
    ],
  ];
  return cases.map(([name, run]) => ({ name: `channel: ${name}`, run }));
}
