import type { Assistant, AssistantInput, AssistantResult } from '@parley/core';
import { contentText, foldText, parseOrThrow } from '@parley/core';
import { z } from 'zod';
import { knowledgeOptionSchema, resolveKnowledge, searchAll } from '../knowledge/resolve.js';
import { messageCitations } from '../knowledge/source.js';
import { asLanguage, detectLanguage, localized } from '../language/detect.js';
import { greetingLanguage } from '../language/messages.js';
import { messagesOptionSchema, resolveMessages } from '../language/messages-option.js';
import { extractiveSummary } from '../summary/extractive.js';
import { matchTakeover, takeoverOptionsSchema, takeoverReason } from '../takeover/conditions.js';
import { resetNoAnswerStreak, updateNoAnswerStreak } from '../takeover/no-answer.js';
import { answerText, hitLanguage } from './best-answer.js';
import { calibratedAbstention } from './calibrated.js';
import { type Abstention, decideAnswer } from './decide.js';
import { offerMenu, pickedOption } from './menu-state.js';

/**
 * Measured on the bench/kb dev sets (see docs/decisions/0200-multilingual-retrieval.md);
 * the margin under which a menu is offered is 0.02 since ADR 0560 (0.05 before).
 */
export const defaultAbstention = {
  minScore: 0.4,
  minMargin: 0.02,
  minTopicCoverage: 0.1,
};

export const faqAssistantSchema = z
  .object({
    knowledge: knowledgeOptionSchema,
    /** Language of canned texts when the customer's cannot be told (default `en`). */
    language: z.string().min(2).optional(),
    /**
     * Least score (0..1) of a hit worth answering with. The defaults were calibrated on
     * the bench/kb dev sets; `evaluateRetrieval(kb, cases).calibration` from @parley/kb
     * gives `minScore` and `minMargin` for one base (spread them in).
     */
    minScore: z.number().min(0).max(1).default(defaultAbstention.minScore),
    /**
     * The best hit is answered when it leads the next different entry above `minScore` by
     * this much; otherwise the customer gets a "did you mean" menu.
     */
    minMargin: z.number().min(0).max(1).default(defaultAbstention.minMargin),
    /**
     * Least share of the question's topic words (what it asks about, not "sell", "tem"
     * or a place) a hit must hold to be answered, when the source reports it
     * (`signals.topicCoverage` of @parley/kb).
     */
    minTopicCoverage: z.number().min(0).max(1).default(defaultAbstention.minTopicCoverage),
    /**
     * Take `minScore`, `minMargin` and `minTopicCoverage` from the knowledge base's own
     * `calibration()` (@parley/kb): a score floor chosen for that base from its entries
     * and built-in off-domain messages. Options set here win over it. Default true; a
     * source without a calibration (passages only, entries with several phrasings, an
     * embedder, another kind of source) keeps the options above.
     */
    calibrate: z.boolean().default(true),
    /** Offer a "did you mean" menu of the top two or three questions when unsure (default true). */
    menu: z.boolean().default(true),
    /** A hit this much below the best still wins when it is in the customer's language. */
    languageMargin: z.number().min(0).max(1).default(0.15),
    /** Longest answer in characters; the channel's limit caps it further (default 1000). */
    maxReplyChars: z.number().int().min(20).default(1000),
    /** Answer bare greetings ("oi", "halo") with a greeting instead of searching (default true). */
    greet: z.boolean().default(true),
    takeover: takeoverOptionsSchema.prefault({}),
    messages: messagesOptionSchema.default({}),
  })
  .strict();

export type FaqAssistantOptions = z.input<typeof faqAssistantSchema>;

export interface FaqAssistant extends Assistant {
  summarize(input: AssistantInput): Promise<string>;
}

/**
 * The offline default (AI7): no API key, no network. It answers with the best FAQ
 * answer (or the best sentences of a passage) above `minScore`, in the customer's
 * language where the knowledge base has it, and hands off when nothing matches
 * (`takeover.noAnswerTurns`, default 1) or a takeover condition holds.
 */
export function faqAssistant(options: FaqAssistantOptions): FaqAssistant {
  const config = parseOrThrow(faqAssistantSchema, options, 'faqAssistant options');
  const canned = resolveMessages(config.messages);
  const noAnswerTurns = config.takeover.noAnswerTurns ?? 1;
  const fallbackLanguage = asLanguage(config.language) ?? 'en';
  const explicit = new Set(
    (['minScore', 'minMargin', 'minTopicCoverage'] as const).filter(
      (key) => options[key] !== undefined,
    ),
  );
  const configured: Abstention = {
    minScore: config.minScore,
    minMargin: config.minMargin,
    minTopicCoverage: config.minTopicCoverage,
  };

  async function handoff(
    input: AssistantInput,
    reason: string,
    language: string | undefined,
  ): Promise<AssistantResult> {
    await resetNoAnswerStreak(input);
    return {
      type: 'handoff',
      reason,
      summary: extractiveSummary(input, { reason }),
      message: localized(canned.handoff, asLanguage(language), fallbackLanguage),
      ...(config.takeover.team !== undefined && { team: config.takeover.team }),
    };
  }

  return {
    async respond(input, { signal }) {
      const text = input.turn
        .map((m) => contentText(m.content))
        .join('\n')
        .trim();
      const greeting = greetingLanguage(foldText(text));
      const detected = greeting ?? detectLanguage(text);
      const language = detected ?? fallbackLanguage;
      const match = matchTakeover(text, config.takeover);
      if (match) return handoff(input, takeoverReason(match), language);
      if (config.greet && greeting) {
        return {
          type: 'reply',
          messages: [{ type: 'text', text: localized(canned.greeting, greeting) }],
        };
      }
      const picked = await pickedOption(input);
      if (picked) {
        await updateNoAnswerStreak(input, true);
        return {
          type: 'reply',
          messages: [{ type: 'text', text: picked.answer }],
          meta: {
            language: picked.language ?? language,
            citations: [
              { ref: 'K1', hitId: picked.hitId, score: picked.score, citation: picked.citation },
            ],
          },
        };
      }
      const sources = resolveKnowledge(config.knowledge, {
        tenantId: input.tenantId,
        assistantId: input.assistantId,
      });
      const hits =
        text === ''
          ? []
          : await searchAll(sources, text, {
              limit: 8,
              tenantId: input.tenantId,
              signal,
              ...(detected !== undefined && { language: detected }),
            });
      const abstention = config.calibrate
        ? await calibratedAbstention(sources, configured, explicit)
        : configured;
      const decision = decideAnswer(hits, {
        abstention,
        languageMargin: config.languageMargin,
        menu: config.menu,
        ...(detected !== undefined && { language: detected }),
      });
      const streak = await updateNoAnswerStreak(input, decision.type !== 'none');
      const max = Math.min(config.maxReplyChars, input.channel.capabilities.maxTextLength);
      if (decision.type === 'menu') {
        const heading = localized(canned.didYouMean, asLanguage(language), fallbackLanguage);
        const menu = await offerMenu(input, heading, decision.hits, (h) =>
          answerText(h, text, max),
        );
        return {
          type: 'reply',
          messages: [menu],
          meta: { language, menu: decision.hits.map((h) => h.id) },
        };
      }
      if (decision.type === 'answer') {
        const best = decision.hit;
        const cited = [{ ref: 'K1', hitId: best.id, score: best.score, citation: best.citation }];
        return {
          type: 'reply',
          messages: [{ type: 'text', text: answerText(best, text, max) }],
          citations: messageCitations(cited),
          ...((hitLanguage(best) ?? language) !== undefined && {
            language: hitLanguage(best) ?? language,
          }),
          meta: { language: hitLanguage(best) ?? language, citations: cited },
        };
      }
      if (noAnswerTurns > 0 && streak >= noAnswerTurns) {
        const reason = `no-answer: the knowledge base had no answer ${streak} turn${streak === 1 ? '' : 's'} in a row`;
        return handoff(input, reason, language);
      }
      return {
        type: 'reply',
        messages: [
          {
            type: 'text',
            text: localized(canned.noAnswer, asLanguage(language), fallbackLanguage),
          },
        ],
      };
    },
    async summarize(input) {
      return extractiveSummary(input);
    },
  };
}
