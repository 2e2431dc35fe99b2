// Links your number as a WhatsApp Web device: scan the QR code with the phone
// (WhatsApp → Linked devices). Keep conversations and the session across restarts with
// @parley/store-postgres (createPgliteStore({ dataDir: '.parley-data' })).
import { baileys, whatsapp } from '@parley/adapter-whatsapp';
import qrcode from 'qrcode-terminal';
import { createBot } from './bot.js';

const number = process.env.WHATSAPP_NUMBER;
if (!number) {
  console.error(
    'Set WHATSAPP_NUMBER to the number to link, e.g. WHATSAPP_NUMBER=+5521988776655 npm start\n(or try `npm run demo`, offline)',
  );
  process.exit(1);
}
const adapter = whatsapp({ number, transport: baileys() });
const desk = await createBot(adapter, (line) => console.log(line));
desk.on('channel.status', ({ update }) => {
  if (update.state === 'qr' && update.qr) qrcode.generate(update.qr, { small: true });
  else console.log(`whatsapp: ${update.state}${update.detail ? ` (${update.detail})` : ''}`);
});
await desk.start();
process.once('SIGINT', async () => {
  await desk.stop();
  process.exit(0);
});
