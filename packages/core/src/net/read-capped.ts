/**
 * Reads a Web stream into one buffer, stopping at `maxBytes`: returns undefined as soon
 * as the stream goes past the cap (the rest is cancelled, never buffered). A declared
 * `Content-Length` over the cap is refused before the first read. Webhook bodies and
 * media downloads both go through it, so no stranger decides how much memory we use.
 */
export async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  declaredLength?: string | null,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const declared = Number(declaredLength ?? '0');
  if (declared > maxBytes) {
    await body?.cancel().catch(() => {});
    return undefined;
  }
  if (!body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** `readCapped` for a Web `Request` or `Response` (uses its `content-length`). */
export function readBodyCapped(
  message: Request | Response,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  return readCapped(message.body, maxBytes, message.headers.get('content-length'));
}
