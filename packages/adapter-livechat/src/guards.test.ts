import { describe, expect, it } from 'vitest';
import { originGuard } from './server/guards.js';
import { type Harness, useHarness } from './test-support/harness.js';
import type { Visitor } from './test-support/visitor.js';

const start = useHarness();

/** A bystander who must keep being answered whatever another client does. */
async function bystander(t: Harness, localAddress = '127.0.0.9'): Promise<Visitor> {
  const v = await t.visitor({ localAddress });
  await v.hello();
  return v;
}
async function stillServed(v: Visitor, text = 'still there?') {
  expect(await v.say(text)).toBe('accepted');
  const reply = await v.next(
    'message',
    (f) =>
      f.message.dir === 'out' &&
      'text' in f.message.content &&
      f.message.content.text === `echo: ${text}`,
  );
  expect(reply).toBeDefined();
}

describe('live chat guards', () => {
  it('P-18: allowedOrigins defaults to deny; "*" is an explicit, logged opt-in', async () => {
    const denyAll = originGuard(undefined);
    expect(denyAll('https://shop.example')).toBe(false);
    expect(denyAll(undefined)).toBe(false);
    expect(originGuard('*')('https://anyone.example')).toBe(true);
    const listed = originGuard(['https://shop.example']);
    expect(listed('https://shop.example')).toBe(true);
    expect(listed('https://evil.example')).toBe(false);
    const t = await start({ chat: { allowedOrigins: undefined } });
    await expect(t.visitor({ origin: 'https://shop.example' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(t.visitor()).rejects.toMatchObject({ status: 403 });
  });

  it('CH5: only allowed origins may open the socket; no Origin header is refused too', async () => {
    const t = await start({ chat: { allowedOrigins: ['https://shop.example'] } });
    const ok = await t.visitor({ origin: 'https://shop.example' });
    await ok.hello();
    await expect(t.visitor({ origin: 'https://evil.example' })).rejects.toMatchObject({
      status: 403,
    });
    await expect(t.visitor()).rejects.toMatchObject({ status: 403 });
    expect(t.refused.map((r) => [r.code, r.reason])).toEqual([
      [403, 'origin not allowed'],
      [403, 'origin not allowed'],
    ]);
    await stillServed(ok);
  });

  it('P-18, CH5: a frame above maxPayload closes that socket with 1009; others go on', async () => {
    const t = await start({ chat: { maxPayloadBytes: 1024 } });
    const other = await bystander(t);
    const v = await t.visitor();
    await v.hello();
    v.send({ type: 'message', id: 'big', content: { type: 'text', text: 'x'.repeat(2000) } });
    expect((await v.closed).code).toBe(1009);
    expect(t.refused.at(-1)).toMatchObject({ code: 1009, reason: 'frame too big' });
    await stillServed(other);
  });

  it('CH5: a text longer than maxMessageChars closes the socket with 1009 and a reason', async () => {
    const t = await start({ chat: { maxMessageChars: 100 } });
    const v = await t.visitor();
    const welcome = await v.hello();
    expect(welcome.maxMessageChars).toBe(100);
    v.send({ type: 'message', id: 'long', content: { type: 'text', text: 'y'.repeat(101) } });
    expect(await v.closed).toEqual({ code: 1009, reason: 'message too long (max 100 chars)' });
    expect(t.assistant.calls).toHaveLength(0);
  });

  it('P-18, CH5: a client over its per-connection rate is closed with 4429; the rate refills on the clock', async () => {
    const t = await start({ chat: { rate: { burst: 5, perSecond: 1 } } });
    const other = await bystander(t);
    const calm = await t.visitor();
    await calm.hello(); // 1 token
    for (let i = 0; i < 4; i++) calm.send({ type: 'typing', on: i % 2 === 0 });
    await t.clock.advance(3_000); // 3 tokens back
    expect(await calm.say('calm')).toBe('accepted');

    const flood = await t.visitor();
    await flood.hello();
    for (let i = 0; i < 5; i++) flood.send({ type: 'typing', on: true });
    expect(await flood.closed).toEqual({ code: 4429, reason: 'rate limit exceeded, slow down' });
    await stillServed(other);
  });

  it('CH5: the per-IP rate counts every socket of that IP; other IPs are untouched', async () => {
    const t = await start({ chat: { ipRate: { burst: 8, perSecond: 1 } } });
    const other = await bystander(t, '127.0.0.9');
    const a = await t.visitor({ localAddress: '127.0.0.2' }); // connect: 1
    const b = await t.visitor({ localAddress: '127.0.0.2' }); // connect: 2
    await a.hello(); // 3
    await b.hello(); // 4
    let typed = 0;
    const allTyped = new Promise<void>((resolve) =>
      t.chat.on('visitor.typing', () => {
        if (++typed === 4) resolve();
      }),
    );
    for (let i = 0; i < 4; i++) a.send({ type: 'typing', on: true }); // 5..8
    await allTyped;
    b.send({ type: 'typing', on: true }); // 9: over
    expect(await b.closed).toEqual({ code: 4429, reason: 'rate limit exceeded, slow down' });
    await expect(t.visitor({ localAddress: '127.0.0.2' }).then((v) => v.closed)).resolves.toEqual({
      code: 4429,
      reason: 'connecting too often, slow down',
    });
    await stillServed(other);
  });

  it('CH5: the connection cap closes extra sockets with 1013; so does the per-IP cap', async () => {
    const t = await start({ chat: { maxConnections: 3, maxConnectionsPerIp: 2 } });
    const first = await t.visitor({ localAddress: '127.0.0.2' });
    await first.hello();
    await t.visitor({ localAddress: '127.0.0.2' });
    const thirdFromIp = await t.visitor({ localAddress: '127.0.0.2' });
    expect(await thirdFromIp.closed).toEqual({
      code: 1013,
      reason: 'too many connections from your address',
    });
    await t.visitor({ localAddress: '127.0.0.3' });
    const overCap = await t.visitor({ localAddress: '127.0.0.4' });
    expect(await overCap.closed).toEqual({ code: 1013, reason: 'server full, try again later' });
    expect(t.chat.connections).toBe(3);
    await stillServed(first);
  });

  it('CH5: bad JSON, an unknown frame, a binary frame or a message before hello close only that socket (4400)', async () => {
    const t = await start();
    const other = await bystander(t);
    const cases: Array<[string | Buffer | object, string, boolean]> = [
      ['{not json', 'invalid JSON', true],
      [{ type: 'shout', text: 'hi' }, 'invalid frame: type: Invalid discriminator value', true],
      [Buffer.from([1, 2, 3]), 'binary frames are not supported', true],
      [
        { type: 'message', id: 'x', content: { type: 'text', text: 'hi' } },
        'send hello first',
        false,
      ],
      [{ type: 'hello', v: 2 }, 'protocol version 2 is not supported; this server speaks 1', false],
      [{ type: 'hello', v: 1, channel: 'other' }, 'this endpoint serves channel "web"', false],
      [{ type: 'hello', v: 1 }, 'hello sent twice', true],
    ];
    for (const [frame, reason, helloFirst] of cases) {
      const v = await t.visitor();
      if (helloFirst) await v.hello();
      if (Buffer.isBuffer(frame)) v.ws.send(frame, { binary: true });
      else v.send(frame);
      const closed = await v.closed;
      expect(closed.code, reason).toBe(4400);
      expect(closed.reason.startsWith(reason.slice(0, 40)), `${closed.reason} vs ${reason}`).toBe(
        true,
      );
    }
    await stillServed(other);
  });

  it('CH5: a socket that never says hello is closed with 4408 after helloTimeoutMs', async () => {
    const t = await start({ chat: { helloTimeoutMs: 500 } });
    const silent = await t.visitor();
    await t.clock.advance(500);
    expect(await silent.closed).toEqual({ code: 4408, reason: 'no hello in time' });
  });

  it('P-18, CH5: the heartbeat terminates sockets that stop answering pings; live ones stay', async () => {
    const t = await start({ chat: { heartbeatMs: 1_000 } });
    const typed = () =>
      new Promise<void>((resolve) => t.chat.on('visitor.typing', () => resolve()));
    const live = await t.visitor();
    await live.hello();
    const dead = await t.visitor({ autoPong: false });
    await dead.hello();

    await t.clock.advance(1_000);
    await live.next('ping');
    await dead.next('ping');
    // Frames are handled in order: once this typing frame is seen, the pong was too.
    const seen = typed();
    live.send({ type: 'typing', on: false });
    await seen;

    await t.clock.advance(1_000);
    expect((await dead.closed).code).toBe(1006);
    expect(t.refused).toMatchObject([{ code: 4408, reason: 'heartbeat timeout' }]);
    await live.next('ping');
    expect(live.ws.readyState).toBe(live.ws.OPEN);
    expect(t.chat.connections).toBe(1);
  });

  it('CH5: the client IP can come from the host (behind a proxy) for per-IP limits', async () => {
    const t = await start({
      chat: {
        maxConnectionsPerIp: 1,
        clientIp: (req) =>
          String(req.headers['x-forwarded-for'] ?? '')
            .split(',')[0]
            ?.trim() || undefined,
      },
    });
    const a = await t.visitor({ headers: { 'x-forwarded-for': '203.0.113.7' } });
    await a.hello();
    const b = await t.visitor({ headers: { 'x-forwarded-for': '203.0.113.8' } });
    await b.hello();
    const c = await t.visitor({ headers: { 'x-forwarded-for': '203.0.113.7, 10.0.0.1' } });
    expect((await c.closed).code).toBe(1013);
    expect(t.refused.at(-1)?.ip).toBe('203.0.113.7');
  });
});
