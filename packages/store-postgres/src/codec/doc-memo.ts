/**
 * Decoded documents by their stored text, for texts read again and again: the accept read
 * returns a conversation's newest messages on every turn, most of them the same as last
 * turn's. A text equal to one seen before is the same document (the text is the whole
 * record), so it is not parsed again; any change to a message changes its text. Holds at
 * most `limit` documents, dropping the oldest first. Values must be immutable (frozen),
 * since every reader of the same text gets the same object.
 *
 * Looked up by the record's id when `idOf` finds one, then compared whole: hashing every
 * text of a turn's history as a map key cost more than the parse it saved on one in ten.
 */
export class DocMemo<T> {
  readonly #byKey = new Map<string, { text: string; value: T }>();

  constructor(
    private readonly decode: (text: string) => T,
    private readonly idOf: (text: string) => string | undefined = () => undefined,
    private readonly limit = 4096,
  ) {}

  get(text: string): T {
    const key = this.idOf(text) ?? text;
    const known = this.#byKey.get(key);
    if (known !== undefined && known.text === text) return known.value;
    const value = this.decode(text);
    if (known === undefined && this.#byKey.size >= this.limit) {
      this.#byKey.delete(this.#byKey.keys().next().value as string);
    }
    this.#byKey.set(key, { text, value });
    return value;
  }
}

// `encodeJson` of a record whose first key is its id: `{"v":{"id":"…"`.
const LEADING_ID = /^\{"v":\{"id":"([^"\\]{1,200})"/;

/** The id a stored record's document opens with, if it does. */
export function leadingId(text: string): string | undefined {
  return LEADING_ID.exec(text)?.[1];
}
