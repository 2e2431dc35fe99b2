import type { MessageContent } from '../model/content.js';
import type { LocalizedText } from '../model/localized-text.js';
import { foldText } from '../util/text.js';

/** Id of the survey option for `score`, as a native reply carries it back. */
export const csatOptionId = (score: number) => `csat:${score}`;

// Number words and plain ratings in English, Indonesian, Portuguese and Spanish.
// biome-ignore format: a table reads better packed by language
const words: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5,
  satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5,
  um: 1, uma: 1, dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5,
  terrible: 1, awful: 1, horrible: 1, bad: 2, poor: 2, ok: 3, okay: 3, average: 3, good: 4, great: 5, excellent: 5, perfect: 5, amazing: 5,
  buruk: 2, jelek: 2, kurang: 2, cukup: 3, biasa: 3, baik: 4, bagus: 4, mantap: 5, sempurna: 5,
  pessimo: 1, horrivel: 1, ruim: 2, regular: 3, razoavel: 3, bom: 4, boa: 4, otimo: 5, otima: 5, excelente: 5, perfeito: 5,
  cuatro: 4, pesima: 1, malo: 2, mala: 2, bueno: 4, buena: 4, perfecto: 5, genial: 5,
};
// Phrases that change a word's meaning; checked before single words.
const phrases: Array<[RegExp, number]> = [
  [/\b(very|really) (bad|poor)\b|\bsangat (buruk|jelek)\b|\bmuito ruim\b|\bmuy mal[oa]?\b/, 1],
  [
    /\b(very|really) good\b|\bsangat (baik|bagus)\b|\bluar biasa\b|\bmuito bom\b|\bmuy buen[oa]\b/,
    5,
  ],
];
const negation = /\b(not|no|never|tidak|gak|nggak|bukan|nao|nem)\b/;

const emoji: Array<[RegExp, number]> = [
  [/[\u{1F621}\u{1F92C}\u{1F620}\u{1F62B}\u{1F629}]/u, 1], // 😡 🤬 😠 😫 😩
  [/[\u{1F61E}\u{1F61F}\u{1F641}\u2639\u{1F615}\u{1F44E}]/u, 2], // 😞 😟 🙁 ☹ 😕 👎
  [/[\u{1F610}\u{1F636}\u{1F611}]/u, 3], // 😐 😶 😑
  [/[\u{1F642}\u{1F60A}\u{1F44D}]/u, 4], // 🙂 😊 👍
  [/[\u{1F60D}\u{1F929}\u{1F970}\u{1F604}\u{1F603}\u{1F601}\u2764\u{1F44F}]/u, 5], // 😍 🤩 🥰 😄 😃 😁 ❤ 👏
];

/**
 * A 1–5 score read from a survey answer (IN6), or undefined when the answer is not
 * one: the native option, a digit ("5", "nota 4", "5/5", "4️⃣"), stars ("⭐⭐⭐"), a face
 * emoji, or a short answer in words ("five", "lima", "ótimo"). An answer naming two
 * different scores, or a long message, is not a score.
 */
export function parseScore(content: MessageContent): number | undefined {
  if (content.type === 'choice') {
    const m = /^csat:([1-5])$/.exec(content.optionId);
    if (m) return Number(m[1]);
    return content.title === undefined ? undefined : parseText(content.title);
  }
  if (content.type === 'reaction') return parseText(content.emoji);
  if (content.type !== 'text') return undefined;
  return parseText(content.text);
}

function parseText(raw: string): number | undefined {
  // Keycap digits ("4️⃣") become plain digits.
  const text = raw
    .replace(/([0-9])\uFE0F?\u20E3/g, '$1')
    // "4/5", "4 de 5", "4 dari 5", "4 out of 5": the scale is not a second score.
    .replace(/\s*(?:\/|out of|of|de|dari)\s*5(?!\d)/giu, '')
    .trim();
  if (text.length === 0 || text.length > 60) return undefined;
  const digits = new Set([...text.matchAll(/(?<![\d.,])(\d+)(?![\d.,]*\d)/g)].map((m) => m[1]));
  if (digits.size > 0) {
    const [only] = digits;
    const n = Number(only);
    return digits.size === 1 && n >= 1 && n <= 5 ? n : undefined;
  }
  const stars = [...text.matchAll(/\u2B50|\u{1F31F}|\u2605/gu)].length;
  if (stars > 0) return stars <= 5 ? stars : undefined;
  const faces = new Set(emoji.filter(([re]) => re.test(text)).map(([, n]) => n));
  if (faces.size > 0) return faces.size === 1 ? [...faces][0] : undefined;
  return parseWords(foldText(text));
}

function parseWords(folded: string): number | undefined {
  const tokens = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 6 || negation.test(folded)) return undefined;
  for (const [re, n] of phrases) if (re.test(folded)) return n;
  const found = new Set(tokens.map((t) => words[t]).filter((n) => n !== undefined));
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The score whose option title (any language variant of the survey's `options`) the
 * customer typed back word for word, or undefined: custom titles ("Sangat puas") are
 * answers too, though no table knows them.
 */
export function scoreByTitle(
  options: readonly LocalizedText[],
  content: MessageContent,
): number | undefined {
  const raw =
    content.type === 'text' ? content.text : content.type === 'choice' ? content.title : undefined;
  if (raw === undefined) return undefined;
  const said = foldText(raw)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  const hits = new Set<number>();
  options.forEach((title, i) => {
    const variants = typeof title === 'string' ? [title] : Object.values(title);
    for (const v of variants)
      if (
        foldText(v)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim() === said
      )
        hits.add(i + 1);
  });
  return hits.size === 1 ? [...hits][0] : undefined;
}
