import type { KeyValue } from '@parley/core';

/** Default `disableAfterMs`: an endpoint failing for 3 days without one success is disabled. */
export const DEFAULT_DISABLE_AFTER_MS = 3 * 24 * 3_600_000;

/**
 * P-06: when each endpoint's current run of failures began. Kept in the store (one small
 * key per failing endpoint, none for healthy ones) so the period survives restarts and
 * is shared by every process delivering for the tenant. Any 2xx ends the run.
 */
export class EndpointHealth {
  constructor(
    private readonly kv: KeyValue,
    private readonly disableAfterMs: number | false,
  ) {}

  /** Records a failed attempt; returns when the run began if it is now over the period. */
  async failed(tenantId: string, endpointId: string, at: Date): Promise<Date | undefined> {
    if (this.disableAfterMs === false) return undefined;
    const key = keyOf(tenantId, endpointId);
    const since = await this.kv.get<string>(key);
    if (since === undefined) {
      await this.kv.set(key, at.toISOString());
      return undefined;
    }
    const began = new Date(since);
    return at.getTime() - began.getTime() >= this.disableAfterMs ? began : undefined;
  }

  /** A success (or a host re-enabling the endpoint) ends the run. */
  async reset(tenantId: string, endpointId: string): Promise<void> {
    if (this.disableAfterMs === false) return;
    const key = keyOf(tenantId, endpointId);
    if ((await this.kv.get(key)) !== undefined) await this.kv.delete(key);
  }

  describe(since: Date): string {
    const ms = this.disableAfterMs === false ? 0 : this.disableAfterMs;
    const days = ms / 86_400_000;
    const period = Number.isInteger(days) ? `${days} day${days === 1 ? '' : 's'}` : `${ms} ms`;
    return `failing since ${since.toISOString()} for ${period} without one success (disableAfterMs); fix the receiver, then enable it with updateEndpoint(tenantId, id, { enabled: true })`;
  }
}

function keyOf(tenantId: string, endpointId: string): string {
  return `health:${encodeURIComponent(tenantId)}:${endpointId}`;
}
