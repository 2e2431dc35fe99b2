import type { WhatsAppAdapter } from '@parley/adapter-whatsapp';
import { faqAssistant } from '@parley/assistant';
import { contentText, createDesk, type Desk } from '@parley/core';
import { createKnowledgeBase } from '@parley/kb';

/** Your answers. Add files with kb.ingest() (PDF, XLSX, CSV, …): see @parley/kb. */
export const faq = [
  { question: 'Do you deliver?', answer: 'Yes, in 2 to 4 working days.' },
  { question: 'Vocês entregam?', answer: 'Sim, em 2 a 4 dias úteis.' },
  { question: 'Apakah bisa kirim?', answer: 'Bisa, dalam 2 sampai 4 hari kerja.' },
];

/**
 * The bot: one WhatsApp number answered from the FAQ; what it cannot answer goes to the
 * `team` queue. `log` gets one line per event.
 */
export async function createBot(
  adapter: WhatsAppAdapter,
  log: (line: string) => void,
): Promise<Desk> {
  const kb = createKnowledgeBase({ languages: ['en', 'pt', 'id'] });
  await kb.addFaq(faq);
  const desk = createDesk({
    teams: [{ id: 'team' }],
    assistants: [{ id: 'faq', assistant: faqAssistant({ knowledge: kb }), backupTeam: 'team' }],
    channels: [adapter.channel({ id: 'whatsapp', route: { assistant: 'faq' } })],
  });
  desk.on('message.received', ({ message }) => log(`← ${contentText(message.content)}`));
  desk.on('message.sent', ({ message }) => log(`→ ${contentText(message.content)}`));
  desk.on('handoff.requested', ({ reason }) => log(`⇢ team: ${reason}`));
  return desk;
}
