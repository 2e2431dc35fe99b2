/** Rule: a person of the shop addressed by name and asked to act ("Pak Budi, bisa tolong dicek?"). */

import type { LanguageCode } from '../../language/detect.js';

/**
 * Titles of respect before a name, by language: "Pak Budi", "Mbak Rina", "Dona Célia",
 * "Doña Rosa". Indonesian "kak", "pak" alone are how customers address anyone, the bot too;
 * with a name after them they address a person.
 */
const titles: Record<string, LanguageCode> = {
  pak: 'id',
  bu: 'id',
  bapak: 'id',
  ibu: 'id',
  mbak: 'id',
  mba: 'id',
  mas: 'id',
  kak: 'id',
  bang: 'id',
  dona: 'pt',
  seu: 'pt',
  doña: 'es',
  don: 'es',
  señora: 'es',
  señor: 'es',
};
/** Greetings before a name: "Hi Sarah,", "Oi Marcos,", "Hola Diego,". */
const greetings: Record<string, LanguageCode> = {
  hi: 'en',
  hey: 'en',
  hello: 'en',
  halo: 'id',
  hai: 'id',
  oi: 'pt',
  olá: 'pt',
  hola: 'es',
};
/** Capitalised words after a greeting that are no name: "Hi There,", "Hola Buenas,". */
const notNames = new Set(
  'there team all everyone guys good please thanks admin support sales buenas buenos bom boa selamat pagi tolong mohon'.split(
    ' ',
  ),
);
/**
 * Asking the one addressed to be there, to answer or to take the case, in the second
 * person: "are you there?", "bisa tolong dicek?", "pode me atender?", "¿puedes revisar?".
 * A bare "can you" with anything after it stays out: an assistant with a persona's name
 * ("Hi Sofia, can you tell me if the M is in stock?") is addressed the same way.
 */
const asks: Record<LanguageCode, RegExp> = {
  en: /\b(?:are you (?:there|around|online|free)|(?:can|could|would) you (?:please )?(?:check|look|call|reply|answer|help me|take|handle|see)|i need you)\b/iu,
  id: /\b(?:(?:bisa|bs|tolong|tlg|mohon|minta) (?:tolong |tlg )?(?:di)?(?:cek|cekin|bantu|bales|balas|respon|telpon|telepon|hubungi|urus|lihat|liat)|ada\??$|online)\b/iu,
  pt: /\b(?:(?:pode|podia|poderia|consegue|você|vc) (?:me )?(?:atender|ver|olhar|verificar|checar|responder|ligar|ajudar|resolver|entrar)|está aí|tá aí|ta ai)\b/iu,
  es: /(?:^|[^\p{L}])(?:(?:puedes|puede|podrías|podría) (?:me )?(?:atender|atenderme|ver|revisar|mirar|responder|responderme|llamar|llamarme|ayudar|ayudarme|resolver|entrar)|estás ahí|está ahí|usted me atiende)(?![\p{L}])/iu,
};

/**
 * A message opening by addressing a person by name, after a title or a greeting, and asking
 * them, in the second person, to be there or to act: "Pak Budi, bisa tolong dicek?", "Hi
 * Sarah, are you there?", "Dona Célia, pode me atender?". The customer is asking for that
 * person, who is of the shop. The name must be capitalised as typed, and a title or greeting
 * must come first: a capitalised word alone may be anything (ADR 0610).
 */
export function addressedByName(
  text: string,
): { language: LanguageCode; phrase: string } | undefined {
  const m = /^\s*(?:(\p{L}+)\s+)?(\p{L}+)\s+(\p{Lu}\p{Ll}+)\s*[,!:]/u.exec(text);
  if (!m) return undefined;
  const [, first, second, name] = m;
  const lead = (second ?? '').toLowerCase();
  const before = (first ?? '').toLowerCase();
  // "Hi Pak Budi,": a greeting, then a title; else a title or a greeting alone.
  const language = first ? greetings[before] && titles[lead] : (titles[lead] ?? greetings[lead]);
  if (!language) return undefined;
  if (notNames.has(name!.toLowerCase())) return undefined;
  const rest = text.slice(m[0].length);
  const phrase = titles[lead] ? `${second} ${name}` : name!;
  return asks[language].test(rest) ? { language, phrase } : undefined;
}
