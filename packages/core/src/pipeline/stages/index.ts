import type { DeskRuntime } from '../../desk/runtime.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';
import { assistantStage } from './assistant.js';
import { conversationStage } from './conversation.js';
import { dedupeStage } from './dedupe.js';
import { persistStage } from './persist.js';
import { routeStage } from './route.js';
import { takeoverGateStage } from './takeover-gate.js';

/**
 * The inbound pipeline, in order. Host middleware (`desk.use`) runs between the
 * routing stages and the assistant. Validation happens before a turn is queued.
 */
export function pipelineStages(
  rt: DeskRuntime,
  host: ReadonlyArray<Middleware<TurnContext>>,
): Middleware<TurnContext>[] {
  return [
    dedupeStage(rt),
    conversationStage(rt),
    persistStage(rt),
    takeoverGateStage(),
    routeStage(rt),
    ...host,
    assistantStage(rt),
  ];
}
