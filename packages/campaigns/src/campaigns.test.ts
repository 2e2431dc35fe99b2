import { describe, expect, it } from 'vitest';
import { campaignHarness } from './test-support.js';

const twoDays = [
  {
    after: { days: 1 },
    at: '09:00',
    message: { pt: 'Bom dia, {{first_name}}!', id: 'Selamat pagi, {{first_name}}!' },
  },
  { after: { days: 2 }, at: '18:30', message: 'Last call, {{name|friend}}.' },
];

describe('OB2: follow-up campaigns', () => {
  it("OB2: steps go out at the right local time in each contact's IANA zone", async () => {
    const t = await campaignHarness({ now: '2026-03-02T15:00:00Z' });
    t.campaigns.define({ id: 'promo', channelId: 'test', steps: twoDays, timeZone: 'UTC' });
    await t.campaigns.lists.create({ id: 'leads' });
    await t.campaigns.lists.add('leads', [
      { address: 'ana', name: 'Ana Souza', language: 'pt', timeZone: 'America/Sao_Paulo' },
      { address: 'budi', name: 'Budi Santoso', language: 'id', timeZone: 'Asia/Jakarta' },
      { address: 'zoe', language: 'en' },
    ]);
    expect(await t.campaigns.launch('promo', { list: 'leads' })).toEqual({
      listId: 'leads',
      members: 3,
      enrolled: 3,
      skipped: 0,
    });
    await t.at('2026-03-08T00:00:00Z');
    const byContact = (to: string) =>
      t
        .sends()
        .filter((s) => s.to === to)
        .map((s) => [s.at, s.text]);
    // 09:00 in São Paulo (UTC-3), Jakarta (UTC+7) and UTC, on the next local day.
    expect(byContact('ana')).toEqual([
      ['2026-03-03T12:00:00.000Z', 'Bom dia, Ana!'],
      ['2026-03-05T21:30:00.000Z', 'Last call, Ana Souza.'],
    ]);
    expect(byContact('budi')).toEqual([
      ['2026-03-03T02:00:00.000Z', 'Selamat pagi, Budi!'],
      ['2026-03-05T11:30:00.000Z', 'Last call, Budi Santoso.'],
    ]);
    // No name: the step with a fallback goes, the one without fails and ends the enrolment.
    expect(byContact('zoe')).toEqual([]);
    const stats = await t.campaigns.stats('promo');
    expect(stats).toMatchObject({
      enrolled: 3,
      completed: 2,
      failedContacts: 1,
      sent: 4,
      failed: 1,
    });
    const [zoe] = await t.campaigns.enrolments('promo', { status: 'failed' });
    expect(zoe?.endReason).toMatch(/no \{\{first_name\}\}.*fallback/);
    expect(t.errors).toEqual([]);
  });

  it('OB2: a step crosses a DST change at the same wall-clock time', async () => {
    const t = await campaignHarness({ now: '2026-03-07T12:00:00Z' });
    t.campaigns.define({
      id: 'dst',
      channelId: 'test',
      timeZone: 'America/New_York',
      steps: [{ after: { days: 2 }, at: '10:00', message: 'Hello' }],
    });
    await t.campaigns.enrol('dst', { address: 'ny' });
    await t.advance(5 * 86_400_000);
    // 10:00 EDT (UTC-4) on 9 March; clocks went forward on the 8th.
    expect(t.sends().map((s) => s.at)).toEqual(['2026-03-09T14:00:00.000Z']);
  });

  it('OB2: a contact who replies leaves the campaign; the reply is routed as RT5 says', async () => {
    const t = await campaignHarness({
      teams: [{ id: 'sales', name: 'Sales' }],
      settings: { activeRouting: { team: 'sales' } },
    });
    t.campaigns.define({
      id: 'nudge',
      channelId: 'test',
      steps: [
        { after: { hours: 1 }, message: 'Still interested, {{name|there}}?' },
        { after: { days: 1 }, message: 'Last reminder!' },
      ],
    });
    await t.campaigns.enrol('nudge', { phone: '+55 21 98877-6655', name: 'Carla' });
    await t.advance(3_600_000);
    expect(t.sends().map((s) => s.text)).toEqual(['Still interested, Carla?']);
    const [row] = (await t.desk.inbox.list()).items;
    expect(row?.conversation.origin).toBe('business');

    await t.customer('5521988776655').send('Yes! How much is it?');
    await t.campaigns.idle();
    await t.advance(2 * 86_400_000);
    expect(t.sends().map((s) => s.text)).toEqual(['Still interested, Carla?']);
    const conv = await t.desk.inbox.get(row!.conversation.id);
    expect(conv.teamId).toBe('sales');
    expect(t.assistant.calls).toHaveLength(0);
    expect(await t.campaigns.stats('nudge')).toMatchObject({ sent: 1, replied: 1, active: 0 });
  });

  it('OB2: a click-to-WhatsApp ad referral enrols the contact, only for the ads named', async () => {
    const t = await campaignHarness();
    t.campaigns.define({
      id: 'ctwa',
      triggers: [{ type: 'referral', adIds: ['120210987654321'] }],
      steps: [
        { after: { hours: 2 }, message: 'Hi {{first_name|there}}, did you see the running shoes?' },
      ],
    });
    const referral = { source: 'ad', adId: '120210987654321', headline: 'Sepatu Lari Pro' };
    await t
      .customer('6281234567890', { name: 'Budi' })
      .send('Halo! Saya mau tahu lebih lanjut.', { referral });
    await t.customer('other').send('hi', { referral: { ...referral, adId: '999' } });
    await t.campaigns.idle();
    const [enrolment] = await t.campaigns.enrolments('ctwa');
    expect(enrolment).toMatchObject({
      address: '6281234567890',
      channelId: 'test',
      source: { type: 'referral', adId: '120210987654321' },
    });
    expect(await t.campaigns.enrolments('ctwa')).toHaveLength(1);
    await t.advance(2 * 3_600_000);
    expect(
      t
        .sends()
        .filter((s) => s.to === '6281234567890')
        .map((s) => s.text),
    ).toEqual([
      'echo: Halo! Saya mau tahu lebih lanjut.',
      'Hi Budi, did you see the running shoes?',
    ]);
  });

  it('OB2: a label added to a contact or a conversation enrols it', async () => {
    const t = await campaignHarness();
    t.campaigns.define({
      id: 'follow-up',
      channelId: 'test',
      triggers: [{ type: 'label', label: 'Follow Up' }],
      steps: [{ after: { minutes: 30 }, message: 'Following up on your order, {{name|}}' }],
    });
    await t.customer('ana', { name: 'Ana' }).send('hello');
    await t.customer('bob', { name: 'Bob' }).send('hello');
    const rows = (await t.desk.inbox.list()).items;
    const ana = rows.find((r) => r.contact.name === 'Ana')!;
    const bob = rows.find((r) => r.contact.name === 'Bob')!;
    await t.desk.contacts.addLabel(ana.contact.id, 'Follow Up');
    await t.desk.inbox.addLabel(bob.conversation.id, 'Follow Up');
    await t.desk.contacts.addLabel(ana.contact.id, 'VIP');
    await t.campaigns.idle();
    expect((await t.campaigns.enrolments('follow-up')).map((e) => e.address).sort()).toEqual([
      'ana',
      'bob',
    ]);
    await t.advance(30 * 60_000);
    expect(
      t
        .sends()
        .filter((s) => s.text.startsWith('Following'))
        .map((s) => s.text),
    ).toEqual(['Following up on your order, Ana', 'Following up on your order, Bob']);
  });

  it('OB2: a keyword enrols the contact; the keyword message itself is not a reply', async () => {
    const t = await campaignHarness();
    t.campaigns.define({
      id: 'promo',
      triggers: [{ type: 'keyword', keywords: ['promoção', 'diskon'] }],
      steps: [{ after: { minutes: 10 }, message: 'Here is the promo code: PARLEY10' }],
    });
    await t.customer('a').send('Tem PROMOCAO hoje?');
    await t.customer('b').send('promocionais');
    await t.campaigns.idle();
    await t.advance(10 * 60_000);
    expect(
      t
        .sends()
        .filter((s) => s.text.includes('PARLEY10'))
        .map((s) => s.to),
    ).toEqual(['a']);
  });

  it('OB2: no reply for N hours after the business wrote enrols the contact', async () => {
    const t = await campaignHarness();
    t.campaigns.define({
      id: 'quiet-lead',
      triggers: [{ type: 'no-reply', hours: 24 }],
      steps: [{ message: 'Can I help with anything else?' }],
    });
    await t.customer('silent').send('how much?');
    await t.customer('chatty').send('how much?');
    await t.advance(23 * 3_600_000);
    await t.customer('chatty').send('thanks, thinking about it');
    await t.campaigns.idle();
    await t.advance(3_600_000);
    expect(
      t
        .sends()
        .filter((s) => s.text.startsWith('Can I'))
        .map((s) => s.to),
    ).toEqual(['silent']);
    // The chatty contact's wait restarted with the assistant's newer answer.
    await t.advance(23 * 3_600_000);
    expect(
      t
        .sends()
        .filter((s) => s.text.startsWith('Can I'))
        .map((s) => s.to),
    ).toEqual(['silent', 'chatty']);
    // The campaign's own message starts no new wait: nothing more after another day.
    await t.advance(48 * 3_600_000);
    expect(t.sends().filter((s) => s.text.startsWith('Can I'))).toHaveLength(2);
  });

  it('OB2: quiet hours and business hours hold a step until the next allowed time', async () => {
    const t = await campaignHarness({ now: '2026-03-06T20:00:00Z' });
    t.campaigns.define({
      id: 'polite',
      channelId: 'test',
      quietHours: { from: '21:00', to: '08:00' },
      steps: [{ after: { hours: 2 }, message: 'one' }],
    });
    t.campaigns.define({
      id: 'office',
      channelId: 'test',
      hours: { timeZone: 'America/Sao_Paulo', weekly: { mon: ['09:00-18:00'] } },
      steps: [{ message: 'two' }],
    });
    await t.campaigns.enrol('polite', { address: 'sp', timeZone: 'America/Sao_Paulo' });
    await t.campaigns.enrol('office', { address: 'sp2' });
    await t.at('2026-03-10T00:00:00Z');
    // Due 19:00 local on Friday: fine. Office: Friday evening → Monday 09:00 São Paulo.
    expect(t.sends()).toEqual([
      { to: 'sp', text: 'one', at: '2026-03-06T22:00:00.000Z' },
      { to: 'sp2', text: 'two', at: '2026-03-09T12:00:00.000Z' },
    ]);
    const late = await campaignHarness({ now: '2026-03-06T23:30:00Z' });
    late.campaigns.define({
      id: 'polite',
      channelId: 'test',
      quietHours: { from: '21:00', to: '08:00' },
      steps: [{ after: { hours: 1 }, message: 'one' }],
    });
    await late.campaigns.enrol('polite', { address: 'sp', timeZone: 'America/Sao_Paulo' });
    await late.at('2026-03-08T00:00:00Z');
    // Due 21:30 local: held to 08:00 local (11:00 UTC).
    expect(late.sends().map((s) => s.at)).toEqual(['2026-03-07T11:00:00.000Z']);
  });
});
