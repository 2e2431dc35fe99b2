import type { MediaKind } from '@parley/core';

/** Where inbound media can be fetched from, written into `media.url` (download with `adapter.downloadMedia`). */
export type MediaLocator =
  | {
      transport: 'baileys';
      kind: MediaKind;
      mediaKey: string;
      directPath?: string;
      url?: string;
    }
  | { transport: 'cloud-api'; mediaId: string };

const BAILEYS = 'whatsapp-media:';
const CLOUD = 'whatsapp-cloud-media:';

export function encodeMediaLocator(locator: MediaLocator): string {
  if (locator.transport === 'cloud-api') return `${CLOUD}${locator.mediaId}`;
  const { transport: _t, ...rest } = locator;
  return BAILEYS + Buffer.from(JSON.stringify(rest)).toString('base64url');
}

export function decodeMediaLocator(url: string): MediaLocator | undefined {
  if (url.startsWith(CLOUD)) {
    const mediaId = url.slice(CLOUD.length);
    return /^[\w.-]+$/.test(mediaId) ? { transport: 'cloud-api', mediaId } : undefined;
  }
  if (!url.startsWith(BAILEYS)) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(url.slice(BAILEYS.length), 'base64url').toString());
    if (typeof parsed?.mediaKey !== 'string' || typeof parsed?.kind !== 'string') return undefined;
    return { transport: 'baileys', ...parsed };
  } catch {
    return undefined;
  }
}
