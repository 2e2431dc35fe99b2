import type { Message } from '../model/records.js';
import { freezeMessage } from '../store/clone.js';

/**
 * The newest messages of one conversation as the store would list them, kept while a
 * turn holds the conversation (see the record cache): read once with the inbound
 * records, then moved along by the messages the turn appends.
 */
export class HistoryWindow {
  private readonly messages: Readonly<Message>[];

  /**
   * @param newest The store's newest `size` messages, oldest first.
   * @param size How many were asked for: fewer back means there are no older ones.
   */
  constructor(
    newest: readonly Message[],
    private readonly size: number,
    private whole = newest.length < size,
  ) {
    this.messages = newest.map(freezeMessage);
  }

  /** The `limit` newest messages, or undefined when the window cannot tell. */
  list(limit: number): Message[] | undefined {
    if (limit > this.size && !this.whole) return undefined;
    return this.messages.slice(Math.max(0, this.messages.length - limit)) as Message[];
  }

  /** A message appended after the window was read; false when it is not a plain append. */
  append(message: Message): boolean {
    if (this.messages.some((m) => m.id === message.id)) return false;
    const last = this.messages.at(-1);
    if (last && last.createdAt.getTime() > message.createdAt.getTime()) return false;
    this.messages.push(freezeMessage(message));
    if (this.messages.length > this.size) {
      this.messages.shift();
      this.whole = false;
    }
    return true;
  }
}
