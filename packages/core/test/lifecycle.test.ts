import { describe, expect, it } from 'vitest';
import { parseScore } from '../src/csat/score.js';
import { createTestDesk, memoryChannel } from '../src/testing/index.js';
import { conversationOf } from './routing-helpers.js';

describe('IN5: welcome message', () => {
  it('IN5: sent when a customer starts a conversation, before the route answers; not again', async () => {
    const t = await createTestDesk({
      settings: { welcomeMessage: 'Selamat datang di Toko Kami!' },
    });
    const c = t.customer('c');
    await c.send('halo');
    await c.send('ada promo?');
    expect(c.texts()).toEqual(['Selamat datang di Toko Kami!', 'echo: halo', 'echo: ada promo?']);
  });

  it('IN5: not sent on channels without one, nor to conversations the business started', async () => {
    const t = await createTestDesk({ settings: { welcomeMessage: 'Welcome!' } });
    await t.desk.send({ channelId: 'test', to: 'lead' }, 'Your order shipped.');
    await t.customer('lead').send('thanks');
    expect(t.customer('lead').texts()).toEqual(['Your order shipped.', 'echo: thanks']);
  });
});

describe('IN6: CSAT', () => {
  it('IN6: answers in digits, words (en/id/pt) and emoji are scores; other text is not', () => {
    const text = (t: string) => parseScore({ type: 'text', text: t });
    expect([text('5'), text('nota 4'), text('4/5'), text('3️⃣'), text('⭐⭐'), text('😡')]).toEqual([
      5, 4, 4, 3, 2, 1,
    ]);
    expect([
      text('five'),
      text('empat'),
      text('três'),
      text('ótimo!'),
      text('sangat bagus'),
      text('😐'),
    ]).toEqual([5, 4, 3, 5, 5, 3]);
    expect(parseScore({ type: 'choice', optionId: 'csat:2' })).toBe(2);
    expect([
      text('10'),
      text('3 or 4'),
      text('not good'),
      text('my order 12345 did not arrive'),
      text('quero outro produto'),
    ]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('IN6: on solve a 1–5 survey is sent; the answer is recorded, thanked, and the conversation stays solved', async () => {
    const t = await createTestDesk({
      settings: { csat: { question: 'Como foi o atendimento?', thanks: 'Obrigado!' } },
    });
    const submitted: number[] = [];
    t.desk.on('csat.submitted', (e) => {
      submitted.push(e.score);
    });
    const c = t.customer('c');
    await c.send('oi');
    const conv = await conversationOf(t, 'c');
    await t.desk.inbox.solve(conv.id);
    expect(c.received.at(-1)?.content).toMatchObject({
      type: 'menu',
      text: 'Como foi o atendimento?',
      options: [
        { id: 'csat:1' },
        { id: 'csat:2' },
        { id: 'csat:3' },
        { id: 'csat:4' },
        { id: 'csat:5' },
      ],
    });
    await c.send('😍');
    expect(submitted).toEqual([5]);
    expect(c.lastText()).toBe('Obrigado!');
    expect((await t.desk.inbox.get(conv.id)).status).toBe('solved');
    expect(t.assistant.calls).toHaveLength(1);
    // Later messages are new requests: the conversation reopens and is answered.
    await c.send('mais uma dúvida');
    expect((await t.desk.inbox.get(conv.id)).status).toBe('open');
    expect(c.lastText()).toBe('echo: mais uma dúvida');
  });

  it('IN6: a message that is not a score reopens the conversation instead', async () => {
    const t = await createTestDesk({ settings: { csat: {} } });
    const c = t.customer('c');
    await c.send('hi');
    await t.desk.inbox.solve((await conversationOf(t, 'c')).id);
    await c.send('wait, my order never arrived');
    expect(c.lastText()).toBe('echo: wait, my order never arrived');
    expect(await t.desk.csat.averages()).toMatchObject({ overall: { count: 0 } });
  });

  it('IN6: averages per channel, team, operator and assistant', async () => {
    const wa = memoryChannel();
    const t = await createTestDesk({
      settings: { csat: {} },
      teams: [{ id: 'sales', operators: [{ id: 'ana' }, { id: 'bruno' }] }],
      channels: [{ id: 'wa', adapter: wa, route: { team: 'sales' }, csat: { thanks: '' } }],
    });
    const rate = async (customer: ReturnType<typeof t.customer>, answer: string) => {
      await customer.send('hello');
      await t.desk.inbox.solve((await conversationOf(t, customer.address)).id);
      await customer.send(answer);
    };
    await rate(t.customer('w1'), '5'); // the assistant answered these
    await rate(t.customer('w2'), 'three');
    await rate(wa.customer('p1'), 'lima'); // ana
    await rate(wa.customer('p2'), '⭐'); // bruno
    await rate(wa.customer('p3'), 'bom'); // ana
    const avg = await t.desk.csat.averages();
    expect(avg.overall).toEqual({ average: 3.6, count: 5 });
    expect(avg.byChannel).toEqual({
      test: { average: 4, count: 2 },
      wa: { average: 3.33, count: 3 },
    });
    expect(avg.byAssistant).toEqual({ bot: { average: 4, count: 2 } });
    expect(avg.byTeam).toEqual({ sales: { average: 3.33, count: 3 } });
    expect(avg.byOperator).toEqual({
      ana: { average: 4.5, count: 2 },
      bruno: { average: 1, count: 1 },
    });
    expect((await t.desk.csat.responses()).map((r) => r.answer)).toEqual([
      '5',
      'three',
      'lima',
      '⭐',
      'bom',
    ]);
    expect(wa.customer('p1').texts()).not.toContain('Thank you for your feedback!');
  });

  it('IN6: an answer after the survey expired is a new message', async () => {
    const t = await createTestDesk({ settings: { csat: { expiresAfterHours: 1 } } });
    const c = t.customer('c');
    await c.send('hi');
    await t.desk.inbox.solve((await conversationOf(t, 'c')).id);
    await t.clock.advance(3_600_000);
    await c.send('5');
    expect(c.lastText()).toBe('echo: 5');
    expect(await t.desk.csat.responses()).toEqual([]);
  });
});

describe('IN4: auto-close', () => {
  it('IN4: the scheduler closes an idle conversation silently; the next message opens a new one', async () => {
    const t = await createTestDesk({ tenants: [{ id: 'default', autoCloseHours: 1 }] });
    const closed: string[] = [];
    t.desk.on('conversation.closed', (e) => {
      closed.push(e.reason);
    });
    const c = t.customer('c');
    await c.send('hi');
    await t.clock.advance(30 * 60_000);
    await c.send('still here'); // activity moves the deadline
    await t.clock.advance(59 * 60_000);
    expect(closed).toEqual([]);
    await t.clock.advance(60_000);
    expect(closed).toEqual(['inactivity']);
    expect(c.texts()).toEqual(['echo: hi', 'echo: still here']);
    const first = await conversationOf(t, 'c');
    expect(first.status).toBe('closed');
    await c.send('hello again');
    expect((await conversationOf(t, 'c')).id).not.toBe(first.id);
  });

  it('IN4: with a closing message, the customer is told before the conversation closes', async () => {
    const t = await createTestDesk({
      tenants: [
        {
          id: 'default',
          autoCloseHours: 72,
          autoCloseMessage: 'Encerramos esta conversa por inatividade.',
        },
      ],
    });
    const c = t.customer('c');
    await c.send('oi');
    await t.clock.advance(72 * 3_600_000);
    expect(c.lastText()).toBe('Encerramos esta conversa por inatividade.');
    expect((await conversationOf(t, 'c')).status).toBe('closed');
  });

  it('IN4: closing frees the operator, and the team queue moves on', async () => {
    const t = await createTestDesk({
      tenants: [{ id: 'default', autoCloseHours: 2 }],
      route: { team: 'sales' },
      teams: [{ id: 'sales', operators: [{ id: 'ana', maxConcurrent: 1 }] }],
    });
    await t.customer('first').send('hi');
    await t.clock.advance(3_600_000);
    await t.customer('second').send('hi');
    expect(await conversationOf(t, 'second')).toMatchObject({ handler: 'queue', teamId: 'sales' });
    await t.clock.advance(3_600_000);
    expect((await conversationOf(t, 'first')).status).toBe('closed');
    expect(await conversationOf(t, 'second')).toMatchObject({
      handler: 'operator',
      assigneeId: 'ana',
    });
  });
});
