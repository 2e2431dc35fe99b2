import type {
  Assistant,
  AssistantInput,
  AssistantResult,
  AssistantUsage,
  Clock,
  Logger,
  RespondOptions,
} from '@parley/core';
import { contentText, ParleyError, parseOrThrow, silentLogger, systemClock } from '@parley/core';
import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { resolveKnowledge } from '../knowledge/resolve.js';
import { messageCitations } from '../knowledge/source.js';
import { asLanguage, detectLanguage, type LanguageCode, localized } from '../language/detect.js';
import { resolveMessages } from '../language/messages-option.js';
import { capText } from '../output/cap.js';
import { extractiveSummary } from '../summary/extractive.js';
import { matchTakeover, type TakeoverMatch, takeoverReason } from '../takeover/conditions.js';
import { resetNoAnswerStreak, updateNoAnswerStreak } from '../takeover/no-answer.js';
import type { AssistantTool, ToolContext } from '../tools/define-tool.js';
import {
  newTurnKnowledge,
  type SearchKnowledgeSettings,
  searchKnowledge,
  searchKnowledgeTool,
} from '../tools/search-knowledge.js';
import { checkUsageLimits, describeBreach } from '../usage/limits.js';
import { defaultPrices } from '../usage/prices.js';
import { createChatCaller } from './chat-call.js';
import { customerProfileMessage } from './customer-data.js';
import { guardDraft } from './draft-guard.js';
import { windowHistory } from './history.js';
import { canaryLine, leaksCanary, resolveCanary } from './leak-canary.js';
import { type OpenAIAssistantOptions, openaiAssistantSchema } from './options.js';
import { systemPrompt } from './prompt.js';
import { type ChatSettings, runChat } from './run-chat.js';
import { modelSummary } from './summarize.js';

export interface OpenAIAssistant extends Assistant {
  readonly model: string;
  /** The OpenAI client in use (configured with Parley's retry policy: its own retries off). */
  readonly client: OpenAI;
  summarize(input: AssistantInput, options: { signal: AbortSignal }): Promise<string>;
}

/**
 * An assistant on the Chat Completions API of OpenAI or any compatible server
 * (`baseURL`: llama.cpp, vLLM, Ollama, LM Studio...). It answers from the knowledge
 * base through tools, hands off on the takeover conditions, keeps tenants within
 * their usage limits and never throws anything but a ParleyError (the desk turns
 * those into the fallback message and, when repeated, a handoff).
 */
export function openaiAssistant(options: OpenAIAssistantOptions): OpenAIAssistant {
  const config = parseOrThrow(openaiAssistantSchema, options, 'openaiAssistant options');
  const env = config.env ?? process.env;
  const baseURL = config.baseURL ?? env.OPENAI_BASE_URL;
  const apiKey = config.apiKey ?? env.OPENAI_API_KEY;
  if (!config.client && !apiKey && !baseURL) {
    throw new ParleyError(
      'CONFIG_INVALID',
      'openaiAssistant needs a model: pass `apiKey` or set OPENAI_API_KEY, or pass `baseURL` of an OpenAI-compatible server. To run with no model at all, use faqAssistant().',
    );
  }
  const client =
    config.client ??
    new OpenAI({
      apiKey: apiKey ?? 'no-key',
      ...(baseURL !== undefined && { baseURL }),
      ...(config.fetch !== undefined && { fetch: config.fetch }),
      maxRetries: 0,
    });
  const clock: Clock = config.clock ?? systemClock;
  const logger: Logger = config.logger ?? silentLogger;
  const settings: ChatSettings = {
    model: config.model,
    maxOutputTokens: config.maxOutputTokens,
    tokenLimitParameter:
      config.tokenLimitParameter ?? (baseURL ? 'max_tokens' : 'max_completion_tokens'),
    extraBody: config.extraBody,
    maxToolRounds: config.maxToolRounds,
    toolTimeoutMs: config.toolTimeoutMs,
    maxToolResultChars: config.maxToolResultChars,
    prices: { ...defaultPrices, ...config.prices },
    ...(config.temperature !== undefined && { temperature: config.temperature }),
    ...(config.topP !== undefined && { topP: config.topP }),
  };
  const call = createChatCaller({
    client,
    clock,
    logger,
    timeoutMs: config.timeoutMs,
    retry: config.retry,
    where: baseURL ?? 'the OpenAI API',
  });
  const canned = resolveMessages(config.messages);
  const canary = resolveCanary(config.leakCanary);
  const noAnswerTurns = config.takeover.noAnswerTurns ?? 2;
  const hostTools = new Map<string, AssistantTool>(config.tools.map((t) => [t.name, t]));

  const languageOf = (input: AssistantInput): LanguageCode | undefined =>
    detectLanguage(input.turn.map((m) => contentText(m.content)).join('\n')) ??
    detectLanguage(
      input.history
        .filter((m) => m.direction === 'inbound')
        .map((m) => contentText(m.content))
        .join('\n'),
    ) ??
    asLanguage(config.identity.language);

  /** A summary for the operator: the model's when allowed, else extractive. */
  async function summaryFor(
    input: AssistantInput,
    signal: AbortSignal,
    reason: string | undefined,
    useModel: boolean,
  ): Promise<{ text: string; usage?: AssistantUsage }> {
    if (useModel && config.summary === 'model') {
      try {
        const over = await checkUsageLimits(input.store, input.tenantId, config.limits, input.now);
        if (!over) {
          return await modelSummary({
            call,
            settings,
            input,
            historyTokens: config.historyTokens,
            signal,
            ...(config.identity.language !== undefined && { language: config.identity.language }),
            ...(reason !== undefined && { reason }),
          });
        }
      } catch (e) {
        if (signal.aborted) throw e;
        logger.warn('model summary failed, using an extractive one', {
          error: (e as Error).message,
        });
      }
    }
    return { text: extractiveSummary(input, reason !== undefined ? { reason } : {}) };
  }

  async function handoff(
    input: AssistantInput,
    signal: AbortSignal,
    reason: string,
    language: LanguageCode | undefined,
    extra: { usage?: AssistantUsage[]; summary?: string; message?: string; modelSummary?: boolean },
  ): Promise<AssistantResult> {
    await resetNoAnswerStreak(input);
    const usage = [...(extra.usage ?? [])];
    let summary = extra.summary;
    if (summary === undefined) {
      const made = await summaryFor(input, signal, reason, extra.modelSummary ?? true);
      summary = made.text;
      if (made.usage) usage.push(made.usage);
    }
    return {
      type: 'handoff',
      reason,
      summary,
      message: extra.message ?? localized(canned.handoff, language),
      ...(config.takeover.team !== undefined && { team: config.takeover.team }),
      ...(usage.length > 0 && { usage }),
    };
  }

  async function respond(
    input: AssistantInput,
    { signal, draft }: RespondOptions,
  ): Promise<AssistantResult> {
    const turnText = input.turn.map((m) => contentText(m.content)).join('\n');
    const language = languageOf(input);
    const match: TakeoverMatch | undefined = matchTakeover(turnText, config.takeover);
    if (match) return handoff(input, signal, takeoverReason(match), language, {});

    const breach = await checkUsageLimits(input.store, input.tenantId, config.limits, input.now);
    if (breach) {
      const reason = `usage-limit: ${describeBreach(breach)}`;
      logger.warn('usage limit reached; handing the conversation to humans', { ...breach });
      try {
        await config.onLimitExceeded?.(breach, input);
      } catch (e) {
        logger.error('onLimitExceeded threw', { error: (e as Error).message });
      }
      return handoff(input, signal, reason, language, { modelSummary: false });
    }

    const sources = resolveKnowledge(config.knowledge, {
      tenantId: input.tenantId,
      assistantId: input.assistantId,
    });
    const turn = newTurnKnowledge();
    const search: SearchKnowledgeSettings = {
      sources,
      tenantId: input.tenantId,
      limit: config.knowledgeLimit,
      minScore: config.minScore,
      answerScore: config.answerScore,
      turn,
      ...(language !== undefined && { language }),
    };
    const tools = new Map(hostTools);
    if (sources.length > 0) tools.set('search_knowledge', searchKnowledgeTool(search));
    const maxReplyChars = Math.min(
      config.maxReplyChars ?? Number.POSITIVE_INFINITY,
      input.channel.capabilities.maxTextLength,
    );
    const messages: ChatCompletionMessageParam[] = [
      {
        role: 'system',
        content: systemPrompt(
          {
            identity: config.identity,
            hasKnowledge: sources.length > 0,
            maxReplyChars,
            ...(config.instructions !== undefined && { instructions: config.instructions }),
            ...(canary !== undefined && { canaryLine: canaryLine(canary) }),
          },
          input,
        ),
      },
      ...customerProfileMessage(input),
      ...windowHistory(input.history, input.turn, config.historyTokens),
    ];
    if (config.prefetch && sources.length > 0 && turnText.trim().split(/\s+/).length >= 3) {
      // Shown as a search the assistant made, so the passages arrive marked as tool data.
      const id = 'prefetch_search';
      const query = capText(turnText, 500);
      messages.push(
        {
          role: 'assistant',
          content: null,
          tool_calls: [
            {
              id,
              type: 'function',
              function: { name: 'search_knowledge', arguments: JSON.stringify({ query }) },
            },
          ],
        },
        { role: 'tool', tool_call_id: id, content: await searchKnowledge(query, search, signal) },
      );
    }
    const context: ToolContext = {
      tenantId: input.tenantId,
      assistantId: input.assistantId,
      conversationId: input.conversation.id,
      contact: input.contact,
      channel: { id: input.channel.id, kind: input.channel.kind },
      signal,
    };
    const outcome = await runChat({
      call,
      settings,
      messages,
      tools,
      context,
      clock,
      logger,
      ...(draft && { draft: guardDraft(draft, canary, maxReplyChars) }),
    });
    const said = outcome.type === 'handoff' ? outcome.message : outcome.text;
    if (leaksCanary(said, canary)) {
      logger.warn(
        `Assistant ${input.assistantId}: a reply contained the leak canary and was blocked.`,
      );
      return handoff(
        input,
        signal,
        'leak-canary: a reply repeated the system prompt and was blocked',
        language,
        {
          usage: outcome.usage,
          modelSummary: false,
        },
      );
    }
    if (outcome.type === 'handoff') {
      return handoff(input, signal, outcome.reason, language, {
        usage: outcome.usage,
        modelSummary: false,
        ...(outcome.summary !== undefined && { summary: outcome.summary }),
        ...(outcome.message !== undefined && { message: capText(outcome.message, maxReplyChars) }),
      });
    }
    const streak = await updateNoAnswerStreak(input, turn.searches > 0 ? turn.answered : undefined);
    if (noAnswerTurns > 0 && streak >= noAnswerTurns) {
      const reason = `no-answer: the knowledge base had no answer ${streak} turn${streak === 1 ? '' : 's'} in a row`;
      return handoff(input, signal, reason, language, { usage: outcome.usage });
    }
    return {
      type: 'reply',
      messages: [{ type: 'text', text: capText(outcome.text, maxReplyChars) }],
      citations: messageCitations(turn.cited),
      ...(language !== undefined && { language }),
      usage: outcome.usage,
      meta: {
        ...(language !== undefined && { language }),
        citations: turn.cited,
        tools: outcome.tools.map((t) => ({
          name: t.name,
          ok: t.ok,
          ...(t.error && { error: t.error }),
        })),
        finishReason: outcome.finishReason,
      },
    };
  }

  return {
    model: config.model,
    client,
    respond,
    async summarize(input, { signal }) {
      const made = await summaryFor(input, signal, undefined, true);
      // The desk records usage of `respond` results; summaries on demand record their own.
      if (made.usage) {
        await input.store.recordUsage({
          tenantId: input.tenantId,
          assistantId: input.assistantId,
          conversationId: input.conversation.id,
          ...made.usage,
          at: input.now,
        });
      }
      return made.text;
    },
  };
}
