/** Rule: a role of the shop said to be at work now ("cs on?", "agente en vivo"). */

import type { RequestWords } from '../human-request-words.js';
import { clauseEnd, maxLinks, tails } from './clauses.js';
import { places } from './exists.js';
import { shopRoles } from './roles.js';
import { shops } from './verb-role.js';
import { askWho } from './who.js';

/** Words saying someone is at work now ("is the owner around?", ADR 0520): "cs on?", "alguém do comercial online?", "agente en vivo". */
export const atWork = new Set(
  'around available free disponivel disponible tersedia standby online on ol live awake active aktif bangun melek ada jaga conectado conectada conectados linea vivo working trabalhando trabajando kerja bekerja'.split(
    ' ',
  ),
);
/**
 * Words of now that may close the clause after `atWork` ("is nobody working today??",
 * "¿no hay nadie trabajando hoy?", ADR 0660); a later day ("working on sunday?") asks for
 * the hours and is not one of them.
 */
const now = new Set('today now tonight hoje agora hoy ahora hari ini sekarang skrg'.split(' '));
/** Words that may sit between a role and `atWork`: "admin lagi on", "asesor en línea", "atendente ao vivo". */
const atWorkLinks = new Set(
  's is are esta estan estao ta tao sedang lagi udah sudah en ao em in'.split(' '),
);

/**
 * A role of the shop said to be at work now, ending its clause: "cs on?", "admin lagi on
 * ga?", "anyone from sales online?", "un asesor en línea porfa", "tem atendente ao vivo?".
 */
export function atWorkAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const between = new Set([...w.links, ...w.fillers, ...w.roles, ...atWorkLinks]);
  const after = new Set([...w.fillers, ...places, ...shops, ...tails, ...atWork, ...now]);
  const who = words.flatMap((x, i) => (askWho.has(x) ? [i] : []));
  for (const i of [...shopRoles(words, w, roles), ...who]) {
    for (let j = i + 1; j < words.length && j <= i + maxLinks && !ends.has(j - 1); j++) {
      const x = words[j]!;
      if (atWork.has(x)) {
        const k = clauseEnd(words, ends, j, after);
        if (ends.has(k)) return words.slice(i, j + 1).join(' ');
        break;
      }
      if (!between.has(x)) break;
    }
  }
  return undefined;
}
