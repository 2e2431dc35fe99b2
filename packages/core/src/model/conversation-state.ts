import { z } from 'zod';
import type { Lead, Sale } from './outcome.js';
import type { Referral } from './referral.js';

/** The menu a customer is answering (RT2) and how many invalid choices they made. */
export interface MenuState {
  id: string;
  invalid: number;
}

/** A CSAT survey waiting for its answer (IN6). */
export interface SurveyState {
  askedAt: string;
  expiresAt: string;
  channelId: string;
  teamId?: string;
  operatorId?: string;
  assistantId?: string;
}

/** Inbound messages grouped into one turn (RT9) while the debounce runs. */
export interface BurstState {
  ids: string[];
  firstAt: string;
}

export interface HandoffState {
  reason: string;
  summary?: string;
  at: string;
}

/** The summary operators see (IN3): by an assistant's id, `desk` or `digest`. */
export interface SummaryState {
  text: string;
  at: string;
  by: string;
}

export interface TransferState {
  from: string | null;
  by: string | null;
}

/**
 * What a conversation carries between turns. The engine's keys are typed and read
 * without casts; plug-ins and hosts keep theirs in `plugins`, one bag per plug-in id
 * (`pluginState`, `withPluginState`). JSON-serialisable: stores keep it as it is.
 */
export interface ConversationState {
  /** Routing waits for the business to open (or a deferred start) before routing. */
  pendingRoute?: boolean;
  pendingReferral?: Referral;
  welcomePending?: boolean;
  menu?: MenuState;
  csat?: SurveyState;
  burst?: BurstState;
  /** ISO time the conversation entered its team's queue. */
  queuedAt?: string;
  handoff?: HandoffState;
  transfer?: TransferState;
  /** Consecutive assistant failures (the handoff after `maxFailures`). */
  assistantFailures?: number;
  summary?: SummaryState;
  lead?: Lead;
  sales?: Sale[];
  /** The closed period whose out-of-hours message was sent (once per period). */
  outOfHoursPeriod?: string;
  channelOutOfHoursPeriod?: string;
  assistantOutOfHoursPeriod?: string;
  /**
   * Where `Conversation.language` came from: the channel's setting, the channel's report
   * (the widget's `data-lang`) or an assistant's detection. A source that ranks higher
   * replaces the language later; a detected one never replaces a set or reported one.
   */
  languageFrom?: LanguageSource;
  /** Plug-ins' and hosts' data, one JSON object per plug-in id. */
  plugins?: Record<string, Record<string, unknown>>;
}

export type LanguageSource = 'channel' | 'reported' | 'detected';

/** Where keys a previous version kept at the top level of `state` now live. */
export const LEGACY_STATE_BAG = 'legacy';

const text = z.string();
const engineKeys = {
  pendingRoute: z.boolean(),
  pendingReferral: z.looseObject({ source: text }),
  welcomePending: z.boolean(),
  menu: z.looseObject({ id: text, invalid: z.number() }),
  csat: z.looseObject({ askedAt: text, expiresAt: text, channelId: text }),
  burst: z.looseObject({ ids: z.array(text), firstAt: text }),
  queuedAt: text,
  handoff: z.looseObject({ reason: text, at: text }),
  transfer: z.looseObject({ from: text.nullable(), by: text.nullable() }),
  assistantFailures: z.number(),
  summary: z.looseObject({ text, at: text, by: text }),
  lead: z.looseObject({ at: text }),
  sales: z.array(z.looseObject({ id: text, at: text, value: z.number(), currency: text })),
  outOfHoursPeriod: text,
  channelOutOfHoursPeriod: text,
  assistantOutOfHoursPeriod: text,
  languageFrom: z.enum(['channel', 'reported', 'detected']),
} satisfies Record<Exclude<keyof ConversationState, 'plugins'>, z.ZodType>;
const bag = z.record(z.string(), z.record(z.string(), z.unknown()));

/**
 * A stored `state` as this version reads it: engine keys whose value has the wrong
 * shape are dropped (the engine could not use them), plug-in bags are kept, and any
 * other top-level key (free-form state from before the typed record) moves into the
 * `legacy` bag. Stores call it on every conversation they read, so old rows stay readable.
 */
export function readConversationState(raw: unknown): ConversationState {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const state: Record<string, unknown> = {};
  const legacy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'plugins') {
      const bags = bag.safeParse(value);
      if (bags.success) state.plugins = { ...bags.data, ...(state.plugins as object) };
      continue;
    }
    const schema = engineKeys[key as keyof typeof engineKeys];
    if (schema === undefined) legacy[key] = value;
    else if (schema.safeParse(value).success) state[key] = value;
  }
  if (Object.keys(legacy).length > 0) {
    const plugins = (state.plugins ?? {}) as Record<string, Record<string, unknown>>;
    state.plugins = {
      ...plugins,
      [LEGACY_STATE_BAG]: { ...legacy, ...plugins[LEGACY_STATE_BAG] },
    };
  }
  return state as ConversationState;
}

/** A plug-in's bag in a conversation's state (empty when it has none). */
export function pluginState<T extends Record<string, unknown> = Record<string, unknown>>(
  state: ConversationState,
  pluginId: string,
): Partial<T> {
  return (state.plugins?.[pluginId] ?? {}) as Partial<T>;
}

/** The state with a plug-in's bag replaced (`undefined` removes it); the input is not changed. */
export function withPluginState(
  state: ConversationState,
  pluginId: string,
  value: Record<string, unknown> | undefined,
): ConversationState {
  const { [pluginId]: _old, ...others } = state.plugins ?? {};
  const plugins = value === undefined ? others : { ...others, [pluginId]: value };
  const { plugins: _p, ...rest } = state;
  return Object.keys(plugins).length > 0 ? { ...rest, plugins } : rest;
}
