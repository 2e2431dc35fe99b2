import { randomBytes } from 'node:crypto';
import type { KeyValue } from '@parley/core';
import { fileTypeFromBuffer } from 'file-type';
import type { LivechatConfig } from '../options.js';

/** The prefix of media links to files visitors sent; the widget asks for their bytes. */
export const FILE_URL_PREFIX = 'livechat-file:';

type UploadConfig = Exclude<LivechatConfig['uploads'], false>;

export type UploadOutcome =
  | { ok: true; id: string; mimeType: string; kind: 'image' | 'document' }
  | { ok: false; reason: string };

interface StoredFile {
  address: string;
  mimeType: string;
  data: string;
}

/**
 * Files visitors send, kept in the channel's kv (as long as their session) so the
 * desk's store holds only a `livechat-file:` link. A file is accepted on what its bytes
 * are (file-type reads the magic bytes), never on the name or type the browser gave.
 */
export function uploads(kv: KeyValue, config: UploadConfig, ttlMs: number) {
  const key = (id: string) => `file:${id}`;
  return {
    async accept(address: string, base64: string): Promise<UploadOutcome> {
      // 4 base64 characters carry 3 bytes: refuse before decoding what is too big.
      if (Math.floor((base64.length * 3) / 4) > config.maxBytes + 2) {
        return { ok: false, reason: `file too big (max ${config.maxBytes} bytes)` };
      }
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.length === 0) return { ok: false, reason: 'empty file' };
      if (bytes.length > config.maxBytes) {
        return { ok: false, reason: `file too big (max ${config.maxBytes} bytes)` };
      }
      const type = await fileTypeFromBuffer(bytes);
      const mimeType = type?.mime;
      if (!mimeType || !(config.types as readonly string[]).includes(mimeType)) {
        return {
          ok: false,
          reason: `file type not accepted (${mimeType ?? 'unknown'}); send ${config.types.join(', ')}`,
        };
      }
      const id = randomBytes(12).toString('base64url');
      const file: StoredFile = { address, mimeType, data: bytes.toString('base64') };
      await kv.set(key(id), file, { ttlMs });
      return { ok: true, id, mimeType, kind: mimeType.startsWith('image/') ? 'image' : 'document' };
    },
    /** Keeps the bytes of a file the business sends (the desk checked them already). */
    async keep(
      id: string,
      address: string,
      media: { data?: Uint8Array; mimeType?: string },
    ): Promise<void> {
      const file: StoredFile = {
        address,
        mimeType: media.mimeType ?? 'application/octet-stream',
        data: Buffer.from(media.data ?? new Uint8Array()).toString('base64'),
      };
      await kv.set(key(id), file, { ttlMs });
    },
    /** A file of `address` (undefined for another visitor's or an expired one). */
    async read(id: string, address?: string): Promise<StoredFile | undefined> {
      const file = (await kv.get(key(id))) as StoredFile | undefined;
      if (!file || (address !== undefined && file.address !== address)) return undefined;
      return file;
    },
  };
}

export type Uploads = ReturnType<typeof uploads>;
