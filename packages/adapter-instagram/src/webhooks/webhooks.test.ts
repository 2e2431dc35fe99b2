import { readFileSync } from 'node:fs';
import { ParleyError, sleep } from '@parley/core';
import { signMetaBody as signBody } from '@parley/core/internal';
import { createFakeClock, metaWebhookConformance } from '@parley/core/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { instagram } from '../instagram.js';
import { directMessageEvent, signedWebhookRequest, webhookDelivery } from '../testing/webhooks.js';
import {
  ACCOUNT,
  HOOK,
  SECRET,
  sentTexts,
  TOKEN,
  testAdapter,
  VERIFY,
  type WebhookHarness,
  webhookHarness,
} from './webhook-harness.test-support.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../__fixtures__/webhooks/${name}`, import.meta.url), 'utf8');
const CUSTOMER = '6729384756102938';

/** An assistant reply holding one menu. */
const menuReply = (text: string, options: Array<[string, string]>) => ({
  type: 'reply' as const,
  messages: [
    { type: 'menu' as const, text, options: options.map(([id, title]) => ({ id, title })) },
  ],
});

let h: WebhookHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('webhook handshake and signatures', () => {
  it('CH3: the subscription handshake echoes the challenge only for the right verify token', async () => {
    h = await webhookHarness();
    const ok = await h.adapter.fetch(
      new Request(`${HOOK}?hub.mode=subscribe&hub.verify_token=${VERIFY}&hub.challenge=1158201444`),
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const bad = await h.adapter.fetch(
      new Request(`${HOOK}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1`),
    );
    expect(bad.status).toBe(403);
    expect(await bad.text()).toMatch(/verifyToken/);
  });

  it('CH3: a delivery with a wrong, missing or tampered signature is refused before parsing', async () => {
    h = await webhookHarness();
    const raw = fixture('message-text.json');
    const wrongSecret = await h.post(raw, signBody('another-secret', raw));
    expect(wrongSecret.status).toBe(401);
    expect(await wrongSecret.text()).toMatch(/appSecret/);
    const tampered = await h.adapter.fetch(
      new Request(HOOK, {
        method: 'POST',
        headers: { 'x-hub-signature-256': signBody(SECRET, raw) },
        body: raw.replace('Bandung', 'Jakarta'),
      }),
    );
    expect(tampered.status).toBe(401);
    const unsigned = await h.adapter.fetch(new Request(HOOK, { method: 'POST', body: raw }));
    expect(unsigned.status).toBe(401);
    // A signature over the raw bytes verifies even though the JSON is re-spaced.
    const spaced = JSON.stringify(JSON.parse(raw), null, 4);
    expect((await h.post(spaced)).status).toBe(200);
    expect(h.received).toHaveLength(1);
    const notJson = await h.post('{not json');
    expect(notJson.status).toBe(400);
  });

  it('CH3: a replayed delivery is answered once', async () => {
    h = await webhookHarness();
    const raw = fixture('message-text.json');
    h.graph.userWrote(CUSTOMER, h.clock.now());
    expect((await h.post(raw)).status).toBe(200);
    expect((await h.post(raw)).status).toBe(200);
    expect(h.received).toHaveLength(1);
    expect(sentTexts(h.graph, CUSTOMER)).toEqual(['echo: Hi! Do you ship to Bandung?']);
  });
});

describe('inbound normalisation (Meta fixtures)', () => {
  const cases: Array<[string, (m: WebhookHarness['received']) => void]> = [
    [
      'message-quick-reply.json',
      ([m]) => expect(m!.content).toEqual({ type: 'choice', optionId: 'sales', title: 'Sales' }),
    ],
    [
      'messaging-postback.json',
      ([m]) =>
        expect(m!.content).toEqual({
          type: 'choice',
          optionId: 'support',
          title: 'Talk to support',
        }),
    ],
    [
      'message-story-reply.json',
      ([m]) => {
        expect(m!.content).toEqual({ type: 'text', text: 'Is this still available?' });
        expect(m!.referral?.source).toBe('instagram_story_reply');
        expect(m!.referral?.url).toMatch(/asset_id=17900000000000001/);
      },
    ],
    [
      'message-image.json',
      ([m]) => expect(m!.content).toMatchObject({ type: 'media', kind: 'image' }),
    ],
    [
      'message-share.json',
      ([m]) =>
        expect(m!.content).toMatchObject({
          type: 'text',
          text: expect.stringMatching(/^\[shared a post\] Our new batik collection https:/),
        }),
    ],
    [
      'messaging-reaction.json',
      ([m]) =>
        expect(m!.content).toEqual({
          type: 'reaction',
          emoji: '❤️',
          targetExternalId: 'aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDAx',
        }),
    ],
    [
      'message-ad-referral.json',
      ([m]) =>
        expect(m!.referral).toEqual({
          source: 'instagram_ads',
          adId: '120210000000000001',
          ref: 'promo-jan',
          headline: 'January promo',
          url: 'https://scontent.cdninstagram.com/promo.jpg',
        }),
    ],
    ['messaging-read.json', (ms) => expect(ms).toEqual([])],
    ['message-echo.json', (ms) => expect(ms).toEqual([])],
    ['comments-by-account.json', (ms) => expect(ms).toEqual([])],
  ];
  for (const [name, check] of cases) {
    it(`CH3: ${name} is normalised`, async () => {
      h = await webhookHarness({ script: () => ({ type: 'none' }) });
      const res = await h.post(fixture(name));
      expect(res.status).toBe(200);
      check(h.received);
      expect(h.errors).toEqual([]);
    });
  }

  it('CH3: a batch keeps its order, skips malformed parts and other fields', async () => {
    h = await webhookHarness({ script: () => ({ type: 'none' }) });
    expect((await h.post(fixture('batch-mixed.json'))).status).toBe(200);
    expect(h.received.map((m) => m.content)).toEqual([
      { type: 'text', text: 'first' },
      { type: 'text', text: 'second' },
    ]);
  });

  it("CH3: entries of another account on the same app are not this channel's", async () => {
    h = await webhookHarness({ script: () => ({ type: 'none' }) });
    const raw = fixture('message-text.json').replace(
      `"id": "${ACCOUNT}"`,
      '"id": "17841499999999999"',
    );
    expect((await h.post(raw)).status).toBe(200);
    expect(h.received).toEqual([]);
  });

  it('CH3: a delivery the desk cannot take answers 500 so Meta delivers it again', async () => {
    h = await webhookHarness({ script: () => ({ type: 'none' }) });
    const raw = fixture('message-text.json').replace(
      /"mid": "[^"]+"/,
      `"mid": "${'x'.repeat(600)}"`,
    );
    const res = await h.post(raw);
    expect(res.status).toBe(500);
    expect(await res.text()).toMatch(/Meta will deliver them again/);
    const huge = await h.adapter.fetch(
      new Request(HOOK, { method: 'POST', body: 'x'.repeat(1024 * 1024 + 1) }),
    );
    expect(huge.status).toBe(413);
  });

  it('CH3: a delivery that arrives before the channel starts asks Meta to retry', async () => {
    const adapter = testAdapter();
    const raw = fixture('message-text.json');
    const res = await adapter.fetch(
      new Request(HOOK, {
        method: 'POST',
        headers: { 'x-hub-signature-256': signBody(SECRET, raw) },
        body: raw,
      }),
    );
    expect(res.status).toBe(503);
  });
});

describe('Send API', () => {
  it('CH3: a reply inside the 24 h window goes to the customer id', async () => {
    h = await webhookHarness();
    await h.dm(CUSTOMER, 'hello');
    expect(h.graph.sent).toEqual([
      expect.objectContaining({ to: CUSTOMER, message: { text: 'echo: hello' } }),
    ]);
    const call = h.graph.requests.find((r) => r.path.endsWith('/messages'));
    expect(call?.path).toBe(`/v23.0/${ACCOUNT}/messages`);
    expect(call?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call?.body).toMatchObject({ recipient: { id: CUSTOMER } });
    // The typing indicator is shown while the assistant answers, inside the window.
    const actions = h.graph.requests.map((r) => r.body?.sender_action).filter(Boolean);
    expect(actions).toEqual(expect.arrayContaining(['typing_on', 'typing_off']));
  });

  it('CH3: a first-time customer gets their Instagram name, looked up once', async () => {
    h = await webhookHarness({ script: () => ({ type: 'none' }) });
    h.graph.setProfile(CUSTOMER, { name: 'Dewi Sartika', username: 'dewi.sartika' });
    await h.dm(CUSTOMER, 'one');
    await h.dm(CUSTOMER, 'two');
    await h.dm('555', 'unknown profile');
    const contacts = (await h.desk.inbox.list()).items.map((i) => i.contact.name);
    expect(contacts.sort()).toEqual(['Dewi Sartika', undefined].sort());
    const lookups = h.graph.requests.filter((r) => r.method === 'GET');
    expect(lookups.map((r) => r.path)).toEqual([`/v23.0/${CUSTOMER}`, '/v23.0/555']);
  });

  it('CH3: after 24 h of silence a send fails with REPLY_WINDOW_CLOSED and makes no call', async () => {
    h = await webhookHarness({ script: () => ({ type: 'none' }) });
    await h.dm(CUSTOMER, 'hello');
    await h.clock.advance(23 * 3_600_000);
    const [sent] = await h.desk.send({ channelId: 'ig', to: CUSTOMER }, 'still here?');
    expect(sent?.status).toBe('sent');
    await h.clock.advance(2 * 3_600_000);
    const calls = h.graph.requests.length;
    const late = await h.desk.send({ channelId: 'ig', to: CUSTOMER }, 'too late').catch((e) => e);
    expect(ParleyError.hasCode(late, 'REPLY_WINDOW_CLOSED')).toBe(true);
    expect((late as Error).message).toMatch(/24 hours/);
    expect(h.graph.requests.length).toBe(calls);
  });

  it("CH3: Meta's own window refusal maps to REPLY_WINDOW_CLOSED", async () => {
    h = await webhookHarness();
    const e = await h.desk.send({ channelId: 'ig', to: '999' }, 'cold message').catch((x) => x);
    expect(ParleyError.hasCode(e, 'REPLY_WINDOW_CLOSED')).toBe(true);
    expect((e as ParleyError).details).toMatchObject({ graphCode: 10, graphSubcode: 2534022 });
  });

  it("CH3: an operator's reply carries Meta's HUMAN_AGENT tag and may go out until 7 days after the customer's last message", async () => {
    h = await webhookHarness({ script: () => 'echo' });
    await h.dm(CUSTOMER, 'hello');
    const [row] = (await h.desk.inbox.list()).items;
    const conversationId = row!.conversation.id;
    // Inside 24 h: the assistant's reply goes untagged, an operator's tagged.
    await h.desk.inbox.reply(conversationId, 'Halo, saya Rina', { operatorId: 'rina' });
    expect(h.graph.sent.map((m) => [m.message.text, m.tag])).toEqual([
      ['echo', undefined],
      ['Halo, saya Rina', 'HUMAN_AGENT'],
    ]);
    const tagged = h.graph.deliveries().at(-1);
    expect(tagged?.body).toMatchObject({
      recipient: { id: CUSTOMER },
      messaging_type: 'MESSAGE_TAG',
      tag: 'HUMAN_AGENT',
    });
    // Three days later (the conversation auto-closed) only a human may still write, and
    // the fake Graph API accepts it.
    await h.clock.advance(3 * 86_400_000);
    const rina = { author: { kind: 'operator', id: 'rina' } } as const;
    const system = await h.desk
      .send({ channelId: 'ig', to: CUSTOMER }, 'automated follow-up')
      .catch((e) => e);
    expect(ParleyError.hasCode(system, 'REPLY_WINDOW_CLOSED')).toBe(true);
    expect(system.message).toMatch(/operator's reply may go out up to 7 days/);
    const [late] = await h.desk.send(
      { channelId: 'ig', to: CUSTOMER },
      'Paketnya sudah dikirim',
      rina,
    );
    expect(late?.status).toBe('sent');
    expect(h.graph.sent.at(-1)).toMatchObject({ to: CUSTOMER, tag: 'HUMAN_AGENT' });
    // Past 7 days even an operator is refused, before any call.
    await h.clock.advance(4 * 86_400_000);
    const calls = h.graph.deliveries().length;
    const closed = await h.desk
      .send({ channelId: 'ig', to: CUSTOMER }, 'Halo?', rina)
      .catch((e) => e);
    expect(ParleyError.hasCode(closed, 'REPLY_WINDOW_CLOSED')).toBe(true);
    expect(closed.message).toMatch(/HUMAN_AGENT.*7 days/);
    expect(h.graph.deliveries()).toHaveLength(calls);
    expect(h.graph.sent).toHaveLength(3);
  });

  it('CH3: for a thread Parley never saw, Meta applies the 7-day human window only to the tagged operator reply', async () => {
    h = await webhookHarness();
    // The customer wrote three days ago, before this channel existed.
    h.graph.userWrote('777', new Date(h.clock.now().getTime() - 3 * 86_400_000));
    const bot = await h.desk.send({ channelId: 'ig', to: '777' }, 'automated').catch((e) => e);
    expect(ParleyError.hasCode(bot, 'REPLY_WINDOW_CLOSED')).toBe(true);
    expect(bot.details).toMatchObject({ graphCode: 10 });
    const [human] = await h.desk.send({ channelId: 'ig', to: '777' }, 'Rina here', {
      author: { kind: 'operator', id: 'rina' },
    });
    expect(human?.status).toBe('sent');
    expect(h.graph.sentTo('777')).toEqual([expect.objectContaining({ tag: 'HUMAN_AGENT' })]);
  });

  it('CH3: media go as attachments by URL; bytes without a URL are refused with a fix', async () => {
    h = await webhookHarness({ script: () => ({ type: 'none' }) });
    await h.dm(CUSTOMER, 'photo please');
    await h.desk.send(
      { channelId: 'ig', to: CUSTOMER },
      {
        type: 'media',
        kind: 'image',
        url: 'https://cdn.example/batik.jpg',
        caption: 'Batik tulis',
      },
    );
    expect(h.graph.sentTo(CUSTOMER).map((m) => m.message)).toEqual([
      { attachment: { type: 'image', payload: { url: 'https://cdn.example/batik.jpg' } } },
      { text: 'Batik tulis' },
    ]);
    const e = await h.desk
      .send(
        { channelId: 'ig', to: CUSTOMER },
        { type: 'media', kind: 'image', data: new Uint8Array([1]) },
      )
      .catch((x) => x);
    expect((e as Error).message).toMatch(/public https `url`/);
  });

  it('RT2: a menu goes out as quick replies whose payload is the option id; a tap comes back as the choice', async () => {
    h = await webhookHarness({
      script: (input) =>
        input.turn[0]!.content.type === 'choice'
          ? `picked ${input.turn[0]!.content.optionId}`
          : menuReply('How can we help?', [
              ['sales', 'Sales'],
              ['support', 'Support'],
            ]),
    });
    await h.dm(CUSTOMER, 'hi');
    expect(h.graph.sentTo(CUSTOMER)[0]!.message).toEqual({
      text: 'How can we help?',
      quick_replies: [
        { content_type: 'text', title: 'Sales', payload: 'sales' },
        { content_type: 'text', title: 'Support', payload: 'support' },
      ],
    });
    await h.post(
      fixture('message-quick-reply.json').replaceAll(
        '1767603540000',
        String(h.clock.now().getTime()),
      ),
    );
    expect(sentTexts(h.graph, CUSTOMER).at(-1)).toBe('picked sales');
  });

  it('RT2: options with titles longer than Instagram shows fall back to numbered text', async () => {
    h = await webhookHarness({
      script: () =>
        menuReply('Choose', [
          ['a', 'Shipping and delivery times'],
          ['b', 'Returns'],
        ]),
    });
    await h.dm(CUSTOMER, 'hi');
    expect(sentTexts(h.graph, CUSTOMER)).toEqual([
      'Choose\n\n1. Shipping and delivery times\n2. Returns',
    ]);
  });

  for (const [label, failure] of [
    ['HTTP 429', { status: 429, error: { message: 'Too many calls', code: 4 }, retryAfter: '7' }],
    [
      'error code 4',
      { status: 400, error: { message: '(#4) Application request limit reached', code: 4 } },
    ],
    [
      'error code 613',
      {
        status: 400,
        error: { message: '(#613) Calls to this api have exceeded the rate limit.', code: 613 },
      },
    ],
  ] as const) {
    it(`CH3: a rate-limit answer (${label}) is retried after a back-off on the clock`, async () => {
      h = await webhookHarness({ script: () => ({ type: 'none' }) });
      await h.dm(CUSTOMER, 'hi');
      h.graph.failNext(failure);
      const calls = () => h!.graph.deliveries().length;
      const before = calls();
      let done = false;
      const sending = h.desk
        .send({ channelId: 'ig', to: CUSTOMER }, 'after the pause')
        .finally(() => {
          done = true;
        });
      const wait = label === 'HTTP 429' ? 7000 : 2000;
      for (let i = 0; i < 20 && calls() === before; i++) await h.clock.advance(0);
      expect(calls()).toBe(before + 1);
      await h.clock.advance(wait - 1);
      expect(done).toBe(false);
      expect(calls()).toBe(before + 1);
      await h.settle(sending);
      expect(calls()).toBe(before + 2);
      expect(sentTexts(h.graph, CUSTOMER)).toEqual(['after the pause']);
    });
  }

  it('CH3: a rate limit that outlasts the retries fails with RATE_LIMITED', async () => {
    h = await webhookHarness({ script: () => ({ type: 'none' }), adapter: { maxRetries: 2 } });
    await h.dm(CUSTOMER, 'hi');
    h.graph.failNext({ status: 400, error: { message: '(#613) rate limit', code: 613 } }, 3);
    const e = await h.settle(h.desk.send({ channelId: 'ig', to: CUSTOMER }, 'x').catch((x) => x));
    expect(ParleyError.hasCode(e, 'RATE_LIMITED')).toBe(true);
    expect(h.graph.deliveries().filter((r) => r.path.endsWith('/messages'))).toHaveLength(3);
  });

  it('CH3: bad options fail with CONFIG_INVALID naming the field', () => {
    expect(() =>
      instagram({
        transport: 'webhooks',
        accountId: 'abc',
        accessToken: '',
        appSecret: 's',
        verifyToken: 'v',
      }),
    ).toThrow(/accountId[\s\S]*numeric|access token/);
  });

  it('CH3: submitCode belongs to the private transport and takes digits only', async () => {
    h = await webhookHarness();
    const e = await h.adapter.submitCode('123456').catch((x) => x);
    expect(ParleyError.hasCode(e, 'CONFLICT')).toBe(true);
    const ig = instagram({ transport: 'private', username: 'shop', password: 'pw' });
    const bad = await ig.submitCode('12 34 ab').catch((x) => x);
    expect(ParleyError.hasCode(bad, 'INPUT_INVALID')).toBe(true);
    expect((bad as Error).message).toMatch(/4–8 digits/);
  });
});

describe('fast acknowledgement', () => {
  it('P-14: the webhook answers 200 once the message is recorded, while a 30 s model still thinks', async () => {
    const clock = createFakeClock();
    h = await webhookHarness({
      clock,
      script: async () => {
        await sleep(clock, 30_000);
        return 'thought about it';
      },
    });
    const at = clock.now();
    h.graph.userWrote(CUSTOMER, at);
    const delivery = webhookDelivery(
      ACCOUNT,
      { messaging: [directMessageEvent(ACCOUNT, { from: CUSTOMER, text: 'hi', at })] },
      at,
    );
    // No clock moves: the answer cannot wait for the model's 30 s.
    const response = await h.adapter.fetch(signedWebhookRequest(HOOK, SECRET, delivery));
    expect(response.status).toBe(200);
    expect(h.received).toHaveLength(1);
    expect(h.graph.sent).toEqual([]);
    await h.settle(h.desk.idle());
    expect(sentTexts(h.graph, CUSTOMER)).toEqual(['thought about it']);
  });
});

describe('Instagram webhook: Meta conformance', () => {
  const cases = metaWebhookConformance(async () => {
    const harness = await webhookHarness();
    const parse = vi.spyOn(JSON, 'parse');
    return {
      fetch: (request) => harness.adapter.fetch(request),
      url: HOOK,
      appSecret: SECRET,
      verifyToken: VERIFY,
      maxBodyBytes: 1024 * 1024,
      parsed: () => parse.mock.calls.length,
      async close() {
        parse.mockRestore();
        await harness.close();
      },
    };
  });
  for (const c of cases) it(c.name, c.run);
});
