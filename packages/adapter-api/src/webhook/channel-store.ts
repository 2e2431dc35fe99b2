import type { ChannelContext, KeyValue, Store } from '@parley/core';

/**
 * The slice of a store the delivery engine needs, carved out of the channel's own
 * key-value space: its outbox, endpoint and log live in the desk's store (durable when
 * the store is) under `<namespace>/…`, and attempts are claimed through `ctx.claim`.
 */
export function channelStore(
  ctx: Pick<ChannelContext, 'kv' | 'claim'>,
): Pick<Store, 'kv' | 'claim'> {
  return {
    kv: (namespace) => prefixed(ctx.kv, `${namespace}/`),
    claim: (key, ttlMs) => ctx.claim(`delivery/${key}`, ttlMs),
  };
}

function prefixed(kv: KeyValue, prefix: string): KeyValue {
  return {
    get: (key) => kv.get(prefix + key),
    set: (key, value, options) => kv.set(prefix + key, value, options),
    delete: (key) => kv.delete(prefix + key),
    async list<T>(start: string) {
      const entries = await kv.list<T>(prefix + start);
      return entries.map(({ key, value }) => ({ key: key.slice(prefix.length), value }));
    },
  };
}
