import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MessageContent } from '@parley/core';

/** One request the fake Graph API received. */
export interface GraphRequest {
  method: string;
  path: string;
  authorization?: string;
  /** Parsed JSON body, when it was JSON. */
  json?: Record<string, unknown>;
}

/** A loopback stand-in for graph.facebook.com: records sends, serves media, fails on demand. */
export interface FakeGraphServer {
  /** Base URL for `cloudApi({ graphUrl })`. */
  readonly url: string;
  readonly requests: GraphRequest[];
  /** Bodies of `POST /{phone-number-id}/messages` that sent a message (not read receipts). */
  readonly messages: Array<Record<string, unknown>>;
  /** Read receipts and typing indicators. */
  readonly reads: Array<{ messageId: string; typing: boolean }>;
  readonly uploads: Array<{ type: string; fileName: string; bytes: Uint8Array }>;
  /** Makes media downloadable under `mediaId`. */
  addMedia(mediaId: string, bytes: Uint8Array, mimeType: string): void;
  /** The next `count` message sends answer `status` with a Graph error of `code`. */
  failNextSends(count: number, status: number, code: number, message?: string): void;
  /** Messages sent to a number (digits, as the Graph API writes `to`), read back as Parley content. */
  sentTo(digits: string): MessageContent[];
  close(): Promise<void>;
}

/** Starts the fake Graph API on 127.0.0.1 and a free port. */
export async function fakeGraphServer(
  options: { accessToken?: string } = {},
): Promise<FakeGraphServer> {
  const token = options.accessToken ?? 'test-token';
  const requests: GraphRequest[] = [];
  const messages: Array<Record<string, unknown>> = [];
  const reads: FakeGraphServer['reads'] = [];
  const uploads: FakeGraphServer['uploads'] = [];
  const media = new Map<string, { bytes: Uint8Array; mimeType: string }>();
  let failures = { count: 0, status: 400, code: 100, message: 'failed' };
  let seq = 0;
  let base = '';

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const path = new URL(req.url ?? '/', base).pathname;
    const record: GraphRequest = {
      method: req.method ?? 'GET',
      path,
      ...(req.headers.authorization && { authorization: req.headers.authorization }),
    };
    if (req.headers['content-type']?.includes('application/json'))
      record.json = JSON.parse(raw.toString());
    requests.push(record);
    if (req.headers.authorization !== `Bearer ${token}`) {
      return json(res, 401, {
        error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 },
      });
    }
    if (path.startsWith('/media-bytes/')) {
      const item = media.get(path.slice('/media-bytes/'.length));
      if (!item) return json(res, 404, { error: { message: 'not found', code: 100 } });
      res.writeHead(200, { 'content-type': item.mimeType }).end(Buffer.from(item.bytes));
      return;
    }
    if (req.method === 'POST' && path.endsWith('/messages')) {
      const body = record.json ?? {};
      if (body.status === 'read') {
        reads.push({
          messageId: String(body.message_id),
          typing: body.typing_indicator !== undefined,
        });
        return json(res, 200, { success: true });
      }
      if (failures.count > 0) {
        failures.count--;
        return json(res, failures.status, {
          error: {
            message: failures.message,
            type: 'OAuthException',
            code: failures.code,
            fbtrace_id: 'fake',
          },
        });
      }
      messages.push(body);
      return json(res, 200, {
        messaging_product: 'whatsapp',
        contacts: [{ input: body.to, wa_id: body.to }],
        messages: [{ id: `wamid.FAKE${String(++seq).padStart(8, '0')}` }],
      });
    }
    if (req.method === 'POST' && path.endsWith('/media')) {
      const form = await new Request(base, {
        method: 'POST',
        headers: { 'content-type': String(req.headers['content-type']) },
        body: raw,
      }).formData();
      const file = form.get('file') as File;
      uploads.push({
        type: String(form.get('type')),
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      return json(res, 200, { id: `media-${uploads.length}` });
    }
    if (req.method === 'GET') {
      const id = decodeURIComponent(path.split('/').at(-1) ?? '');
      const item = media.get(id);
      if (!item)
        return json(res, 404, {
          error: { message: `Unsupported get request. Object ${id} does not exist`, code: 100 },
        });
      return json(res, 200, { url: `${base}/media-bytes/${id}`, mime_type: item.mimeType, id });
    }
    json(res, 404, { error: { message: 'unknown path', code: 100 } });
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e) => json(res, 500, { error: { message: String(e), code: 1 } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    requests,
    messages,
    reads,
    uploads,
    addMedia(mediaId, bytes, mimeType) {
      media.set(mediaId, { bytes, mimeType });
    },
    failNextSends(count, status, code, message = 'Rate limit hit') {
      failures = { count, status, code, message };
    },
    sentTo(digits) {
      return messages.filter((m) => m.to === digits).map(graphContent);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}

type Row = { id: string; title: string; description?: string };

/** The `type`-specific part of a Graph send payload, as far as the fake reads it. */
interface GraphPart {
  type?: string;
  body?: string | { text: string };
  name?: string;
  link?: string;
  id?: string;
  caption?: string;
  filename?: string;
  latitude?: number;
  longitude?: number;
  emoji?: string;
  message_id?: string;
  action?: {
    buttons?: Array<{ reply: Row }>;
    sections?: Array<{ rows: Row[] }>;
    button?: string;
  };
  language?: { code?: string };
  components?: Array<{ type?: string; parameters?: Array<{ text?: string }> }>;
}

/** A Graph send payload read back as Parley content. */
function graphContent(m: Record<string, unknown>): MessageContent {
  const type = m.type as string;
  const part = (m[type] ?? {}) as GraphPart;
  const bodyText = typeof part.body === 'string' ? part.body : (part.body?.text ?? '');
  switch (type) {
    case 'text':
      return { type: 'text', text: bodyText };
    case 'interactive': {
      const rows =
        part.type === 'button'
          ? (part.action?.buttons ?? []).map((b) => b.reply)
          : (part.action?.sections ?? []).flatMap((s) => s.rows);
      return {
        type: 'menu',
        text: bodyText,
        options: rows,
        ...(part.type === 'list' &&
          part.action?.button !== undefined && { buttonLabel: part.action.button }),
      };
    }
    case 'template': {
      // Body parameters read back as `variables`; other components stay raw.
      const components = part.components ?? [];
      const body = components.filter((c) => c.type === 'body');
      return {
        type: 'template',
        name: part.name ?? '',
        language: part.language?.code ?? '',
        variables: body.flatMap((c) => c.parameters ?? []).map((p) => p.text ?? ''),
        ...(components.length > body.length && { components }),
      };
    }
    case 'location':
      return { type: 'location', latitude: part.latitude ?? 0, longitude: part.longitude ?? 0 };
    case 'reaction':
      return { type: 'reaction', emoji: part.emoji ?? '', targetExternalId: part.message_id ?? '' };
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker':
      return {
        type: 'media',
        kind: type,
        url: part.link ?? `whatsapp-cloud-media:${part.id}`,
        ...(part.caption !== undefined && { caption: part.caption }),
        ...(part.filename !== undefined && { fileName: part.filename }),
      };
    default:
      return { type: 'unsupported', description: type };
  }
}
