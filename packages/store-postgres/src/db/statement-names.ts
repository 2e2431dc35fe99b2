/**
 * Names for statements the store sends again and again, so the server parses and plans
 * each once per connection instead of on every call (a named prepared statement). A
 * turn's statements are the same few texts each time; measured on a local server, naming
 * them took about a quarter off the server's CPU per turn (`pnpm bench store`).
 *
 * A text is named from its second use, so one-off texts (a batch of an unusual shape)
 * do not pile up as prepared statements on every connection; at most `limit` texts are
 * ever named, and texts beyond what is counted are sent unnamed. Long texts (statements
 * that group commit combined, tens of KB each and rarely the same twice) are never named
 * nor remembered, so what this keeps stays within a few MB.
 */
export class StatementNames {
  readonly #names = new Map<string, string>();
  readonly #seen = new Set<string>();

  constructor(
    private readonly prefix: string,
    private readonly limit = 128,
    private readonly maxLength = 8192,
  ) {}

  /** The name to prepare `text` under, or undefined to send it unnamed this time. */
  nameOf(text: string): string | undefined {
    const name = this.#names.get(text);
    if (name !== undefined || this.#names.size >= this.limit || text.length > this.maxLength)
      return name;
    if (!this.#seen.has(text)) {
      if (this.#seen.size < this.limit * 8) this.#seen.add(text);
      return undefined;
    }
    this.#seen.delete(text);
    const named = `${this.prefix}${this.#names.size}`;
    this.#names.set(text, named);
    return named;
  }
}
