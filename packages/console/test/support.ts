import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDesk, type TestDesk } from '@parley/core/testing';
import {
  createConsole,
  hashPassword,
  nodeHandler,
  type ParleyConsole,
  passwordLogin,
} from '../src/index.js';

export interface TestConsole {
  t: TestDesk;
  console: ParleyConsole;
  url: string;
  server: Server;
  close(): Promise<void>;
}

let hashes: Promise<string[]> | undefined;
/** Hashing is slow on purpose (scrypt): the test accounts are hashed once per file. */
const passwords = () =>
  (hashes ??= Promise.all(['maria-secret-1', 'joao-secret-1', 'zed-secret-12'].map(hashPassword)));

/**
 * A desk with two teams (support: Maria, João; sales: Rita), a second tenant with Zed,
 * and the console with the built-in sign-in on a real loopback server.
 */
export async function startTestConsole(now?: string): Promise<TestConsole> {
  const t = await createTestDesk({
    ...(now !== undefined && { now }),
    tenants: [{ id: 'other' }],
    teams: [
      {
        id: 'support',
        name: 'Support',
        operators: [
          { id: 'maria', name: 'Maria', presence: 'online' },
          { id: 'joao', name: 'João', presence: 'online' },
        ],
      },
      { id: 'sales', name: 'Sales', operators: [{ id: 'rita', name: 'Rita', presence: 'away' }] },
      { id: 'elsewhere', tenantId: 'other', operators: [{ id: 'zed', name: 'Zed' }] },
    ],
    script: (input) => {
      const text = input.turn
        .map((m) => (m.content.type === 'text' ? m.content.text : ''))
        .join(' ');
      if (/human|person|humano/i.test(text))
        return {
          type: 'handoff',
          reason: 'customer asked',
          message: 'Passing you to our team.',
          summary: 'Wants a person.',
        };
      return {
        type: 'reply',
        messages: [{ type: 'text', text: `AI: ${text}` }],
        usage: [{ model: 'test', inputTokens: 120, outputTokens: 30, cost: 0.0015 }],
      };
    },
  });
  const [maria, joao, zed] = await passwords();
  const console = createConsole({
    desk: t.desk,
    title: 'Test Shop',
    login: passwordLogin({
      secureCookie: false,
      operators: [
        { username: 'maria', passwordHash: maria!, id: 'maria', name: 'Maria', role: 'admin' },
        { username: 'joao', passwordHash: joao!, id: 'joao', name: 'João' },
        { username: 'zed', passwordHash: zed!, id: 'zed', name: 'Zed', tenantId: 'other' },
      ],
    }),
  });
  const handler = nodeHandler(console);
  const server = createServer((req, res) => handler(req, res));
  server.on('upgrade', (req, socket, head) => {
    if (!console.handleUpgrade(req, socket, head)) socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    t,
    console,
    url,
    server,
    async close() {
      console.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.desk.stop();
    },
  };
}

/** Signs in with the built-in form; returns the cookie and the CSRF token. */
export async function signIn(url: string, username: string, password: string) {
  const res = await fetch(`${url}/console/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: url },
    body: new URLSearchParams({ username, password }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const me = await fetch(`${url}/console/api/me`, { headers: { cookie } });
  const body = (await me.json()) as { csrf: string };
  return { status: res.status, cookie, csrf: body.csrf, setCookie: res.headers.get('set-cookie') };
}
