import { faqAssistant } from '@parley/assistant';
import { type ChannelAdapter, createDesk, type Desk } from '@parley/core';
import { createKnowledgeBase } from '@parley/kb';
import { faq, language } from './faq.js';

/**
 * The shop's desk: whatever channel you give it (the live-chat widget in main.ts, the
 * memory channel in the test) is answered from the FAQ; what it cannot answer goes to
 * the `team` queue for a person. Swap faqAssistant for openaiAssistant to use a model.
 */
export async function createShopDesk(channel: ChannelAdapter): Promise<Desk> {
  const kb = createKnowledgeBase({ languages: [language, 'en'] });
  await kb.addFaq(faq);
  return createDesk({
    teams: [{ id: 'team', name: 'Shop team' }],
    assistants: [{ id: 'faq', assistant: faqAssistant({ knowledge: kb }), backupTeam: 'team' }],
    channels: [{ id: 'web', adapter: channel, route: { assistant: 'faq' } }],
  });
}
