import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { MessageContent } from '@parley/core';
import { channelConformance, createFakeClock } from '@parley/core/testing';
import { describe, it } from 'vitest';
import { signVisitorIdentity } from './identity.js';
import { livechat } from './livechat.js';
import { connectVisitor, type Visitor } from './test-support/visitor.js';

const SECRET = 'conformance-secret-0123456789';

// The remote side is played by real `ws` clients: each customer address is a visitor
// signed in under that identifier, so the desk can also write first to an address.
const cases = channelConformance({
  async create() {
    const clock = createFakeClock();
    const adapter = livechat({ identitySecret: SECRET, allowedOrigins: '*' });
    const server = createServer();
    adapter.attach(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/parley/livechat`;
    const open: Visitor[] = [];
    const sessions = new Map<string, Visitor>();
    const signIn = async (address: string) => {
      const v = await connectVisitor(url);
      open.push(v);
      const welcome = await v.hello({
        identity: { identifier: address, identifier_hash: signVisitorIdentity(address, SECRET) },
      });
      return { v, welcome };
    };
    return {
      adapter,
      clock,
      async deliverText(from, text, externalId) {
        let v = sessions.get(from);
        if (!v) sessions.set(from, (v = (await signIn(from)).v));
        await v.say(text, externalId);
      },
      async sentTo(to): Promise<MessageContent[]> {
        // A fresh tab: what the visitor sees is the history the welcome brings back.
        const { v, welcome } = await signIn(to);
        await v.close();
        return welcome.history.filter((m) => m.dir === 'out').map((m) => m.content);
      },
      async close() {
        await Promise.all(open.map((v) => v.close()));
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  },
});

describe('livechat channel conformance', () => {
  for (const c of cases) it(`CH5: ${c.name}`, c.run);
});
