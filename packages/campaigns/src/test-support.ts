import { createTestDesk, type TestDesk, type TestDeskOptions } from '@parley/core/testing';
import type { Campaigns, CampaignsOptions } from './api.js';
import { campaigns as campaignsPlugin } from './campaigns-plugin.js';

export interface CampaignHarness extends TestDesk {
  campaigns: Campaigns;
  /** Moves the fake clock, then lets campaign reactions finish. */
  advance(ms: number): Promise<void>;
  /** Moves the fake clock to an instant, then lets campaign reactions finish. */
  at(iso: string): Promise<void>;
  /** Every message the channel sent, with the time it went out (ISO). */
  sends(): Array<{ to: string; text: string; at: string }>;
}

/** A test desk with campaigns on it (pacing off unless given), recording send times. */
export async function campaignHarness(
  options: TestDeskOptions = {},
  campaignOptions: CampaignsOptions = { pacing: false },
): Promise<CampaignHarness> {
  const campaigns = campaignsPlugin(campaignOptions);
  const t = await createTestDesk({ ...options, plugins: [...(options.plugins ?? []), campaigns] });
  const sent: Array<{ to: string; text: string; at: string }> = [];
  t.desk.on('message.sent', ({ message, conversation }) => {
    const c = message.content;
    const text = c.type === 'text' ? c.text : c.type === 'media' ? (c.caption ?? '') : c.type;
    sent.push({ to: conversation.contactAddress, text, at: message.createdAt.toISOString() });
  });
  return {
    ...t,
    campaigns,
    async advance(ms) {
      await t.clock.advance(ms);
      await campaigns.idle();
    },
    async at(iso) {
      await t.clock.setTime(iso);
      await campaigns.idle();
    },
    sends: () => sent,
  };
}
