import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { Agency } from './agency.js';

/** node:http speaks IncomingMessage; the API channel speaks Web Request/Response. */
function toRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value])
      headers.append(name, v);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/'}`, {
    method: req.method ?? 'GET',
    headers,
    ...(hasBody && { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' }),
  } as RequestInit);
}

/**
 * Serves every tenant's API channels at `/api/<channel id>/…` (CH6); false for other
 * paths. The channel checks its own inbox token.
 */
export function apiChannelsHandler(agency: Agency) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const [first, channelId] = (req.url ?? '/').split('?')[0]!.split('/').filter(Boolean);
    if (first !== 'api' || channelId === undefined) return false;
    const tenant = agency
      .tenants()
      .find((t) => t.channels.some((c) => c.id === channelId && c.kind === 'api'));
    const api = tenant && agency.running(tenant.id)?.api.get(channelId);
    if (!api) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: `No API channel "${channelId}".` }));
      return true;
    }
    const response = await api.fetch(toRequest(req));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
    return true;
  };
}
