/** Rules: a role asked to help or to reach the customer ("can a human help me", "staff could call me"). */

import type { RequestWords } from '../human-request-words.js';
import { maxLinks } from './clauses.js';
import { counted, shopRoles } from './roles.js';

/** Words for anyone at all, who may look at a thing without being of the shop. */
const anyone = new Set(
  'someone somebody anyone anybody alguem alguien seseorang orang org persona pessoa person'.split(
    ' ',
  ),
);
/** Helps of looking at or checking a thing (ADR 0610), asked only of a role of the shop. */
const looks =
  /^(?:who can )?(?:look at (?:my|the)|check|pode (?:olhar|ver|verificar)|possa (?:olhar|verificar)|puede (?:revisar|ver)|pueda revisar|que (?:vea|revise)|(?:yang|yg|bisa) (?:cek|ngecek))/u;

/**
 * A role followed, across filler and linking words, by words of helping or reaching the
 * customer ("admin tolong bales", "admin nya ada?", "can someone from the store contact
 * me", "alguém da loja me liga", "alguien que me atienda").
 */
export function helpAsked(
  words: string[],
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const between = new Set([...w.links, ...w.fillers, ...w.roles]);
  for (let i = 0; i < words.length; i++) {
    if (!roles.has(words[i]!) || counted(words, i)) continue;
    // Anyone may look at a thing ("someone to look at my car"); staff looking asks the shop.
    const helps = anyone.has(words[i]!) ? w.helps.filter((h) => !looks.test(h)) : w.helps;
    for (let j = i + 1; j < words.length && j <= i + 1 + maxLinks; j++) {
      const rest = ` ${words.slice(j).join(' ')} `;
      const help = helps.find((h) => rest.startsWith(` ${h} `));
      if (help) return `${words.slice(i, j).join(' ')} ${help}`;
      if (!between.has(words[j]!)) break;
    }
  }
  return undefined;
}

/** The customer's company as the one reached ("contact our buyer", "con nuestra área"). */
const ours = new Set(
  'us our nosso nossa nossos nossas nuestro nuestra nuestros nuestras'.split(' '),
);
/** Words after a role that name what it is of ("gerente de contas", "ejecutivo de cuenta"). */
const qualifiers = new Set(['of', 'from', 'de', 'da', 'do', 'del', 'dari']);

/** Words naming a shop after its name: "the Bristol store", "toko cabang", "la sucursal". */
const placed = new Set('store shop branch toko cabang loja filial tienda sucursal'.split(' '));

const placeDeterminers = new Set('the your a o la el su sua'.split(' '));

/**
 * Where a named shop after the role at `i` ends ("someone from the Bristol store", "alguien
 * de la sucursal Centro"), or `i` when none follows (ADR 0550).
 */
function shopAfter(words: string[], i: number): number {
  if (!qualifiers.has(words[i + 1] ?? '')) return i;
  let m = i + 2;
  while (placeDeterminers.has(words[m] ?? '')) m++;
  if (placed.has(words[m + 1] ?? '')) return m + 1;
  if (placed.has(words[m] ?? '')) return placed.has(words[m + 1] ?? '') ? m + 1 : m;
  return i;
}

/**
 * A role and a verb of reaching the customer within a few helping words, in either order
 * ("a member of your staff could call me", "alguém da equipe pode me chamar", "que me
 * escriba un asesor", "petugas yang bisa menelepon saya"). The customer must be the one
 * reached ("me", "comigo", "conmigo"), except in Indonesian, where the verb alone does.
 */
export function reachAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const reach = new Set(w.reach);
  const selves = new Set(w.selves);
  // After the role, the customer's company may be the one reached: "have your account
  // manager contact our purchasing department", "que un representante se comunique con
  // nuestra área".
  const company = new Set([...w.selves, ...ours]);
  const between = new Set([...w.links, ...w.fillers, ...w.roles, ...w.modals, ...w.selves]);
  const window = maxLinks + 4;
  // "get" reaching the company is getting something for it ("someone get our order out").
  // "llamarme", "contactarme": the customer joined to the verb (ADR 0550).
  const joinedSelf = (x: string) =>
    reach.has(x) && [...selves].some((s) => x.length > s.length + 3 && x.endsWith(s));
  const reached = (span: string[], who = selves) =>
    span.some((x) => reach.has(x) && (who === selves || x !== 'get')) &&
    (selves.size === 0 || span.some((x) => who.has(x) || joinedSelf(x)));
  for (const i of shopRoles(words, w, roles)) {
    // After the role: "staff could call me".
    for (let j = i + 1; j < words.length && j <= i + window; j++) {
      const x = words[j]!;
      // One word naming what the role is of: "gerente de contas", "manager of accounts".
      if (qualifiers.has(words[j - 1]!) && j === i + 2) continue;
      if (j <= shopAfter(words, i)) continue;
      if (!between.has(x) && !reach.has(x)) break;
      const span = words.slice(i + 1, j + 1);
      // The customer may follow the verb: "se ponga en contacto conmigo".
      let end = j;
      while (end < j + 3 && end + 1 < words.length && !ends.has(end)) end++;
      if (reach.has(x) && reached(span.concat(words.slice(j + 1, end + 1)), company))
        return words.slice(i, j + 1).join(' ');
      if (ends.has(j)) break;
    }
    // Before the role, in its clause: "que me conteste un asesor".
    for (let j = i - 1; j >= 0 && j >= i - window; j--) {
      const x = words[j]!;
      if (ends.has(j) || (!between.has(x) && !reach.has(x))) break;
      if (reach.has(x) && reached(words.slice(Math.max(0, j - 1), i)))
        return words.slice(j, i + 1).join(' ');
    }
  }
  return undefined;
}
