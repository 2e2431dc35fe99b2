import { describe, expect, it } from 'vitest';
import type { OutboundMessage } from '../src/channel/adapter.js';
import { createTestDesk } from '../src/testing/index.js';
import { spyChannel } from './spy-channel.js';

describe('the channel context adapters get', () => {
  it('CH8: claim is once per key and per channel', async () => {
    const a = spyChannel();
    const b = spyChannel();
    await createTestDesk({
      channels: [
        { id: 'a', adapter: a.adapter },
        { id: 'b', adapter: b.adapter },
      ],
    });
    expect(await a.ctx().claim('comment-1', 60_000)).toBe(true);
    expect(await a.ctx().claim('comment-1', 60_000)).toBe(false);
    expect(await b.ctx().claim('comment-1', 60_000)).toBe(true);
  });

  it('CH5: listMessages gives the current conversation of an address, oldest first', async () => {
    const spy = spyChannel();
    const t = await createTestDesk({
      channels: [{ id: 'web', adapter: spy.adapter, route: { assistant: 'bot' } }],
    });
    expect(await spy.ctx().listMessages('visitor-1')).toEqual([]);
    await spy.inner.customer('visitor-1').send('hello');
    const history = await spy.ctx().listMessages('visitor-1');
    expect(history.map((m) => [m.direction, m.content.type === 'text' && m.content.text])).toEqual([
      ['inbound', 'hello'],
      ['outbound', 'echo: hello'],
    ]);
    expect(t.errors).toEqual([]);
  });

  it('CH5: read receipts from the customer become message.read events', async () => {
    const spy = spyChannel();
    const t = await createTestDesk({ channels: [{ id: 'web', adapter: spy.adapter }] });
    const reads: unknown[] = [];
    t.desk.on('message.read', (e) => {
      reads.push(e);
    });
    spy.ctx().read('visitor-1', ['out-1', 'out-2']);
    expect(reads).toEqual([
      {
        channelId: 'web',
        tenantId: 'default',
        address: 'visitor-1',
        externalIds: ['out-1', 'out-2'],
      },
    ]);
  });

  it('IN2: outbound messages carry their author and display name', async () => {
    const sent: OutboundMessage[] = [];
    const spy = spyChannel();
    spy.adapter.send = async (m, o) => {
      sent.push(m);
      return spy.inner.send(m, o);
    };
    const t = await createTestDesk({
      teams: [{ id: 'support', operators: [{ id: 'maria', name: 'Maria' }] }],
      channels: [{ id: 'web', adapter: spy.adapter, route: { assistant: 'bot' } }],
    });
    await spy.inner.customer('v').send('hi');
    const conv = (await t.desk.inbox.list({ channelId: 'web' })).items[0]!.conversation;
    await t.desk.inbox.reply(conv.id, 'Maria here', { operatorId: 'maria' });
    expect(sent.map((m) => [m.author, m.authorName])).toEqual([
      [{ kind: 'assistant', id: 'bot' }, 'Test bot'],
      [{ kind: 'operator', id: 'maria' }, 'Maria'],
    ]);
  });

  it("CH4: an adapter's own middleware runs for its turns only", async () => {
    const seen: string[] = [];
    const spy = spyChannel({
      middleware: [
        async (ctx, next) => {
          seen.push(ctx.channel.id);
          await next();
        },
      ],
    });
    const t = await createTestDesk({
      channels: [{ id: 'ig', adapter: spy.adapter, route: { assistant: 'bot' } }],
    });
    await spy.inner.customer('fan').send('nice post');
    await t.customer('other').send('hello');
    expect(seen).toEqual(['ig']);
    expect(spy.inner.customer('fan').texts()).toEqual(['echo: nice post']);
  });
});
