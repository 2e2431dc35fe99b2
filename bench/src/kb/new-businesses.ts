// The businesses of issue 20 written by new authors after the first three shops, each a
// bench part of its own (BENCH_KB_ONLY=<part>). Test-only ones are reported as totals and
// their misses are never printed; the others report dev (d) and held-out (h) apart, with
// dev misses on stderr when BENCH_KB_MISSES is set.
import {
  bakerySet,
  floristSet,
  furnitureSet,
  grocerySet,
  laundrySet,
  modestSet,
  motoSet,
  opticalSet,
  petsSet,
  type ShopSet,
  textileSet,
} from './shop-data.js';
import { reportDevAndHeldOut, reportTestOnly } from './shop-split-figures.js';

interface Business {
  set: ShopSet;
  /** What the questions are, for the top-1 note. */
  about: string;
  testOnly: boolean;
}

const asked = 'chat-style questions in id/pt/en/es to';

export const newBusinesses: Business[] = [
  // Round 13: a Muslim-fashion and home-textile shop.
  { set: textileSet, about: `${asked} a fourth, test-only shop's id/pt/en FAQ`, testOnly: true },
  // Round 18: a pet-supplies shop with grooming and boarding.
  { set: petsSet, about: `${asked} a fifth, test-only shop's id/pt/en FAQ`, testOnly: true },
  // Round 18: a bakery and cake-order shop.
  {
    set: bakerySet,
    about: `${asked} a sixth shop's (a bakery's) id/pt/en FAQ`,
    testOnly: false,
  },
  // Round 20: a Muslim-fashion boutique (the same trade as the textile shop, another author).
  {
    set: modestSet,
    about: `${asked} a seventh shop's (a modest-wear boutique's) id/pt/en FAQ`,
    testOnly: false,
  },
  // Round 20: a furniture and home-décor store.
  {
    set: furnitureSet,
    about: `${asked} an eighth, test-only shop's (a furniture store's) id/pt/en FAQ`,
    testOnly: true,
  },
  // Round 21: a motorbike parts shop with a workshop.
  {
    set: motoSet,
    about: `${asked} a ninth shop's (a motorbike parts shop's) id/pt/en FAQ`,
    testOnly: false,
  },
  // Round 21: an online grocery.
  {
    set: grocerySet,
    about: `${asked} a tenth shop's (an online grocery's) id/pt/en FAQ`,
    testOnly: false,
  },
  // Round 21: an optical store.
  {
    set: opticalSet,
    about: `${asked} an eleventh, test-only shop's (an optical store's) id/pt/en FAQ`,
    testOnly: true,
  },
  // Round 23: a florist and gift-hamper shop.
  {
    set: floristSet,
    about: `${asked} a twelfth shop's (a florist's) id/pt/en FAQ`,
    testOnly: false,
  },
  // Round 23: a laundry and dry-cleaning service.
  {
    set: laundrySet,
    about: `${asked} a thirteenth, test-only business's (a laundry's) id/pt/en FAQ`,
    testOnly: true,
  },
];

export async function businessFigures(business: Business): Promise<void> {
  const { set, about, testOnly } = business;
  await (testOnly ? reportTestOnly(set, about) : reportDevAndHeldOut(set, about));
}
