import { chatSpelling } from '../analysis/chat-words.js';
import { fold, words } from '../analysis/normalize.js';
import type { Language } from '../types.js';

/**
 * Chat padding per language: greetings and fillers the analysers know (light words),
 * and chat noise no shop's FAQ holds ("wkwk", "kkk", "tbh"), which lowers a question's
 * score as the unseen words of real chat questions do.
 */
const padding: Record<Language, { filler: string[]; noise: string[] }> = {
  en: { filler: ['hi', 'hey', 'please', 'thanks'], noise: ['pls', 'lol', 'tbh', 'btw', 'rn'] },
  id: { filler: ['kak', 'min', 'gan', 'dong', 'ya'], noise: ['wkwk', 'hehe', 'bgt', 'sih', 'tuh'] },
  pt: { filler: ['oi', 'moço', 'gente', 'por favor'], noise: ['kkk', 'rs', 'tipo', 'né', 'pfv'] },
  es: { filler: ['hola', 'amigo', 'por favor'], noise: ['jaja', 'xfa', 'oye', 'porfa', 'wey'] },
};

/** A small seeded generator (mulberry32): the same base gives the same queries. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), to seed each entry apart from the others. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * What customers would type for an FAQ question: general perturbations of its own
 * words, none of them the question as written (that scores about 1 and says nothing
 * about the floor). Lower case without accents or punctuation; one or two words dropped;
 * words in their chat spelling; a filler or chat noise added. Deterministic per
 * question and seed.
 */
export function pseudoQueries(question: string, language: Language, seed: number): string[] {
  const random = seededRandom(hashString(question) ^ seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const all = words(question);
  if (all.length === 0) return [];
  const without = (list: string[], count: number): string[] => {
    const out = [...list];
    for (let k = 0; k < count && out.length > 1; k++)
      out.splice(Math.floor(random() * out.length), 1);
    return out;
  };
  // A paraphrase trades the FAQ's words for ones the base never saw: one or two words
  // replaced by chat noise stand for them.
  const replaced = (count: number): string[] => {
    const out = [...all];
    for (let k = 0; k < count && k < out.length - 1; k++)
      out[Math.floor(random() * out.length)] = pick(padding[language].noise);
    return out;
  };
  const chatty = all.map((w) => chatSpelling(fold(w), language) ?? w);
  const { filler, noise } = padding[language];
  const out = new Set<string>([
    all.map(fold).join(' '),
    without(all, 1).join(' '),
    without(all, 2).join(' '),
    chatty.join(' '),
    `${pick(filler)} ${without(chatty, 1).join(' ')}`,
    `${all.join(' ')} ${pick(noise)}`,
    `${without(all, 1).join(' ')} ${pick(noise)} ${pick(noise)}`,
    replaced(1).join(' '),
    replaced(2).join(' '),
  ]);
  return [...out].filter((q) => q.trim() !== '' && q !== question);
}
