import assert from 'node:assert/strict';
import { signMetaBody } from '../net/meta-webhook.js';
import type { ConformanceCase } from './conformance-case.js';

export interface MetaWebhookHarness {
  /** The adapter's Web handler, started and ready. */
  fetch(request: Request): Promise<Response>;
  /** The URL the handler is mounted at (query strings are appended). */
  url: string;
  appSecret: string;
  verifyToken: string;
  /** The body cap the handler enforces. */
  maxBodyBytes: number;
  /** How many deliveries reached the adapter's parser so far. */
  parsed(): number;
  close?(): Promise<void>;
}

/**
 * The P-10/P-11 cases every Meta webhook handler (WhatsApp Cloud, Instagram) passes:
 * the handshake validates `hub.challenge`, and bodies are streamed with a cap and
 * verified on the raw bytes before anything is parsed.
 */
export function metaWebhookConformance(
  create: () => Promise<MetaWebhookHarness>,
): ConformanceCase[] {
  const withHarness = (body: (h: MetaWebhookHarness) => Promise<void>) => async () => {
    const h = await create();
    try {
      await body(h);
    } finally {
      await h.close?.();
    }
  };
  const verify = (h: MetaWebhookHarness, query: Record<string, string>) =>
    h.fetch(new Request(`${h.url}?${new URLSearchParams(query)}`));

  return [
    {
      name: 'P-11: hub.challenge is echoed as text/plain only when well-formed, with the right token and mode',
      run: withHarness(async (h) => {
        const good = { 'hub.mode': 'subscribe', 'hub.verify_token': h.verifyToken };
        const ok = await verify(h, { ...good, 'hub.challenge': 'Ab_9-1158201444' });
        assert.equal(ok.status, 200);
        assert.match(ok.headers.get('content-type') ?? '', /^text\/plain/);
        assert.equal(await ok.text(), 'Ab_9-1158201444');
        for (const [why, query] of [
          ['missing challenge', good],
          ['html challenge', { ...good, 'hub.challenge': '<script>alert(1)</script>' }],
          ['129 characters', { ...good, 'hub.challenge': 'a'.repeat(129) }],
          ['wrong token', { ...good, 'hub.verify_token': 'guess', 'hub.challenge': '1' }],
          ['missing token', { 'hub.mode': 'subscribe', 'hub.challenge': '1' }],
          ['wrong mode', { ...good, 'hub.mode': 'unsubscribe', 'hub.challenge': '1' }],
        ] as const) {
          const refused = await verify(h, query);
          assert.equal(refused.status, 403, why);
          assert.doesNotMatch(await refused.text(), /script|aaaa/, why);
        }
      }),
    },
    {
      name: 'P-10: an unsigned body larger than the cap is cut off while streaming (413), never parsed',
      run: withHarness(async (h) => {
        let pulled = 0;
        const chunk = new Uint8Array(64 * 1024).fill(0x20);
        const total = h.maxBodyBytes * 8;
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (pulled >= total) return controller.close();
            pulled += chunk.byteLength;
            controller.enqueue(chunk);
          },
        });
        const response = await h.fetch(
          new Request(h.url, { method: 'POST', body, duplex: 'half' } as RequestInit),
        );
        assert.equal(response.status, 413);
        // Reading stopped near the cap: the rest of the 8x body was never pulled.
        assert.ok(pulled <= h.maxBodyBytes + 3 * chunk.byteLength, `pulled ${pulled} bytes`);
        assert.equal(h.parsed(), 0);
      }),
    },
    {
      name: 'P-10: missing, sha1, wrong-length, non-hex and wrong signatures get 401, never a parse or a 500',
      run: withHarness(async (h) => {
        const raw = '{"object":"whatsapp_business_account","entry":[]}';
        const good = signMetaBody(h.appSecret, raw);
        for (const header of [
          undefined,
          `sha1=${'0'.repeat(40)}`,
          good.slice(0, -2),
          `${good}00`,
          `sha256=${'z'.repeat(64)}`,
          signMetaBody('another-secret', raw),
          good.toUpperCase(),
        ]) {
          const response = await h.fetch(
            new Request(h.url, {
              method: 'POST',
              body: raw,
              ...(header !== undefined && { headers: { 'x-hub-signature-256': header } }),
            }),
          );
          assert.equal(response.status, 401, String(header));
        }
        assert.equal(h.parsed(), 0);
      }),
    },
  ];
}
