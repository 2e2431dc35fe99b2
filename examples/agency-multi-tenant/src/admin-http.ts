import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentText, ParleyError } from '@parley/core';
import { type ExportFormat, exportData, type TableName } from '@parley/data';
import type { Agency } from './agency.js';

const MAX_BODY = 256 * 1024;

function send(res: ServerResponse, status: number, body: unknown): true {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
  return true;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new ParleyError('INPUT_INVALID', 'The body is over 256 KiB.');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  } catch {
    throw new ParleyError('INPUT_INVALID', 'The body is not JSON.');
  }
}

function authorised(req: IncomingMessage, token: string): boolean {
  const given = Buffer.from(req.headers.authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const statusOf = (e: unknown) =>
  ParleyError.hasCode(e, 'NOT_FOUND')
    ? 404
    : ParleyError.hasCode(e, 'INPUT_INVALID') || ParleyError.hasCode(e, 'CONFIG_INVALID')
      ? 400
      : 500;

/**
 * The agency's admin API, for `http.createServer`: returns false for paths it does not
 * serve. Every route needs `Authorization: Bearer <token>`.
 *
 * - `GET /admin/tenants` · `PUT /admin/tenants/:id` (a tenant as in the config file) ·
 *   `DELETE /admin/tenants/:id` · `POST /admin/reload`
 * - `GET /admin/tenants/:id/export?format=xlsx|csv|json|jsonl&table=messages` (IN7)
 * - `POST /admin/tenants/:id/channels/:channel/messages` `{ "from", "text" }`: writes as
 *   a customer on a memory channel and answers with the replies (try a tenant out).
 */
export function adminHandler(agency: Agency, options: { token: string }) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://admin');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'admin') return false;
    if (!authorised(req, options.token)) {
      return send(res, 401, { error: 'Send Authorization: Bearer <ADMIN_TOKEN>.' });
    }
    try {
      const [, what, tenantId, sub, channelId, leaf] = parts;
      if (what === 'reload' && req.method === 'POST') return send(res, 200, await agency.reload());
      if (what !== 'tenants') return send(res, 404, { error: `No route ${url.pathname}.` });
      if (tenantId === undefined && req.method === 'GET') {
        const tenants = agency
          .tenants()
          .map((t) => ({ id: t.id, name: t.name, channels: t.channels.map((c) => c.id) }));
        return send(res, 200, { tenants });
      }
      if (tenantId !== undefined && sub === undefined) {
        if (req.method === 'PUT') {
          const body = (await readJson(req)) as Record<string, unknown>;
          if (body.id !== undefined && body.id !== tenantId)
            throw new ParleyError(
              'INPUT_INVALID',
              `The body's id "${String(body.id)}" is not "${tenantId}".`,
            );
          return send(res, 200, await agency.putTenant({ ...body, id: tenantId }));
        }
        if (req.method === 'DELETE') {
          const removed = await agency.removeTenant(tenantId);
          return send(
            res,
            removed ? 200 : 404,
            removed ? { removed: tenantId } : { error: `No tenant "${tenantId}".` },
          );
        }
      }
      if (tenantId !== undefined && sub === 'export' && req.method === 'GET') {
        if (!agency.running(tenantId))
          throw new ParleyError('NOT_FOUND', `No tenant "${tenantId}".`);
        const format = (url.searchParams.get('format') ?? 'xlsx') as ExportFormat;
        const table = url.searchParams.get('table') as TableName | null;
        res.writeHead(200, {
          'content-type':
            format === 'xlsx'
              ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
              : 'text/plain; charset=utf-8',
          'content-disposition': `attachment; filename="${tenantId}.${format}"`,
        });
        await exportData(agency.shared.data, {
          format,
          to: res,
          tenantId,
          ...(table && { tables: [table] }),
        });
        return true;
      }
      if (
        sub === 'channels' &&
        channelId !== undefined &&
        leaf === 'messages' &&
        req.method === 'POST'
      ) {
        const channel = agency.running(tenantId!)?.memory.get(channelId);
        if (!channel)
          throw new ParleyError(
            'NOT_FOUND',
            `No memory channel "${channelId}" in tenant "${tenantId}".`,
          );
        const body = (await readJson(req)) as { from?: unknown; text?: unknown };
        if (typeof body.from !== 'string' || typeof body.text !== 'string')
          throw new ParleyError(
            'INPUT_INVALID',
            'Send { "from": "<customer id>", "text": "<message>" }.',
          );
        const customer = channel.customer(body.from);
        const before = customer.received.length;
        const outcome = await customer.send(body.text);
        const replies = customer.received.slice(before).map((m) => contentText(m.content));
        return send(res, 200, { outcome: outcome.status, replies });
      }
      return send(res, 404, { error: `No route ${req.method} ${url.pathname}.` });
    } catch (error) {
      if (!res.headersSent) send(res, statusOf(error), { error: (error as Error).message });
      else res.destroy(error as Error);
    }
    return true;
  };
}
