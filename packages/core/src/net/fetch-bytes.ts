import { ParleyError } from '../errors.js';
import { readBodyCapped } from './read-capped.js';
import type { FetchLike } from './safe-fetch.js';

export interface FetchBytesOptions {
  /** The fetch to use; pass the SSRF-safe one (`createSafeFetch`). */
  fetch: FetchLike;
  maxBytes: number;
  /** Redirects to follow; each hop must be https and goes through `fetch` again. */
  maxRedirects: number;
  signal?: AbortSignal;
}

export interface FetchedBytes {
  bytes: Uint8Array<ArrayBuffer>;
  contentType?: string;
}

/**
 * Downloads an https URL into memory with a byte cap. Redirects are followed by hand
 * (never by the fetch), only to https, at most `maxRedirects` times, so every hop's
 * address is checked by the safe fetch before it is connected to.
 */
export async function fetchBytes(url: string, options: FetchBytesOptions): Promise<FetchedBytes> {
  let target = httpsUrl(url);
  for (let hop = 0; ; hop++) {
    const response = await options.fetch(target, {
      method: 'GET',
      redirect: 'manual',
      ...(options.signal && { signal: options.signal }),
    });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => {});
      const location = response.headers.get('location');
      if (!location || hop >= options.maxRedirects) {
        throw refused(url, `it redirected ${hop + 1} time(s) (at most ${options.maxRedirects})`);
      }
      target = httpsUrl(new URL(location, target).href);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {});
      throw refused(url, `the server answered ${response.status}`);
    }
    const bytes = await readBodyCapped(response, options.maxBytes);
    if (!bytes) throw refused(url, `it is larger than ${options.maxBytes} bytes`);
    const contentType = response.headers.get('content-type') ?? undefined;
    return { bytes, ...(contentType && { contentType }) };
  }
}

/** The URL when it is https; a ParleyError otherwise (`file:`, `http:`, paths, locators). */
export function httpsUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refused(raw, 'it is not an absolute URL');
  }
  if (url.protocol !== 'https:')
    throw refused(raw, `only https URLs are fetched, not ${url.protocol}`);
  return url.href;
}

function refused(url: string, reason: string): ParleyError {
  const shown = url.length > 200 ? `${url.slice(0, 200)}…` : url;
  return new ParleyError(
    'INPUT_INVALID',
    `Media URL ${shown} was refused: ${reason}. Give an https URL on the public internet, or send the bytes as \`data\`.`,
    {
      details: { reason: 'media-url', url: shown },
    },
  );
}
