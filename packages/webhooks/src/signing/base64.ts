const base64Shape = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decodes standard (padded) base64, refusing anything else. Node's own decoder skips
 * characters it does not know, so a garbled key or signature would decode to *something*;
 * here it decodes to nothing.
 */
export function decodeBase64Strict(text: string): Uint8Array | undefined {
  if (!base64Shape.test(text)) return undefined;
  return new Uint8Array(Buffer.from(text, 'base64'));
}

export function encodeBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
