import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { listen, ParleyError } from '../src/index.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers
      .splice(0)
      .map(
        (s) => new Promise<void>((resolve) => (s.listening ? s.close(() => resolve()) : resolve())),
      ),
  );
});
function server(): Server {
  const s = createServer((_req, res) => res.end('ok'));
  servers.push(s);
  return s;
}

describe('listen', () => {
  it('binds loopback by default and reports the bound port', async () => {
    const s = server();
    const at = await listen(s, { port: 0 });
    expect(at.host).toBe('127.0.0.1');
    expect(at.port).toBeGreaterThan(0);
    expect(at.url).toBe(`http://localhost:${at.port}`);
    expect(await (await fetch(`http://127.0.0.1:${at.port}/`)).text()).toBe('ok');
  });

  it('turns a taken port into a CONFIG_INVALID error that says how to pick another', async () => {
    const first = await listen(server(), { port: 0 });
    const second = server();
    const error = await listen(second, {
      port: first.port,
      hint: (next) => `run PORT=${next} npm start`,
    }).catch((e: unknown) => e);
    expect(ParleyError.isInstance(error)).toBe(true);
    expect((error as ParleyError).code).toBe('CONFIG_INVALID');
    expect((error as ParleyError).message).toContain(
      `Port ${first.port} on 127.0.0.1 is already in use`,
    );
    expect((error as ParleyError).message).toContain(`run PORT=${first.port + 1} npm start`);
    // The server is still usable: a second attempt on a free port succeeds.
    const retry = await listen(second, { port: 0 });
    expect(retry.port).not.toBe(first.port);
  });
});
