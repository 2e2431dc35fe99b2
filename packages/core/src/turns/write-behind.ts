import type { StoreWrite } from '../store/store-write.js';

type Batch = (writes: readonly StoreWrite[]) => Promise<void>;

const SEP = String.fromCharCode(0);
const conversationOf = (tenantId: string, conversationId: string) =>
  tenantId + SEP + conversationId;

/**
 * Writes a turn holds back to send with its next one, per conversation key (a turn's
 * scope). The record of a sent reply (the message and the conversation it moves) is the
 * last write of most turns; held back, it travels in the same statement as the
 * pending-turn delete that ends the turn, one round trip instead of two.
 *
 * Order per scope is kept: every later write touching the scope's conversation, and
 * every read that could see it, waits for the held writes (they go first, in the same
 * batch when it is a write). A crash while writes are held is a crash between the send
 * and its record, which the outbox already covers: the re-run sends the part again
 * under the same id.
 */
export class WriteBehind {
  readonly #held = new Map<string, StoreWrite[]>();
  /** Conversation record → the scope holding writes for it, and back. */
  readonly #scopeOf = new Map<string, string>();
  readonly #conversationsOf = new Map<string, Set<string>>();
  /** The flush under way per scope; the next one of that scope waits for it. */
  readonly #flushing = new Map<string, Promise<void>>();

  constructor(private readonly batch: Batch) {}

  /** Nothing held and nothing being written. */
  get idle(): boolean {
    return this.#held.size === 0 && this.#flushing.size === 0;
  }

  hold(scope: string, tenantId: string, conversationId: string, writes: readonly StoreWrite[]) {
    let list = this.#held.get(scope);
    if (!list) this.#held.set(scope, (list = []));
    list.push(...writes);
    const conversation = conversationOf(tenantId, conversationId);
    this.#scopeOf.set(conversation, scope);
    let conversations = this.#conversationsOf.get(scope);
    if (!conversations) this.#conversationsOf.set(scope, (conversations = new Set()));
    conversations.add(conversation);
  }

  /** The scopes holding writes (or writing them) that `writes` must follow. */
  scopesTouched(writes: readonly StoreWrite[]): string[] {
    if (this.idle) return [];
    const scopes = new Set<string>();
    for (const w of writes) {
      const conversation =
        w.kind === 'conversation'
          ? conversationOf(w.conversation.tenantId, w.conversation.id)
          : w.kind === 'message'
            ? conversationOf(w.message.tenantId, w.message.conversationId)
            : undefined;
      const scope = conversation && this.#scopeOf.get(conversation);
      if (scope && (this.#held.has(scope) || this.#flushing.has(scope))) scopes.add(scope);
    }
    return [...scopes];
  }

  /**
   * Writes `scope`'s held writes, then `extra`, in one batch, after any flush of the
   * scope already under way. When the batch fails nothing of it was written: the held
   * writes are held again (the scope's last flush tries them once more) and the error
   * goes to the caller.
   */
  flush(scope: string, extra: readonly StoreWrite[] = []): Promise<void> {
    const before = this.#flushing.get(scope);
    const run = (async () => {
      if (before) await before.catch(() => {});
      const held = this.#held.get(scope) ?? [];
      this.#held.delete(scope);
      if (held.length + extra.length === 0) return;
      try {
        await this.batch(held.length === 0 ? extra : [...held, ...extra]);
      } catch (error) {
        if (held.length > 0) this.#held.set(scope, [...held, ...(this.#held.get(scope) ?? [])]);
        throw error;
      }
    })();
    this.#flushing.set(scope, run);
    const settle = () => {
      if (this.#flushing.get(scope) !== run) return;
      this.#flushing.delete(scope);
      if (!this.#held.has(scope)) this.#forget(scope);
    };
    run.then(settle, settle);
    return run;
  }

  /** The last flush of a scope that is closing: what cannot be written is dropped. */
  async close(scope: string): Promise<void> {
    if (!this.#held.has(scope) && !this.#flushing.has(scope)) return;
    try {
      await this.flush(scope);
    } finally {
      this.#held.delete(scope);
      this.#forget(scope);
    }
  }

  /** Waits for `scope`'s held writes to be written (a read of its records follows). */
  settle(scope: string | undefined): Promise<void> | undefined {
    if (scope === undefined || (!this.#held.has(scope) && !this.#flushing.has(scope))) return;
    return this.flush(scope);
  }

  /** The scope holding writes for a conversation, if any. */
  scopeOfConversation(tenantId: string, conversationId: string): string | undefined {
    return this.idle ? undefined : this.#scopeOf.get(conversationOf(tenantId, conversationId));
  }

  /** Every scope's held writes, before a read that could see any of them. */
  async flushAll(): Promise<void> {
    const scopes = new Set([...this.#held.keys(), ...this.#flushing.keys()]);
    await Promise.all([...scopes].map((s) => this.flush(s)));
  }

  #forget(scope: string) {
    for (const conversation of this.#conversationsOf.get(scope) ?? []) {
      if (this.#scopeOf.get(conversation) === scope) this.#scopeOf.delete(conversation);
    }
    this.#conversationsOf.delete(scope);
  }
}
