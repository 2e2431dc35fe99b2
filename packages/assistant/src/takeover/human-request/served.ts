/**
 * Staff named by the service they gave: "the girl who served me yesterday", "a moça que
 * me atendeu semana passada, a Ana", "el chico que me atendió el lunes, Pablo", "mbak yang melayani saya
 * kemarin" (ADR 0550). The one who served is a person of the shop, and the past of that
 * clause says who, not what happened.
 */

import type { RequestWords } from '../human-request-words.js';
import { personMark } from './tokens.js';

/** Words opening the clause: "who", "that", "que", "yang". */
const relatives = new Set('who that que q yang yg'.split(' '));
/** Verbs of serving the customer, in a past form or Indonesian's none. */
const serves = new Set(
  'served helped assisted attended sold atendeu ajudou vendeu atendio ayudo vendio atendieron melayani layani layanin ngelayanin bantu bantuin ngebantu membantu'.split(
    ' ',
  ),
);
/** Words of when the customer was served: "yesterday", "ontem", "el lunes", "kemarin". */
const whens = new Set(
  'yesterday earlier today this morning last week on monday ontem hoje cedo semana passada na segunda ayer hoy temprano el la pasada lunes kemarin tadi pagi siang minggu lalu'.split(
    ' ',
  ),
);
/** The customer served: "me", "saya", "aku". */
const served = new Set('me saya aku sy gue gw'.split(' '));

/**
 * The words with "who served me …" dropped to the end of its clause, the one served by marked
 * as a person, and a name standing after it in a clause of its own ("…, a Ana,") dropped
 * too, so the request reads on: "pede pra [person] me ligar?".
 */
export function withoutServed(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
): { words: string[]; ends: Set<number> } {
  const known = new Set([...w.roles, ...w.verbs, ...w.wants, ...w.reach, ...w.permits]);
  for (let i = 1; i < words.length; i++) {
    if (!relatives.has(words[i]!) || ends.has(i - 1)) continue;
    let k = i + 1;
    if (served.has(words[k] ?? '')) k++;
    if (!serves.has(words[k] ?? '')) continue;
    if (!served.has(words[k - 1]!) && !served.has(words[k + 1] ?? '')) continue;
    if (served.has(words[k + 1] ?? '')) k++;
    // The service and when it was ("who helped me yesterday") end at `end`; a short clause
    // after it with no word of the request lists is a name ("a Ana", "Pablo").
    let end = k;
    while (!ends.has(end) && whens.has(words[end + 1] ?? '')) end++;
    let next = end + 1;
    while (next < words.length - 1 && !ends.has(next)) next++;
    const name = words.slice(end + 1, next + 1);
    const named =
      ends.has(end) && name.length > 0 && name.length <= 2 && name.every((x) => !known.has(x));
    const cut = named ? next : end;
    const head = w.roles.includes(words[i - 1]!) ? words[i - 1]! : personMark;
    const out = [...words.slice(0, i - 1), head, ...words.slice(cut + 1)];
    const moved = new Set<number>();
    for (const e of ends) {
      if (e < i - 1) moved.add(e);
      else if (e > cut) moved.add(e - (cut - i + 1));
    }
    // The head ends its clause if the service did, unless a name stood after it: "…, a
    // Ana, me ligar".
    if ((ends.has(end) && !named) || (named && ends.has(cut) && cut === words.length - 1))
      moved.add(i - 1);
    return withoutServed(out, moved, w);
  }
  return { words, ends };
}
