import { faqAssistant } from '@parley/assistant';
import { type ChannelAdapter, createDesk, type Desk } from '@parley/core';
import { createKnowledgeBase } from '@parley/kb';
import type { Tenant } from './tenants.js';

/**
 * One desk for every tenant: each tenant's channel, assistant (answering from its own
 * FAQ) and team carry its tenant id, so routing and the inbox stay inside the tenant.
 * `channelFor` makes the channel (live chat in main.ts, the memory channel in the test).
 */
export async function createAgency(
  list: Tenant[],
  channelFor: (tenant: Tenant) => ChannelAdapter,
): Promise<Desk> {
  const assistants = [];
  for (const tenant of list) {
    const kb = createKnowledgeBase({ tenantId: tenant.id, languages: [tenant.language, 'en'] });
    await kb.addFaq(tenant.faq);
    assistants.push({
      id: `${tenant.id}-faq`,
      tenantId: tenant.id,
      name: `${tenant.name} assistant`,
      assistant: faqAssistant({ knowledge: kb }),
      backupTeam: `${tenant.id}-team`,
    });
  }
  return createDesk({
    teams: list.map((t) => ({ id: `${t.id}-team`, tenantId: t.id, name: `${t.name} team` })),
    assistants,
    channels: list.map((t) => ({
      id: `${t.id}-web`,
      tenantId: t.id,
      adapter: channelFor(t),
      route: { assistant: `${t.id}-faq` },
    })),
  });
}
