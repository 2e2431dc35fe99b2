import type { Enrolment } from './enrolment.js';

/** How one step did. */
export interface StepStats {
  step: number;
  sent: number;
  /** Receipts say the message arrived (read counts as delivered too). */
  delivered: number;
  read: number;
  failed: number;
}

/** Per-campaign figures (OB2), read from the enrolments in the store. */
export interface CampaignStats {
  campaignId: string;
  enrolled: number;
  active: number;
  completed: number;
  /** Contacts who wrote back and left the campaign. */
  replied: number;
  /** Contacts a step could not reach (they left the campaign). */
  failedContacts: number;
  cancelled: number;
  /** Messages sent by every step. */
  sent: number;
  delivered: number;
  read: number;
  /** Step sends that failed (a retried channel hiccup is not counted). */
  failed: number;
  steps: StepStats[];
}

export function statsOf(
  campaignId: string,
  stepCount: number,
  enrolments: Enrolment[],
): CampaignStats {
  const steps: StepStats[] = Array.from({ length: stepCount }, (_, step) => ({
    step,
    sent: 0,
    delivered: 0,
    read: 0,
    failed: 0,
  }));
  const stats: CampaignStats = {
    campaignId,
    enrolled: enrolments.length,
    active: 0,
    completed: 0,
    replied: 0,
    failedContacts: 0,
    cancelled: 0,
    sent: 0,
    delivered: 0,
    read: 0,
    failed: 0,
    steps,
  };
  for (const e of enrolments) {
    if (e.status === 'failed') stats.failedContacts++;
    else stats[e.status]++;
    for (const s of e.sends) {
      const row = steps[s.step];
      if (!row) continue;
      if (s.status === 'failed') {
        if (!s.retried) row.failed++;
        continue;
      }
      if (s.status === 'sending') continue;
      row.sent++;
      if (s.status === 'delivered' || s.status === 'read') row.delivered++;
      if (s.status === 'read') row.read++;
    }
  }
  for (const row of steps) {
    stats.sent += row.sent;
    stats.delivered += row.delivered;
    stats.read += row.read;
    stats.failed += row.failed;
  }
  return stats;
}
