import type { Desk, Logger, TimerHandle } from '@parley/core';

type Presence = 'online' | 'away' | 'offline';
interface Entry {
  presence: Presence;
  /** When it was set (the desk's clock), so a newer change wins. */
  at: number;
}

/**
 * Presence shared across processes through the desk's store (`kv('console-presence')`):
 * every change this process sees (the console, or the host calling `setPresence`) is
 * written there, and every `intervalMs` the entries other processes wrote are applied to
 * this desk, so its assignment sees operators signed in on another process. With a
 * store shared between processes (Postgres) that is all it takes; the memory store is
 * one process anyway.
 */
export function sharePresence(desk: Desk, intervalMs: number, logger: Logger) {
  const kv = desk.store.kv('console-presence');
  const known = new Map<string, number>();
  let applying = false;
  let timer: TimerHandle | undefined;
  let stopped = false;

  const off = desk.on('operator.presence', ({ tenantId, operatorId, presence }) => {
    if (applying) return;
    const key = `${tenantId}/${operatorId}`;
    const at = desk.clock.now().getTime();
    known.set(key, at);
    kv.set(key, { presence, at } satisfies Entry).catch((error: unknown) =>
      logger.warn('console: presence not shared', { error: String(error) }),
    );
  });

  async function pull(): Promise<void> {
    for (const { key, value } of await kv.list<Entry>('')) {
      if (value.at <= (known.get(key) ?? Number.NEGATIVE_INFINITY)) continue;
      known.set(key, value.at);
      const slash = key.indexOf('/');
      const tenantId = key.slice(0, slash);
      const operatorId = key.slice(slash + 1);
      // Only operators this desk knows: another process may run other tenants or teams.
      if (!desk.teams.list(tenantId).some((t) => t.operators.includes(operatorId))) continue;
      applying = true;
      try {
        await desk.teams.setPresence(operatorId, value.presence, { tenantId });
      } finally {
        applying = false;
      }
    }
  }

  const tick = () => {
    timer = undefined;
    pull()
      .catch((error: unknown) =>
        logger.warn('console: shared presence not read', { error: String(error) }),
      )
      .finally(() => {
        if (!stopped) timer = desk.clock.setTimeout(tick, intervalMs);
      });
  };
  tick();

  return {
    /** Applies what other processes wrote now (tests; otherwise every `intervalMs`). */
    pull,
    stop() {
      stopped = true;
      off();
      timer?.cancel();
    },
  };
}
