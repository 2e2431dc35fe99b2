import type { AssistantInput, Clock, Logger } from '@parley/core';
import type OpenAI from 'openai';
import { z } from 'zod';
import { knowledgeOptionSchema } from '../knowledge/resolve.js';
import { messagesOptionSchema } from '../language/messages-option.js';
import { takeoverOptionsSchema } from '../takeover/conditions.js';
import type { AssistantTool } from '../tools/define-tool.js';
import { reservedToolNames } from '../tools/define-tool.js';
import type { LimitBreach, UsageLimitsOption } from '../usage/limits.js';
import type { PriceTable } from '../usage/prices.js';
import { retrySchema } from './chat-call.js';
import { identitySchema } from './prompt.js';

const fn = <T>(what: string) =>
  z.custom<T>((v) => typeof v === 'function', `expected a function (${what})`);
const object = <T>(what: string, check: (v: object) => boolean) =>
  z.custom<T>((v) => typeof v === 'object' && v !== null && check(v), what);

const toolSchema = object<AssistantTool>(
  'expected a tool made with defineTool({ name, description, parameters, execute })',
  (v) => typeof (v as AssistantTool).execute === 'function' && 'parameters' in v,
);

const priceSchema = z
  .object({
    input: z.number().min(0),
    output: z.number().min(0),
    cachedInput: z.number().min(0).optional(),
  })
  .strict();

export const openaiAssistantSchema = z
  .object({
    /** Default: OPENAI_API_KEY. Not needed for a local server given by `baseURL`. */
    apiKey: z.string().min(1).optional(),
    /** An OpenAI-compatible server (`http://127.0.0.1:11434/v1`); default OPENAI_BASE_URL or OpenAI. */
    baseURL: z.string().url('baseURL must be a URL like http://127.0.0.1:8080/v1').optional(),
    /** A configured client instead of apiKey/baseURL (Azure, proxies, custom headers). */
    client: object<OpenAI>(
      'expected an OpenAI client (new OpenAI({...}))',
      (v) => 'chat' in v,
    ).optional(),
    /** Passed to the OpenAI client (tests, proxies). */
    fetch: fn<typeof fetch>('a fetch implementation').optional(),
    model: z.string().min(1).default('gpt-4o-mini'),
    identity: identitySchema.default({}),
    /** The job description (AI1): what the assistant does, sells, and must never promise. */
    instructions: z.string().max(20_000).optional(),
    knowledge: knowledgeOptionSchema.optional(),
    /** Host tools (stock, order status, external KB) made with defineTool / externalKnowledgeTool. */
    tools: z.array(toolSchema).default([]),
    takeover: takeoverOptionsSchema.prefault({}),
    messages: messagesOptionSchema.default({}),
    temperature: z.number().min(0).max(2).optional(),
    topP: z.number().min(0).max(1).optional(),
    /** Most tokens the model may write per call (default 500). */
    maxOutputTokens: z.number().int().min(16).max(32_000).default(500),
    /**
     * How the token cap is sent: OpenAI wants `max_completion_tokens`; many local servers
     * only know `max_tokens` (the default when `baseURL` is set).
     */
    tokenLimitParameter: z.enum(['max_completion_tokens', 'max_tokens']).optional(),
    /** Extra request fields for the server (`{ reasoning_effort: 'low' }`, `{ seed: 1 }`). */
    extraBody: z.record(z.string(), z.unknown()).default({}),
    /** History given to the model, estimated in tokens (default 3000). */
    historyTokens: z.number().int().min(100).max(200_000).default(3000),
    /** Longest reply in characters; the channel's `maxTextLength` caps it further. */
    maxReplyChars: z.number().int().min(20).optional(),
    /** Model ↔ tool round trips per turn before the model must answer (default 4). */
    maxToolRounds: z.number().int().min(1).max(10).default(4),
    /** Search the knowledge base with the customer's message before the first call (default false). */
    prefetch: z.boolean().default(false),
    /** Passages per knowledge search (default 4). */
    knowledgeLimit: z.number().int().min(1).max(20).default(4),
    /** Passages scoring below this are not shown to the model (default 0.1). */
    minScore: z.number().min(0).max(1).default(0.1),
    /** A search whose best passage scores at least this counts as answered (default 0.35). */
    answerScore: z.number().min(0).max(1).default(0.35),
    /** Per model call (default 30 s). */
    timeoutMs: z.number().int().min(100).default(30_000),
    retry: retrySchema.prefault({}),
    /** Per tool call, unless the tool sets its own (default 10 s). */
    toolTimeoutMs: z.number().int().min(10).default(10_000),
    /** Tool results longer than this are cut before the model sees them (default 6000). */
    maxToolResultChars: z.number().int().min(100).default(6_000),
    /** USD per 1M tokens, merged over `defaultPrices`. */
    prices: z.record(z.string(), priceSchema).default({}),
    limits: z
      .custom<UsageLimitsOption>(
        (v) => typeof v === 'function' || (typeof v === 'object' && v !== null),
        'expected { daily?, monthly?, timeZone? } or a function of the tenant id',
      )
      .optional(),
    /** Called when a tenant's limit stops the assistant (besides the handoff it causes). */
    onLimitExceeded: fn<(breach: LimitBreach, input: AssistantInput) => unknown>(
      'onLimitExceeded(breach, input)',
    ).optional(),
    /**
     * P-29 leak canary: `true` plants a random secret in the system prompt (or give
     * your own string); a reply containing it is blocked and handed to a person.
     */
    leakCanary: z.union([z.boolean(), z.string().min(8)]).optional(),
    /** How summaries for operators are made (default `model`, extractive on failure). */
    summary: z.enum(['model', 'extractive']).default('model'),
    clock: object<Clock>(
      'expected a Clock with now() and setTimeout()',
      (v) => 'setTimeout' in v,
    ).optional(),
    logger: object<Logger>(
      'expected a logger with debug/info/warn/error',
      (v) => 'warn' in v,
    ).optional(),
    /** Where OPENAI_API_KEY / OPENAI_BASE_URL are read (default process.env). */
    env: z.record(z.string(), z.string().optional()).optional(),
  })
  .strict()
  .superRefine((options, ctx) => {
    const seen = new Set<string>(reservedToolNames);
    options.tools.forEach((tool, i) => {
      if (seen.has(tool.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tools', i, 'name'],
          message: `tool name "${tool.name}" is used twice or is built in (${reservedToolNames.join(', ')}); pick another`,
        });
      }
      seen.add(tool.name);
    });
  });

export type OpenAIAssistantOptions = z.input<typeof openaiAssistantSchema>;
export type OpenAIAssistantConfig = z.output<typeof openaiAssistantSchema> & {
  prices: PriceTable;
};
