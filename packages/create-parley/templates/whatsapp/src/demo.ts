// Offline: a fake WhatsApp (from @parley/adapter-whatsapp/testing) links the number and
// plays a customer, so you can see the bot work without a phone.
import { baileys, whatsapp } from '@parley/adapter-whatsapp';
import { fakeBaileys } from '@parley/adapter-whatsapp/testing';
import { createBot } from './bot.js';

const fake = fakeBaileys({ me: '+5521988776655' });
const adapter = whatsapp({
  number: '+5521988776655',
  transport: baileys({ makeSocket: fake.makeSocket }),
  pacing: false,
});
const desk = await createBot(adapter, (line) => console.log(line));
await desk.start();
for (const [id, text] of [
  ['DEMO0001', 'Do you deliver?'],
  ['DEMO0002', 'Vocês entregam?'],
]) {
  fake.current.upsert([
    {
      key: { remoteJid: '5511987654321@s.whatsapp.net', fromMe: false, id },
      message: { conversation: text },
    },
  ]);
  await adapter.whenIdle();
}
await desk.stop();
