import { devicesAndVehicles } from './trades/devices-and-vehicles.js';
import { healthAndCare } from './trades/health-and-care.js';
import { services } from './trades/services.js';
import { shopGoods } from './trades/shop-goods.js';

/**
 * Goods and services of twenty trades (florist, laundry, optical, furniture, pets,
 * bakery, grocery, fashion, phones, motorbikes, beauty, pharmacy, travel, courses,
 * catering, printing, toys, sports, jewellery, home services), each named in en/id/pt/es
 * with its chat spellings, so a customer's word meets its translation in a base of other
 * languages ("florero" → "vase", "bombom" → "cokelat"). Written from general knowledge
 * by an author who read no data set (ADR 0640): unlike the notions of `concepts.ts`, which
 * came from classes of dev misses, none was chosen to fit a set. Forms folded; a form that
 * is a common word of another meaning in one of the four languages was left out ("vaso" is
 * a drinking glass in Spanish, "tela" a screen in Portuguese). `concepts.ts` merges these
 * under its own notions where they overlap.
 */
/** The trades' parts, kept apart so a notion's key names one notion only (see the test). */
export const tradeParts: readonly Record<string, string>[] = [
  shopGoods,
  services,
  healthAndCare,
  devicesAndVehicles,
];

export const tradeNotions: Record<string, string> = Object.assign({}, ...tradeParts);
