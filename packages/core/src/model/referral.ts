/**
 * What brought the customer: an ad (click-to-WhatsApp, Instagram ads), a link with a
 * `ref` (ig.me, wa.me), a catalogue product they asked about.
 */
export interface Referral {
  source: string;
  adId?: string;
  /** The link's or product's reference (`ig.me/m/shop?ref=summer`), for routing rules. */
  ref?: string;
  headline?: string;
  body?: string;
  url?: string;
}
