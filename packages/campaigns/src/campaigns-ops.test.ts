import {
  type ChannelContext,
  createDesk,
  memoryChannel,
  ParleyError,
  sendBudgetKey,
} from '@parley/core';
import { createFakeClock, createTestDesk, flushMicrotasks } from '@parley/core/testing';
import { createPgliteStore, createPostgresScheduler } from '@parley/store-postgres';
import { describe, expect, it } from 'vitest';
import { createCampaigns } from './campaigns.js';
import { campaigns as campaignsPlugin } from './campaigns-plugin.js';
import { campaignHarness } from './test-support.js';

/**
 * A memory channel that counts its sends per UTC day and offers the count as its
 * `SendBudget`, the way the WhatsApp adapter does.
 */
function countingChannel() {
  const inner = memoryChannel();
  const send = inner.send.bind(inner);
  let queue: Promise<unknown> = Promise.resolve();
  const perDay = new Map<string, number>();
  let clock: ChannelContext['clock'] | undefined;
  const today = () => clock!.now().toISOString().slice(0, 10);
  return Object.assign(inner, {
    perDay,
    async start(ctx: ChannelContext) {
      clock = ctx.clock;
      ctx.provide(sendBudgetKey(ctx.channelId), {
        sentToday: async () => perDay.get(today()) ?? 0,
        dailyCap: 10,
      });
    },
    // One send at a time, as through the adapter's FIFO pacer.
    send(message: Parameters<typeof send>[0], options: Parameters<typeof send>[1]) {
      const run = queue.then(async () => {
        const receipt = await send(message, options);
        perDay.set(today(), (perDay.get(today()) ?? 0) + 1);
        return receipt;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  });
}

describe('OB2: pacing, stats and operations', () => {
  it("OB2: campaign sends on a number are spaced by its pacing at the campaigns' share", async () => {
    const t = await campaignHarness(
      {},
      { pacing: { channels: { test: { minIntervalMs: 1000, share: 0.5 } } }, random: () => 0 },
    );
    t.campaigns.define({ id: 'blast', channelId: 'test', steps: [{ message: 'Hi!' }] });
    await t.campaigns.lists.create({ id: 'all' });
    await t.campaigns.lists.add(
      'all',
      ['a', 'b', 'c', 'd'].map((address) => ({ address })),
    );
    await t.campaigns.launch('blast', { list: 'all' });
    await t.advance(10_000);
    const start = Date.parse('2026-01-05T09:00:00Z');
    expect(t.sends().map((s) => Date.parse(s.at) - start)).toEqual([0, 2000, 4000, 6000]);
  });

  it("OB2, PL2: campaigns share the number's daily cap through its SendBudget service and wait for the next day", async () => {
    const wa = countingChannel();
    // No dailyCap here: the channel's own cap (10) applies, at the campaigns' share.
    const t = await campaignHarness(
      { channels: [{ id: 'wa', adapter: wa }] },
      { pacing: { channels: { wa: { minIntervalMs: 0, share: 0.5 } } } },
    );
    // Conversations already used 3 of today's 10; campaigns may take the number to 5.
    wa.perDay.set('2026-01-05', 3);
    t.campaigns.define({ id: 'blast', channelId: 'wa', steps: [{ message: 'Promo!' }] });
    for (const address of ['a', 'b', 'c', 'd']) await t.campaigns.enrol('blast', { address });
    await t.at('2026-01-06T12:00:00Z');
    // Jobs due together race for the budget: which two go first is not fixed.
    const perDay = t.sends().reduce<Record<string, number>>((acc, s) => {
      acc[s.at] = (acc[s.at] ?? 0) + 1;
      return acc;
    }, {});
    expect(perDay).toEqual({ '2026-01-05T09:00:00.000Z': 2, '2026-01-06T00:00:00.000Z': 2 });
    expect(
      t
        .sends()
        .map((s) => s.to)
        .sort(),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(wa.perDay.get('2026-01-05')).toBe(5);
  });

  it('OB2: stats count sent, delivered, read, replied and failed per campaign and step', async () => {
    const t = await campaignHarness();
    t.campaigns.define({
      id: 'drip',
      channelId: 'test',
      steps: [{ message: 'one' }, { after: { hours: 1 }, message: 'two' }],
    });
    for (const address of ['a', 'b', 'c', 'd']) await t.campaigns.enrol('drip', { address });
    t.channel.failNextSends(1);
    await t.advance(0);
    const sent = t.channel.sent.map((m) => m.to);
    expect(sent).toEqual(['b', 'c', 'd']);
    const externalOf = async (address: string) => {
      const [e] = (await t.campaigns.enrolments('drip')).filter((x) => x.address === address);
      return e!.sends[0]!.externalIds![0]!;
    };
    expect(
      await t.campaigns.deliveryStatus('test', {
        externalId: await externalOf('b'),
        status: 'delivered',
      }),
    ).toBe(true);
    await t.campaigns.deliveryStatus('test', { externalId: await externalOf('c'), status: 'read' });
    // A late "delivered" after "read" never moves a message backwards.
    await t.campaigns.deliveryStatus('test', {
      externalId: await externalOf('c'),
      status: 'delivered',
    });
    expect(
      await t.campaigns.deliveryStatus('test', { externalId: 'not-ours', status: 'read' }),
    ).toBe(false);
    await t.customer('d').send('stop please');
    await t.campaigns.idle();
    await t.advance(3_600_000);
    const stats = await t.campaigns.stats('drip');
    expect(stats).toMatchObject({
      enrolled: 4,
      completed: 2,
      replied: 1,
      failedContacts: 1,
      sent: 5,
      delivered: 2,
      read: 1,
      failed: 1,
    });
    expect(stats.steps).toEqual([
      { step: 0, sent: 3, delivered: 2, read: 1, failed: 1 },
      { step: 1, sent: 2, delivered: 0, read: 0, failed: 0 },
    ]);
    const [failed] = await t.campaigns.enrolments('drip', { status: 'failed' });
    expect(failed?.endReason).toMatch(/could not send: memory channel send failed/);
  });

  it('OB2: a channel outage is retried later instead of failing the step', async () => {
    const t = await campaignHarness();
    t.campaigns.define({ id: 'x', channelId: 'test', steps: [{ message: 'hello' }] });
    t.channel.failNextSends(1, new ParleyError('CHANNEL_UNAVAILABLE', 'WhatsApp is reconnecting'));
    await t.campaigns.enrol('x', { address: 'a' });
    await t.advance(0);
    expect(t.channel.sent).toHaveLength(0);
    await t.advance(15 * 60_000);
    expect(t.channel.sent.map((m) => m.to)).toEqual(['a']);
    expect(await t.campaigns.stats('x')).toMatchObject({ sent: 1, failed: 0, completed: 1 });
  });

  it('OB2: pause holds every step, resume sends what is due, remove takes everyone out', async () => {
    const t = await campaignHarness();
    t.campaigns.define({
      id: 'p',
      channelId: 'test',
      steps: [{ after: { minutes: 5 }, message: 'now' }],
    });
    await t.campaigns.enrol('p', { address: 'a' });
    await t.campaigns.pause('p');
    await t.advance(3_600_000);
    expect(t.channel.sent).toHaveLength(0);
    await t.campaigns.resume('p');
    await t.advance(0);
    expect(t.channel.sent.map((m) => m.to)).toEqual(['a']);

    t.campaigns.define({
      id: 'r',
      channelId: 'test',
      steps: [{ after: { days: 1 }, message: 'later' }],
    });
    await t.campaigns.enrol('r', { address: 'b' });
    expect((await t.campaigns.enrol('r', { address: 'b' })).enrolled).toBe(false);
    expect(await t.campaigns.remove('r')).toBe(true);
    await t.advance(2 * 86_400_000);
    expect(t.channel.sent.map((m) => m.to)).toEqual(['a']);
    await expect(t.campaigns.stats('r')).rejects.toThrow(/No campaign "r"/);
  });

  it('OB2: bad campaigns are refused when defined, naming the field and the fix', async () => {
    const t = await campaignHarness();
    expect(() =>
      t.campaigns.define({ id: 'a', steps: [{ after: { hours: 2 }, at: '09:00', message: 'x' }] }),
    ).toThrow(
      /steps\.0\.at: `at` sends at a time of day; give the wait in whole `after.days` only/,
    );
    expect(() => t.campaigns.define({ id: 'a', steps: [{ message: 'Hi {{nome}}' }] })).toThrow(
      /unknown placeholder \{\{nome\}\}/,
    );
    expect(() =>
      t.campaigns.define({ id: 'a', timeZone: 'Brazil/Rio', steps: [{ message: 'x' }] }),
    ).toThrow(/timeZone: is not an IANA time zone/);
    expect(() =>
      t.campaigns.define({
        id: 'a',
        hours: { timeZone: 'UTC', weekly: { mon: ['9-18'] } },
        steps: [{ message: 'x' }],
      }),
    ).toThrow(/HH:MM-HH:MM/);
    t.campaigns.define({ id: 'no-channel', steps: [{ message: 'x' }] });
    await expect(t.campaigns.enrol('no-channel', { address: 'a' })).rejects.toThrow(
      /has no channelId/,
    );
  });

  it("PL1: one tenant's campaigns and lists are invisible to another", async () => {
    const t = await campaignHarness({
      channels: [
        { id: 'a-wa', tenantId: 'acme', adapter: memoryChannel() },
        { id: 'g-wa', tenantId: 'globex', adapter: memoryChannel() },
      ],
    });
    const acme = t.campaigns.tenant('acme');
    const globex = t.campaigns.tenant('globex');
    t.campaigns.define({
      id: 'welcome',
      tenantId: 'acme',
      channelId: 'a-wa',
      steps: [{ message: 'Hi from Acme' }],
    });
    t.campaigns.define({
      id: 'welcome',
      tenantId: 'globex',
      channelId: 'g-wa',
      steps: [{ message: 'Hi from Globex' }],
    });
    await acme.lists.create({ id: 'leads' });
    await acme.lists.add('leads', [{ address: 'x' }]);
    expect(await globex.lists.all()).toEqual([]);
    await expect(globex.lists.members('leads')).rejects.toThrow(
      /No contact list "leads" in tenant "globex"/,
    );
    await expect(globex.launch('welcome', { list: 'leads' })).rejects.toThrow(/No contact list/);
    await expect(globex.enrol('welcome', { address: 'x', channelId: 'a-wa' })).rejects.toThrow(
      /No channel "a-wa" in tenant "globex"/,
    );
    await acme.launch('welcome', { list: 'leads' });
    await t.advance(0);
    expect(await globex.stats('welcome')).toMatchObject({ enrolled: 0, sent: 0 });
    expect(await acme.stats('welcome')).toMatchObject({ enrolled: 1, sent: 1 });
    expect(acme.all().map((c) => c.tenantId)).toEqual(['acme']);
  });
});

describe('OB2: durable with the Postgres store', () => {
  it('OB2: enrolments and their timers survive a restart (PGlite store and scheduler)', async () => {
    const clock = createFakeClock('2026-01-05T09:00:00Z');
    const store = await createPgliteStore({ clock });
    const boot = async () => {
      const channel = memoryChannel();
      const scheduler = createPostgresScheduler({ store, pollIntervalMs: 60_000 });
      const campaigns = campaignsPlugin({ pacing: false });
      const desk = createDesk({
        clock,
        store,
        scheduler,
        channels: [{ id: 'wa', adapter: channel }],
        plugins: [campaigns],
      });
      campaigns.define({
        id: 'follow',
        channelId: 'wa',
        steps: [
          { after: { hours: 1 }, message: 'first' },
          { after: { days: 1 }, message: 'second' },
        ],
      });
      await desk.start();
      return { channel, scheduler, desk, campaigns };
    };
    const first = await boot();
    await first.campaigns.enrol('follow', { address: '5521988776655', name: 'Ana' });
    await clock.advance(3_600_000);
    await first.scheduler.idle();
    expect(first.channel.sent.map((m) => m.content)).toEqual([{ type: 'text', text: 'first' }]);
    await first.desk.stop();

    const second = await boot();
    await clock.advance(86_400_000);
    await second.scheduler.poll();
    await second.scheduler.idle();
    await flushMicrotasks();
    expect(second.channel.sent.map((m) => m.content)).toEqual([{ type: 'text', text: 'second' }]);
    expect(await second.campaigns.stats('follow')).toMatchObject({ sent: 2, completed: 1 });
    await second.desk.stop();
    await store.close?.();
  }, 60_000);
});

describe('OB2: the deprecated createCampaigns', () => {
  it('OB2: createCampaigns({ desk }) still sends on the old job types for one release', async () => {
    const t = await createTestDesk();
    const campaigns = createCampaigns({ desk: t.desk, pacing: false });
    campaigns.define({ id: 'hello', channelId: 'test', steps: [{ message: 'Hi!' }] });
    await campaigns.enrol('hello', { address: 'ana' });
    expect((await t.desk.scheduler.get('campaign/default/hello/test/ana'))?.type).toBe(
      'parley.campaign-step',
    );
    await t.clock.advance(0);
    await campaigns.idle();
    expect(t.channel.sent.map((m) => m.content)).toEqual([{ type: 'text', text: 'Hi!' }]);
  });

  it('OB2: campaigns() methods before the plug-in is installed say how to install it', () => {
    const plugin = campaignsPlugin();
    expect(() => plugin.define({ id: 'x', steps: [{ message: 'hi' }] })).toThrow(
      /createDesk\(\{ plugins \}\)/,
    );
  });
});
