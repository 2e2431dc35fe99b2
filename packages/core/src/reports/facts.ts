import type { CsatResponse } from '../csat/survey.js';
import type { Conversation, Message } from '../model/records.js';
import type { UsageRecord } from '../store/store.js';
import type { ReportDimension, ReportQuery } from './report-types.js';

/** What a report needs to know about one conversation, read once from the store. */
export interface ConversationFacts {
  id: string;
  day: string;
  /** Values of each dimension this conversation counts under. */
  keys: Record<ReportDimension, string[]>;
  /** An assistant answered in it (or holds it). */
  assisted: boolean;
  /** An operator wrote, or it went to humans. */
  human: boolean;
  firstResponseMs?: number;
  resolutionMs?: number;
}

/** What a report keeps of one conversation's messages. */
export interface MessageTrail {
  firstInboundAt?: number;
  /** When an assistant or operator wrote (automatic messages do not count). */
  answers: number[];
  assistants: Set<string>;
  operators: Set<string>;
}

export function newTrail(): MessageTrail {
  return { answers: [], assistants: new Set(), operators: new Set() };
}

/**
 * Folds one message into its conversation's trail. Scans order messages of the same
 * instant by id, not by arrival, so nothing here depends on the order they come in.
 */
export function addToTrail(trail: MessageTrail, m: Message): void {
  const at = m.createdAt.getTime();
  if (m.direction === 'inbound') {
    if (m.status === 'received' && !(at >= (trail.firstInboundAt ?? Number.POSITIVE_INFINITY)))
      trail.firstInboundAt = at;
    return;
  }
  if (m.status !== 'sent') return;
  const { author } = m;
  if (author.kind === 'assistant') trail.assistants.add(author.id);
  if (author.kind === 'operator') trail.operators.add(author.id);
  if (author.kind === 'assistant' || author.kind === 'operator') trail.answers.push(at);
}

/** The first answer at or after the customer's first message. */
function firstAnswerAfter(trail: MessageTrail): number | undefined {
  const since = trail.firstInboundAt;
  if (since === undefined) return undefined;
  let first: number | undefined;
  for (const at of trail.answers)
    if (at >= since && (first === undefined || at < first)) first = at;
  return first;
}

export function factsOf(conv: Conversation, trail: MessageTrail, day: string): ConversationFacts {
  const assistants = new Set(trail.assistants);
  if (conv.assistantId !== undefined) assistants.add(conv.assistantId);
  const operators = new Set(trail.operators);
  if (conv.assigneeId !== undefined) operators.add(conv.assigneeId);
  const human =
    trail.operators.size > 0 ||
    conv.handler === 'operator' ||
    conv.handler === 'queue' ||
    conv.state.handoff !== undefined;
  const facts: ConversationFacts = {
    id: conv.id,
    day,
    keys: {
      channel: [conv.channelId],
      team: conv.teamId === undefined ? [] : [conv.teamId],
      operator: [...operators],
      label: [...conv.labels],
      assistant: [...assistants],
    },
    assisted: assistants.size > 0,
    human,
  };
  const answeredAt = firstAnswerAfter(trail);
  if (trail.firstInboundAt !== undefined && answeredAt !== undefined)
    facts.firstResponseMs = answeredAt - trail.firstInboundAt;
  if (conv.solvedAt !== undefined)
    facts.resolutionMs = conv.solvedAt.getTime() - conv.createdAt.getTime();
  return facts;
}

const filterKeys: Array<[keyof ReportQuery, ReportDimension]> = [
  ['channelId', 'channel'],
  ['teamId', 'team'],
  ['operatorId', 'operator'],
  ['label', 'label'],
  ['assistantId', 'assistant'],
];

/** Whether the conversation counts under every dimension the query narrows to. */
export function matchesQuery(facts: ConversationFacts, query: ReportQuery): boolean {
  return filterKeys.every(([field, dim]) => {
    const wanted = query[field];
    return wanted === undefined || facts.keys[dim].includes(wanted as string);
  });
}

/** A survey answer counts when its conversation is in the report, or, for answers to older conversations, when its own fields match. */
export function csatMatches(
  r: CsatResponse,
  query: ReportQuery,
  facts: ReadonlyMap<string, ConversationFacts>,
): boolean {
  const known = facts.get(r.conversationId);
  if (known) return true;
  if (query.label !== undefined) return false;
  return (
    (query.channelId === undefined || r.channelId === query.channelId) &&
    (query.teamId === undefined || r.teamId === query.teamId) &&
    (query.operatorId === undefined || r.operatorId === query.operatorId) &&
    (query.assistantId === undefined || r.assistantId === query.assistantId)
  );
}

/** Usage counts when its conversation is in the report, or it is the assistant asked for (and nothing else narrows). */
export function usageMatches(
  u: UsageRecord,
  query: ReportQuery,
  facts: ReadonlyMap<string, ConversationFacts>,
): boolean {
  if (u.conversationId !== undefined && facts.has(u.conversationId)) return true;
  const narrowing = filterKeys.filter(([field]) => query[field] !== undefined);
  if (narrowing.length === 0) return true;
  return narrowing.length === 1 && query.assistantId === u.assistantId;
}
