import { ApiRefusal, refuse } from './respond.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Default most body bytes read: 64 KiB (a message, a contact; media travel as URLs). */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads and parses a JSON body, refusing what is too large (413, before reading past
 * the limit), not JSON (415), empty or garbled (400).
 */
export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const type = request.headers.get('content-type');
  if (type !== null && !/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
    refuse(
      415,
      'unsupported_media_type',
      `The body must be JSON: send Content-Type: application/json (got ${JSON.stringify(type)}).`,
    );
  }
  const bytes = await readLimited(request, maxBytes);
  if (bytes.byteLength === 0) {
    refuse(400, 'body_required', 'This route needs a JSON object body; the request had none.');
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    refuse(400, 'invalid_json', 'The body is not valid UTF-8; send UTF-8 encoded JSON.');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    refuse(
      400,
      'invalid_json',
      `The body is not valid JSON (${(error as Error).message}); send one JSON object.`,
    );
  }
}

async function readLimited(request: Request, max: number): Promise<Uint8Array> {
  const tooLarge = () =>
    new ApiRefusal(
      413,
      'body_too_large',
      `The body is over ${max} bytes (maxBodyBytes); send media as URLs, not inline.`,
    );
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > max) throw tooLarge();
  if (!request.body) return new Uint8Array(0);
  // Counted as it streams: a body without Content-Length is cut off at the limit too.
  let total = 0;
  const counted = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        total += chunk.byteLength;
        if (total > max) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Uint8Array(await new Response(counted).arrayBuffer());
}
