// The multilingual shop dev set (packages/kb/src/__fixtures__/shop-dev): FAQ entries in
// id/pt/en and customer questions in id/pt/en/es, each with its split (d: dev, h: held out).
import { readFileSync } from 'node:fs';

export type ShopLanguage = 'en' | 'id' | 'pt' | 'es';
export interface ShopFaq {
  topic: string;
  lang: ShopLanguage;
  question: string;
  answer: string;
}
export interface ShopQuestion {
  /** `none`: out of scope. */
  topic: string;
  lang: ShopLanguage;
  split: 'd' | 'h';
  question: string;
}

const dir = new URL('../../../packages/kb/src/__fixtures__/shop-dev/', import.meta.url);
const rows = (file: string) =>
  readFileSync(new URL(file, dir), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));

export const shopFaqs: ShopFaq[] = rows('faq.tsv').map(([topic, lang, question, answer]) => ({
  topic: topic!,
  lang: lang as ShopLanguage,
  question: question!,
  answer: answer!,
}));

export const shopQuestions: ShopQuestion[] = rows('questions.tsv').map(
  ([topic, lang, split, question]) => ({
    topic: topic!,
    lang: lang as ShopLanguage,
    split: split as 'd' | 'h',
    question: question!,
  }),
);

const topicByAnswer = new Map(shopFaqs.map((f) => [f.answer, f.topic]));
/** The topic of an FAQ answer (any language). */
export const topicOf = (answer: string | undefined) =>
  answer === undefined ? undefined : topicByAnswer.get(answer);
