// Links a WhatsApp number by QR code (or pairing code) and answers from the knowledge
// base. The session is kept in an embedded Postgres (PGlite) under .parley-data, so a
// restart resumes without a new QR.
//
//   WHATSAPP_NUMBER=+5521988776655 pnpm --filter @parley/example-whatsapp-bot start
//   LINK=pairing-code  links by typing a code on the phone instead of scanning
//   KB_DIR=./docs      also indexes every file in that folder
//   OPENAI_API_KEY=…   answers with a model; without it the offline FAQ assistant answers
import { baileys, whatsapp } from '@parley/adapter-whatsapp';
import { consoleLogger } from '@parley/core';
import { createPgliteStore } from '@parley/store-postgres';
import qrcode from 'qrcode-terminal';
import { buildDesk } from './build-desk.js';
import { shopKnowledge } from './knowledge.js';

const number = process.env.WHATSAPP_NUMBER;
if (!number) {
  console.error(
    'Set WHATSAPP_NUMBER to the number you will link, with its country code (e.g. +5521988776655).',
  );
  process.exit(1);
}

const adapter = whatsapp({
  number,
  name: 'Shop WhatsApp',
  color: '#25D366',
  transport: baileys({ link: process.env.LINK === 'pairing-code' ? 'pairing-code' : 'qr' }),
});
const store = await createPgliteStore({
  dataDir: process.env.PARLEY_DATA ?? '.parley-data/whatsapp-bot',
  logger: consoleLogger,
});
const desk = buildDesk(adapter, {
  store,
  knowledge: await shopKnowledge(process.env.KB_DIR),
  log: (line) => console.log(line),
  onQr: (qr) => qrcode.generate(qr, { small: true }),
});
await desk.start();
console.log(`Parley is answering WhatsApp ${adapter.number}. Ctrl-C to stop.`);

const shutdown = async () => {
  await desk.stop();
  await store.close?.();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
