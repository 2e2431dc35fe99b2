// Instagram deliveries as Meta documents them (each fixture names its page in
// `_source`), fed through the webhook handler into a real desk.
import { readFileSync } from 'node:fs';
import type { DeskEvents, MenuOptions } from '@parley/core';
import { afterEach, describe, expect, it } from 'vitest';
import { sentTexts, type WebhookHarness, webhookHarness } from './webhook-harness.test-support.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../__fixtures__/webhooks/${name}`, import.meta.url), 'utf8');
const CUSTOMER = '6729384756102938';

let h: WebhookHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function threadOf(harness: WebhookHarness, address: string) {
  const rows = (await harness.desk.inbox.list()).items;
  const row = rows.find((r) => r.conversation.contactAddress === address)!;
  return { row, messages: await harness.desk.inbox.messages(row.conversation.id) };
}

const triage: MenuOptions = {
  id: 'triage',
  text: 'Como podemos ajudar?',
  options: [
    { title: 'Comprar', route: { assistant: 'bot' } },
    { title: 'Trocas', route: { team: 'humans' } },
  ],
  fallbackTeam: 'humans',
};

describe('Instagram webhooks: what production sends', () => {
  it("CH4: a comment-started conversation's private reply is the rule's DM; welcome and menu wait for the first DM", async () => {
    h = await webhookHarness({
      adapter: {
        commentRules: [{ id: 'promo', match: ['promo'], dm: 'Seu código: VERAO10 🎉' }],
      },
      channel: { welcomeMessage: 'Bem-vinda à loja!', route: { menu: 'triage' } },
      menus: [triage],
    });
    await h.comment({ from: 'u1', username: 'dewi', text: 'quero a promo', commentId: 'c1' });
    expect(h.graph.sent).toEqual([
      expect.objectContaining({
        to: 'u1',
        commentId: 'c1',
        message: { text: 'Seu código: VERAO10 🎉' },
      }),
    ]);
    expect(h.errors).toEqual([]);
    // The person answers in DM: now the welcome and the menu go out.
    await h.dm('u1', 'oi!');
    const after = sentTexts(h.graph, 'u1');
    expect(after[1]).toBe('Bem-vinda à loja!');
    expect(after[2]).toContain('Como podemos ajudar?');
    expect(h.errors).toEqual([]);
  });

  it('CH3: a standby message (another app holds the thread) is recorded and not answered', async () => {
    h = await webhookHarness();
    expect((await h.post(fixture('standby.json'))).status).toBe(200);
    const { messages } = await threadOf(h, CUSTOMER);
    expect(messages.map((m) => m.content)).toEqual([
      { type: 'text', text: 'Oi, ainda tem o vestido azul?' },
    ]);
    expect(h.assistant.calls).toHaveLength(0);
    expect(h.graph.sent).toEqual([]);
  });

  it('CH3: the handover protocol: take and pass thread control; handover events are acknowledged', async () => {
    h = await webhookHarness();
    await h.adapter.threadControl(CUSTOMER, 'take', { metadata: 'agent on it' });
    await h.adapter.threadControl(CUSTOMER, 'pass', { appId: '263902037430900' });
    expect(h.graph.threadControls).toEqual([
      {
        action: 'take',
        to: CUSTOMER,
        body: { recipient: { id: CUSTOMER }, metadata: 'agent on it' },
      },
      {
        action: 'pass',
        to: CUSTOMER,
        body: { recipient: { id: CUSTOMER }, target_app_id: '263902037430900' },
      },
    ]);
    expect((await h.post(fixture('handover-pass.json'))).status).toBe(200);
    expect(h.received).toEqual([]);
  });

  it('CH3: a customer edit (message_edit) replaces the stored text', async () => {
    h = await webhookHarness({ script: () => ({ type: 'none' }) });
    const edited: Array<DeskEvents['message.edited']> = [];
    h.desk.on('message.edited', (e) => {
      edited.push(e);
    });
    await h.dm(
      CUSTOMER,
      'Quero o tamanho P',
      'aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDpFRElUMQ',
    );
    expect((await h.post(fixture('message-edit.json'))).status).toBe(200);
    const { messages } = await threadOf(h, CUSTOMER);
    expect(messages[0]!.content).toEqual({ type: 'text', text: 'Quero o tamanho M, não P' });
    expect(edited[0]!.previous).toEqual({ type: 'text', text: 'Quero o tamanho P' });
    expect(h.assistant.calls).toHaveLength(1);
  });

  it('CH3: an ig.me link with ref is recorded and routes the conversation by rule on the first DM', async () => {
    h = await webhookHarness({
      rules: [
        { id: 'summer', when: { referral: { ref: 'verao2026' } }, route: { team: 'humans' } },
      ],
    });
    const routed: Array<DeskEvents['conversation.routed']> = [];
    h.desk.on('conversation.routed', (e) => {
      routed.push(e);
    });
    expect((await h.post(fixture('messaging-referral.json'))).status).toBe(200);
    const { messages } = await threadOf(h, CUSTOMER);
    expect(messages[0]!.referral).toEqual({ source: 'instagram_shortlink', ref: 'verao2026' });
    expect(h.assistant.calls).toHaveLength(0);
    expect(routed).toEqual([]);
    await h.dm(CUSTOMER, 'oi');
    expect(routed.map((r) => r.ruleId)).toEqual(['summer']);
    expect((await threadOf(h, CUSTOMER)).row.conversation.teamId).toBe('humans');
    expect(h.assistant.calls).toHaveLength(0);
  });

  it('CH3: messaging_seen becomes message.read for operators', async () => {
    h = await webhookHarness();
    const reads: Array<DeskEvents['message.read']> = [];
    h.desk.on('message.read', (e) => {
      reads.push(e);
    });
    expect((await h.post(fixture('messaging-read.json'))).status).toBe(200);
    expect(reads).toEqual([
      {
        channelId: 'ig',
        tenantId: 'default',
        address: CUSTOMER,
        externalIds: ['aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAwMDAwMDAwMDk5'],
      },
    ]);
  });

  it('CH3: a reaction is recorded and shown, never answered', async () => {
    h = await webhookHarness();
    expect((await h.post(fixture('messaging-reaction.json'))).status).toBe(200);
    expect(h.received.map((m) => m.content.type)).toEqual(['reaction']);
    expect(h.assistant.calls).toHaveLength(0);
    expect(h.graph.sent).toEqual([]);
  });

  it('CH4: a mention in a comment is looked up and handed to onMention; it opens no conversation', async () => {
    const mentions: unknown[] = [];
    h = await webhookHarness({ adapter: { onMention: (m) => mentions.push(m) } });
    h.graph.setMentionedComment('17894227972186120', {
      text: '@loja olha esse vestido!',
      username: 'dewi',
    });
    expect((await h.post(fixture('mentions.json'))).status).toBe(200);
    expect(mentions).toEqual([
      {
        mediaId: '17918195224117851',
        commentId: '17894227972186120',
        text: '@loja olha esse vestido!',
        username: 'dewi',
        at: expect.any(Date),
      },
    ]);
    expect((await h.desk.inbox.list()).items).toEqual([]);
  });
});
