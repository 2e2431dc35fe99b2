import type { ChannelCapabilities } from '../channel/adapter.js';
import type { MessageCitation } from '../model/citation.js';
import type { MessageContent } from '../model/content.js';
import type { Contact, Conversation, Message } from '../model/records.js';
import type { DeskStore } from '../store/store.js';

/** Everything an assistant may read to answer one turn. */
export interface AssistantInput {
  tenantId: string;
  assistantId: string;
  conversation: Conversation;
  contact: Contact;
  /** Recent history, oldest first, including this turn's inbound messages. */
  history: Message[];
  /** The inbound messages this turn answers (several when a burst was grouped). */
  turn: Message[];
  /** What the channel can render (text length, menus), so replies fit. */
  channel: { id: string; kind: string; capabilities: ChannelCapabilities };
  /** The desk's store, for usage records and assistant memory (`store.kv`). */
  store: DeskStore;
  now: Date;
}

/** Tokens and cost of the model calls behind one result (AI6). */
export interface AssistantUsage {
  model: string;
  inputTokens: number;
  outputTokens: number;
  cost: number;
}

export type AssistantResult =
  /** Send these messages, in order. */
  | {
      type: 'reply';
      messages: MessageContent[];
      /** The knowledge passages the reply rests on; carried on each message sent (AI3). */
      citations?: MessageCitation[];
      /** The customer's language as the assistant detected it (`pt`, `id`). */
      language?: string;
      usage?: AssistantUsage[];
      meta?: Record<string, unknown>;
    }
  /**
   * Humans should take over. `message` is said to the customer first; `summary` is for
   * the operator. `team` overrides the assistant's backup team.
   */
  | {
      type: 'handoff';
      reason: string;
      message?: string;
      summary?: string;
      team?: string;
      /** The customer's language as the assistant detected it. */
      language?: string;
      usage?: AssistantUsage[];
    }
  /** Say nothing this turn. */
  | { type: 'none'; usage?: AssistantUsage[] };

export interface RespondOptions {
  signal: AbortSignal;
  /**
   * Set when the channel can stream (live chat): an assistant that can may call it with
   * the reply's whole text so far as the model writes it. Optional on both sides: the
   * result is still returned, sent and recorded once, whatever was streamed.
   */
  draft?: (textSoFar: string) => void;
}

/**
 * An AI assistant. Implementations: `openaiAssistant` and `faqAssistant` in
 * `@parley/assistant`, `scriptedAssistant` in `@parley/core/testing`, or your own.
 * `respond` must honour `signal`: when an operator takes over mid-generation the
 * result is discarded anyway.
 */
export interface Assistant {
  respond(input: AssistantInput, options: RespondOptions): Promise<AssistantResult>;
  /** A short summary of the conversation for operators (IN3). */
  summarize?(input: AssistantInput, options: { signal: AbortSignal }): Promise<string>;
}
