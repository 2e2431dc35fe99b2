import { z } from 'zod';
import type { Assistant } from '../assistant/assistant.js';
import type { Summarizer } from '../assistant/summarizer.js';
import type { ChannelAdapter } from '../channel/adapter.js';
import type { Clock } from '../clock.js';
import { businessHoursSchema } from '../hours/hours-schema.js';
import type { LimitCounter } from '../limits/counter.js';
import { messageLimitsLookupSchema, messageLimitsSchema } from '../limits/message-limits-schema.js';
import type { Logger } from '../logger.js';
import { languageCodeSchema, localizedTextSchema } from '../model/localized-text.js';
import { DEFAULT_TENANT } from '../model/records.js';
import { menuOptionsSchema } from '../routing/menu-schema.js';
import { ruleOptionsSchema } from '../routing/rule-schema.js';
import { routeTargetSchema } from '../routing/target-schema.js';
import type { Scheduler } from '../scheduler/scheduler.js';
import { REQUIRED_STORE_METHODS, type Store } from '../store/store.js';
import { teamOptionsSchema } from '../teams/team-schema.js';
import {
  activeRoutingSchema,
  csatSchema,
  groupMessagesSchema,
  phoneFilterSchema,
  rateLimitSchema,
} from './channel-features-schema.js';
import { idSchema as id } from './id-schema.js';

export { type RouteTarget, routeTargetSchema } from '../routing/target-schema.js';

const adapterSchema = z.custom<ChannelAdapter>(
  (v) =>
    typeof v === 'object' &&
    v !== null &&
    typeof (v as ChannelAdapter).send === 'function' &&
    typeof (v as ChannelAdapter).start === 'function' &&
    typeof (v as ChannelAdapter).kind === 'string',
  'expected a channel adapter such as memoryChannel() or whatsapp({...})',
);

export const channelOptionsSchema = z
  .object({
    id,
    tenantId: id.default(DEFAULT_TENANT),
    /** Shown to operators ("Sales WhatsApp"). */
    name: z.string().min(1).optional(),
    /** Colour that marks this channel's conversations in the inbox (`#25D366`). */
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'use a hex colour like #25D366')
      .optional(),
    adapter: adapterSchema,
    /** Who answers new conversations (RT1); humans (the queue) when not set. */
    route: routeTargetSchema.optional(),
    /** Replies to conversations the business started go to this team instead (RT5). */
    activeRouting: activeRoutingSchema.optional(),
    /** Sent when a customer starts a conversation (IN5). */
    welcomeMessage: localizedTextSchema().optional(),
    /**
     * The language of this channel's customers (`pt`), when it has one: it wins over
     * what the channel reports and what assistants detect, for every automatic message.
     */
    language: languageCodeSchema.optional(),
    /**
     * `record` (default): a reaction (👍 on a message) is stored and shown in the inbox
     * but starts no turn, so nothing answers it. `turn`: it goes through routing and the
     * assistant like a message.
     */
    reactions: z.enum(['record', 'turn']).default('record'),
    /** Satisfaction survey on solve (IN6); off when unset. */
    csat: csatSchema.optional(),
    /** Answer bursts of messages once (RT9); off when unset. */
    groupMessages: groupMessagesSchema.optional(),
    /** Allow- and block-lists of phone numbers (RT10). */
    phoneFilter: phoneFilterSchema.optional(),
    /**
     * The channel's opening hours (RT8): while closed, a customer who writes hears
     * `outOfHoursMessage` once per closed period; routing rules' `time` condition reads them.
     */
    hours: businessHoursSchema.optional(),
    /** Said while the channel is closed (its `hours`), once per closed period (RT8). */
    outOfHoursMessage: localizedTextSchema().optional(),
    /** Inbound messages per contact and outbound messages per channel (PL2); off when unset. */
    rateLimit: rateLimitSchema.optional(),
  })
  .strict();
export type ChannelOptions = z.input<typeof channelOptionsSchema>;
export type ChannelConfig = z.output<typeof channelOptionsSchema>;

const assistantImpl = z.custom<Assistant>(
  (v) => typeof v === 'object' && v !== null && typeof (v as Assistant).respond === 'function',
  'expected an assistant such as faqAssistant({...}) or openaiAssistant({...})',
);

export const assistantOptionsSchema = z
  .object({
    id,
    tenantId: id.default(DEFAULT_TENANT),
    name: z.string().min(1).optional(),
    assistant: assistantImpl,
    enabled: z.boolean().default(true),
    /** Team that takes over when the assistant hands off or is off-hours (RT3). */
    backupTeam: id.optional(),
    /** When the assistant works (RT3); around the clock when unset. */
    hours: businessHoursSchema.optional(),
    /**
     * Said when a conversation for this assistant arrives outside its `hours` and goes
     * to its backup team (RT8), once per closed period, before the team's own messages.
     */
    outOfHoursMessage: localizedTextSchema().optional(),
    /** Said to the customer when the assistant fails; nothing when unset. */
    fallbackMessage: localizedTextSchema().optional(),
    /** Consecutive failures after which the conversation is handed to humans. */
    maxFailures: z.number().int().min(1).max(20).default(3),
  })
  .strict();
export type AssistantOptions = z.input<typeof assistantOptionsSchema>;
export type AssistantConfig = z.output<typeof assistantOptionsSchema>;

export const tenantOptionsSchema = z
  .object({
    id,
    name: z.string().optional(),
    /** Close a conversation after this many hours without activity (IN4): 1–72. */
    autoCloseHours: z
      .number()
      .min(1, 'autoCloseHours must be between 1 and 72')
      .max(72, 'autoCloseHours must be between 1 and 72')
      .default(24),
    /** Sent to the customer when a conversation is closed for inactivity; silent when unset. */
    autoCloseMessage: localizedTextSchema().optional(),
    /** Messages this tenant may send per day / month (PL1); overrides the desk's `messageLimits`. */
    messageLimits: messageLimitsSchema.optional(),
  })
  .strict();
export type TenantOptions = z.input<typeof tenantOptionsSchema>;
export type TenantConfig = z.output<typeof tenantOptionsSchema>;

const injected = <T>(what: string, check: (v: object) => boolean) =>
  z.custom<T>((v) => typeof v === 'object' && v !== null && check(v), what);

import { mediaOptionsSchema } from './media-options.js';

export const deskOptionsSchema = z
  .object({
    store: injected<Store>(
      `expected a Store with ${REQUIRED_STORE_METHODS.join(', ')} (createMemoryStore(), a Postgres store, or see docs/guides/write-a-store.md)`,
      (v) => REQUIRED_STORE_METHODS.every((m) => typeof (v as Store)[m] === 'function'),
    ).optional(),
    scheduler: injected<Scheduler>(
      'expected a Scheduler',
      (v) => typeof (v as Scheduler).schedule === 'function',
    ).optional(),
    clock: injected<Clock>(
      'expected a Clock with now() and setTimeout()',
      (v) => typeof (v as Clock).now === 'function',
    ).optional(),
    logger: injected<Logger>(
      'expected a logger with debug/info/warn/error',
      (v) => typeof (v as Logger).error === 'function',
    ).optional(),
    /**
     * Where limit counts live (message limits, inbound rate, outbound pacing). Default:
     * the store's key-value space `limits`, exact within one process.
     */
    limitCounter: injected<LimitCounter>(
      'expected a LimitCounter with get(), add() and reserve()',
      (v) => typeof (v as LimitCounter).reserve === 'function',
    ).optional(),
    tenants: z.array(tenantOptionsSchema).default([]),
    channels: z.array(channelOptionsSchema).default([]),
    assistants: z.array(assistantOptionsSchema).default([]),
    /** Teams of human operators (RT7). */
    teams: z.array(teamOptionsSchema).default([]),
    /** Triage menus, referenced by `{ menu: id }` route targets (RT2). */
    menus: z.array(menuOptionsSchema).default([]),
    /** Routing rules, checked in order before a channel's default route (RT6). */
    rules: z.array(ruleOptionsSchema).default([]),
    /**
     * Durable turns: an accepted message's turn is recorded before it runs and run again
     * after a crash. `staleAfterMs`: how old a pending turn must be before another process
     * takes it over (default 30 s; longer than your slowest turn). `sweepEveryMs`: how
     * often processes sharing a Postgres server look for such turns (default 15 s).
     */
    turnRecovery: z
      .object({
        staleAfterMs: z.number().int().min(1).default(30_000),
        sweepEveryMs: z.number().int().min(10).default(15_000),
      })
      .strict()
      .prefault({}),
    /** Messages of history given to assistants (default 30). */
    historyLimit: z.number().int().min(1).max(500).default(30),
    /**
     * Messages each tenant may send per day / month (PL1): one set for every tenant, or a
     * function giving each its own (tenants added at runtime). A tenant's own
     * `messageLimits` wins. Unlimited when unset.
     */
    messageLimits: z.union([messageLimitsSchema, messageLimitsLookupSchema]).optional(),
    /**
     * Summarises conversations whose assistant cannot (IN3): human-only ones, handoffs
     * without a summary, failing assistants. Any assistant with `summarize` will do;
     * without one the desk writes a plain digest.
     */
    summarizer: injected<Summarizer>(
      'expected a summariser: an object with summarize(input, { signal }), e.g. openaiAssistant({...})',
      (v) => typeof (v as Summarizer).summarize === 'function',
    ).optional(),
    /**
     * P-33: log redaction, on by default at info and above (secrets, tokens, phones,
     * emails and message bodies are masked). `false` turns it off; an object sets the
     * field `paths` and `levels`.
     */
    redactLogs: z
      .union([
        z.boolean(),
        z
          .object({
            paths: z.array(z.string()).optional(),
            levels: z.array(z.enum(['debug', 'info', 'warn', 'error'])).optional(),
          })
          .strict(),
      ])
      .default(true),
    /** How outbound media given by URL is downloaded (P-08). */
    media: mediaOptionsSchema,
  })
  .strict();
export type DeskOptions = z.input<typeof deskOptionsSchema>;
export type DeskConfig = z.output<typeof deskOptionsSchema>;
