import { describe, expect, it } from 'vitest';
import type { Assistant } from '../src/assistant/assistant.js';
import type { ChannelAdapter, OutboundMessage } from '../src/channel/adapter.js';
import { createDesk } from '../src/desk/create-desk.js';
import { ParleyError } from '../src/errors.js';
import type { DeskEvents } from '../src/events.js';
import { contentText } from '../src/model/content.js';
import { OUTBOX_NAMESPACE } from '../src/outbound/outbox.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import type { Store } from '../src/store/store.js';
import { memoryChannel } from '../src/testing/index.js';

/** Answers every turn with two messages (`mark` tells a re-run's answers apart). */
const twoReplies = (mark = ''): Assistant => ({
  async respond(input) {
    const text = contentText(input.turn.at(-1)!.content);
    return {
      type: 'reply',
      messages: [
        { type: 'text', text: `one: ${text}${mark}` },
        { type: 'text', text: `two: ${text}${mark}` },
      ],
    };
  },
});

/**
 * A channel whose process "dies" at the second part: `before` hangs before the send
 * reaches the network, `after` hangs once the network took it. Nothing is stopped: the
 * desk is abandoned as a killed process would be, and the store survives it.
 */
function dyingChannel(when: 'before' | 'after') {
  const inner = memoryChannel();
  const network: OutboundMessage[] = [];
  const adapter: ChannelAdapter = {
    ...inner,
    async send(message, options) {
      const second = contentText(message.content).startsWith('two');
      if (second && when === 'before') return new Promise(() => {});
      network.push(message);
      const receipt = await inner.send(message, options);
      if (second) return new Promise(() => {});
      return receipt;
    },
  };
  return { adapter, network, inner };
}

function deskOn(store: Store, adapter: ChannelAdapter, assistant = twoReplies()) {
  const errors: Array<DeskEvents['error']> = [];
  const desk = createDesk({
    store,
    teams: [{ id: 'support' }],
    assistants: [{ id: 'bot', assistant, backupTeam: 'support' }],
    channels: [{ id: 'web', adapter, route: { assistant: 'bot' } }],
  });
  desk.on('error', (e) => errors.push(e));
  return { desk, errors };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setImmediate(r));
}

/** A new desk on `store` (the process restarted), once it has run what it recovered. */
async function restarted(store: Store, assistant?: Assistant) {
  const channel = memoryChannel();
  const second = deskOn(store, channel, assistant);
  await second.desk.start();
  await until(() => channel.sent.length > 0);
  await second.desk.idle();
  return { channel, second };
}

const hello = {
  externalId: 'm1',
  from: { externalId: 'ana' },
  content: { type: 'text', text: 'hi' },
} as const;

describe('outbox', () => {
  it('P-14: a turn killed after the channel took a part and before it was recorded re-sends only that part, under the same id', async () => {
    const store = createMemoryStore();
    const dying = dyingChannel('after');
    const first = deskOn(store, dying.adapter);
    await first.desk.start();
    await first.desk.receive('web', hello, { wait: 'accepted' });
    await until(() => dying.network.length === 2);
    expect(dying.network.map((m) => contentText(m.content))).toEqual(['one: hi', 'two: hi']);

    // The re-run's model answers differently; what may have left is what goes again.
    const { channel, second } = await restarted(store, twoReplies(' (again)'));
    // Part one was recorded: not sent again. Part two may have left: sent again as it
    // was, with the id the channel saw, its idempotency key.
    expect(channel.sent.map((m) => [m.id, contentText(m.content)])).toEqual([
      [dying.network[1]!.id, 'two: hi'],
    ]);
    const conv = (await second.desk.inbox.list()).items[0]!.conversation;
    const stored = await store.listMessages(conv.tenantId, conv.id);
    expect(
      stored.filter((m) => m.direction === 'outbound').map((m) => [m.id, contentText(m.content)]),
    ).toEqual(dying.network.map((m) => [m.id, contentText(m.content)]));
    expect(second.errors).toEqual([]);
    await second.desk.stop();
  });

  it('P-14: a turn killed after writing the outbox row and before the send sends that part once after restart', async () => {
    const store = createMemoryStore();
    const dying = dyingChannel('before');
    const first = deskOn(store, dying.adapter);
    await first.desk.start();
    await first.desk.receive('web', hello, { wait: 'accepted' });
    const outbox = store.kv(OUTBOX_NAMESPACE);
    for (let i = 0; i < 500 && (await outbox.list('')).length < 2; i++) {
      await new Promise((r) => setImmediate(r));
    }
    expect(await outbox.list('')).toHaveLength(2);
    expect(dying.network.map((m) => contentText(m.content))).toEqual(['one: hi']);

    const { channel, second } = await restarted(store);
    expect(channel.sent.map((m) => contentText(m.content))).toEqual(['two: hi']);
    await second.desk.stop();
  });

  it('P-14: a part whose send failed (the channel moved, the network broke) is sent again by the re-run, and its record becomes the sent one', async () => {
    const store = createMemoryStore();
    const inner = memoryChannel();
    const failing: ChannelAdapter = {
      ...inner,
      async send(message, options) {
        if (contentText(message.content).startsWith('two')) throw new Error('connection reset');
        return inner.send(message, options);
      },
    };
    const first = deskOn(store, failing);
    await first.desk.start();
    await first.desk.receive('web', hello);
    expect(first.errors.some((e) => ParleyError.hasCode(e.error, 'CHANNEL_SEND_FAILED'))).toBe(
      true,
    );
    const conv = (await first.desk.inbox.list()).items[0]!.conversation;
    const failed = (await store.listMessages(conv.tenantId, conv.id)).find(
      (m) => m.status === 'failed',
    )!;
    expect(contentText(failed.content)).toBe('two: hi');

    // The process restarts (or the channel's new owner takes the turn over).
    const { channel, second } = await restarted(store, twoReplies(' (again)'));
    expect(channel.sent.map((m) => [m.id, contentText(m.content)])).toEqual([
      [failed.id, 'two: hi'],
    ]);
    const outbound = (await store.listMessages(conv.tenantId, conv.id)).filter(
      (m) => m.direction === 'outbound',
    );
    expect(outbound.map((m) => [contentText(m.content), m.status])).toEqual([
      ['one: hi', 'sent'],
      ['two: hi', 'sent'],
    ]);
    expect(second.errors).toEqual([]);
    await second.desk.stop();
  });

  it('P-14: sends outside a turn write no outbox row, and a finished turn leaves rows only for a re-run', async () => {
    const store = createMemoryStore();
    const channel = memoryChannel();
    const { desk } = deskOn(store, channel);
    await desk.start();
    await desk.receive('web', hello);
    const conv = (await desk.inbox.list()).items[0]!.conversation;
    const rows = await store.kv(OUTBOX_NAMESPACE).list('');
    expect(rows.map((r) => r.key)).toEqual([
      expect.stringMatching(/\/0000$/),
      expect.stringMatching(/\/0001$/),
    ]);
    await desk.send({ conversationId: conv.id }, 'from the desk');
    expect(await store.kv(OUTBOX_NAMESPACE).list('')).toHaveLength(2);
    expect(channel.sent).toHaveLength(3);
    await desk.stop();
  });

  it("P-14: host code's send to its own conversation during a turn is one of the turn's parts; a send to another conversation is not", async () => {
    const store = createMemoryStore();
    const channel = memoryChannel();
    const { desk } = deskOn(store, channel);
    await desk.start();
    await desk.receive('web', { ...hello, from: { externalId: 'bea' }, externalId: 'b1' });
    const bea = (await desk.inbox.list()).items[0]!.conversation;
    desk.use(async (ctx, next) => {
      if (ctx.inbound.from.externalId === 'ana' && ctx.conversation) {
        await desk.send({ conversationId: ctx.conversation.id }, 'one moment');
        await desk.send({ conversationId: bea.id }, 'to someone else');
      }
      await next();
    });
    await desk.receive('web', hello);
    const rows = await store.kv(OUTBOX_NAMESPACE).list('');
    const texts = (id: string) =>
      rows
        .filter((r) => r.key.includes(`/${id}/`))
        .map((r) => (r.value as { content: { text: string } }).content.text);
    const ana = (await desk.inbox.list()).items.find((i) => i.conversation.id !== bea.id)!;
    expect(texts(ana.conversation.id)).toEqual(['one moment', 'one: hi', 'two: hi']);
    // Bea's rows are her own turn's; the send made from Ana's turn passed straight through.
    expect(texts(bea.id)).toEqual(['one: hi', 'two: hi']);
    expect(channel.sent.map((m) => contentText(m.content))).toContain('to someone else');
    await desk.stop();
  });
});
