import { foldText } from '@parley/core';
import { z } from 'zod';
import { escapeRegExp } from '../util/regexp.js';
import { scoreAnger } from './anger.js';
import { findHumanRequest } from './human-request.js';

/** When an assistant gives the conversation to humans (AI2). Every field is optional. */
export const takeoverOptionsSchema = z
  .object({
    /** The customer asks for a person, in en/id/pt/es (default true). */
    humanRequest: z.boolean().default(true),
    /** Words or phrases that hand off when present (case- and accent-insensitive, whole words). */
    keywords: z.array(z.string().trim().min(1, 'keywords must not be empty')).default([]),
    /** Regular expressions tested against the customer's raw text. */
    patterns: z
      .array(z.instanceof(RegExp, { message: 'expected a RegExp such as /refund/i' }))
      .default([]),
    /** Hand off when the customer reads angry (default true, threshold 2; see scoreAnger). */
    angry: z
      .union([z.boolean(), z.object({ threshold: z.number().positive() }).strict()])
      .default(true),
    /**
     * Consecutive turns in which the knowledge base had no answer before handing off
     * (0 never). Defaults: 2 for openaiAssistant, 1 for faqAssistant.
     */
    noAnswerTurns: z.number().int().min(0).max(50).optional(),
    /** Team to hand to instead of the assistant's backup team. */
    team: z.string().min(1).optional(),
  })
  .strict();

export type TakeoverOptions = z.input<typeof takeoverOptionsSchema>;
export type TakeoverConfig = z.output<typeof takeoverOptionsSchema>;

/**
 * Why a handoff happened. The handoff reason is `<code>: <detail>`, so hosts can
 * switch on the code: `human-request`, `keyword`, `angry`, `no-answer`,
 * `model-handoff`, `usage-limit`.
 */
export type TakeoverCode =
  | 'human-request'
  | 'keyword'
  | 'angry'
  | 'no-answer'
  | 'model-handoff'
  | 'usage-limit';

export interface TakeoverMatch {
  code: TakeoverCode;
  detail: string;
}

export const defaultAngerThreshold = 2;

/** The first takeover condition the customer's text meets, checked before any model call. */
export function matchTakeover(text: string, config: TakeoverConfig): TakeoverMatch | undefined {
  if (config.humanRequest) {
    const request = findHumanRequest(text);
    if (request)
      return { code: 'human-request', detail: `customer asked for a person ("${request.phrase}")` };
  }
  const folded = foldText(text);
  for (const keyword of config.keywords) {
    const word = escapeRegExp(foldText(keyword));
    if (new RegExp(`(^|[^\\p{L}\\p{N}])${word}($|[^\\p{L}\\p{N}])`, 'u').test(folded)) {
      return { code: 'keyword', detail: `customer wrote "${keyword}"` };
    }
  }
  for (const pattern of config.patterns) {
    pattern.lastIndex = 0;
    if (pattern.test(text)) return { code: 'keyword', detail: `customer text matched ${pattern}` };
  }
  if (config.angry !== false) {
    const threshold = config.angry === true ? defaultAngerThreshold : config.angry.threshold;
    const anger = scoreAnger(text);
    if (anger.score >= threshold) {
      const terms = anger.terms.length > 0 ? ` (${anger.terms.join(', ')})` : '';
      return { code: 'angry', detail: `customer seems angry, score ${anger.score}${terms}` };
    }
  }
  return undefined;
}

export function takeoverReason(match: TakeoverMatch): string {
  return `${match.code}: ${match.detail}`;
}
