/** Request headers as the Web (`Headers`) or Node (`IncomingHttpHeaders`) give them. */
export type HeadersInput = Headers | Record<string, string | readonly string[] | undefined>;

/**
 * One header's values. Web `Headers` joins repeats with ", ", so a Web caller sees one
 * value; Node's `headersDistinct` and plain records may hold several.
 */
export function headerValues(headers: HeadersInput, name: string): string[] {
  if (typeof (headers as Headers).get === 'function') {
    const value = (headers as Headers).get(name);
    return value === null ? [] : [value];
  }
  const out: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    if (typeof value === 'string') out.push(value);
    else out.push(...value);
  }
  return out;
}
