import { foldText } from '@parley/core';
import { distance } from 'fastest-levenshtein';
import type { LanguageCode } from '../language/detect.js';
import { type RequestWords, requestWords } from './human-request-words.js';

const maxLinks = 4;
/** Words this long may carry one typo ("sambungn", "atendnte") and still count. */
const typoLength = 5;

const known = new Map<RequestWords, { all: Set<string>; targets: string[] }>();

/** Every word of a language's lists, and the role and verb words a typo may stand for. */
function vocabulary(w: RequestWords) {
  let v = known.get(w);
  if (!v) {
    // Words of every list stay as typed: "contacte" is not a typo of "contacten".
    const all = new Set(
      [
        ...w.roles,
        ...w.verbs,
        ...w.links,
        ...w.wants,
        ...w.fillers,
        ...w.past,
        ...w.phrases,
        ...w.helps,
        ...w.exists,
        ...w.reach,
        ...w.selves,
        ...w.modals,
        ...w.numbers,
        ...w.opens,
        ...w.handoffs,
        ...w.phones,
        ...w.permits,
        ...w.negations,
      ].flatMap((x) => x.split(' ')),
    );
    const targets = [...w.roles, ...w.verbs].filter((x) => x.length >= typoLength);
    v = { all, targets };
    known.set(w, v);
  }
  return v;
}

/**
 * Spellings of a word with drawn-out letters shortened ("pleaseee", "tolonggg", "minn",
 * "atendenteee"): runs of three or more kept as two, then as one, then a doubled last
 * letter as one.
 */
function shortened(word: string): string[] {
  const two = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const one = word.replace(/(\p{L})\1{2,}/gu, '$1');
  return [two, one, two.replace(/(\p{L})\1$/u, '$1'), one.replace(/(\p{L})\1$/u, '$1')];
}

/** Another vowel at the end is another form of a verb ("llamó", "llame"), not a typo. */
function otherEnding(word: string, target: string): boolean {
  return (
    word.length === target.length &&
    word.slice(0, -1) === target.slice(0, -1) &&
    /[aeiou]$/u.test(word) &&
    /[aeiou]$/u.test(target)
  );
}

/** The role or verb a word misspells by one edit (same first letter), or by a dropped "h". */
function typoOf(word: string, targets: string[]): string | undefined {
  if (word.length < typoLength - 1) return undefined;
  return targets.find(
    (t) =>
      (word.length >= typoLength &&
        t[0] === word[0] &&
        distance(t, word) === 1 &&
        !otherEnding(word, t)) ||
      (t[0] === 'h' && t.slice(1) === word),
  );
}

/**
 * A word with drawn-out letters becomes the word of the lists it stretches; a word with
 * one typo becomes the role or verb it misspells; words of the lists and short words stay
 * as typed.
 */
function corrected(words: string[], w: RequestWords): string[] {
  const { all, targets } = vocabulary(w);
  const kept = new Set([...w.roles, ...w.verbs]);
  return words.map((word) => {
    if (all.has(word)) return word;
    const short = shortened(word).filter((x) => x !== word);
    return (
      short.find((x) => all.has(x)) ??
      ended(word, w.endings, kept) ??
      typoOf(word, targets) ??
      short.map((x) => typoOf(x, targets)).find(Boolean) ??
      word
    );
  });
}

/** A word read with another ending when that makes a role or verb ("advisors", "orangnya"). */
function ended(word: string, endings: [string, string][], kept: Set<string>): string | undefined {
  for (const [from, to] of endings) {
    if (!word.endsWith(from) || word.length - from.length < 2) continue;
    const other = word.slice(0, word.length - from.length) + to;
    if (kept.has(other)) return other;
  }
  return undefined;
}

/** Word pairs read as one role ("ada yang" someone, "yang punya" the owner), with the clause ends moved. */
function joined(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
): { words: string[]; ends: Set<number> } {
  const out: string[] = [];
  const moved = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    const one = ends.has(i) ? undefined : w.joins[`${words[i]} ${words[i + 1]}`];
    out.push(one ?? words[i]!);
    if (one) i++;
    if (ends.has(i)) moved.add(out.length - 1);
  }
  return { words: out, ends: moved };
}

/** A word standing for a person drawn as an emoji ("👤??"), a role in every language. */
const personMark = 'xpersonx';
const personEmoji = /[\u{1F464}\u{1F465}\u{1F9D1}\u{1F468}\u{1F469}\u{1F64B}\u{1F481}]/gu;

/**
 * A message without what it quotes ("my mom always yells \"talk to a human\""): words in
 * quotation marks are someone else's, unless they are all the message says.
 */
function unquoted(text: string): string {
  const rest = text.replace(
    /["\u201C\u201D\u00AB\u00BB][^"\u201C\u201D\u00AB\u00BB]*["\u201C\u201D\u00AB\u00BB]/gu,
    ' , ',
  );
  return /\p{L}/u.test(rest) ? rest : text;
}

/** Folded words of a message (letters and digits only), and the indexes that end a clause. */
function tokens(text: string): { words: string[]; ends: Set<number> } {
  const words: string[] = [];
  const ends = new Set<number>();
  const marked = unquoted(text).replace(personEmoji, ` ${personMark} `);
  for (const clause of foldText(marked).split(/[?!.,;:\n]+/u)) {
    const before = words.length;
    words.push(...clause.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
    if (words.length > before) ends.add(words.length - 1);
  }
  return { words, ends };
}

/** Role words that mean something else in a pair ("human hair") become a neutral mark. */
function withoutSenses(words: string[], w: RequestWords): string[] {
  const out = [...words];
  for (const sense of w.senses) {
    const pair = sense.split(' ');
    for (let i = 0; i + pair.length <= out.length; i++)
      if (pair.every((p, k) => out[i + k] === p))
        for (let k = 0; k < pair.length; k++) out[i + k] = '_';
  }
  return out;
}

function has(text: string, phrase: string): boolean {
  return ` ${text} `.includes(` ${phrase} `);
}

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
const shops = new Set(
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
function verbThenRole(words: string[], w: RequestWords, roles: Set<string>): string | undefined {
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

/**
 * A role followed, across filler and linking words, by words of helping or reaching the
 * customer ("admin tolong bales", "admin nya ada?", "can someone from the store contact
 * me", "alguém da loja me liga", "alguien que me atienda").
 */
function helpAsked(words: string[], w: RequestWords, roles: Set<string>): string | undefined {
  const between = new Set([...w.links, ...w.fillers, ...w.roles]);
  for (let i = 0; i < words.length; i++) {
    if (!roles.has(words[i]!)) continue;
    for (let j = i + 1; j < words.length && j <= i + 1 + maxLinks; j++) {
      const rest = ` ${words.slice(j).join(' ')} `;
      const help = w.helps.find((h) => rest.startsWith(` ${h} `));
      if (help) return `${words.slice(i, j).join(' ')} ${help}`;
      if (!between.has(words[j]!)) break;
    }
  }
  return undefined;
}

/** Places a role may be asked to be in: "any human around?", "tem algum responsável aí?". */
const places = new Set('there here around online ai aqui ahi alli sini disini situ'.split(' '));
/** Words asking whether a role is free now ("is anyone from sales available to chat"). */
const free = new Set('available free disponivel disponible tersedia standby'.split(' '));
/** Words of being that may sit between a role and `free`: "is the manager available?". */
const being = new Set('is are esta estan estao sedang lagi'.split(' '));

/** Where a role of the shop not of the customer ("my manager", "mi jefe") sits. */
function shopRoles(words: string[], w: RequestWords, roles: Set<string>): number[] {
  const owns = new Set(w.owns);
  const at: number[] = [];
  for (let i = 0; i < words.length; i++)
    if (
      roles.has(words[i]!) &&
      !owns.has(words[i - 1] ?? '') &&
      !owns.has(words[i - 2] ?? '') &&
      !owns.has(words[i + 1] ?? '')
    )
      at.push(i);
  return at;
}

/**
 * A role and a verb of reaching the customer within a few helping words, in either order
 * ("a member of your staff could call me", "alguém da equipe pode me chamar", "que me
 * escriba un asesor", "petugas yang bisa menelepon saya"). The customer must be the one
 * reached ("me", "comigo", "conmigo"), except in Indonesian, where the verb alone does.
 */
function reachAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const reach = new Set(w.reach);
  const selves = new Set(w.selves);
  const between = new Set([...w.links, ...w.fillers, ...w.roles, ...w.modals, ...w.selves]);
  const window = maxLinks + 4;
  const reached = (span: string[]) =>
    span.some((x) => reach.has(x)) && (selves.size === 0 || span.some((x) => selves.has(x)));
  for (const i of shopRoles(words, w, roles)) {
    // After the role: "staff could call me".
    for (let j = i + 1; j < words.length && j <= i + window; j++) {
      const x = words[j]!;
      if (!between.has(x) && !reach.has(x)) break;
      const span = words.slice(i + 1, j + 1);
      // The customer may follow the verb: "se ponga en contacto conmigo".
      let end = j;
      while (end < j + 3 && end + 1 < words.length && !ends.has(end)) end++;
      if (reach.has(x) && reached(span.concat(words.slice(j + 1, end + 1))))
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

/** Words for anybody, not a role of the shop. */
const anyone = new Set(
  'person people someone somebody anyone human humans pessoa gente alguem humano humana persona alguien orang org manusia seseorang uwong wong'.split(
    ' ',
  ),
);

/**
 * A way of reaching someone, then a role of the shop within a few linking words: "the
 * number of an agent", "minta nomor cs nya", "me passa o whatsapp de um vendedor".
 */
function numberAsked(words: string[], w: RequestWords, roles: Set<string>): string | undefined {
  const numbers = new Set(w.numbers);
  const between = new Set([...w.links, ...w.fillers, ...w.numbers]);
  // "the phone of the person who receives it" is not asking for a person of the shop.
  const shop = new Set(shopRoles(words, w, roles).filter((i) => !anyone.has(words[i]!)));
  for (let i = 0; i < words.length; i++) {
    if (!numbers.has(words[i]!)) continue;
    for (let j = i + 1; j < words.length && j <= i + 1 + maxLinks; j++) {
      if (shop.has(j)) return words.slice(i, j + 1).join(' ');
      if (!between.has(words[j]!)) break;
    }
  }
  return undefined;
}

/** Words opening who is reached: "someone I could speak with", "alguien con quien hablar". */
const whos = new Set('i we who whom quien quem yang yg'.split(' '));

/** Where a verb of reaching follows a role across helping words ("someone I could speak with"). */
function reachableAfter(
  words: string[],
  ends: Set<number>,
  role: number,
  w: RequestWords,
): number | undefined {
  const verbs = new Set([...w.verbs, ...w.reach]);
  const between = new Set([...w.links, ...w.modals, ...w.permits, ...w.selves, ...w.owns, ...whos]);
  for (let k = role + 1; k < words.length && k <= role + maxLinks && !ends.has(k - 1); k++) {
    if (verbs.has(words[k]!)) return k;
    if (!between.has(words[k]!)) return undefined;
  }
  return undefined;
}

/**
 * A word asking whether someone is there, then a role that ends its clause, maybe after
 * a place ("is there a manager?", "kd o atendente??", "ada admin?", "hay un asesor ahí?").
 */
function existsAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const exists = new Set(w.exists);
  const between = new Set([...w.links, ...w.fillers]);
  for (let i = 0; i < words.length; i++) {
    if (!exists.has(words[i]!) || ends.has(i)) continue;
    for (let j = i + 1; j < words.length && j <= i + 1 + maxLinks; j++) {
      if (roles.has(words[j]!)) {
        let k = j;
        while (!ends.has(k) && k + 1 < words.length && places.has(words[k + 1]!)) k++;
        if (ends.has(k)) return words.slice(i, k + 1).join(' ');
        if (free.has(words[k + 1] ?? '')) return words.slice(i, k + 2).join(' ');
        // Someone to reach: "is there someone I could speak with", "ada orang yg bisa dihubungi".
        const to = reachableAfter(words, ends, j, w);
        if (to) return words.slice(i, to + 1).join(' ');
      }
      if (!between.has(words[j]!) || ends.has(j)) break;
    }
  }
  return undefined;
}

/**
 * A role, then a word asking where it is or whether it is free, ending the clause: "admin
 * nya mana sih", "el asesor dónde?", "is the manager available?".
 */
function whereAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const where = new Set(w.exists.filter((x) => !wantWords.has(x)));
  const fillers = new Set(w.fillers);
  for (const i of shopRoles(words, w, roles)) {
    // Free now, ending the clause: "is the manager available?", "el asesor está disponible?".
    let f = i + 1;
    while (f < i + 3 && f < words.length && !ends.has(f - 1) && being.has(words[f]!)) f++;
    if (free.has(words[f] ?? '') && !ends.has(f - 1)) {
      let k = f;
      while (!ends.has(k) && k + 1 < words.length && fillers.has(words[k + 1]!)) k++;
      if (ends.has(k)) return words.slice(i, f + 1).join(' ');
    }
    // The role opens its clause: "kurirnya orang mana" asks where the courier is from.
    if (i > 0 && !ends.has(i - 1) && !fillers.has(words[i - 1]!)) continue;
    let j = i + 1;
    while (j < words.length && fillers.has(words[j]!) && !where.has(words[j]!) && !ends.has(j - 1))
      j++;
    if (j >= words.length || !where.has(words[j]!) || ends.has(j - 1)) continue;
    let k = j;
    while (!ends.has(k) && k + 1 < words.length && fillers.has(words[k + 1]!)) k++;
    if (ends.has(k)) return words.slice(i, j + 1).join(' ');
  }
  return undefined;
}

/**
 * A verb of reaching someone aimed at a pronoun ("let me chat with them", "quero falar
 * com vc") after a want, when a role of the shop (not "my manager") is named in an
 * earlier clause.
 */
function pronounAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const owns = new Set(w.owns);
  const named = words.findIndex(
    (x, i) => roles.has(x) && !owns.has(words[i - 1] ?? '') && !owns.has(words[i + 1] ?? ''),
  );
  if (named < 0) return undefined;
  let clause = named;
  while (!ends.has(clause) && clause < words.length) clause++;
  const wants = new Set([...w.wants, 'let']);
  const after = words.slice(clause + 1);
  // "you" is the shop itself unless the role clause only names someone: "dono da loja,
  // quero falar com vc" asks the owner; "the admin was nice, i want to talk to you" not.
  const between = new Set([...w.roles, ...w.links, ...w.fillers]);
  const vocative = words.slice(0, clause + 1).every((x) => between.has(x));
  const found = verbThenRole(after, w, new Set(vocative ? [...w.pronouns, ...w.yous] : w.pronouns));
  if (!found) return undefined;
  const at = lastStart(after, found);
  const end = at + found.split(' ').length;
  return after.slice(Math.max(0, at - 3), end).some((x) => wants.has(x))
    ? `${words[named]} … ${found}`
    : undefined;
}

/** Where a phrase of words last starts in a message, or -1. */
function lastStart(words: string[], phrase: string): number {
  const p = phrase.split(' ');
  for (let i = words.length - p.length; i >= 0; i--)
    if (p.every((x, k) => words[i + k] === x)) return i;
  return -1;
}

/** Markers of the past and of wanting, of all four languages. */
const pastWords = new Set(Object.values(requestWords).flatMap((w) => w.past));
const wantWords = new Set(Object.values(requestWords).flatMap((w) => w.wants));
/** Negations of all four languages ("don't call me" is declined in Indonesian words too). */
const negationWords = new Set(Object.values(requestWords).flatMap((w) => w.negations));
/** Words asking why, before a negation that complains rather than declines. */
const whys = new Set('why kenapa knp napa mengapa que qu porque pq'.split(' '));
/** Negations that are other words in Portuguese: "no" is "in the" ("me coloca no atendimento"). */
const notNegations = new Map<RequestWords, Set<string>>([[requestWords.pt, new Set(['no'])]]);
const existWords = new Set(Object.values(requestWords).flatMap((w) => w.exists));
/** Words after which a negation is a question tag: "bisa ga…", "mau gak…", "ada ga…". */
const negationTags = new Set(
  Object.values(requestWords).flatMap((w) => [...w.permits, ...w.wants, ...w.exists]),
);

/**
 * Whether the message asks for a person in one language's words: a role alone ("admin",
 * "gerente", "human please"), a fixed phrase ("real person", "orang asli"), a verb of
 * reaching someone followed by a role ("talk to your manager", "sambungin ke cs", "me
 * passa pra uma pessoa"), or a role who should help ("can a human help me?"). A message
 * that reports the past ("I talked to an agent yesterday", "kemarin admin bilang") is not
 * a request unless it also asks ("I want", "mau", "quero"); one that declines ("no need
 * for a human") is not either, nor a role the customer says they are ("I'm human").
 */
function matchLanguage(
  typed: string[],
  typedEnds: Set<number>,
  w: RequestWords,
): string | undefined {
  const { words: fixed, ends } = joined(corrected(typed, w), typedEnds, w);
  const roles = new Set([...w.roles, personMark]);
  const words = withoutSelf(withoutSenses(fixed, w), ends, roles);
  const fillers = new Set(w.fillers);
  const handoffs = new Set(w.handoffs);
  const content = [...new Set(words.filter((x) => !fillers.has(x) && !objects.has(x)))];
  // "hi team", "olá equipe", "oi gente": a group greeted, not asked for.
  const greeted = words.some((x) => greetings.has(x)) && content.every((x) => groups.has(x));
  if (
    !greeted &&
    content.length > 0 &&
    content.length <= 2 &&
    content.some((x) => roles.has(x) || handoffs.has(x)) &&
    content.every(
      (x) => roles.has(x) || handoffs.has(x) || atWork.has(x) || places.has(x) || helpWords.has(x),
    )
  )
    return content.join(' ');
  const bare = botBare(words, ends, roles, fillers, new Set(w.links));
  if (bare) return bare;
  const names = words.filter((x) => w.calls.names.includes(x));
  if (names.length > 0 && words.every((x) => names.includes(x) || w.calls.with.includes(x)))
    return names.join(' ');
  const asked = askedIn(words, ends, w, roles);
  if (!asked || declined(words, ends, asked.split(' … ')[0]!, w)) return undefined;
  // Markers of the past and of wanting count in any language: an Indonesian report
  // ("tadi udah chat admin") stays a report when the English words match it. A request
  // opened after the last marker ("it came torn last week, can someone call me", "tadi
  // udah chat admin, bisa sambungin ke admin lain?") stands.
  // "já" ending its clause means now ("atendente humano já"), not already.
  const past = words.reduce(
    (last, x, i) => (pastWords.has(x) && !(x === 'ja' && ends.has(i)) ? i : last),
    -1,
  );
  const verbs = new Set(w.verbs);
  if (past < 0 || words.some((x) => wantWords.has(x))) return asked;
  for (let k = past + 1; k < words.length; k++) {
    // An opener, or a clause opened by a verb: "that's not what I asked. let me talk to…".
    const clauseVerb = ends.has(k - 1) && (verbs.has(words[k]!) || words[k] === 'let');
    if (!w.opens.includes(words[k]!) && !clauseVerb) continue;
    const later = new Set([...ends].filter((e) => e >= k).map((e) => e - k));
    const opened = askedIn(words.slice(k), later, w, roles);
    if (opened) return opened;
  }
  return undefined;
}

/** Where the clause of `at` ends if only words of `allowed` follow, else the last allowed word. */
function clauseEnd(words: string[], ends: Set<number>, at: number, allowed: Set<string>): number {
  let k = at;
  while (!ends.has(k) && k + 1 < words.length && allowed.has(words[k + 1]!)) k++;
  return k;
}

/** The first word of a run of `allowed` words right before `at` in its clause. */
function clauseStart(words: string[], ends: Set<number>, at: number, allowed: Set<string>): number {
  let b = at;
  while (b > 0 && !ends.has(b - 1) && allowed.has(words[b - 1]!)) b--;
  return b;
}

/** Words asking who: "who's on shift?", "siapa yang online?", "quem tá on?". */
const askWho = new Set('who siapa quem quien'.split(' '));

/**
 * A question of who the customer may reach, ending its clause: "who can I talk to?",
 * "siapa yg bisa saya hubungi?", "¿con quién puedo hablar?".
 */
function whoAsked(words: string[], ends: Set<number>, w: RequestWords): string | undefined {
  const after = new Set([...w.fillers, ...w.links, ...tails, ...w.selves]);
  for (let i = 0; i < words.length; i++) {
    if (!askWho.has(words[i]!)) continue;
    const to = reachableAfter(words, ends, i, w);
    if (to === undefined) continue;
    const k = clauseEnd(words, ends, to, after);
    if (ends.has(k)) return words.slice(i, to + 1).join(' ');
  }
  return undefined;
}

/** Words saying someone is at work now: "cs on?", "alguém do comercial online?", "agente en vivo". */
const atWork = new Set(
  'available free disponivel disponible tersedia standby online on ol live awake active aktif bangun melek ada jaga conectado conectada conectados linea vivo'.split(
    ' ',
  ),
);
/** Words that may sit between a role and `atWork`: "admin lagi on", "asesor en línea", "atendente ao vivo". */
const atWorkLinks = new Set(
  's is are esta estan estao ta tao sedang lagi udah sudah en ao em in'.split(' '),
);
/** Words that may close a clause after a request: question tags, now, here, back. */
const tails = new Set(
  'right shift duty ga gak gk nggak ngga enggak belum kah no nao rn now today tonight hoy ahora agora hoje ja sekarang skrg malam malem gini ini nih back instead asap urgent urgente urgencia aja saja pra para mim'.split(
    ' ',
  ),
);

/**
 * A role of the shop said to be at work now, ending its clause: "cs on?", "admin lagi on
 * ga?", "anyone from sales online?", "un asesor en línea porfa", "tem atendente ao vivo?".
 */
function atWorkAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const between = new Set([...w.links, ...w.fillers, ...w.roles, ...atWorkLinks]);
  const after = new Set([...w.fillers, ...places, ...shops, ...tails, ...atWork]);
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

/** Words for the customer reached by a call: "call me", "telpon aku", "liga pra mim". */
const mes = new Set('me us aku saya sy aq gue gw ku mim'.split(' '));
/** Words of asking for a call beside the lists' wants: "I'd like a callback", "can we do a call". */
const callAsks = new Set('d like do get have phone video'.split(' '));
/** Words joining clauses, after which a call may open its own: "so can I call you?". */
const joiners = new Set(
  'and so but then or e y o pero mas dan terus trus jadi tapi atau'.split(' '),
);
/** The customer as the one who calls: "can I call", "bisa saya telpon". */
const subjects = new Set('i we aku saya sy aq gue gw eu yo'.split(' '));
/** The shop as the one called: "call you", "ligar pra vcs", "llamarlos". */
const callees = new Set(
  'you u ya yall kalian kamu anda vc vcs voce voces ustedes usted te lhe los les pra para a la loja tienda toko por telefone telepon phone'.split(
    ' ',
  ),
);

/**
 * A call between the customer and the shop, asked now, ending its clause: leave to call
 * ("can I call you instead?", "bisa telpon aja?", "posso ligar?", "¿puedo llamar?"), a
 * want of a call ("minta ditelpon", "I'd like a callback") or a call of the customer ("call
 * me pls", "me liga aí", "¿me pueden llamar?"). "posso ligar o aparelho em 220v?" names
 * something else and stays a question; "call me Anna" a name.
 */
function phoneAsked(words: string[], ends: Set<number>, w: RequestWords): string | undefined {
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
  const after = new Set([...callees, ...mes, ...fillers, ...places, ...tails, ...phones]);
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

/** The customer saying who they are: "I'm human", "aku manusia kok", "sou humano", "trabajo en atención al cliente". */
const selfCopulas = new Set(
  'am m a an adalah ini kok juga also just work working kerja bekerja trabalho trabalha sou soy um uma un una tambien in di com en at from'.split(
    ' ',
  ),
);

/** Words saying "I am": "I'm human", "sou humano", "soy humano". */
const selfIs = new Set('im sou soy'.split(' '));

/** Roles the customer says they are ("I'm human", "sou humano"), to the end of their clause, become a neutral mark. */
function withoutSelf(words: string[], ends: Set<number>, roles: Set<string>): string[] {
  const out = [...words];
  for (let i = 0; i < out.length; i++) {
    const x = out[i]!;
    if (!subjects.has(x) && !selfIs.has(x)) continue;
    let j = i + 1;
    let denied = false;
    while (j < out.length && j <= i + 4 && !ends.has(j - 1)) {
      if (negationWords.has(out[j]!)) denied = true;
      else if (!selfCopulas.has(out[j]!)) break;
      j++;
    }
    // "aku bukan bot", "I'm not a bot": the customer says what they are not.
    const what = out[j] ?? '';
    if (j >= out.length || ends.has(j - 1) || !(denied ? bots.has(what) : roles.has(what)))
      continue;
    for (let k = j; k < out.length; k++) {
      out[k] = '_';
      if (ends.has(k)) break;
    }
  }
  return out;
}

/**
 * Whether the request found at `start` is declined: a negation within three words before
 * it in its clause ("no need for a human", "no necesito un agente", "não precisa de
 * atendente", "don't call me"). A negation of the bot ("not a bot, a human please"), a
 * question tag ("bisa ga ngobrol sama admin?") and a complaint that nobody is there ("no
 * hay nadie que me atienda?") do not decline.
 */
function declined(words: string[], ends: Set<number>, phrase: string, w: RequestWords): boolean {
  const other = notNegations.get(w);
  const start = lastStart(words, phrase);
  // A phrase running over a clause end asks in its last clause ("…não resolve, me passa…").
  for (let k = start; k < start + phrase.split(' ').length - 1; k++) if (ends.has(k)) return false;
  for (let k = start - 1; k >= 0 && k >= start - 3 && !ends.has(k); k--) {
    const x = words[k]!;
    if (bots.has(x)) return false;
    if (!negationWords.has(x) || other?.has(x)) continue;
    // "why can't I…", "kenapa ga bisa…", "por que não…": a complaint that asks.
    if (words.slice(Math.max(0, k - 3), k).some((y) => whys.has(y))) return false;
    if (negationTags.has(words[k - 1] ?? '') || existWords.has(words[k + 1] ?? '')) continue;
    return true;
  }
  return false;
}

/** Words for the bot the customer is talking to. */
const bots = new Set('bot bots robot robo maquina machine mesin chatbot'.split(' '));
/** Words for what is handed over: "escalate my case", "escala meu chamado". */
const cases = new Set(
  'case ticket issue problem complaint order caso chamado pedido problema reclamacao kasus masalah tiket pesanan komplain reclamo queja'.split(
    ' ',
  ),
);

/**
 * A handoff word opening its clause, on what is handed over only: "please escalate my
 * case", "eskalasi dong", "escala meu caso pfv", "transbordo pra atendente". "escala de
 * tamanhos" (a size chart) goes on with other words and stays a question.
 */
function handoffAsked(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const handoffs = new Set(w.handoffs);
  // A verb handing the customer over, aimed at them: "me transfere pfv", "transfer me", "¿me derivas?".
  const wants = new Set(w.wants);
  const selves = new Set(w.selves);
  const handing = new Set(w.verbs.filter((x) => !wants.has(x) && !generic.has(x)));
  const before = new Set([
    ...w.fillers,
    ...w.permits,
    ...w.wants,
    ...w.modals,
    ...callees,
    ...subjects,
    ...w.selves,
  ]);
  const after = new Set([
    ...w.fillers,
    ...objects,
    ...w.owns,
    ...w.links,
    ...roles,
    ...tails,
    ...cases,
    ...places,
  ]);
  for (let i = 0; i < words.length; i++) {
    const handoff = handoffs.has(words[i]!);
    if (!handoff && !(selves.size > 0 && handing.has(words[i]!))) continue;
    const b = clauseStart(words, ends, i, before);
    if (b > 0 && !ends.has(b - 1) && !joiners.has(words[b - 1]!)) continue;
    const k = clauseEnd(words, ends, i, after);
    if (!ends.has(k)) continue;
    const span = words.slice(b, k + 1);
    if (handoff || span.some((x) => selves.has(x))) return span.join(' ');
  }
  return undefined;
}

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
/** Verbs of giving anything, which hand nobody over on their own: "give me", "get me", "dame". */
const generic = new Set('give get put dame ponme da'.split(' '));
/** Words for what a handoff acts on: "escalate this", "escala isso". */
const objects = new Set('this it that isso isto esto eso ini itu'.split(' '));

/**
 * A clause of a role alone in a message about the bot: "bot, stop. representative.",
 * "robô não. atendente!".
 */
function botBare(
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

/** The phrase asking for a person, by the rules that need more than the bare role. */
function askedIn(
  words: string[],
  ends: Set<number>,
  w: RequestWords,
  roles: Set<string>,
): string | undefined {
  const text = words.join(' ');
  return (
    w.phrases.find((p) => has(text, p)) ??
    verbThenRole(words, w, roles) ??
    helpAsked(words, w, roles) ??
    existsAsked(words, ends, w, roles) ??
    reachAsked(words, ends, w, roles) ??
    numberAsked(words, w, roles) ??
    whereAsked(words, ends, w, roles) ??
    atWorkAsked(words, ends, w, roles) ??
    whoAsked(words, ends, w) ??
    handoffAsked(words, ends, w, roles) ??
    phoneAsked(words, ends, w) ??
    pronounAsked(words, ends, w, roles)
  );
}

/**
 * Word lists per language, for `findHumanRequest`; exported so an app can read them.
 * `humanRequestPatterns` stays the documented name of this table.
 */
export const humanRequestPatterns: Record<LanguageCode, RequestWords> = requestWords;

/** The first phrase asking for a human in `text`, in any of the four languages. */
export function findHumanRequest(
  text: string,
): { language: LanguageCode; phrase: string } | undefined {
  const { words, ends } = tokens(text);
  if (words.length === 0) return undefined;
  for (const [language, w] of Object.entries(requestWords)) {
    const phrase = matchLanguage(words, ends, w);
    if (phrase) return { language: language as LanguageCode, phrase };
  }
  return undefined;
}
