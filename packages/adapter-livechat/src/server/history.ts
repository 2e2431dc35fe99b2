import type { ChannelContext, MenuOption } from '@parley/core';
import type { WireMessage } from '../protocol.js';
import { authorKey, storedToWire } from './to-wire.js';
import type { VisitorStore } from './visitor-store.js';

/** How long a message fanned out live waits for the desk's store to list it. */
const RECENT_MS = 60_000;

/**
 * A visitor's history as the widget shows it: the latest messages of their current
 * conversation from the desk's store (`ctx.listMessages`), with read marks and author
 * names. Messages already fanned out to open tabs but not yet in the store (a reply
 * between `adapter.send` and its record, a visitor message still in its turn) are kept
 * here briefly, so a tab that joins in that moment still sees them.
 */
export function visitorHistory(ctx: ChannelContext, store: VisitorStore, limit: number) {
  const recent = new Map<string, Array<{ message: WireMessage; until: number }>>();
  const same = (a: WireMessage, b: WireMessage) => a.id === b.id && a.dir === b.dir;
  const keep = (address: string, list: Array<{ message: WireMessage; until: number }>) => {
    if (list.length > 0) recent.set(address, list);
    else recent.delete(address);
  };

  async function stored(address: string): Promise<WireMessage[]> {
    const out: WireMessage[] = [];
    for (const message of await ctx.listMessages(address, { limit })) {
      const key = authorKey(message.author);
      const name = key === undefined ? undefined : await store.nameOf(key);
      const wire = storedToWire(message, address, name);
      if (wire) out.push(wire);
    }
    return out;
  }

  /** The latest `limit` messages, oldest first. */
  async function load(address: string): Promise<WireMessage[]> {
    const listed = await stored(address);
    const now = ctx.clock.now().getTime();
    const pending = (recent.get(address) ?? []).filter(
      (r) => r.until > now && !listed.some((m) => same(m, r.message)),
    );
    keep(address, pending);
    const marks = await store.readMarks(address);
    return [...listed, ...pending.map((r) => r.message)]
      .slice(-limit)
      .map((m) => (marks[m.dir].includes(m.id) ? { ...m, read: true } : m));
  }

  return {
    /** Notes a message just fanned out live, until the store lists it. */
    note(address: string, message: WireMessage): void {
      const until = ctx.clock.now().getTime() + RECENT_MS;
      recent.set(address, [...(recent.get(address) ?? []), { message, until }]);
    },

    /** Drops a noted message the desk did not record (a duplicate, an ignored message). */
    forget(address: string, message: WireMessage): void {
      keep(
        address,
        (recent.get(address) ?? []).filter((r) => !same(r.message, message)),
      );
    },

    load,

    /** The option `optionId` of the newest menu sent to this visitor that has it. */
    async findOption(address: string, optionId: string): Promise<MenuOption | undefined> {
      const log = await load(address);
      for (let i = log.length - 1; i >= 0; i--) {
        const content = log[i]!.content;
        if (log[i]!.dir !== 'out' || content.type !== 'menu') continue;
        const option = content.options.find((o) => o.id === optionId);
        if (option) return option;
      }
      return undefined;
    },

    /** Forgets expired notes of visitors who never came back (run by the heartbeat). */
    prune(): void {
      const now = ctx.clock.now().getTime();
      for (const [address, list] of recent) {
        keep(
          address,
          list.filter((r) => r.until > now),
        );
      }
    },
  };
}

export type VisitorHistory = ReturnType<typeof visitorHistory>;
