/**
 * pdf.js's operator list (what P-38's hidden-text check reads) calls
 * `ArrayBuffer.prototype.transferToFixedLength`, which Node only has from 21. This adds
 * that one standard method, with its specified effect (a copy of the bytes, the source
 * detached), when it is missing; nothing else in Parley uses it.
 */
export function ensureArrayBufferTransfer(): void {
  const proto = ArrayBuffer.prototype as ArrayBuffer & {
    transferToFixedLength?: (length?: number) => ArrayBuffer;
  };
  if (typeof proto.transferToFixedLength === 'function') return;
  Object.defineProperty(proto, 'transferToFixedLength', {
    value(this: ArrayBuffer, length: number = this.byteLength): ArrayBuffer {
      const out = new ArrayBuffer(length);
      new Uint8Array(out).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      structuredClone(this, { transfer: [this] });
      return out;
    },
    writable: true,
    configurable: true,
  });
}
