import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baileys, whatsapp } from '@parley/adapter-whatsapp';
import { fakeBaileys } from '@parley/adapter-whatsapp/testing';
import { createBot, faq } from '../src/bot.js';

test('answers WhatsApp customers from the FAQ, in their language', async () => {
  const fake = fakeBaileys({ me: '+5521988776655' });
  const adapter = whatsapp({
    number: '+5521988776655',
    transport: baileys({ makeSocket: fake.makeSocket }),
    pacing: false,
  });
  const desk = await createBot(adapter, () => {});
  await desk.start();
  try {
    const jid = '5511987654321@s.whatsapp.net';
    for (const [i, { question, answer }] of faq.entries()) {
      fake.current.upsert([
        {
          key: { remoteJid: jid, fromMe: false, id: `TEST${i}` },
          message: { conversation: question },
        },
      ]);
      await adapter.whenIdle();
      assert.deepEqual(fake.current.sentTo(jid).at(-1), { type: 'text', text: answer });
    }
  } finally {
    await desk.stop();
  }
});
