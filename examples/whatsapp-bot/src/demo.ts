// The example offline: a fake Baileys socket plays WhatsApp (linking, customers
// writing), the same desk answers from the same knowledge base. `pnpm demo` prints it.
import { baileys, whatsapp } from '@parley/adapter-whatsapp';
import { fakeBaileys } from '@parley/adapter-whatsapp/testing';
import { createMemoryStore } from '@parley/core';
import { buildDesk } from './build-desk.js';
import { shopKnowledge } from './knowledge.js';

const BUSINESS = '+5521988776655';

/** Runs the conversation and returns what happened, one line per event. */
export async function runDemo(): Promise<string[]> {
  const lines: string[] = [];
  const fake = fakeBaileys({ me: BUSINESS, autoLink: false });
  const adapter = whatsapp({
    number: BUSINESS,
    transport: baileys({ makeSocket: fake.makeSocket }),
    pacing: false,
  });
  let qrShown = false;
  const desk = buildDesk(adapter, {
    store: createMemoryStore(),
    knowledge: await shopKnowledge(),
    log: (line) => lines.push(line),
    onQr: () => {
      qrShown = true;
    },
    // No OPENAI_API_KEY in the demo: the offline FAQ assistant answers.
  });
  await desk.start();
  await new Promise((r) => setImmediate(r));
  if (qrShown) fake.current.link(); // the phone scans the QR code
  await new Promise((r) => setImmediate(r));

  let seq = 0;
  const customer = async (jid: string, name: string, text: string) => {
    fake.current.upsert([
      {
        key: { remoteJid: jid, fromMe: false, id: `3EB0DEMO${String(++seq).padStart(12, '0')}` },
        messageTimestamp: Math.floor(Date.now() / 1000),
        pushName: name,
        message: { conversation: text },
      },
    ]);
    await adapter.whenIdle();
  };
  await customer('5511987654321@s.whatsapp.net', 'Ana', 'Vocês entregam em Niterói?');
  await customer('5511987654321@s.whatsapp.net', 'Ana', 'Aceitam pix?');
  await customer('6281234567890@s.whatsapp.net', 'Budi', 'Metode pembayaran apa saja?');
  await desk.stop();
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await runDemo()) console.log(line);
}
