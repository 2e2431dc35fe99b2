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
  'the your our a o a os as el la los las seu sua su bagian toko store shop loja tienda'.split(' '),
);

/**
 * Verbs of settling a matter: they reach a role only across "with" ("sort this out with a
 * real person", "resolverlo con un asesor", "beresin sama admin"); "sort the support
 * tickets" names no one (ADR 0550).
 */
const settles = new Set(
  'sort settle resolve arreglar arreglarlo resolverlo beresin selesaikan'.split(' '),
);

/**
 * A live demo or meeting: it reaches a role only across "with" ("a live demo with someone
 * from the team", "demo lewat zoom sama timnya", "una demo con alguien del equipo"); "a demo
 * from the sales team on YouTube" is a video, not a person now (ADR 0620).
 */
const meetings = new Set(
  'demo demos demonstration demonstracao demostracion meeting reuniao reunion'.split(' '),
);

/** Teams that are a branch of the shop, named by a word before them ("the Leeds branch"; "cabang Bandung" after). */
const branches = new Set('branch cabang filial unidade sucursal'.split(' '));

/** Possessives before a verb, which make it a noun: "your chat support", "our call centre". */
const possessives = new Set('your ur our'.split(' '));

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

/**
 * Indonesian titles before a name ("Mas Andi", "Mbak Rina", "Pak Budi"): after a verb and
 * "ke"/"sama", the titled name is a person of the shop asked for by name (ADR 0550). They
 * count only where the language's table has them as filler or link, so Spanish "más" is not one.
 */
const titles = new Set('mas mbak mba pak bu bapak ibu bang kak kakak'.split(' '));

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
  const verbs = new Set([...w.verbs, ...w.wants, ...w.handoffs, ...settles, ...meetings]);
  const teams = new Set(w.teams);
  const links = new Set(w.links);
  const fillers = new Set(w.fillers);
  for (let i = 0; i < words.length; i++) {
    if (!verbs.has(words[i]!)) continue;
    // A verb after "your"/"our" names a channel: "your chat support is great" (ADR 0550).
    if (possessives.has(words[i - 1] ?? '')) continue;
    // Two more words than elsewhere: "talk to an actual member of staff".
    for (let j = i + 1; j < words.length && j <= i + 3 + maxLinks; j++) {
      const settling = settles.has(words[i]!) || meetings.has(words[i]!);
      if (roles.has(words[j]!) && (!settling || words.slice(i + 1, j).some((x) => withs.has(x))))
        return words.slice(i, j + 1).join(' ');
      const name = words[j + 1] ?? '';
      if (
        titles.has(words[j]!) &&
        (fillers.has(words[j]!) || links.has(words[j]!)) &&
        tos.has(words[j - 1]!) &&
        name !== '' &&
        !links.has(name) &&
        !fillers.has(name) &&
        !verbs.has(name)
      )
        return words.slice(i, j + 2).join(' ');
      // A team after "to"/"with": "put me through to billing", "falar com o financeiro".
      const to = lastBefore(words, j, teamDeterminers);
      // A branch may carry its name: "put me through to the Leeds branch" (ADR 0550).
      const named = branches.has(words[j]!) ? lastBefore(words, to, teamDeterminers) : to;
      if (teams.has(words[j]!) && (tos.has(words[to] ?? '') || tos.has(words[named] ?? '')))
        return words.slice(i, j + 1).join(' ');
      if (
        talks.has(words[i]!) &&
        !links.has(words[j]!) &&
        words.slice(i + 1, j).some((x) => withs.has(x)) &&
        ofShop(words, j)
      )
        return words.slice(i, j + 1).join(' ');
      const passing =
        links.has(words[j]!) ||
        verbs.has(words[j]!) ||
        (settling && words[j] === 'out') ||
        branches.has(words[j + 1] ?? '');
      if (!passing) break;
    }
  }
  return undefined;
}
