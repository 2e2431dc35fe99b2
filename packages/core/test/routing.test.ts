import { describe, expect, it } from 'vitest';
import { createTestDesk, memoryChannel, scriptedAssistant } from '../src/testing/index.js';
import { conversationOf, recordRoutes, weekdays } from './routing-helpers.js';

const saoPauloDay = { timeZone: 'America/Sao_Paulo', weekly: weekdays('08:00-22:00') };

describe('RT1: default route per channel', () => {
  it('RT1: a channel routes to a team, another to an assistant, another to a menu', async () => {
    const wa = memoryChannel();
    const ig = memoryChannel();
    const t = await createTestDesk({
      teams: [{ id: 'sales', operators: [{ id: 'ana' }] }],
      menus: [
        {
          id: 'm',
          text: 'Pick one',
          options: [{ title: 'Sales', route: { team: 'sales' } }],
          fallbackTeam: 'sales',
        },
      ],
      channels: [
        { id: 'wa', adapter: wa, route: { team: 'sales' } },
        { id: 'ig', adapter: ig, route: { menu: 'm' } },
      ],
    });
    await t.customer('web').send('hello');
    await wa.customer('5521988776655').send('oi');
    await ig.customer('ig-1').send('hai');
    expect(t.customer('web').texts()).toEqual(['echo: hello']);
    expect(wa.customer('5521988776655').texts()).toEqual([]);
    expect(ig.customer('ig-1').texts()).toEqual(['Pick one\n1. Sales']);
    expect((await conversationOf(t, 'web')).handler).toBe('assistant');
    expect(await conversationOf(t, '5521988776655')).toMatchObject({
      handler: 'operator',
      teamId: 'sales',
      assigneeId: 'ana',
    });
    expect((await conversationOf(t, 'ig-1')).handler).toBe('menu');
  });

  it('RT1: a channel with no route leaves new conversations to any human', async () => {
    const wa = memoryChannel();
    const t = await createTestDesk({ channels: [{ id: 'wa', adapter: wa }] });
    await wa.customer('x').send('hi');
    const row = (await t.desk.inbox.list({ channelId: 'wa' })).items[0]!;
    expect(row.conversation.handler).toBe('queue');
    expect(row.waitingForHuman).toBe(true);
    expect(t.assistant.calls).toHaveLength(0);
  });
});

describe('RT3: assistant hours and backup team', () => {
  it('RT3: a route to an assistant at 23:00 goes to its backup team; at 10:00 the assistant answers', async () => {
    const dayBot = scriptedAssistant(['Bom dia!']);
    const t = await createTestDesk({
      now: '2026-01-06T02:00:00Z', // Monday 23:00 in São Paulo
      route: { assistant: 'day-bot' },
      assistants: [
        { id: 'day-bot', assistant: dayBot, hours: saoPauloDay, backupTeam: 'night-shift' },
      ],
      teams: [{ id: 'night-shift', autoMessage: 'Our night team will answer soon.' }],
    });
    const routes = recordRoutes(t);
    const late = t.customer('late');
    await late.send('alguém aí?');
    expect(late.texts()).toEqual(['Our night team will answer soon.']);
    expect(dayBot.calls).toHaveLength(0);
    expect(await conversationOf(t, 'late')).toMatchObject({
      handler: 'queue',
      teamId: 'night-shift',
    });
    expect(routes[0]).toMatchObject({
      reason: 'assistant-unavailable',
      target: { team: 'night-shift' },
    });

    await t.clock.setTime('2026-01-06T13:00:00Z'); // Tuesday 10:00
    const early = t.customer('early');
    await early.send('bom dia');
    expect(early.texts()).toEqual(['Bom dia!']);
  });

  it('RT3: a disabled assistant sends its conversations to the backup team too', async () => {
    const t = await createTestDesk({
      route: { assistant: 'off', backupTeam: 'humans' },
      assistants: [{ id: 'off', assistant: scriptedAssistant(), enabled: false }],
      teams: [{ id: 'humans' }],
    });
    await t.customer('c').send('hi');
    expect(await conversationOf(t, 'c')).toMatchObject({ handler: 'queue', teamId: 'humans' });
  });
});

describe('RT4: team auto-message', () => {
  it('RT4: sent when routed to a team, never when routed to an assistant', async () => {
    const wa = memoryChannel();
    const t = await createTestDesk({
      teams: [{ id: 'sales', autoMessage: "We'll be with you shortly." }],
      channels: [{ id: 'wa', adapter: wa, route: { team: 'sales' } }],
    });
    await wa.customer('a').send('hi');
    await t.customer('b').send('hi');
    expect(wa.customer('a').texts()).toEqual(["We'll be with you shortly."]);
    expect(t.customer('b').texts()).toEqual(['echo: hi']);
  });
});

describe('RT5: active routing', () => {
  it('RT5: the reply to a conversation the business started goes to the configured team while it is open', async () => {
    const t = await createTestDesk({
      tenants: [{ id: 'default', autoCloseHours: 4 }],
      settings: { activeRouting: { team: 'closers' } },
      teams: [
        { id: 'closers', operators: [{ id: 'bia' }], autoMessage: 'Bia will take it from here.' },
      ],
    });
    const routes = recordRoutes(t);
    await t.desk.send(
      { channelId: 'test', to: 'lead-1', name: 'Lead' },
      'Oi! Sua proposta está pronta.',
    );
    const lead = t.customer('lead-1');
    await lead.send('Que ótimo, quero fechar');
    expect(t.assistant.calls).toHaveLength(0);
    expect(await conversationOf(t, 'lead-1')).toMatchObject({
      origin: 'business',
      handler: 'operator',
      teamId: 'closers',
      assigneeId: 'bia',
    });
    expect(lead.texts()).toEqual(['Oi! Sua proposta está pronta.', 'Bia will take it from here.']);
    expect(routes[0]).toMatchObject({ reason: 'active-routing' });

    // A customer who starts the conversation gets the default route.
    await t.customer('walk-in').send('hi');
    expect(t.customer('walk-in').texts()).toEqual(['echo: hi']);

    // Once the business-started conversation is closed, the next one is the customer's.
    await t.desk.inbox.solve((await conversationOf(t, 'lead-1')).id);
    await t.clock.advance(4 * 3_600_000);
    await lead.send('voltei');
    expect(lead.lastText()).toBe('echo: voltei');
  });
});

describe('RT6: routing rules', () => {
  const rulesDesk = () => {
    const wa = memoryChannel();
    return createTestDesk({
      channels: [{ id: 'wa', adapter: wa, route: { assistant: 'bot' } }],
      teams: ['vip', 'billing', 'orders', 'ads', 'enterprise', 'night'].map((id) => ({ id })),
      rules: [
        { id: 'vip', when: { labels: { any: ['VIP'] } }, route: { team: 'vip' } },
        {
          id: 'refund',
          when: { text: { keywords: ['reembolso', 'refund'] } },
          route: { team: 'billing' },
        },
        { id: 'order', when: { text: { regex: 'pedido\\s*#?\\d+' } }, route: { team: 'orders' } },
        { id: 'ad', when: { referral: { source: 'ad' } }, route: { team: 'ads' } },
        { id: 'plan', when: { attributes: { plan: 'enterprise' } }, route: { team: 'enterprise' } },
        {
          id: 'urgent',
          priority: 10,
          when: { text: { contains: 'urgente' }, channel: 'wa' },
          route: { team: 'vip' },
        },
        {
          id: 'after-hours',
          when: {
            time: 'closed',
            hours: { timeZone: 'Asia/Jakarta', weekly: { mon: ['08:00-17:00'] } },
          },
          route: { team: 'night' },
        },
      ],
    }).then((t) => ({ ...t, wa }));
  };

  it('RT6: the first matching rule wins, before the channel default; no match keeps the default', async () => {
    const t = await rulesDesk();
    const routes = recordRoutes(t);
    await t.customer('a').send('Quero um REEMBOLSO do pedido #123'); // refund is listed before order
    await t.customer('b').send('status do pedido 42');
    await t.customer('c').send('hi', { referral: { source: 'ad', adId: 'ad-7' } });
    await t.customer('d').send('just browsing');
    expect(routes.map((r) => r.ruleId ?? r.reason)).toEqual(['refund', 'order', 'ad', 'default']);
    expect(t.customer('d').texts()).toEqual(['echo: just browsing']);
    expect(t.customer('a').texts()).toEqual([]);
  });

  it('RT6: a higher priority rule runs first; channel conditions limit where it applies', async () => {
    const t = await rulesDesk();
    const routes = recordRoutes(t);
    await t.wa.customer('w').send('reembolso urgente!');
    await t.customer('x').send('reembolso urgente!'); // `urgent` only applies on wa
    expect(routes.map((r) => r.ruleId)).toEqual(['urgent', 'refund']);
  });

  it('RT6: contact labels and attributes are conditions', async () => {
    const t = await rulesDesk();
    const routes = recordRoutes(t);
    const c = t.customer('c');
    await c.send('hello');
    const first = await conversationOf(t, 'c');
    await t.desk.contacts.addLabel(first.contactId, 'VIP');
    await t.desk.inbox.solve(first.id);
    await c.send('reembolso, por favor'); // reopens and routes again: VIP is listed first
    await t.customer('e').send('hello');
    const e = await conversationOf(t, 'e');
    await t.desk.contacts.setAttributes(e.contactId, { plan: 'enterprise' });
    await t.desk.inbox.solve(e.id);
    await t.customer('e').send('again');
    expect(routes.map((r) => r.ruleId ?? r.reason)).toEqual(['default', 'vip', 'default', 'plan']);
  });

  it('RT6: a time condition matches outside business hours', async () => {
    const t = await rulesDesk();
    const routes = recordRoutes(t);
    await t.customer('day').send('hi'); // Monday 16:00 in Jakarta
    await t.clock.setTime('2026-01-05T11:00:00Z'); // 18:00
    await t.customer('night').send('hi');
    expect(routes.map((r) => r.ruleId ?? r.reason)).toEqual(['default', 'after-hours']);
  });
});
