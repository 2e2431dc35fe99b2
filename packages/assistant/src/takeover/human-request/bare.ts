/** Rules of a bare request: a role alone, a role in a message about the bot, staff called by name. */

import type { RequestWords } from '../human-request-words.js';
import { atWork } from './at-work.js';
import { places } from './exists.js';
import { objects } from './handoff.js';
import { withoutShopOf } from './roles.js';

/** Words for the bot the customer is talking to. */
export const bots = new Set('bot bots robot robo maquina machine mesin chatbot'.split(' '));
/** Words saying yes or on, beside a role in a message about the bot: "bot off. person on.", "bot no, persona sí". */
const yeses = new Set('yes yeah si sim ya iya on online'.split(' '));
/** Greetings, and the groups they greet ("hi team", "oi pessoal", "hola equipo"). */
const greetings = new Set(
  'hi hello hey hiya morning afternoon evening oi ola bom boa dia tarde noite hola buenas buenos dias halo hai pagi siang sore malam'.split(
    ' ',
  ),
);
const groups = new Set(
  'team staff support everyone guys all equipe suporte gente pessoal galera equipo soporte todos chicos tim semua'.split(
    ' ',
  ),
);
/** Words for help beside a role in a bare request: "human help", "ajuda humana". */
const helpWords = new Set('help assistance bantuan ajuda ayuda'.split(' '));

/** The words of a bare message past its filler and object words. */
function contentOf(words: string[], w: RequestWords): string[] {
  const fillers = new Set(w.fillers);
  return [...new Set(words.filter((x) => !fillers.has(x) && !objects.has(x)))];
}

/** A group greeted, not asked for: "hi team", "olá equipe", "oi gente". */
export function greeted(words: string[], w: RequestWords): boolean {
  return words.some((x) => greetings.has(x)) && contentOf(words, w).every((x) => groups.has(x));
}

/**
 * A role alone ("admin", "gerente", "human please") or a handoff word, with at most one
 * other word that a bare request may carry (at work, a place, help): the whole message asks.
 */
export function bareRole(words: string[], w: RequestWords, roles: Set<string>): string | undefined {
  const handoffs = new Set(w.handoffs);
  const content = contentOf(withoutShopOf(words, roles), w);
  if (
    !greeted(words, w) &&
    content.length > 0 &&
    content.length <= 2 &&
    content.some((x) => roles.has(x) || handoffs.has(x)) &&
    content.every(
      (x) => roles.has(x) || handoffs.has(x) || atWork.has(x) || places.has(x) || helpWords.has(x),
    )
  )
    return content.join(' ');
  return undefined;
}

/**
 * A clause of a role alone in a message about the bot: "bot, stop. representative.",
 * "robô não. atendente!".
 */
export function botBare(
  words: string[],
  ends: Set<number>,
  roles: Set<string>,
  fillers: Set<string>,
  links: Set<string>,
): string | undefined {
  if (!words.some((x) => bots.has(x))) return undefined;
  let start = 0;
  for (const end of [...ends].sort((a, b) => a - b)) {
    const clause = words
      .slice(start, end + 1)
      .filter((x) => !fillers.has(x) && !yeses.has(x) && !(links.has(x) && !roles.has(x)));
    if (clause.length > 0 && clause.length <= 2 && clause.every((x) => roles.has(x)))
      return clause.join(' ');
    start = end + 1;
  }
  return undefined;
}

/** Words of asking politely that may stand as a clause of their own: "Please, a human." */
const pleases = new Set('please pls plz tolong tlg porfa pfv pf favor por'.split(' '));

/**
 * A clause of a role alone, asked politely in it or in a clause of "please" beside it:
 * "I am not good with computers. Please, a human.", "It broke. A person, please." A group
 * is not asked for this way ("please, team, hurry up").
 */
export function politeBare(
  words: string[],
  ends: Set<number>,
  roles: Set<string>,
  fillers: Set<string>,
): string | undefined {
  const clauses: string[][] = [];
  let start = 0;
  for (const end of [...ends].sort((a, b) => a - b)) {
    clauses.push(words.slice(start, end + 1));
    start = end + 1;
  }
  const content = (c: string[]) => c.filter((x) => !fillers.has(x) && !pleases.has(x));
  const politeOnly = (c: string[] | undefined) =>
    c !== undefined && content(c).length === 0 && c.some((x) => pleases.has(x));
  for (const [i, all] of clauses.entries()) {
    const clause = content(all);
    const polite =
      all.some((x) => pleases.has(x)) || politeOnly(clauses[i - 1]) || politeOnly(clauses[i + 1]);
    if (
      polite &&
      clause.length > 0 &&
      clause.length <= 2 &&
      clause.every((x) => roles.has(x) && !groups.has(x))
    )
      return clause.join(' ');
  }
  return undefined;
}

/**
 * A message closing on a clause of a role alone, after what went wrong: "the app crashed
 * twice at checkout. manager", "udah muter2 dari tadi. admin!" (ADR 0550). A group ("…
 * thanks, team") is greeted, not asked for.
 */
export function closingBare(
  words: string[],
  ends: Set<number>,
  roles: Set<string>,
  fillers: Set<string>,
): string | undefined {
  const sorted = [...ends].sort((a, b) => a - b);
  if (sorted.length < 2 || words.some((x) => thanks.has(x))) return undefined;
  const from = sorted.at(-2)! + 1;
  // "halo, admin": a greeting before the role addresses it; something must have gone wrong.
  const before = words.slice(0, from).filter((x) => !fillers.has(x) && !greetings.has(x));
  if (before.length < 2) return undefined;
  const clause = withoutShopOf(words.slice(from), roles).filter(
    (x) => !fillers.has(x) && !pleases.has(x),
  );
  if (
    clause.length > 0 &&
    clause.length <= 2 &&
    clause.every((x) => roles.has(x) && !groups.has(x))
  )
    return clause.join(' ');
  return undefined;
}

/** Words of thanks, closing a message to staff rather than asking for them: "makasih ya, admin". */
const thanks = new Set(
  'thanks thank thx ty makasih mksh terimakasih kasih obrigado obrigada valeu gracias'.split(' '),
);

/** Staff summoned by a name alone ("minnn", "mimin dong"): a message of `calls` words only. */
export function calledByName(words: string[], w: RequestWords): string | undefined {
  const names = words.filter((x) => w.calls.names.includes(x));
  if (names.length > 0 && words.every((x) => names.includes(x) || w.calls.with.includes(x)))
    return names.join(' ');
  return undefined;
}
