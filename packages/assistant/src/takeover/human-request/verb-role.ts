/** Rule: a verb of reaching someone aimed at a role or a team ("talk to a human"). */

import type { RequestWords } from '../human-request-words.js';
import { maxLinks } from './clauses.js';

/** Verbs of talking: after one, anybody "from the shop" is a person of the shop. */
const talks = new Set(
  'talk speak chat discuss falar conversar hablar conversar bicara berbicara ngobrol ngomong'.split(
    ' ',
  ),
);
/** Words joining a verb of talking to whom it is with: "talk to", "falar com", "ngobrol sama". */
const withs = new Set('to with com con sama dengan ama karo sareng'.split(' '));
/** Words that may sit between "to" and a team: "to the billing team", "pro setor". */
const teamDeterminers = new Set(
  'the your our a o a os as el la los las seu sua su bagian'.split(' '),
);

/** The index of the last word before `at` that is not one of `skip`. */
function lastBefore(words: string[], at: number, skip: Set<string>): number {
  let k = at - 1;
  while (k >= 0 && skip.has(words[k]!)) k--;
  return k;
}

/** Words aiming a verb at whom it reaches: "to billing", "ke keuangan", "pro financeiro", "con facturación". */
const tos = new Set('to with w ke sama ama dengan com pra pro para ao con al a'.split(' '));
/** Words placing someone in a shop: "the lady from the shop", "a moça da loja", "mbak dari toko". */
const froms = new Set('from at of da do de del dari di'.split(' '));
const shopDeterminers = new Set('the your ur this a la el su sua o'.split(' '));
export const shops = new Set(
  'shop store company team staff loja empresa equipe tienda equipo toko'.split(' '),
);

/** Whether someone named at `at` is placed in the shop within two words: "a lady or gentleman from the shop". */
function ofShop(words: string[], at: number): boolean {
  for (let k = at + 1; k <= at + 3 && k < words.length; k++) {
    if (!froms.has(words[k]!)) continue;
    let m = k + 1;
    while (shopDeterminers.has(words[m] ?? '')) m++;
    return shops.has(words[m] ?? '');
  }
  return false;
}

/** A verb of reaching someone, then a role within a few linking words: "talk to a human". */
export function verbThenRole(
  words: string[],
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const verbs = new Set([...w.verbs, ...w.wants, ...w.handoffs]);
  const teams = new Set(w.teams);
  const links = new Set(w.links);
  for (let i = 0; i < words.length; i++) {
    if (!verbs.has(words[i]!)) continue;
    // Two more words than elsewhere: "talk to an actual member of staff".
    for (let j = i + 1; j < words.length && j <= i + 3 + maxLinks; j++) {
      if (roles.has(words[j]!)) return words.slice(i, j + 1).join(' ');
      // A team after "to"/"with": "put me through to billing", "falar com o financeiro".
      if (teams.has(words[j]!) && tos.has(words[lastBefore(words, j, teamDeterminers)] ?? ''))
        return words.slice(i, j + 1).join(' ');
      if (
        talks.has(words[i]!) &&
        !links.has(words[j]!) &&
        words.slice(i + 1, j).some((x) => withs.has(x)) &&
        ofShop(words, j)
      )
        return words.slice(i, j + 1).join(' ');
      if (!links.has(words[j]!) && !verbs.has(words[j]!)) break;
    }
  }
  return undefined;
}
