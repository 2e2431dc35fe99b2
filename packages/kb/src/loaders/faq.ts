import type { FaqPair } from '../types.js';
import type { Json } from './json.js';
import { splitAlternatives } from './table.js';
import type { LoadedUnit } from './unit.js';

const questionKeys = ['question', 'q', 'pergunta', 'questao', 'pertanyaan', 'tanya', 'pregunta'];
const answerKeys = ['answer', 'a', 'resposta', 'jawaban', 'jawab', 'respuesta'];
const alternativeKeys = [
  'alternatives',
  'variations',
  'variacoes',
  'variasi',
  'variaciones',
  'aliases',
];
const listKeys = ['faq', 'faqs', 'questions', 'perguntas', 'pertanyaan', 'preguntas', 'items'];

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

function pick(record: Record<string, Json>, keys: string[]): Json | undefined {
  for (const [key, value] of Object.entries(record)) if (keys.includes(fold(key))) return value;
  return undefined;
}

/**
 * Question/answer pairs found in JSON: an array of `{question, answer}` objects (keys
 * in English, Portuguese, Indonesian or Spanish), or an object holding one under
 * `faq`/`faqs`/`questions`. Undefined when the JSON is not an FAQ.
 */
export function faqPairsFromJson(value: Json): FaqPair[] | undefined {
  let list: Json | undefined = value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    list = pick(value, listKeys);
  }
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const pairs: FaqPair[] = [];
  for (const item of list) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
    const question = pick(item, questionKeys);
    const answer = pick(item, answerKeys);
    if (typeof question !== 'string' || typeof answer !== 'string') return undefined;
    const alternatives = pick(item, alternativeKeys);
    pairs.push({
      question,
      answer,
      alternatives: Array.isArray(alternatives)
        ? alternatives.filter((a): a is string => typeof a === 'string')
        : splitAlternatives(typeof alternatives === 'string' ? alternatives : undefined),
    });
  }
  return pairs;
}

/** FAQ pairs as units, citing their position in the list as the row. */
export function faqUnits(pairs: FaqPair[]): LoadedUnit[] {
  return pairs
    .filter((p) => p.question.trim() && p.answer.trim())
    .map((p, i) => ({
      kind: 'faq' as const,
      text: `${p.question.trim()}\n${p.answer.trim()}`,
      question: p.question.trim(),
      answer: p.answer.trim(),
      alternatives: (p.alternatives ?? []).map((a) => a.trim()).filter(Boolean),
      row: i + 1,
      atomic: true,
      language: p.language,
    }));
}
