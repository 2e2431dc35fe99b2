import type { MessageContent, Referral } from '@parley/core';

/** What one inbound WhatsApp message says, in Parley's terms (either transport). */
export interface NormalisedMessage {
  content: MessageContent;
  replyToExternalId?: string;
  referral?: Referral;
}

/** The parts of a click-to-WhatsApp ad both transports deliver, under their own names. */
export interface AdContext {
  sourceType?: string | null;
  sourceId?: string | null;
  headline?: string | null;
  body?: string | null;
  sourceUrl?: string | null;
  clickId?: string | null;
}

/** The ad that brought the customer, or undefined when the message came from no ad. */
export function adReferral(ad: AdContext | undefined): Referral | undefined {
  if (!ad || !(ad.sourceId || ad.sourceUrl || ad.clickId)) return undefined;
  return {
    source: ad.sourceType ?? 'ad',
    ...(ad.sourceId && { adId: ad.sourceId }),
    ...(ad.headline && { headline: ad.headline }),
    ...(ad.body && { body: ad.body }),
    ...(ad.sourceUrl && { url: ad.sourceUrl }),
  };
}
