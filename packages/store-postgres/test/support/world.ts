import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One customer message as the "network" delivers it to the channel owner. */
export interface WorldMessage {
  externalId: string;
  from: string;
  text: string;
}

export interface WorldReply {
  channel: string;
  to: string;
  text: string;
  /** The process that sent it. */
  sender: string;
  /** The sender's idempotency key (the desk's message id), if it gave one. */
  key?: string;
}

interface ChannelState {
  connection?: { res: ServerResponse; owner: string };
  unacked: WorldMessage[];
}

/**
 * The outside world on loopback: a stand-in for WhatsApp's servers (one live connection
 * per number, unacknowledged messages redelivered on reconnect, replies received) and a
 * webhook receiver. Everything it saw is recorded for the test to assert on.
 */
export async function startWorld() {
  const channels = new Map<string, ChannelState>();
  const replies: WorldReply[] = [];
  /** Sends dropped as repeats of an idempotency key already seen (exactly once). */
  const repeats: WorldReply[] = [];
  const byKey = new Map<string, string>();
  const connections: Array<{ channel: string; owner: string; at: number }> = [];
  const conflicts: string[] = [];
  const hooks: Array<{ id: string; status: number }> = [];
  let hookStatuses: number[] = [];
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const fn of listeners) fn();
  };
  const state = (id: string) => {
    let s = channels.get(id);
    if (!s) channels.set(id, (s = { unacked: [] }));
    return s;
  };
  const write = (res: ServerResponse, m: WorldMessage) => res.write(`${JSON.stringify(m)}\n`);

  const body = async (req: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://world');
    const [, verb, channel = ''] = url.pathname.split('/');
    if (verb === 'connect') {
      const owner = url.searchParams.get('owner') ?? '?';
      const s = state(channel);
      if (s.connection && !s.connection.res.writableEnded && !s.connection.res.destroyed) {
        conflicts.push(`${channel}: ${s.connection.owner} still connected when ${owner} connected`);
        s.connection.res.end();
      }
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      res.flushHeaders();
      const connection = { res, owner };
      s.connection = connection;
      connections.push({ channel, owner, at: Date.now() });
      for (const m of s.unacked) write(res, m);
      const gone = () => {
        if (s.connection === connection) s.connection = undefined;
        changed();
      };
      res.on('close', gone);
      changed();
      return;
    }
    if (verb === 'ack') {
      const { externalId } = JSON.parse(await body(req)) as { externalId: string };
      const s = state(channel);
      s.unacked = s.unacked.filter((m) => m.externalId !== externalId);
      res.end('{}');
      changed();
      return;
    }
    if (verb === 'send') {
      const { to, text, key } = JSON.parse(await body(req)) as {
        to: string;
        text: string;
        key?: string;
      };
      const reply = { channel, to, text, sender: String(req.headers['x-owner'] ?? '?') };
      res.setHeader('content-type', 'application/json');
      // Like an API with an idempotency key: a repeated key is answered, not delivered again.
      const seen = key === undefined ? undefined : byKey.get(`${channel}/${key}`);
      if (seen !== undefined) {
        repeats.push({ ...reply, key: key! });
        res.end(JSON.stringify({ externalId: seen }));
        changed();
        return;
      }
      replies.push({ ...reply, ...(key !== undefined && { key }) });
      const externalId = `out-${replies.length}`;
      if (key !== undefined) byKey.set(`${channel}/${key}`, externalId);
      res.end(JSON.stringify({ externalId }));
      changed();
      return;
    }
    if (verb === 'hook') {
      await body(req);
      const status = hookStatuses.shift() ?? 200;
      hooks.push({ id: String(req.headers['webhook-id']), status });
      res.statusCode = status;
      res.end();
      changed();
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    replies,
    repeats,
    connections,
    conflicts,
    hooks,
    /** Status codes the webhook receiver answers with, in order (then 200). */
    answerHooksWith(statuses: number[]) {
      hookStatuses = [...statuses];
    },
    /** A customer writes to a channel: delivered now if connected, else on reconnect. */
    inject(channel: string, message: WorldMessage) {
      const s = state(channel);
      s.unacked.push(message);
      if (s.connection) write(s.connection.res, message);
    },
    owner: (channel: string) => channels.get(channel)?.connection?.owner,
    unacked: (channel: string) => channels.get(channel)?.unacked.length ?? 0,
    /** Resolves when `condition` holds, re-checked on every event the world sees. */
    until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!condition()) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`world: timed out waiting for ${what}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    async close() {
      server.closeAllConnections();
      server.close();
    },
  };
}

export type World = Awaited<ReturnType<typeof startWorld>>;
