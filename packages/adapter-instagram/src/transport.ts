import type {
  ChannelCapabilities,
  ChannelContext,
  InboundMessage,
  OutboundMessage,
  ReceiveOutcome,
  SendReceipt,
} from '@parley/core';
import type { ChannelState } from './channel-state.js';

/** A comment on one of the account's posts, as either transport sees it. */
export interface IncomingComment {
  commentId: string;
  /** The id the transport uses for the post (Graph media id, private-API media id). */
  postId: string;
  /** Every id the post is known by (media id, pk, shortcode); includes `postId`. */
  postIds: string[];
  text: string;
  from: { id: string; username?: string };
  at: Date;
}

/** What the adapter hands a transport when the channel starts. */
export interface TransportContext {
  readonly ctx: ChannelContext;
  readonly state: ChannelState;
  /** A direct message (or quick reply, postback, reaction) into the engine. */
  receiveMessage(inbound: InboundMessage): Promise<ReceiveOutcome>;
  /** A comment into the engine when a rule (or `unmatchedComments`) takes it. */
  receiveComment(comment: IncomingComment): Promise<ReceiveOutcome | undefined>;
}

/** One way of talking to Instagram: the official webhooks + Graph API, or the private API. */
export interface Transport {
  readonly name: 'webhooks' | 'private';
  readonly capabilities: ChannelCapabilities;
  start(t: TransportContext): Promise<void>;
  stop(): Promise<void>;
  send(message: OutboundMessage, signal?: AbortSignal): Promise<SendReceipt>;
  /** Answers a comment publicly, under it; resolves with the reply's comment id. */
  replyToComment(
    comment: { commentId: string; postId: string; text: string },
    signal?: AbortSignal,
  ): Promise<{ id?: string }>;
  /** Handover protocol: take a thread from the app holding it, or pass it to another. */
  threadControl?(
    to: string,
    action: 'take' | 'pass',
    options?: { appId?: string; metadata?: string },
  ): Promise<void>;
  typing?(to: string, on: boolean): Promise<void>;
  markRead?(to: string, externalIds: string[]): Promise<void>;
  fetch?(request: Request): Promise<Response>;
  submitCode?(code: string): Promise<void>;
}
