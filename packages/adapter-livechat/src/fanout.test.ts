import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDesk, type Desk } from '@parley/core';
import {
  createFanout,
  createPostgresStore,
  type Fanout,
  type PostgresStore,
} from '@parley/store-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LivechatChannel, livechat } from './livechat.js';
import { connectVisitor, type Visitor } from './test-support/visitor.js';

const postgresUrl = process.env.PARLEY_TEST_POSTGRES_URL || undefined;

/** One "process": a desk with the live-chat channel on its own HTTP server, one Postgres. */
interface Process {
  desk: Desk;
  chat: LivechatChannel;
  store: PostgresStore;
  fanout: Fanout;
  server: Server;
  url: string;
}

async function startProcess(schema: string): Promise<Process> {
  const store = await createPostgresStore({ connectionString: postgresUrl!, schema });
  const fanout = await createFanout({ store });
  const chat = livechat({ allowedOrigins: '*', fanout });
  const desk = createDesk({
    store,
    teams: [{ id: 'humans' }],
    channels: [{ id: 'web', adapter: chat, route: { team: 'humans' } }],
  });
  await desk.start();
  const server = createServer((_req, res) => res.writeHead(404).end());
  chat.attach(server, { path: '/chat' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { desk, chat, store, fanout, server, url: `ws://127.0.0.1:${port}/chat` };
}

// Two processes behind a load balancer: the visitor's socket is on `a`, the operator's
// reply and typing come from `b`.
describe.skipIf(!postgresUrl)('live chat across processes (Postgres server)', () => {
  const schema = `t_lcfan_${process.pid}_${Date.now().toString(36)}`;
  let a: Process;
  let b: Process;
  let visitor: Visitor;

  beforeAll(async () => {
    a = await startProcess(schema);
    b = await startProcess(schema);
  });
  afterAll(async () => {
    await visitor?.close();
    for (const p of [b, a]) {
      if (!p) continue;
      await p.desk.stop();
      await p.fanout.close();
      await new Promise<void>((resolve) => p.server.close(() => resolve()));
      if (p === a) await p.store.database.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await p.store.close();
    }
  });

  it('PL3: a reply and typing produced in another process reach the visitor socket, once', async () => {
    visitor = await connectVisitor(a.url);
    await visitor.hello();
    expect(await visitor.say('hello, anyone?')).toBe('accepted');
    const conv = (await b.desk.inbox.list()).items[0]!.conversation;

    await b.chat.typing(conv.contactAddress, true);
    expect(await visitor.next('typing')).toMatchObject({ on: true });
    await b.desk.inbox.reply(conv.id, 'Maria here, from process b', { operatorId: 'maria' });
    const frame = await visitor.next('message', (f) => f.message.dir === 'out');
    expect(frame.message.content).toEqual({ type: 'text', text: 'Maria here, from process b' });
    expect(a.chat.tabs(conv.contactAddress)).toBe(1);
    expect(b.chat.tabs(conv.contactAddress)).toBe(0);

    // A frame from this process is not echoed back to it through the database.
    await a.desk.inbox.reply(conv.id, 'and from process a', { operatorId: 'maria' });
    await visitor.next(
      'message',
      (f) => f.message.dir === 'out' && f.message.id !== frame.message.id,
    );
    await b.desk.inbox.reply(conv.id, 'last one', { operatorId: 'maria' });
    await visitor.next(
      'message',
      (f) =>
        f.message.dir === 'out' &&
        'text' in f.message.content &&
        f.message.content.text === 'last one',
    );
    const texts = visitor.frames
      .filter((f) => f.type === 'message' && f.message.dir === 'out')
      .map((f) =>
        f.type === 'message' && 'text' in f.message.content ? f.message.content.text : '',
      );
    expect(texts).toEqual(['Maria here, from process b', 'and from process a', 'last one']);
  }, 30_000);
});
