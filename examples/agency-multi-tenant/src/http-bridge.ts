import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Agency } from './agency.js';

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
    // node:http speaks IncomingMessage; the channel speaks Web Request/Response.
    await getRequestListener((request) => api.fetch(request))(req, res);
    return true;
  };
}
