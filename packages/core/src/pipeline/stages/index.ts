import type { DeskRuntime } from '../../desk/runtime.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';
import { assistantStage } from './assistant.js';
import { conversationStage } from './conversation.js';
import { csatStage } from './csat.js';
import { dedupeStage } from './dedupe.js';
import { filterStage } from './filter.js';
import { groupStage } from './group.js';
import { hostStage } from './host.js';
import { menuChoiceStage } from './menu-choice.js';
import { outOfHoursStage } from './out-of-hours.js';
import { persistStage } from './persist.js';
import { rateLimitStage } from './rate-limit.js';
import { recordOnlyStage } from './record-only.js';
import { routeStage } from './route.js';
import { takeoverGateStage } from './takeover-gate.js';
import { welcomeStage } from './welcome.js';

/**
 * The stages that accept a message: from the phone filter to the record of the message
 * and its pending turn. `receive()` resolves for webhook channels when they are done.
 */
export function acceptStages(rt: DeskRuntime): Middleware<TurnContext>[] {
  return [
    filterStage(rt),
    dedupeStage(rt),
    rateLimitStage(rt),
    conversationStage(rt),
    persistStage(rt),
  ];
}

/** The stages of the turn itself, run right after acceptance or again on recovery. */
export function turnStages(
  rt: DeskRuntime,
  host: ReadonlyArray<Middleware<TurnContext>>,
): Middleware<TurnContext>[] {
  return [
    recordOnlyStage(),
    welcomeStage(),
    csatStage(rt),
    outOfHoursStage(rt),
    takeoverGateStage(),
    menuChoiceStage(rt),
    routeStage(rt),
    groupStage(rt),
    hostStage(rt, host),
    assistantStage(rt),
  ];
}

/**
 * The inbound pipeline, in order. Host middleware (`desk.use`) runs between the
 * routing stages and the assistant; on channels that group messages it runs when a
 * burst flushes. Validation happens before a turn is queued.
 */
export function pipelineStages(
  rt: DeskRuntime,
  host: ReadonlyArray<Middleware<TurnContext>>,
): Middleware<TurnContext>[] {
  return [...acceptStages(rt), ...turnStages(rt, host)];
}
