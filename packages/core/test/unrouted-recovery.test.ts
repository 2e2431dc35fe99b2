import { describe, expect, it } from 'vitest';
import type { Assistant } from '../src/assistant/assistant.js';
import type { ChannelAdapter } from '../src/channel/adapter.js';
import { createDesk } from '../src/desk/create-desk.js';
import { contentText } from '../src/model/content.js';
import { createMemoryStore } from '../src/store/memory-store.js';
import type { Store } from '../src/store/store.js';
import { memoryChannel } from '../src/testing/index.js';
import { PENDING_TURNS_NAMESPACE } from '../src/turns/pending-turns.js';

const echo: Assistant = {
  async respond(input) {
    return {
      type: 'reply',
      messages: [{ type: 'text', text: `echo: ${contentText(input.turn.at(-1)!.content)}` }],
    };
  },
};

const hello = {
  externalId: 'm1',
  from: { externalId: 'ana' },
  content: { type: 'text', text: 'hi' },
} as const;

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setImmediate(r));
}

function deskOn(store: Store, adapter: ChannelAdapter, welcomeMessage?: string) {
  return createDesk({
    store,
    teams: [{ id: 'support' }],
    assistants: [{ id: 'bot', assistant: echo, backupTeam: 'support' }],
    channels: [
      {
        id: 'web',
        adapter,
        route: { assistant: 'bot' },
        ...(welcomeMessage !== undefined && { welcomeMessage }),
      },
    ],
  });
}

/** A new conversation's process dies before routing it; the next process routes it. */
describe('unrouted conversations after a crash', () => {
  it('PL3: a recovered turn of a new conversation, cut before routing, is routed and answered', async () => {
    const store = createMemoryStore();
    // Dies while sending the channel's welcome: the message is recorded, not yet routed.
    const dying: ChannelAdapter = { ...memoryChannel(), send: () => new Promise(() => {}) };
    const first = deskOn(store, dying, 'Welcome!');
    await first.start();
    await first.receive('web', hello, { wait: 'accepted' });
    const conv = (await first.inbox.list()).items[0]!.conversation;
    expect([conv.handler, conv.assistantId]).toEqual(['queue', undefined]);

    const channel = memoryChannel();
    const second = deskOn(store, channel, 'Welcome!');
    await second.start();
    await until(() => channel.sent.length >= 2);
    await second.idle();
    expect(channel.sent.map((m) => contentText(m.content))).toEqual(['Welcome!', 'echo: hi']);
    await second.stop();
  });

  it('PL3: a conversation opened by a process that died before recording its message is routed when the message comes again', async () => {
    const store = createMemoryStore();
    // Dies writing the pending turn: the contact and conversation exist, no message.
    const stuck: Store = Object.assign(Object.create(store) as Store, {
      kv(namespace: string) {
        const space = store.kv(namespace);
        if (namespace !== PENDING_TURNS_NAMESPACE) return space;
        return { ...space, set: () => new Promise<void>(() => {}) };
      },
    });
    const first = deskOn(stuck, memoryChannel());
    await first.start();
    void first.receive('web', hello, { wait: 'accepted' });
    await until(() => false);
    const [conv] = (await store.listConversations('default', {})).items.map((r) => r.conversation);
    expect([conv?.handler, conv?.lastMessage]).toEqual(['queue', undefined]);

    const channel = memoryChannel();
    const second = deskOn(store, channel);
    await second.start();
    const outcome = await second.receive('web', hello);
    expect(outcome.status).toBe('accepted');
    expect(channel.sent.map((m) => contentText(m.content))).toEqual(['echo: hi']);
    await second.stop();
  });
});
