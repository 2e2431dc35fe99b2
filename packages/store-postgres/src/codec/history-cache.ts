import type { Message } from '@parley/core';

const RS = String.fromCharCode(30);
const US = String.fromCharCode(31);
const GS = String.fromCharCode(29);

/** A newest message as last read, at its row version (`xmin`). */
interface Held {
  readonly version: string;
  readonly message: Message;
}

/** What the desk holds of one address's newest messages, as sent with the next read. */
export interface HeldHistory {
  /** The held messages' `RS id US version RS …` list for the server, or null. */
  readonly known: string | null;
  readonly byId: ReadonlyMap<string, Held>;
}

const NONE: HeldHistory = { known: null, byId: new Map() };

/**
 * The newest messages of each address as the accept read last returned them, so the
 * next read asks the server only for rows the desk does not hold: every turn reads a
 * conversation's newest messages (30 by default), and all but the one or two written
 * since are the same rows at the same version as last turn. The server sends a row's
 * document only when its `id` and row version (`xmin`, new on every update, by any
 * process) are not in the read's `known` list; for the others it sends the version and
 * the id. A read keeps the `HeldHistory` it sent, so what it names is still at hand
 * when the answer comes, whatever happened to the cache meanwhile. Decoded messages are
 * frozen: every reader of a row version gets the same object.
 *
 * Holds about `limit` messages, dropping the least recently read addresses first.
 */
export class HistoryCache {
  readonly #byAddress = new Map<string, HeldHistory>();
  #held = 0;

  constructor(
    private readonly decode: (doc: string) => Message,
    private readonly limit = 8192,
  ) {}

  /** What to send with a read of `address`'s newest messages. */
  held(address: string): HeldHistory {
    return this.#byAddress.get(address) ?? NONE;
  }

  /**
   * The messages of the server's answer (`parts`: `version US document`, or
   * `version GS id` for a row `sent` named), oldest first; remembered for `address`.
   */
  read(address: string, sent: HeldHistory, parts: string | null): Message[] {
    const messages: Message[] = [];
    const byId = new Map<string, Held>();
    let known = '';
    for (const part of parts ? parts.split(RS) : []) {
      let at = 0;
      while (at < part.length && part.charCodeAt(at) >= 48 && part.charCodeAt(at) <= 57) at++;
      const version = part.slice(0, at);
      const rest = part.slice(at + 1);
      let held: Held | undefined;
      if (part[at] === GS) {
        held = sent.byId.get(rest);
        if (held?.version !== version) {
          throw new Error(
            `The server named history row "${rest}" at version ${version}, which this read did not hold.`,
          );
        }
      } else if (part[at] === US) {
        held = { version, message: this.decode(rest) };
      } else {
        throw new Error(`Unreadable history row from the server: "${part.slice(0, 80)}".`);
      }
      messages.push(held.message);
      const id = held.message.id;
      byId.set(id, held);
      if (plain(id)) known += RS + id + US + version;
    }
    this.#remember(address, { known: known === '' ? null : known + RS, byId });
    return messages;
  }

  #remember(address: string, history: HeldHistory): void {
    const before = this.#byAddress.get(address);
    if (before) {
      this.#held -= before.byId.size;
      this.#byAddress.delete(address);
    }
    this.#byAddress.set(address, history);
    this.#held += history.byId.size;
    for (const [oldest, dropped] of this.#byAddress) {
      if (this.#held <= this.limit || oldest === address) break;
      this.#byAddress.delete(oldest);
      this.#held -= dropped.byId.size;
    }
  }
}

/**
 * True for an id free of control characters. Others never go into a `known` list (they
 * could break its separators), so the server always sends their documents.
 */
function plain(id: string): boolean {
  for (let i = 0; i < id.length; i++) if (id.charCodeAt(i) < 32) return false;
  return id.length > 0;
}
