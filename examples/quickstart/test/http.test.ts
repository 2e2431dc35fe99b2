import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { resolvePort } from '../src/quickstart.js';
import { startTestQuickstart, useQuickstart } from './support/start.js';

const start = useQuickstart();
const root = fileURLToPath(new URL('..', import.meta.url));

/** Holds a loopback port, as another program would. */
async function busyPort(): Promise<{ port: number; release(): Promise<void> }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    release: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Opens a socket at `path`; resolves "open" or the handshake's HTTP status. */
function upgrade(url: string, path: string, origin?: string): Promise<string | number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(`${url.replace('http', 'ws')}${path}`, origin ? { origin } : {});
    ws.once('open', () => {
      ws.close();
      resolve('open');
    });
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('error', () => resolve('error'));
  });
}

describe('quickstart HTTP server', () => {
  it('CH5: serves the shop page with the widget tag, the console, and their scripts', async () => {
    const t = await start();
    const shop = await fetch(`${t.url}/`);
    expect(shop.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await shop.text();
    expect(html).toContain('<script src="/widget.js" data-channel="web"');
    expect(html).toContain('US$ 129');
    const consolePage = await (await fetch(`${t.url}/console/`)).text();
    expect(consolePage).toContain('<script type="module" src="/console/app.js">');
    for (const [path, type, marker] of [
      ['/widget.js', 'text/javascript', 'parley-livechat'],
      ['/console/app.js', 'text/javascript', '/api/conversations'],
      ['/console/app.css', 'text/css', '.rowbtn'],
    ] as const) {
      const res = await fetch(`${t.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain(type);
      expect(await res.text()).toContain(marker);
    }
    const missing = await fetch(`${t.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Try / (the shop) or /console/');
    expect((await fetch(`${t.url}/console/api/nope`)).status).toBe(404);
  });

  it('CH5: WebSocket upgrades are routed by path: live chat, the console feed, nothing else', async () => {
    const t = await start();
    expect(await upgrade(t.url, '/parley/livechat')).toBe('open');
    expect(await upgrade(t.url, '/console/ws')).toBe('open');
    expect(await upgrade(t.url, '/console/ws', t.url)).toBe('open');
    expect(await upgrade(t.url, '/console/ws', 'https://evil.example')).toBe(403);
    expect(await upgrade(t.url, '/elsewhere')).toBe(404);
  });

  it('a port in use is refused with a message that names another port', async () => {
    const busy = await busyPort();
    try {
      await expect(startTestQuickstart({ port: busy.port })).rejects.toMatchObject({
        code: 'CONFIG_INVALID',
        message: `Port ${busy.port} on 127.0.0.1 is already in use (another copy of this server, or another program). Stop it, or start on another port: PORT=${busy.port + 1} npm run quickstart.`,
      });
    } finally {
      await busy.release();
    }
  });

  it('npm run quickstart on a port in use prints what to do and exits 1, without a stack trace', async () => {
    const busy = await busyPort();
    try {
      const child = spawn(
        process.execPath,
        ['--conditions=@parley/source', '--import', 'tsx', 'src/main.ts'],
        {
          cwd: root,
          env: {
            ...process.env,
            PORT: String(busy.port),
            HOST: '127.0.0.1',
            OPENAI_API_KEY: '',
            OPENAI_BASE_URL: '',
          },
        },
      );
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const code = await new Promise((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(output).toContain(`quickstart: Port ${busy.port} on 127.0.0.1 is already in use`);
      expect(output).toContain(`PORT=${busy.port + 1} npm run quickstart`);
      expect(output).not.toMatch(/\n\s+at /);
    } finally {
      await busy.release();
    }
  }, 30_000);

  it('PORT comes from the environment (default 3000); a bad value says how to fix it', () => {
    expect(resolvePort(undefined, {})).toBe(3000);
    expect(resolvePort(undefined, { PORT: '8080' })).toBe(8080);
    expect(resolvePort(0, { PORT: '8080' })).toBe(0);
    expect(() => resolvePort(undefined, { PORT: 'eighty' })).toThrow(
      'PORT="eighty" is not a port number; use 1-65535, e.g. PORT=3001.',
    );
  });
});

describe('PARLEY_DATA_DIR', () => {
  it('PL3: conversations and visitor sessions survive a restart in the embedded Postgres', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-quickstart-'));
    try {
      const first = await startTestQuickstart({ env: { PARLEY_DATA_DIR: dir } });
      expect(first.storage).toBe(dir);
      const v = await first.visitor();
      await v.say('hi');
      await v.choose('3');
      await first.close();

      const second = await startTestQuickstart({ env: { PARLEY_DATA_DIR: dir } });
      try {
        const { items } = await second.desk.inbox.list();
        expect(items.map((i) => i.waitingForHuman)).toEqual([true]);
        const back = await second.visitor(v.token);
        expect(back.visitorId).toBe(v.visitorId);
        expect(back.history.map((m) => m.dir)).toEqual(['in', 'out', 'in', 'out']);
      } finally {
        await second.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
