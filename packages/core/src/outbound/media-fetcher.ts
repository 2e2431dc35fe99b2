import { isIP } from 'node:net';
import type { ChannelCapabilities } from '../channel/adapter.js';
import type { MediaConfig } from '../desk/media-options.js';
import { ParleyError } from '../errors.js';
import type { MediaContent, MessageContent } from '../model/content.js';
import { createAddressPolicy, refusedAddress } from '../net/address-policy.js';
import { fetchBytes, httpsUrl } from '../net/fetch-bytes.js';
import { createSafeFetch, type FetchLike } from '../net/safe-fetch.js';

export interface MediaFetcher {
  /**
   * The content an adapter may be given: media links become bytes (or stay https links
   * for channels whose platform fetches them); anything else is returned as is.
   */
  forAdapter(
    content: MessageContent,
    caps: ChannelCapabilities,
    signal?: AbortSignal,
  ): Promise<MessageContent>;
  close(): void;
}

/**
 * P-08: outbound media URLs come from operators, campaign authors and API callers.
 * Baileys opens a non-http "URL" as a local file and follows http redirects, so an
 * adapter that uploads bytes is never given a URL: the engine downloads https links
 * itself, through the SSRF-safe fetch (every address checked before connecting), with
 * a byte cap and re-checked redirects.
 */
export function createMediaFetcher(config: MediaConfig): MediaFetcher {
  const network = {
    allowPrivateNetworks: config.allowPrivateNetworks,
    allowList: config.allowList,
  };
  const safe = config.fetch
    ? undefined
    : createSafeFetch({ ...network, ...(config.lookup && { lookup: config.lookup }) });
  const fetch: FetchLike = config.fetch ?? safe!;
  const policy = createAddressPolicy(network);

  return {
    async forAdapter(content, caps, signal) {
      if (content.type !== 'media' || content.url === undefined) return content;
      const { url, ...rest } = content;
      if (content.data !== undefined) return rest;
      if (caps.mediaLocators?.some((prefix) => url.startsWith(prefix))) return content;
      const href = httpsUrl(url);
      if (caps.mediaLinks) {
        // The platform fetches it, not us; still refuse a literal private address.
        const host = new URL(href).hostname.replace(/^\[|\]$/g, '');
        const verdict = isIP(host) ? policy(host) : undefined;
        if (verdict && !verdict.allowed) throw refusedAddress(host, verdict);
        return { ...content, url: href };
      }
      const fetched = await fetchBytes(href, {
        fetch,
        maxBytes: config.maxBytes,
        maxRedirects: config.maxRedirects,
        ...(signal && { signal }),
      });
      return withBytes(rest, fetched.bytes, fetched.contentType);
    },
    close() {
      safe?.close();
    },
  };
}

function withBytes(
  media: Omit<MediaContent, 'url'>,
  data: Uint8Array<ArrayBuffer>,
  contentType: string | undefined,
): MediaContent {
  const mimeType = media.mimeType ?? contentType?.split(';')[0]?.trim();
  if (mimeType !== undefined && !/^[\w.+-]+\/[\w.+-]+$/.test(mimeType)) {
    throw new ParleyError(
      'INPUT_INVALID',
      `The media's type "${mimeType}" is not a MIME type; set \`mimeType\` on the media.`,
    );
  }
  return { ...media, data, ...(mimeType !== undefined && { mimeType }) };
}
