import type { Message } from '@parley/core';
import type { Enrolment } from './engine/enrolment.js';

/** What campaigns report, by `noun.verb` name (observation only, like desk events). */
export interface CampaignEvents {
  'campaign.enrolled': { enrolment: Enrolment };
  'campaign.sent': { enrolment: Enrolment; step: number; messages: Message[] };
  'campaign.failed': { enrolment: Enrolment; step: number; error: string };
  /** The contact left before the last step: `replied` (wrote to the business) or `cancelled`. */
  'campaign.exited': { enrolment: Enrolment; reason: string };
  'campaign.completed': { enrolment: Enrolment };
  /** A failure in a trigger or a job; campaigns and the desk go on. */
  error: { error: Error; stage: string };
}

export type CampaignEventName = keyof CampaignEvents;
type Listener = (payload: never) => unknown;

/** A small typed emitter; a listener that throws is reported on `error`, never rethrown. */
export class CampaignEmitter {
  private readonly listeners = new Map<string, Set<Listener>>();

  on<E extends CampaignEventName>(name: E, listener: (payload: CampaignEvents[E]) => unknown) {
    let set = this.listeners.get(name);
    if (!set) this.listeners.set(name, (set = new Set()));
    set.add(listener as Listener);
    return () => {
      set.delete(listener as Listener);
    };
  }

  emit<E extends CampaignEventName>(name: E, payload: CampaignEvents[E]): void {
    for (const listener of this.listeners.get(name) ?? []) {
      try {
        const result = (listener as (p: CampaignEvents[E]) => unknown)(payload);
        if (result instanceof Promise) result.catch((e) => this.fail(name, e));
      } catch (e) {
        this.fail(name, e);
      }
    }
  }

  private fail(name: string, e: unknown) {
    if (name === 'error') return;
    const error = e instanceof Error ? e : new Error(String(e));
    this.emit('error', { error, stage: `listener:${name}` });
  }
}
