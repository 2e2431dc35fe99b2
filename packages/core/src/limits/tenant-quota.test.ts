import { describe, expect, it } from 'vitest';
import { createDesk } from '../desk/create-desk.js';
import type { DeskEvents } from '../events.js';
import { createMemoryStore } from '../store/memory-store.js';
import {
  createFakeClock,
  createTestDesk,
  memoryChannel,
  scriptedAssistant,
} from '../testing/index.js';
import { messageLimits } from './message-limits-plugin.js';

describe('PL1: per-tenant message limits', () => {
  it('PL1: messageLimits() is a plug-in: it holds automated messages back and the desk hands off', async () => {
    const t = await createTestDesk({
      now: '2026-01-05T12:00:00Z',
      plugins: [messageLimits({ daily: 1 })],
    });
    const handoffs: string[] = [];
    t.desk.on('handoff.requested', (e) => {
      handoffs.push(e.reason);
    });
    await t.customer('a').send('1');
    await t.customer('b').send('1');
    expect(t.channel.sent.map((m) => m.to)).toEqual(['a']);
    expect(handoffs).toEqual([
      'message limit reached: tenant "default" sent its 1 messages for 2026-01-05',
    ]);
    expect(() =>
      createDesk({ messageLimits: { daily: 1 }, plugins: [messageLimits({ daily: 2 })] }),
    ).toThrow(/give the limits once/);
    expect(() => messageLimits({ daily: 0 })).toThrow(/messageLimits\(\).*daily/);
  });

  it('PL1: past the daily limit the assistant is held back and the conversation goes to humans', async () => {
    const t = await createTestDesk({
      now: '2026-01-05T12:00:00Z',
      tenants: [{ id: 'default', messageLimits: { daily: 2, timeZone: 'America/Sao_Paulo' } }],
    });
    const suppressed: Array<DeskEvents['message.suppressed']> = [];
    t.desk.on('message.suppressed', (e) => {
      suppressed.push(e);
    });
    const handoffs: string[] = [];
    t.desk.on('handoff.requested', (e) => {
      handoffs.push(e.reason);
    });
    await t.customer('a').send('1');
    await t.customer('b').send('1');
    await t.customer('c').send('1');
    expect(t.channel.sent.map((m) => m.to)).toEqual(['a', 'b']);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]!.reason).toMatch(/sent its 2 messages for 2026-01-05/);
    const conv = (await t.desk.inbox.list()).items.find(
      (r) => r.conversation.contactAddress === 'c',
    )!;
    expect(conv.conversation.handler).toBe('queue');
    expect(handoffs).toEqual([suppressed[0]!.reason]);

    // Operators are never stopped by the limit.
    await t.desk.inbox.reply(conv.conversation.id, 'Oi, sou a Carla.', { operatorId: 'carla' });
    expect(t.customer('c').texts()).toEqual(['Oi, sou a Carla.']);
    // System messages (desk.send) are held back too, and say nothing was sent.
    expect(await t.desk.send({ channelId: 'test', to: 'd' }, 'promo')).toEqual([]);

    // Midnight in São Paulo is 03:00 UTC: the day's count starts again.
    await t.clock.setTime('2026-01-06T03:00:01Z');
    await t.customer('e').send('1');
    expect(t.customer('e').texts()).toEqual(['echo: 1']);
    expect(t.errors).toEqual([]);
  });

  it('PL1: counts survive a restart, and each tenant has its own', async () => {
    const clock = createFakeClock('2026-03-10T10:00:00Z');
    const store = createMemoryStore({ clock });
    const build = async () => {
      const channels = { a: memoryChannel(), b: memoryChannel() };
      const desk = createDesk({
        clock,
        store,
        tenants: [
          { id: 'acme', messageLimits: { monthly: 2 } },
          { id: 'globex', messageLimits: { monthly: 100 } },
        ],
        channels: [
          { id: 'a', tenantId: 'acme', adapter: channels.a },
          { id: 'b', tenantId: 'globex', adapter: channels.b },
        ],
      });
      await desk.start();
      return { desk, channels };
    };
    const first = await build();
    await first.desk.tenant('acme').send({ channelId: 'a', to: 'x' }, 'one');
    await first.desk.stop();
    const second = await build();
    const acme = second.desk.tenant('acme');
    await acme.send({ channelId: 'a', to: 'y' }, 'two');
    expect(await acme.send({ channelId: 'a', to: 'z' }, 'three')).toEqual([]);
    await second.desk.tenant('globex').send({ channelId: 'b', to: 'x' }, 'fine');
    expect(second.channels.a.sent.map((m) => m.to)).toEqual(['y']);
    expect(second.channels.b.sent.map((m) => m.to)).toEqual(['x']);
    // A new month starts the count again.
    await clock.setTime('2026-04-01T00:00:01Z');
    expect(await acme.send({ channelId: 'a', to: 'z' }, 'april')).toHaveLength(1);
  });

  it('PL1: a lookup gives tenants added at runtime their own limits', async () => {
    const plans: Record<string, number> = { small: 1 };
    const clock = createFakeClock();
    const channel = memoryChannel();
    const desk = createDesk({
      clock,
      teams: [{ id: 'humans', tenantId: 'small' }],
      assistants: [
        { id: 'bot', tenantId: 'small', assistant: scriptedAssistant(), backupTeam: 'humans' },
      ],
      messageLimits: (tenantId) => (plans[tenantId] ? { daily: plans[tenantId] } : undefined),
    });
    await desk.start();
    await desk.channels.add({
      id: 's',
      tenantId: 'small',
      adapter: channel,
      route: { assistant: 'bot' },
    });
    await channel.customer('u').send('1');
    await channel.customer('u').send('2');
    expect(channel.customer('u').texts()).toEqual(['echo: 1']);
  });

  it('PL1: a bad limit is refused at once, naming the field', () => {
    expect(() => createDesk({ tenants: [{ id: 't', messageLimits: { daily: 0 } }] })).toThrow(
      /tenants\.0\.messageLimits\.daily/,
    );
    expect(() =>
      createDesk({ tenants: [{ id: 't', messageLimits: { daily: 5, timeZone: 'Mars/Base' } }] }),
    ).toThrow(/IANA time zone/);
  });
});
