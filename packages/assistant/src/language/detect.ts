import { foldText } from '@parley/core';

/** Languages the built-in lexicons know: English, Indonesian, Portuguese, Spanish. */
export const supportedLanguages = ['en', 'id', 'pt', 'es'] as const;
export type LanguageCode = (typeof supportedLanguages)[number];

// Short, frequent words that customers write in each language, folded (no accents).
// A word in several lists counts a fraction for each, so only distinctive words decide.
// biome-ignore format: word lists read best packed
const markers: Record<LanguageCode, string[]> = {
  en: [
    'the', 'is', 'are', 'you', 'your', 'what', 'how', 'does', 'do', 'i', 'my', 'can', 'please',
    'want', 'with', 'for', 'to', 'and', 'have', 'this', 'it', 'of', 'when', 'where', 'price',
    'hello', 'hi', 'thanks', 'thank', 'order', 'much', 'need', 'there', 'ship', 'will', 'be',
  ],
  id: [
    'yang', 'dan', 'saya', 'aku', 'apa', 'berapa', 'bisa', 'tidak', 'ada', 'ini', 'itu', 'dengan',
    'untuk', 'kak', 'mau', 'harga', 'gimana', 'bagaimana', 'kapan', 'dong', 'ya', 'sudah', 'belum',
    'terima', 'kasih', 'pesanan', 'kirim', 'ongkir', 'halo', 'min', 'gak', 'nggak', 'sama', 'juga',
    'barang', 'bayar', 'di', 'ke', 'dari', 'tolong', 'mohon', 'selamat', 'pagi', 'siang', 'malam',
  ],
  pt: [
    'o', 'os', 'as', 'voce', 'voces', 'que', 'nao', 'quero', 'qual', 'quanto', 'quanta', 'como',
    'para', 'pra', 'com', 'meu', 'minha', 'e', 'esta', 'obrigado', 'obrigada', 'pedido', 'ola',
    'oi', 'preco', 'tem', 'uma', 'um', 'do', 'da', 'de', 'no', 'na', 'tudo', 'bem', 'entrega',
    'frete', 'bom', 'dia', 'boa', 'tarde', 'noite', 'gostaria', 'seu', 'sua', 'isso', 'aqui',
  ],
  es: [
    'el', 'la', 'los', 'las', 'usted', 'que', 'no', 'quiero', 'cual', 'cuanto', 'cuanta', 'como',
    'para', 'con', 'mi', 'es', 'esta', 'gracias', 'pedido', 'hola', 'precio', 'tiene', 'una', 'un',
    'del', 'de', 'por', 'favor', 'envio', 'buenos', 'buenas', 'dias', 'tardes', 'noches', 'tu',
    'su', 'eso', 'aqui', 'hay', 'puedo', 'necesito', 'y', 'en', 'lo', 'muy', 'pero', 'si',
  ],
};

const weights = new Map<string, Map<LanguageCode, number>>();
for (const language of supportedLanguages) {
  for (const word of markers[language]) {
    let entry = weights.get(word);
    if (!entry) weights.set(word, (entry = new Map()));
    entry.set(language, 1);
  }
}
for (const entry of weights.values()) {
  for (const language of entry.keys()) entry.set(language, 1 / entry.size);
}

/** Letters only one of the languages uses; each occurrence is strong evidence. */
const letters: Array<[RegExp, LanguageCode]> = [
  [/[ãõç]/g, 'pt'],
  [/[ñ¿¡]/g, 'es'],
];

/**
 * Guesses which of en/id/pt/es a customer wrote in, from frequent words and a few
 * letters. Returns undefined when nothing tells (an emoji, a number, a product name).
 * Cheap and good enough to pick a canned message's language; not a general detector.
 */
export function detectLanguage(text: string): LanguageCode | undefined {
  const scores: Record<LanguageCode, number> = { en: 0, id: 0, pt: 0, es: 0 };
  const lower = text.toLowerCase();
  for (const [pattern, language] of letters)
    scores[language] += 2 * (lower.match(pattern)?.length ?? 0);
  for (const word of foldText(text).split(/[^a-z]+/)) {
    const entry = word ? weights.get(word) : undefined;
    if (!entry) continue;
    for (const [language, weight] of entry) scores[language] += weight;
  }
  let best: LanguageCode | undefined;
  let second = 0;
  for (const language of supportedLanguages) {
    const score = scores[language];
    if (best === undefined || score > scores[best]) {
      second = best === undefined ? 0 : scores[best];
      best = language;
    } else if (score > second) second = score;
  }
  if (best === undefined || scores[best] < 0.5 || scores[best] === second) return undefined;
  return best;
}

/** `value` when it is one of the supported languages (`pt-BR` counts as `pt`). */
export function asLanguage(value: string | undefined): LanguageCode | undefined {
  const base = value?.toLowerCase().split(/[-_]/)[0];
  return supportedLanguages.find((l) => l === base);
}

/** Picks the text for `language` from per-language texts, else the first fallback found. */
export function localized(
  texts: Partial<Record<LanguageCode, string>>,
  language: LanguageCode | undefined,
  fallback: LanguageCode = 'en',
): string {
  return (
    (language && texts[language]) ??
    texts[fallback] ??
    Object.values(texts).find((t): t is string => typeof t === 'string') ??
    ''
  );
}
