/** Rule: a call between the customer and the shop ("can I call you?", "call me pls"). */

import type { RequestWords } from '../human-request-words.js';
import { clauseEnd, clauseStart, tails } from './clauses.js';
import { places } from './exists.js';

/** Words for the customer reached by a call: "call me", "telpon aku", "liga pra mim". */
const mes = new Set('me us aku saya sy aq gue gw ku mim'.split(' '));
/** Words of asking for a call beside the lists' wants: "I'd like a callback", "can we do a call". */
const callAsks = new Set('d like do get have phone video'.split(' '));
/** Words joining clauses, after which a call may open its own: "so can I call you?". */
export const joiners = new Set(
  'and so but then or e y o pero mas dan terus trus jadi tapi atau'.split(' '),
);
/** The customer as the one who calls: "can I call", "bisa saya telpon". */
export const subjects = new Set('i we aku saya sy aq gue gw eu yo'.split(' '));
/** The shop as the one called: "call you", "ligar pra vcs", "llamarlos". */
export const callees = new Set(
  'you u ya yall kalian kamu anda vc vcs voce voces ustedes usted te lhe los les pra para a la loja tienda toko por telefone telepon phone'.split(
    ' ',
  ),
);

/**
 * Words of "as soon as you can" after a call ("me liga assim que possível", "llámame en
 * cuanto puedas", "telpon saya secepatnya"), and of the number to call on ("márcame al 55
 * 1234 5678", "call me on 0412 555 019", "telpon saya di 0812…"): the call is still asked
 * now, the clause only says when or where (ADR 0550).
 */
const soon = new Set(
  'as soon possible can when en cuanto cuando puedas pueda puedan antes posible assim que quando possivel puder secepatnya mungkin'.split(
    ' ',
  ),
);
/** Words before the number to call on: "on", "al", "no", "di", "ke"; they count only before digits ("call me al" is a name). */
const numberPreps = new Set('on at al ao no di ke en number numero nomor'.split(' '));
const digit = (x: string | undefined) => /^\d+$/u.test(x ?? '');

/** The number to call on: prepositions before digits and the digits after them. */
function numberGiven(words: string[]): string[] {
  return words.filter(
    (x, i) =>
      (numberPreps.has(x) && digit(words[i + 1])) ||
      (digit(x) && (numberPreps.has(words[i - 1] ?? '') || digit(words[i - 1]))),
  );
}

/**
 * A call between the customer and the shop, asked now, ending its clause: leave to call
 * ("can I call you instead?", "bisa telpon aja?", "posso ligar?", "¿puedo llamar?"), a
 * want of a call ("minta ditelpon", "I'd like a callback") or a call of the customer ("call
 * me pls", "me liga aí", "¿me pueden llamar?"). "posso ligar o aparelho em 220v?" names
 * something else and stays a question; "call me Anna" a name.
 */
export function phoneAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
): string | undefined {
  const phones = new Set(w.phones);
  const permits = new Set(w.permits);
  const wants = new Set(w.wants);
  const fillers = new Set(w.fillers);
  const before = new Set([
    ...permits,
    ...wants,
    ...subjects,
    ...mes,
    ...fillers,
    ...w.modals,
    ...callees,
    ...callAsks,
  ]);
  const digits = numberGiven(words);
  const after = new Set([
    ...callees,
    ...mes,
    ...fillers,
    ...places,
    ...tails,
    ...phones,
    ...soon,
    ...digits,
  ]);
  for (let i = 0; i < words.length; i++) {
    if (!phones.has(words[i]!)) continue;
    const k = clauseEnd(words, ends, i, after);
    if (!ends.has(k)) continue;
    const b = clauseStart(words, ends, i, before);
    const ahead = words.slice(b, i);
    const behind = words.slice(i + 1, k + 1);
    // Someone else named first calls: "a pessoa que vai receber pode me ligar?".
    if (b > 0 && !ends.has(b - 1) && !joiners.has(words[b - 1]!)) continue;
    const asking = ahead.some((x) => permits.has(x) || wants.has(x) || x === 'like');
    // "me liga", "call me": the customer is the one reached; "aku telpon" is the customer calling.
    const reached = behind.some((x) => mes.has(x)) || ahead.some((x) => x === 'me' || x === 'mim');
    const imperative = ahead.every((x) => fillers.has(x) || x === 'phone' || x === 'video');
    if (asking || reached || imperative) return words.slice(b, i + 1).join(' ');
  }
  return undefined;
}
