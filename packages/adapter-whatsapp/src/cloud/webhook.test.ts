import { signMetaBody } from '@parley/core/internal';
import { metaWebhookConformance } from '@parley/core/testing';
import { describe, expect, it, vi } from 'vitest';
import { CLOUD, cloudDesk, fixture, fixtureText } from '../test-helpers.js';
import { whatsappWebhookRequest } from '../testing/webhook-request.js';

const verifyUrl = (token: string, challenge = '1158201444') =>
  `http://localhost/wa?hub.mode=subscribe&hub.verify_token=${encodeURIComponent(token)}&hub.challenge=${challenge}`;

describe('Cloud API webhook', () => {
  it('CH2: the hub.challenge GET echoes the challenge only for the right verify token', async () => {
    const t = await cloudDesk();
    const ok = await t.adapter.fetch!(new Request(verifyUrl(CLOUD.verifyToken)));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const wrong = await t.adapter.fetch!(new Request(verifyUrl('guess')));
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).toMatch(/verify_token/);
    const noMode = await t.adapter.fetch!(new Request('http://localhost/wa?hub.challenge=1'));
    expect(noMode.status).toBe(403);
    await t.close();
  });

  it('CH2: a signed event POST is accepted and answered', async () => {
    const t = await cloudDesk();
    const response = await t.post(fixtureText('cloud/text.json'));
    expect(response.status).toBe(200);
    expect(t.assistant.calls).toHaveLength(1);
    expect(t.graph.sentTo('5511987654321')).toEqual([{ type: 'text', text: 'echo 1' }]);
    await t.close();
  });

  it('CH2: bad or missing signatures are refused before the body is parsed', async () => {
    const t = await cloudDesk();
    const body = fixtureText('cloud/text.json');
    const cases: Array<[string, Request]> = [
      ['missing', new Request('http://localhost/wa', { method: 'POST', body })],
      ['other secret', whatsappWebhookRequest(body, 'not-the-app-secret')],
      [
        'body changed after signing',
        whatsappWebhookRequest(`${body} `, CLOUD.appSecret, {
          signature: signMetaBody(CLOUD.appSecret, body),
        }),
      ],
      [
        'sha1 form',
        whatsappWebhookRequest(body, CLOUD.appSecret, {
          signature: 'sha1=da39a3ee5e6b4b0d3255bfef95601890afd80709',
        }),
      ],
      [
        'truncated',
        whatsappWebhookRequest(body, CLOUD.appSecret, {
          signature: signMetaBody(CLOUD.appSecret, body).slice(0, -2),
        }),
      ],
      // Not JSON at all: a 401, not a 400, proves the signature is checked first.
      ['garbage', whatsappWebhookRequest('{not json', 'wrong')],
    ];
    for (const [name, request] of cases) {
      const response = await t.adapter.fetch!(request);
      expect(response.status, name).toBe(401);
    }
    expect(t.assistant.calls).toHaveLength(0);
    await t.close();
  });

  it('CH2: malformed, foreign or oversized bodies are refused', async () => {
    const t = await cloudDesk({ transport: { maxBodyBytes: 4096 } });
    expect((await t.post('{not json')).status).toBe(400);
    expect((await t.post({ object: 'page', entry: [] })).status).toBe(400);
    // A malformed message inside a valid envelope is skipped, not the batch (see changes.test).
    expect(
      (
        await t.post({
          object: 'whatsapp_business_account',
          entry: [{ changes: [{ field: 'messages', value: { messages: [{ id: 'x' }] } }] }],
        })
      ).status,
    ).toBe(200);
    const invalidUtf8 = Buffer.from([0x7b, 0xff, 0xfe, 0x7d]);
    const raw = new Request('http://localhost/wa', {
      method: 'POST',
      headers: { 'x-hub-signature-256': signMetaBody(CLOUD.appSecret, invalidUtf8) },
      body: invalidUtf8,
    });
    expect((await t.adapter.fetch!(raw)).status).toBe(400);
    expect(
      (await t.post({ object: 'whatsapp_business_account', entry: [], pad: 'x'.repeat(5000) }))
        .status,
    ).toBe(413);
    expect(
      (await t.adapter.fetch!(new Request('http://localhost/wa', { method: 'PUT' }))).status,
    ).toBe(405);
    expect(t.assistant.calls).toHaveLength(0);
    await t.close();
  });

  it('P-13, CH2: a replayed delivery is acknowledged but answered once', async () => {
    const t = await cloudDesk();
    const body = fixtureText('cloud/text.json');
    expect((await t.post(body)).status).toBe(200);
    expect((await t.post(body)).status).toBe(200);
    expect(t.assistant.calls).toHaveLength(1);
    expect(t.graph.messages).toHaveLength(1);
    await t.close();
  });

  it('P-13, CH2: the same delivery arriving three times at once is acknowledged thrice and answered once', async () => {
    const t = await cloudDesk();
    const body = fixtureText('cloud/text.json');
    const responses = await Promise.all([t.post(body), t.post(body), t.post(body)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(t.assistant.calls).toHaveLength(1);
    expect(t.graph.messages).toHaveLength(1);
    const [conversation] = (await t.store.listConversations!('default', {})).items;
    const stored = await t.store.listMessages('default', conversation!.conversation.id);
    expect(stored.filter((m) => m.direction === 'inbound')).toHaveLength(1);
    await t.close();
  });

  it('CH2: events addressed to another number of the same app are ignored', async () => {
    const t = await cloudDesk();
    expect((await t.post(fixtureText('cloud/other-number.json'))).status).toBe(200);
    expect(t.assistant.calls).toHaveLength(0);
    await t.close();
  });

  it('CH2: delivery statuses are reported once each, failures with their code', async () => {
    const reports: Array<{ status: string; error?: { code: number | string } }> = [];
    const t = await cloudDesk({ whatsapp: { onDeliveryStatus: (s) => reports.push(s) } });
    const reads: Array<{ address: string; externalIds: string[] }> = [];
    t.desk.on('message.read', (e) => {
      reads.push(e);
    });
    await t.post(fixtureText('cloud/statuses.json'));
    await t.post(fixtureText('cloud/statuses.json'));
    expect(reports.map((r) => r.status)).toEqual(['sent', 'delivered', 'read', 'failed']);
    expect(reports[0]).toEqual({
      externalId: 'wamid.OUT01',
      to: '+5511987654321',
      status: 'sent',
      at: new Date(1767603700 * 1000),
    });
    expect(reports[3]!.error).toMatchObject({ code: 131047 });
    expect(reads).toMatchObject([{ address: '+5511987654321', externalIds: ['wamid.OUT01'] }]);
    await t.close();
  });

  it('CH2: a webhook before the channel starts gets a 503 so Meta retries it', async () => {
    const t = await cloudDesk();
    await t.desk.stop();
    const response = await t.adapter.fetch!(
      whatsappWebhookRequest(fixture('cloud/text.json'), CLOUD.appSecret),
    );
    expect(response.status).toBe(503);
    await t.graph.close();
  });

  it('P-36: a signed message whose sender is neither a phone number nor a user id is refused alone; the rest of the delivery is answered', async () => {
    const t = await cloudDesk();
    const body = fixture('cloud/text.json') as {
      entry: Array<{ changes: Array<{ value: { messages: Array<Record<string, string>> } }> }>;
    };
    const good = body.entry[0]!.changes[0]!.value.messages[0]!;
    body.entry[0]!.changes[0]!.value.messages = [
      { ...good, from: '+&', id: 'wamid.bad1' },
      { ...good, from: '806', id: 'wamid.bad2' },
      good,
    ];
    const response = await t.post(body);
    expect(response.status).toBe(200);
    expect(t.assistant.calls).toHaveLength(1);
    expect(t.graph.sentTo('5511987654321')).toEqual([{ type: 'text', text: 'echo 1' }]);
    expect(t.errors).toEqual([]);
    await t.close();
  });

  it('CH2: a message delivered after its 24-hour window closed is held for operators, labelled, with no turn', async () => {
    const t = await cloudDesk();
    // Meta retries a webhook for days: this one was written 30 hours before it arrives.
    t.clock.advance(30 * 3_600_000);
    const response = await t.post(fixtureText('cloud/text.json'));
    expect(response.status).toBe(200);
    expect(t.assistant.calls).toHaveLength(0);
    expect(t.graph.messages).toEqual([]);
    expect(t.errors).toEqual([]);
    const [row] = (await t.desk.inbox.list()).items;
    expect(row!.conversation.labels).toEqual(['Reply window closed']);
    await t.close();
  });

  it('CH2: with an outsideWindow template, a late message runs its turn and is answered by the template', async () => {
    const t = await cloudDesk({
      transport: { outsideWindow: () => ({ name: 'reengage', language: 'pt_BR' }) },
    });
    t.clock.advance(30 * 3_600_000);
    await t.post(fixtureText('cloud/text.json'));
    expect(t.assistant.calls).toHaveLength(1);
    expect(t.graph.messages.at(-1)).toMatchObject({
      type: 'template',
      template: { name: 'reengage' },
    });
    await t.close();
  });
});

describe('Cloud API webhook: Meta conformance', () => {
  const cases = metaWebhookConformance(async () => {
    const t = await cloudDesk({ transport: { maxBodyBytes: 64 * 1024 } });
    // Every parse of a webhook body goes through JSON.parse: none may run before the
    // signature is checked.
    const parse = vi.spyOn(JSON, 'parse');
    return {
      fetch: (request) => t.adapter.fetch!(request),
      url: 'http://localhost/wa',
      appSecret: CLOUD.appSecret,
      verifyToken: CLOUD.verifyToken,
      maxBodyBytes: 64 * 1024,
      parsed: () => parse.mock.calls.length,
      async close() {
        parse.mockRestore();
        await t.close();
      },
    };
  });
  for (const c of cases) it(c.name, c.run);
});
