// A synthetic multilingual corpus: paragraphs of Zipf-distributed words with the
// function words of English, Indonesian and Portuguese mixed in, as chunks of a shop's
// documents read. Seeded, so every run measures the same text.

import { seededRandom } from '../../../packages/kb/src/calibration/pseudo-queries.js';

export type CorpusLanguage = 'en' | 'id' | 'pt';

const functionWords: Record<CorpusLanguage, string[]> = {
  en: [
    'the',
    'a',
    'of',
    'to',
    'and',
    'in',
    'is',
    'for',
    'with',
    'on',
    'your',
    'we',
    'our',
    'you',
    'are',
    'by',
    'at',
    'this',
  ],
  id: [
    'yang',
    'dan',
    'di',
    'ke',
    'untuk',
    'dengan',
    'ini',
    'itu',
    'dari',
    'kami',
    'anda',
    'akan',
    'bisa',
    'pada',
    'atau',
    'juga',
  ],
  pt: [
    'o',
    'a',
    'de',
    'do',
    'da',
    'em',
    'para',
    'com',
    'que',
    'os',
    'as',
    'no',
    'na',
    'um',
    'uma',
    'por',
    'seu',
    'sua',
  ],
};

const syllables: Record<CorpusLanguage, string[]> = {
  en: [
    'ship',
    'stor',
    'or',
    'der',
    'pack',
    'ing',
    'de',
    'liv',
    'er',
    'ex',
    'change',
    'pro',
    'duct',
    'sale',
    'ment',
    'size',
    'cot',
    'ton',
    'wash',
    'ed',
  ],
  id: [
    'ki',
    'rim',
    'ba',
    'rang',
    'ha',
    'ga',
    'pe',
    'san',
    'an',
    'kan',
    'mem',
    'ber',
    'ta',
    'ruh',
    'tu',
    'kar',
    'ba',
    'yar',
    'lu',
    'kis',
  ],
  pt: [
    'en',
    'tre',
    'ga',
    'pe',
    'di',
    'do',
    'tro',
    'ca',
    'pa',
    'ga',
    'men',
    'to',
    'ção',
    'ões',
    'pro',
    'du',
    'lo',
    'ja',
    'ta',
    'ma',
  ],
};

/** Mulberry32 (the kb's own, which seeds its calibration): good enough for picking words. */
export const random = seededRandom;

export interface Corpus {
  chunks: Array<{ text: string; language: CorpusLanguage; words: string[] }>;
  vocabulary: Record<CorpusLanguage, string[]>;
}

/** `count` paragraphs of 200 to 380 characters each. */
export function makeCorpus(count: number, seed = 7): Corpus {
  const next = random(seed);
  const vocabulary = {} as Record<CorpusLanguage, string[]>;
  for (const lang of ['en', 'id', 'pt'] as const) {
    const seen = new Set<string>();
    const parts = syllables[lang];
    while (seen.size < 12_000) {
      const n = 2 + Math.floor(next() * 3);
      let word = '';
      for (let i = 0; i < n; i++) word += parts[Math.floor(next() * parts.length)];
      seen.add(word);
    }
    vocabulary[lang] = [...seen];
  }
  // Zipf: word i drawn with probability about 1/(i+1).
  const zipf = (size: number) => Math.min(size - 1, Math.floor(size ** next()) - 1);
  const chunks: Corpus['chunks'] = [];
  for (let c = 0; c < count; c++) {
    const language = (['en', 'id', 'pt'] as const)[c % 3]!;
    const vocab = vocabulary[language];
    const fw = functionWords[language];
    const words: string[] = [];
    const content: string[] = [];
    // 200 to 380 characters: two never fit in one 400-character chunk.
    const target = 200 + Math.floor(next() * 170);
    let text = '';
    for (let i = 0; text.length < target; i++) {
      const isFunction = next() < 0.35;
      const word = isFunction ? fw[Math.floor(next() * fw.length)]! : vocab[zipf(vocab.length)]!;
      if (text.length + word.length + 2 > 380) break;
      text += (i === 0 ? '' : ' ') + word;
      words.push(word);
      if (!isFunction) content.push(word);
    }
    chunks.push({ text: `${text}.`, language, words: content });
  }
  return { chunks, vocabulary };
}

/** Customer-like queries: 2 to 5 words of one chunk, with a function word or two. */
export function makeQueries(corpus: Corpus, count: number, seed = 11): string[] {
  const next = random(seed);
  const queries: string[] = [];
  for (let q = 0; q < count; q++) {
    const chunk = corpus.chunks[Math.floor(next() * corpus.chunks.length)]!;
    const n = 2 + Math.floor(next() * 4);
    const words: string[] = [];
    for (let i = 0; i < n && chunk.words.length > 0; i++) {
      words.push(chunk.words[Math.floor(next() * chunk.words.length)]!);
      if (next() < 0.3) words.push(functionWords[chunk.language][Math.floor(next() * 5)]!);
    }
    queries.push(words.join(' '));
  }
  return queries;
}
