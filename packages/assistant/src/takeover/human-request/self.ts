/** The customer saying what they are ("I'm human"), which asks for nobody. */

import { bots } from './bare.js';
import { negationWords } from './declined.js';
import { subjects } from './phone.js';

/** The customer saying who they are: "I'm human", "aku manusia kok", "sou humano", "trabajo en atención al cliente". */
const selfCopulas = new Set(
  'am m a an adalah ini kok juga also just work working works kerja bekerja trabalho trabalha trabaja trabajo sou soy um uma un una tambien in di com en at from as jadi sebagai como'.split(
    ' ',
  ),
);

/** Words saying "I am": "I'm human", "sou humano", "soy humano". */
const selfIs = new Set('im sou soy'.split(' '));

/** Roles the customer says they are ("I'm human", "sou humano"), to the end of their clause, become a neutral mark. */
export function withoutSelf(words: string[], ends: Set<number>, roles: Set<string>): string[] {
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
 * Words opening a question of what the assistant is: "are you", "r u", "am i talking to",
 * "kamu", "vc é", "eres", "estoy hablando con".
 */
const youAre = new Set(
  'you u i this kamu km anda vc voce tu eres estoy estou saya aku gue'.split(' '),
);
/** Indonesian words asking a yes-no question: "apakah saya sedang chat dengan manusia?" (ADR 0590). */
const asking = new Set(['apakah', 'apa']);
/** Words that may sit between them and the role: "are you a real person or a bot", "vc é uma pessoa de verdade". */
const youCopulas = new Set(
  'are re r a an real actual actually live really even talking speaking chatting to with or ini beneran asli atau e eh es um uma un una hablando con falando com de verdad verdade o ou sedang lagi chat chatting ngobrol bicara berbicara dengan sama'.split(
    ' ',
  ),
);

/**
 * Roles in a question of what the assistant is ("are you a real person?", "am i talking
 * to an actual human", "kamu orang asli?", "vc é humano?", "¿eres una persona?"), to the
 * end of their clause, become a neutral mark: the customer asks what answers them, not to
 * reach anyone (ADR 0520). A request in another clause stands ("are you a bot?? i need a
 * real person").
 */
export function withoutAssistant(words: string[], ends: Set<number>, roles: Set<string>): string[] {
  const out = [...words];
  for (let i = 0; i < out.length; i++) {
    if (!youAre.has(out[i]!) || (out[i - 1] === 'can' && !ends.has(i - 1))) continue;
    // "are you", "r u", "am i talking": the question opens with being; "you" alone ("can
    // you connect me to a person") asks something of the bot and is left as it is.
    const opened =
      (['are', 'r', 'e', 'eh'].includes(out[i - 1] ?? '') && out[i] !== 'i' && out[i] !== 'this') ||
      (out[i - 1] === 'am' && out[i] === 'i') ||
      (out[i - 1] === 'is' && out[i] === 'this') ||
      ['eres', 'estoy', 'estou', 'kamu', 'km', 'anda'].includes(out[i]!) ||
      ['e', 'eh', 're'].includes(out[i + 1] ?? '') ||
      // "apakah saya sedang chat dengan manusia atau AI?": Indonesian "am I talking to".
      (asking.has(out[i - 1] ?? '') && ['saya', 'aku', 'gue'].includes(out[i]!));
    if (!opened) continue;
    let j = i + 1;
    let role = -1;
    while (j < out.length && j <= i + 8) {
      if (roles.has(out[j]!)) role = j;
      else if (!youCopulas.has(out[j]!) && !bots.has(out[j]!)) break;
      if (ends.has(j)) break;
      j++;
    }
    if (role < 0) continue;
    for (let k = i + 1; k < out.length; k++) {
      if (roles.has(out[k]!)) out[k] = '_';
      if (ends.has(k)) break;
    }
  }
  return out;
}

/** The customer's own future: "I'll call", "I will", "vou ligar", "voy a llamar", "nanti saya telpon". */
const selfFuture = new Set('ll will akan vou vamos voy'.split(' '));
/** Times later than now: "tomorrow", "later", "besok", "amanhã", "mañana". */
const later = new Set('tomorrow later besok nanti lusa amanha depois manana luego'.split(' '));

/**
 * Roles in a clause saying what the customer will do later ("I'll call your support line
 * tomorrow", "amanhã vou ligar pro suporte", "besok saya telpon cs-nya") become a neutral
 * mark: a plan of the customer's, not a person asked for now (ADR 0520). Asking someone
 * else to act later ("can someone call me tomorrow?") has no future of the customer's.
 */
export function withoutLater(words: string[], ends: Set<number>, roles: Set<string>): string[] {
  const out = [...words];
  let start = 0;
  for (let e = 0; e < out.length; e++) {
    if (!ends.has(e) && e < out.length - 1) continue;
    const clause = out.slice(start, e + 1);
    if (clause.some((x) => selfFuture.has(x)) && clause.some((x) => later.has(x)))
      for (let k = start; k <= e; k++) if (roles.has(out[k]!)) out[k] = '_';
    start = e + 1;
  }
  return out;
}
