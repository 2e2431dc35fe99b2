import { describe, expect, it } from 'vitest';
import type { ShownAuthor } from '../src/channel/adapter.js';
import { createTestDesk } from '../src/testing/create-test-desk.js';
import { spyChannel } from './spy-channel.js';

describe('who types', () => {
  it('IN2: an operator typing reaches the customer with the operator’s name; the assistant with its own', async () => {
    const shown: Array<{ to: string; on: boolean; who?: ShownAuthor }> = [];
    const spy = spyChannel({
      async typing(to, on, who) {
        shown.push({ to, on, ...(who && { who }) });
      },
    });
    const t = await createTestDesk({
      teams: [{ id: 'support', operators: [{ id: 'maria', name: 'Maria' }] }],
      channels: [{ id: 'spy', adapter: spy.adapter, route: { assistant: 'bot' } }],
    });
    await spy.inner.customer('c1').send('hello');
    expect(shown.filter((s) => s.on)).toEqual([
      { to: 'c1', on: true, who: { kind: 'assistant', name: 'Test bot' } },
    ]);
    const [item] = (await t.desk.inbox.list({ channelId: 'spy' })).items;
    await t.desk.inbox.typing(item!.conversation.id, true, { operatorId: 'maria' });
    expect(shown.at(-1)).toEqual({ to: 'c1', on: true, who: { kind: 'operator', name: 'Maria' } });
    await t.desk.stop();
  });

  it('IN2: a channel without typing, or one that fails, is left alone', async () => {
    const spy = spyChannel({
      async typing() {
        throw new Error('socket gone');
      },
    });
    const t = await createTestDesk({
      channels: [{ id: 'spy', adapter: spy.adapter, route: { team: 'support' } }],
    });
    await spy.inner.customer('c2').send('hi');
    const [item] = (await t.desk.inbox.list({ channelId: 'spy' })).items;
    await expect(
      t.desk.inbox.typing(item!.conversation.id, true, { operatorId: 'x' }),
    ).resolves.toBeUndefined();
    await t.desk.stop();
  });
});
