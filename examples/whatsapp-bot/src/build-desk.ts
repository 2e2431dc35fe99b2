import type { WhatsAppAdapter } from '@parley/adapter-whatsapp';
import { defaultAssistant } from '@parley/assistant';
import { type Clock, contentText, createDesk, type Desk, type Store } from '@parley/core';
import type { KnowledgeBase } from '@parley/kb';

export interface BuildDeskOptions {
  store: Store;
  knowledge: KnowledgeBase;
  clock?: Clock;
  /** Receives one line per event (the example prints them). */
  log: (line: string) => void;
  /** Receives the QR code to show, when the number must be linked. */
  onQr?: (qr: string) => void;
}

/**
 * The desk of the example: one WhatsApp number whose conversations the shop assistant
 * answers from the knowledge base (an OpenAI model when OPENAI_API_KEY is set, the
 * offline FAQ assistant otherwise); what it cannot answer goes to the `team` queue.
 */
export function buildDesk(adapter: WhatsAppAdapter, options: BuildDeskOptions): Desk {
  const desk = createDesk({
    store: options.store,
    ...(options.clock !== undefined && { clock: options.clock }),
    teams: [{ id: 'team', name: 'Shop team' }],
    assistants: [
      {
        id: 'shop',
        name: 'Shop assistant',
        assistant: defaultAssistant({ knowledge: options.knowledge }),
        backupTeam: 'team',
      },
    ],
    channels: [adapter.channel({ id: 'whatsapp', route: { assistant: 'shop' } })],
  });
  desk.on('channel.status', ({ update }) => {
    if (update.state === 'qr' && update.qr) options.onQr?.(update.qr);
    options.log(
      `● whatsapp ${update.state}${update.pairingCode ? ` ${update.pairingCode}` : ''}${update.detail ? `: ${update.detail}` : ''}`,
    );
  });
  desk.on('message.received', ({ message, contact }) =>
    options.log(
      `← ${contact.name ?? contact.phone ?? 'customer'}: ${contentText(message.content)}`,
    ),
  );
  desk.on('message.sent', ({ message }) => options.log(`→ ${contentText(message.content)}`));
  desk.on('message.failed', ({ error }) => options.log(`✗ send failed: ${error.message}`));
  desk.on('handoff.requested', ({ reason }) => options.log(`⇢ handed to the team: ${reason}`));
  desk.on('error', ({ error, stage }) => options.log(`✗ ${stage}: ${error.message}`));
  return desk;
}
