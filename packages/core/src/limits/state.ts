import type { DeskRuntime } from '../desk/runtime.js';
import type { OutboundPacer } from './outbound-pacer.js';
import type { TenantCounter } from './tenant-quota.js';

/** What rate limits remember in this process, per desk. */
export interface LimitsState {
  /** Outbound pacing per channel, rebuilt when the channel's settings change. */
  readonly pacers: Map<string, { config: object; pacer: OutboundPacer }>;
  /** Messages sent per tenant in the current day and month. */
  readonly counters: Map<string, TenantCounter>;
}

// Kept beside the runtime rather than in it: limits are a plug-in of the pipeline and
// the outbound chokepoint, and the runtime stays what every stage needs.
const states = new WeakMap<DeskRuntime, LimitsState>();

export function limitsState(rt: DeskRuntime): LimitsState {
  let state = states.get(rt);
  if (!state) {
    state = { pacers: new Map(), counters: new Map() };
    states.set(rt, state);
  }
  return state;
}
