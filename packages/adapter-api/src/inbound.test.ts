import { describe, expect, it } from 'vitest';
import { call, callNow, openConversation, read, setupChannel } from './harness.test-support.js';

const setup = () => setupChannel();

describe('API channel: contacts, conversations and messages over HTTP', () => {
  it('CH6: a contact is created, read and updated; a second create with its id is refused', async () => {
    const { adapter } = await setup();
    const created = await read(
      call(adapter, 'POST', '/contacts', {
        id: 'crm-42',
        name: 'Ana Souza',
        email: 'ana@example.com',
        attributes: { plan: 'basic', vip: false },
      }),
    );
    expect(created.status).toBe(201);
    expect(created.body.contact).toMatchObject({
      id: 'crm-42',
      name: 'Ana Souza',
      email: 'ana@example.com',
      attributes: { plan: 'basic', vip: false },
      verified: false,
      origin: 'api',
    });

    const updated = await read(
      call(adapter, 'PATCH', '/contacts/crm-42', {
        name: 'Ana S.',
        email: null,
        attributes: { plan: 'pro', vip: null },
      }),
    );
    expect(updated.status).toBe(200);
    expect(updated.body.contact).toMatchObject({ name: 'Ana S.', attributes: { plan: 'pro' } });
    expect(updated.body.contact.email).toBeUndefined();

    const got = await read(call(adapter, 'GET', '/contacts/crm-42'));
    expect(got.body.contact).toEqual(updated.body.contact);

    const again = await read(call(adapter, 'POST', '/contacts', { id: 'crm-42' }));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: 'contact_exists' });
    expect(again.body.message).toContain('PATCH /contacts/crm-42');
  });

  it('CH6: the same contact created twice at once is created once', async () => {
    const { adapter } = await setup();
    const answers = await Promise.all(
      [1, 2, 3].map((n) => call(adapter, 'POST', '/contacts', { id: 'dup', name: `N${n}` })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409]);
  });

  it('CH6: a contact created without an id gets one; unknown contacts are 404 with the way out', async () => {
    const { adapter } = await setup();
    const created = await read(call(adapter, 'POST', '/contacts', { name: 'Anonymous' }));
    expect(created.status).toBe(201);
    expect(created.body.contact.id).toMatch(/^contact_/);
    const missing = await read(call(adapter, 'GET', '/contacts/nobody'));
    expect(missing).toMatchObject({ status: 404, body: { error: 'contact_not_found' } });
    expect(missing.body.message).toContain('POST /contacts');
    const post = await read(
      call(adapter, 'POST', '/contacts/nobody/conversations', { message: { text: 'hi' } }),
    );
    expect(post.status).toBe(404);
  });

  it('CH6: opening a conversation hands the message to the desk, and the reply reaches the webhook', async () => {
    const { adapter, desk, receiver, errors } = await setup();
    await call(adapter, 'POST', '/contacts', {
      id: 'crm-7',
      name: 'Budi',
      email: 'budi@example.co.id',
    });
    const opened = await read(
      call(adapter, 'POST', '/contacts/crm-7/conversations', {
        message: { id: 'ticket-1-msg-1', text: 'Halo, pesanan saya belum sampai' },
      }),
    );
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      status: 'accepted',
      conversation: { contactId: 'crm-7', status: 'active' },
      message: { externalId: 'ticket-1-msg-1' },
    });
    const conversationId = opened.body.conversation.id;

    // The desk has the conversation, with the contact's profile.
    const [row] = (await desk.inbox.list({ channelId: 'api' })).items;
    expect(row?.conversation.id).toBe(conversationId);
    expect(row?.contact).toMatchObject({ name: 'Budi', email: 'budi@example.co.id' });
    const messages = await desk.inbox.messages(conversationId);
    expect(messages[0]).toMatchObject({
      id: opened.body.message.id,
      externalId: 'ticket-1-msg-1',
      direction: 'inbound',
    });

    await adapter.webhook.idle();
    expect(receiver.events).toHaveLength(1);
    expect(receiver.events[0]!.type).toBe('message.sent');
    expect(receiver.events[0]!.data).toMatchObject({
      channelId: 'api',
      contactId: 'crm-7',
      conversationId,
      message: {
        id: messages[1]!.id,
        text: 'echo: Halo, pesanan saya belum sampai',
        content: { type: 'text', text: 'echo: Halo, pesanan saya belum sampai' },
        author: { kind: 'assistant', id: 'bot' },
        authorName: 'Bot',
      },
    });
    expect(errors).toEqual([]);
  });

  it('CH6: messages join the conversation; opening again joins the active one (200, not 201)', async () => {
    const { adapter, desk } = await setup();
    const conversationId = await openConversation(adapter, 'crm-1', 'first');
    const posted = await read(
      call(adapter, 'POST', `/contacts/crm-1/conversations/${conversationId}/messages`, {
        text: 'second',
      }),
    );
    expect(posted.status).toBe(201);
    expect(posted.body.conversation.id).toBe(conversationId);
    const again = await read(
      call(adapter, 'POST', '/contacts/crm-1/conversations', { message: { text: 'third' } }),
    );
    expect(again.status).toBe(200);
    expect(again.body.conversation.id).toBe(conversationId);
    const texts = (await desk.inbox.messages(conversationId))
      .filter((m) => m.direction === 'inbound')
      .map((m) => (m.content.type === 'text' ? m.content.text : ''));
    expect(texts).toEqual(['first', 'second', 'third']);
  });

  it('CH6: a polling client reads the conversation after a cursor, and its status', async () => {
    const { adapter } = await setup();
    const id = await openConversation(adapter, 'crm-2', 'hello');
    const base = `/contacts/crm-2/conversations/${id}`;
    const first = await read(call(adapter, 'GET', `${base}/messages`));
    expect(first.status).toBe(200);
    expect(
      first.body.messages.map((m: { direction: string; text: string }) => [m.direction, m.text]),
    ).toEqual([
      ['inbound', 'hello'],
      ['outbound', 'echo: hello'],
    ]);
    expect(first.body.more).toBe(false);
    const cursor = first.body.cursor;

    const idle = await read(call(adapter, 'GET', `${base}/messages?after=${cursor}`));
    expect(idle.body.messages).toEqual([]);
    expect(idle.body.cursor).toBe(cursor);

    await call(adapter, 'POST', `${base}/messages`, { text: 'more' });
    const next = await read(call(adapter, 'GET', `${base}/messages?after=${cursor}&limit=1`));
    expect(next.body.messages.map((m: { text: string }) => m.text)).toEqual(['more']);
    expect(next.body.more).toBe(true);
    const last = await read(call(adapter, 'GET', `${base}/messages?after=${next.body.cursor}`));
    expect(last.body.messages.map((m: { text: string }) => m.text)).toEqual(['echo: more']);

    const status = await read(call(adapter, 'GET', base));
    expect(status.body.conversation).toMatchObject({
      id,
      contactId: 'crm-2',
      status: 'active',
      lastMessage: { direction: 'outbound', text: 'echo: more', status: 'sent' },
    });

    const badQuery = await read(call(adapter, 'GET', `${base}/messages?limit=500`));
    expect(badQuery.status).toBe(422);
    expect(badQuery.body.message).toContain('limit');
  });

  it('CH6: a conversation closed for inactivity is reported closed; posting to it says how to go on', async () => {
    const { adapter, clock } = await setup();
    const id = await openConversation(adapter, 'crm-3', 'hello');
    await clock.advance(25 * 3_600_000); // the tenant's auto-close period is 24 h (IN4)
    const base = `/contacts/crm-3/conversations/${id}`;
    expect((await read(call(adapter, 'GET', base))).body.conversation.status).toBe('closed');
    const poll = await read(call(adapter, 'GET', `${base}/messages`));
    expect(poll).toMatchObject({ status: 410, body: { error: 'conversation_closed' } });
    const post = await read(call(adapter, 'POST', `${base}/messages`, { text: 'still there?' }));
    expect(post).toMatchObject({ status: 409, body: { error: 'conversation_closed' } });
    expect(post.body.message).toContain('POST /contacts/crm-3/conversations');

    const reopened = await read(
      call(adapter, 'POST', '/contacts/crm-3/conversations', { message: { text: 'new topic' } }),
    );
    expect(reopened.status).toBe(201);
    expect(reopened.body.conversation.id).not.toBe(id);
  });

  it("CH6: another contact's conversation is not found", async () => {
    const { adapter } = await setup();
    const id = await openConversation(adapter, 'alice', 'hi');
    await call(adapter, 'POST', '/contacts', { id: 'mallory' });
    for (const [method, path, body] of [
      ['GET', `/contacts/mallory/conversations/${id}`, undefined],
      ['GET', `/contacts/mallory/conversations/${id}/messages`, undefined],
      ['POST', `/contacts/mallory/conversations/${id}/messages`, { text: 'x' }],
    ] as const) {
      const r = await read(call(adapter, method, path, body));
      expect(r).toMatchObject({ status: 404, body: { error: 'conversation_not_found' } });
    }
  });

  it('CH6: a conversation the business started reaches the webhook, and the API can answer in it', async () => {
    const { adapter, desk, receiver } = await setup();
    const [sent] = await desk.send({ channelId: 'api', to: 'crm-9' }, 'Your order has shipped');
    await adapter.webhook.idle();
    expect(receiver.sentTo('crm-9')).toEqual([{ type: 'text', text: 'Your order has shipped' }]);
    expect(receiver.events[0]!.data.message.author).toEqual({ kind: 'system' });

    const contact = await read(call(adapter, 'GET', '/contacts/crm-9'));
    expect(contact.body.contact).toMatchObject({
      id: 'crm-9',
      origin: 'business',
      currentConversationId: sent!.conversationId,
    });
    const answer = await read(
      call(adapter, 'POST', `/contacts/crm-9/conversations/${sent!.conversationId}/messages`, {
        text: 'Thanks!',
        replyTo: sent!.externalId,
      }),
    );
    expect(answer.status).toBe(201);
    const [, inbound] = await desk.inbox.messages(sent!.conversationId);
    expect(inbound).toMatchObject({ direction: 'inbound', replyToExternalId: sent!.id });
  });

  it('CH6: media, location and menu choices come in; menus go out as data', async () => {
    const { adapter, receiver, desk } = await setup();
    const menu = {
      type: 'menu' as const,
      text: 'Which team?',
      options: [
        { id: 'sales', title: 'Sales' },
        { id: 'support', title: 'Support' },
      ],
    };
    const id = await openConversation(adapter, 'crm-5', 'menu please');
    const inbox = desk.inbox;
    await inbox.reply(id, menu, { operatorId: 'maria' });
    const base = `/contacts/crm-5/conversations/${id}/messages`;
    for (const content of [
      { type: 'media', kind: 'image', url: 'https://cdn.example.com/p.jpg', caption: 'this one' },
      { type: 'location', latitude: -6.2, longitude: 106.8, name: 'Jakarta' },
      { type: 'choice', optionId: 'sales', title: 'Sales' },
    ]) {
      const r = await read(call(adapter, 'POST', base, { content }));
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const inbound = (await inbox.messages(id)).filter((m) => m.direction === 'inbound');
    expect(inbound.map((m) => m.content.type)).toEqual(['text', 'media', 'location', 'choice']);
    await adapter.webhook.idle();
    const out = receiver.sentTo('crm-5');
    expect(out).toContainEqual(menu);
    const fromMaria = receiver.events.find((e) => e.data.message.content.type === 'menu')!;
    expect(fromMaria.data.message).toMatchObject({
      author: { kind: 'operator', id: 'maria' },
      authorName: 'Maria',
      text: 'Which team?\n1. Sales\n2. Support',
    });
  });
});

describe('API channel: fast acknowledgement', () => {
  it('P-14: a posted message is answered 201 once recorded, while a slow model still thinks', async () => {
    let release!: () => void;
    const model = new Promise<void>((r) => (release = r));
    const { adapter, desk } = await setupChannel({
      contact: 'crm-9',
      script: async () => {
        await model; // a model that takes as long as the test wants
        return 'took a while';
      },
    });
    const opened = await read(
      callNow(adapter, 'POST', '/contacts/crm-9/conversations', { message: { text: 'hi' } }),
    );
    expect(opened.status).toBe(201);
    const replies = async () =>
      (await desk.inbox.messages(opened.body.conversation.id))
        .filter((m) => m.direction === 'outbound')
        .map((m) => m.content);
    expect(await replies()).toEqual([]);
    release();
    await desk.idle();
    expect(await replies()).toEqual([{ type: 'text', text: 'took a while' }]);
  });
});
