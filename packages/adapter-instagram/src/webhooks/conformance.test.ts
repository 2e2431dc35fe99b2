import type { MessageContent } from '@parley/core';
import { channelConformance } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { fakeGraphServer, type SentMessage } from '../testing/fake-graph.js';
import { directMessageEvent, signedWebhookRequest, webhookDelivery } from '../testing/webhooks.js';
import { ACCOUNT, HOOK, SECRET, TOKEN, testAdapter } from './webhook-harness.test-support.js';

/** What the fake Graph API received, read back as Parley content. */
function asContent(m: SentMessage): MessageContent {
  const msg = m.message as {
    text?: string;
    quick_replies?: Array<{ title: string; payload: string }>;
    attachment?: { type: 'image' | 'video' | 'audio'; payload: { url: string } };
  };
  if (msg.quick_replies) {
    return {
      type: 'menu',
      text: msg.text ?? '',
      options: msg.quick_replies.map((q) => ({ id: q.payload, title: q.title })),
    };
  }
  if (msg.attachment)
    return { type: 'media', kind: msg.attachment.type, url: msg.attachment.payload.url };
  return { type: 'text', text: msg.text ?? '' };
}

describe('webhook transport conformance', () => {
  const cases = channelConformance({
    async create() {
      // `open`: the fake treats every recipient as having a thread with the account
      // (conversations that predate the test), so the business-started case can pass;
      // the 24 h window itself is covered in webhooks.test.ts.
      const graph = await fakeGraphServer({
        accountId: ACCOUNT,
        accessToken: TOKEN,
        windows: 'open',
      });
      const adapter = testAdapter({ graphUrl: graph.url });
      return {
        adapter,
        async deliverText(from, text, externalId) {
          const at = new Date();
          const payload = webhookDelivery(ACCOUNT, {
            messaging: [directMessageEvent(ACCOUNT, { from, text, mid: externalId, at })],
          });
          const res = await adapter.fetch(signedWebhookRequest(HOOK, SECRET, payload));
          expect(res.status).toBe(200);
        },
        async sentTo(to) {
          return graph.sentTo(to).map(asContent);
        },
        close: () => graph.close(),
      };
    },
  });
  for (const c of cases) it(`CH3: ${c.name}`, c.run);
});
