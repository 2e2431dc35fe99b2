/**
 * Decoded documents by their stored text, for texts read again and again: the accept read
 * returns a conversation's newest messages on every turn, most of them the same as last
 * turn's. A text that matches one seen before is the same document (the text is the whole
 * record), so it is not parsed again; any change to a message changes its text. Holds at
 * most `limit` documents, dropping the oldest first. Values must be immutable (frozen),
 * since every reader of the same text gets the same object.
 */
export class DocMemo<T> {
  readonly #byText = new Map<string, T>();

  constructor(
    private readonly decode: (text: string) => T,
    private readonly limit = 4096,
  ) {}

  get(text: string): T {
    const known = this.#byText.get(text);
    if (known !== undefined) return known;
    const value = this.decode(text);
    if (this.#byText.size >= this.limit) {
      this.#byText.delete(this.#byText.keys().next().value as string);
    }
    this.#byText.set(text, value);
    return value;
  }
}
