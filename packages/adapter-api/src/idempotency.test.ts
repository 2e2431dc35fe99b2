import { contentText, createMemoryStore, type Store } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { call, callNow, read, type SetupOptions, setupChannel } from './harness.test-support.js';
import { idempotent } from './http/idempotency.js';
import { json } from './http/respond.js';

const setup = (channel: SetupOptions['channel'] = {}, script?: SetupOptions['script']) =>
  setupChannel({ channel, contact: 'crm-1', ...(script && { script }) });

const open = (text: string, key: string) =>
  [
    'POST',
    '/contacts/crm-1/conversations',
    { message: { text } },
    { 'idempotency-key': key },
  ] as const;

async function inboundCount(desk: Awaited<ReturnType<typeof setup>>['desk']) {
  const rows = (await desk.inbox.list({ channelId: 'api' })).items;
  let n = 0;
  for (const row of rows) {
    n += (await desk.inbox.messages(row.conversation.id)).filter(
      (m) => m.direction === 'inbound',
    ).length;
  }
  return n;
}

describe('API channel: Idempotency-Key', () => {
  it('CH6: the same key and body answers the first response again and runs once', async () => {
    const { adapter, desk, receiver } = await setup();
    const first = await read(call(adapter, ...open('hello', 'key-1')));
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const second = await read(call(adapter, ...open('hello', 'key-1')));
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    // Key order does not make a body different.
    const reordered = await read(
      call(
        adapter,
        'POST',
        '/contacts/crm-1/conversations',
        '{ "message" : { "text": "hello" } }',
        {
          'idempotency-key': 'key-1',
        },
      ),
    );
    expect(reordered.body).toEqual(first.body);
    expect(await inboundCount(desk)).toBe(1);
    await adapter.webhook.idle();
    expect(receiver.events).toHaveLength(1);
  });

  it('CH6: the same key with another body or route is 409, and nothing is accepted', async () => {
    const { adapter, desk } = await setup();
    await call(adapter, ...open('hello', 'key-2'));
    const other = await read(call(adapter, ...open('something else', 'key-2')));
    expect(other).toMatchObject({ status: 409, body: { error: 'idempotency_key_reused' } });
    expect(other.body.message).toContain('new key');
    const route = await read(
      call(adapter, 'POST', '/contacts', { id: 'crm-2' }, { 'idempotency-key': 'key-2' }),
    );
    expect(route).toMatchObject({ status: 409, body: { error: 'idempotency_key_reused' } });
    expect((await call(adapter, 'GET', '/contacts/crm-2')).status).toBe(404);
    expect(await inboundCount(desk)).toBe(1);
  });

  it('CH6: a refusal is remembered too, and a created contact id is replayed, not regenerated', async () => {
    const { adapter } = await setup();
    const a = await read(
      call(adapter, 'POST', '/contacts', { name: 'Anon' }, { 'idempotency-key': 'c-1' }),
    );
    const b = await read(
      call(adapter, 'POST', '/contacts', { name: 'Anon' }, { 'idempotency-key': 'c-1' }),
    );
    expect(a.status).toBe(201);
    expect(b.body.contact.id).toBe(a.body.contact.id);
    const exists = await read(
      call(adapter, 'POST', '/contacts', { id: 'crm-1' }, { 'idempotency-key': 'c-2' }),
    );
    expect(exists.status).toBe(409);
    const again = await read(
      call(adapter, 'POST', '/contacts', { id: 'crm-1' }, { 'idempotency-key': 'c-2' }),
    );
    expect(again).toMatchObject({ status: 409, body: { error: 'contact_exists' } });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('CH6: while the first request runs, the same key is 409 in use; afterwards it replays', async () => {
    // The request runs until its message is recorded: hold the record back.
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const memory = createMemoryStore();
    const store: Store = {
      ...memory,
      async appendMessage(message) {
        if (contentText(message.content) === 'slow') await gate;
        await memory.appendMessage(message);
      },
    };
    const { adapter, desk } = await setupChannel({ contact: 'crm-1', store });
    const first = callNow(adapter, ...open('slow', 'key-3'));
    for (
      let i = 0;
      i < 50 && (await desk.inbox.list({ channelId: 'api' })).items.length === 0;
      i++
    ) {
      await new Promise((r) => setImmediate(r));
    }
    const during = await read(callNow(adapter, ...open('slow', 'key-3')));
    expect(during).toMatchObject({ status: 409, body: { error: 'idempotency_key_in_use' } });
    expect(during.headers.get('retry-after')).toBe('1');
    const differentWhileRunning = await read(callNow(adapter, ...open('other', 'key-3')));
    expect(differentWhileRunning.body.error).toBe('idempotency_key_reused');
    release();
    expect((await first).status).toBe(201);
    expect(
      (await read(call(adapter, ...open('slow', 'key-3')))).headers.get('idempotent-replayed'),
    ).toBe('true');
    expect(await inboundCount(desk)).toBe(1);
  });

  it('CH6: once the key expires, a retry without a message id is still deduplicated by the engine', async () => {
    const { adapter, desk, clock } = await setup({ idempotencyTtlMs: 60_000 });
    const first = await read(call(adapter, ...open('hello', 'key-4')));
    await clock.advance(61_000);
    const late = await read(call(adapter, ...open('hello', 'key-4')));
    expect(late.headers.get('idempotent-replayed')).toBeNull();
    expect(late.body).toMatchObject({
      status: 'duplicate',
      message: { externalId: first.body.message.externalId },
    });
    expect(await inboundCount(desk)).toBe(1);
  });

  it('CH6: a malformed Idempotency-Key is 400', async () => {
    const { adapter } = await setup();
    for (const key of ['has space', 'x'.repeat(256), 'ünï']) {
      const r = await read(call(adapter, ...open('hi', key)));
      expect(r).toMatchObject({ status: 400, body: { error: 'invalid_idempotency_key' } });
    }
  });

  it('CH6: a 5xx is not remembered: the retry runs again', async () => {
    const clock = createFakeClock();
    const store = createMemoryStore({ clock });
    const kv = store.kv('test');
    const ctx = { kv, claim: (key: string, ttl: number) => store.claim(key, ttl) };
    let runs = 0;
    const handle = async () => (++runs === 1 ? json({ error: 'x' }, 503) : json({ ok: runs }, 201));
    expect((await idempotent(ctx, 'k', 'fp', 60_000, handle)).status).toBe(503);
    expect((await idempotent(ctx, 'k', 'fp', 60_000, handle)).status).toBe(201);
    const replay = await idempotent(ctx, 'k', 'fp', 60_000, handle);
    expect(await replay.json()).toEqual({ ok: 2 });
    expect(runs).toBe(2);
    // A thrown error is a failure as well: the key stays usable.
    const boom = async () => {
      throw new Error('boom');
    };
    await expect(idempotent(ctx, 'k2', 'fp', 60_000, boom)).rejects.toThrow('boom');
    expect((await idempotent(ctx, 'k2', 'fp', 60_000, handle)).status).toBe(201);
  });
});
