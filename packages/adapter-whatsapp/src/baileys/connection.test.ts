import { createMemoryStore, ParleyError } from '@parley/core';
import { createFakeClock, flushMicrotasks } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { BUSINESS, baileysDesk } from '../test-helpers.js';

const states = (s: Array<{ state: string }>) => s.map((u) => u.state);

describe('Baileys linking and reconnection', () => {
  it('CH1: an unlinked number shows a QR code, then connects once the phone scans it', async () => {
    const t = await baileysDesk({ fake: { autoLink: false } });
    const qr = t.statuses.find((s) => s.state === 'qr');
    expect(qr?.qr).toMatch(/^2@fake-qr-1/);
    expect(qr?.detail).toMatch(/Linked devices/);
    expect(states(t.statuses)).not.toContain('connected');

    t.fake.current.link(); // creds registered, then 515 restart required
    await flushMicrotasks();
    expect(t.fake.sockets).toHaveLength(2);
    expect(states(t.statuses).at(-1)).toBe('connected');
    const stored = (await t.kv.get<{ registered: boolean; me: { id: string } }>('auth:creds'))!;
    expect(stored.registered).toBe(true);
    expect(stored.me.id).toBe('5521988776655:12@s.whatsapp.net');
    await t.desk.stop();
  });

  it('CH1: linking by pairing code shows the code instead of a QR', async () => {
    const t = await baileysDesk({ fake: { autoLink: false }, transport: { link: 'pairing-code' } });
    await flushMicrotasks();
    expect(t.fake.current.pairingRequests).toEqual(['5521988776655']);
    const update = t.statuses.find((s) => s.state === 'pairing-code');
    expect(update?.pairingCode).toBe('PRLY4CDE');
    expect(update?.detail).toMatch(/Link with phone number/);
    expect(states(t.statuses)).not.toContain('qr');
    t.fake.current.showQr('2@refreshed'); // QR refreshes must not ask for a new code
    expect(t.fake.current.pairingRequests).toHaveLength(1);
    await t.desk.stop();
  });

  it('P-20, CH1: auth state survives a restart: a new adapter over the same store resumes without a QR', async () => {
    const clock = createFakeClock();
    const store = createMemoryStore({ clock });
    const first = await baileysDesk({ store, clock });
    const auth = first.fake.current.config.auth;
    await auth.keys.set({
      'pre-key': { '7': { public: Buffer.from([1, 2, 3]), private: Buffer.from([4, 5, 6]) } },
      session: { '5511987654321.0': Buffer.from('session-bytes') },
    });
    auth.creds.nextPreKeyId = 42;
    first.fake.current.emit('creds.update', { nextPreKeyId: 42 });
    const noiseKey = Buffer.from(auth.creds.noiseKey.private);
    await first.desk.stop();

    const second = await baileysDesk({ store, clock, fake: { autoLink: false } });
    expect(second.fake.sockets).toHaveLength(1);
    expect(states(second.statuses)).toEqual(['connecting', 'connected']);
    const resumed = second.fake.current.config.auth;
    expect(resumed.creds.registered).toBe(true);
    expect(resumed.creds.nextPreKeyId).toBe(42);
    expect(Buffer.isBuffer(resumed.creds.noiseKey.private)).toBe(true);
    expect(Buffer.compare(Buffer.from(resumed.creds.noiseKey.private), noiseKey)).toBe(0);
    const keys = await resumed.keys.get('pre-key', ['7', '8']);
    expect([...keys['7']!.private]).toEqual([4, 5, 6]);
    expect(keys['8']).toBeUndefined();
    const session = await resumed.keys.get('session', ['5511987654321.0']);
    expect(Buffer.from(session['5511987654321.0']!).toString()).toBe('session-bytes');
    await resumed.keys.set({ 'pre-key': { '7': null } });
    expect(await store.kv('channel:wa').get('auth:keys:pre-key:7')).toBeUndefined();
    await second.desk.stop();
  });

  it('P-21, CH1: logged out (401) stops, purges the credentials and asks for a new link', async () => {
    const t = await baileysDesk();
    expect((await t.kv.list('auth:')).length).toBeGreaterThan(0);
    t.fake.current.close(401, 'Connection Failure');
    await flushMicrotasks();
    const last = t.statuses.at(-1)!;
    expect(last.state).toBe('logged-out');
    expect(last.detail).toMatch(/scan a new QR code/);
    expect(await t.kv.list('auth:')).toEqual([]);
    await t.clock.advance(3_600_000);
    expect(t.fake.sockets).toHaveLength(2); // the one before linking, the linked one: no reconnect
    const error = await t.desk
      .send({ channelId: 'wa', to: '+5511987654321' }, 'hello')
      .catch((e) => e);
    expect(ParleyError.hasCode(error, 'CHANNEL_UNAVAILABLE')).toBe(true);
    expect(error.message).toMatch(/logged out/);
    await t.desk.stop();

    // Starting again links anew: a QR, because the credentials are gone.
    const again = await baileysDesk({ store: t.store, clock: t.clock, fake: { autoLink: false } });
    expect(states(again.statuses)).toContain('qr');
    await again.desk.stop();
  });

  it('CH1: connection replaced (440) stops: another process owns the number', async () => {
    const t = await baileysDesk();
    const before = t.fake.sockets.length;
    t.fake.current.close(440, 'Stream Errored (conflict)');
    await flushMicrotasks();
    expect(t.statuses.at(-1)).toMatchObject({
      state: 'disconnected',
      data: { reason: 'connectionReplaced' },
    });
    expect(t.statuses.at(-1)!.detail).toMatch(/one process/);
    await t.clock.advance(3_600_000);
    expect(t.fake.sockets).toHaveLength(before);
    expect((await t.kv.list('auth:')).length).toBeGreaterThan(0); // credentials kept
    await t.desk.stop();
  });

  it('P-21, CH1: restart required (515) reconnects at once, on the same credentials', async () => {
    const t = await baileysDesk();
    const before = t.fake.sockets.length;
    t.fake.current.close(515);
    await flushMicrotasks();
    expect(t.fake.sockets).toHaveLength(before + 1);
    expect(t.fake.current.config.auth.creds).toBe(t.fake.sockets[before - 1]!.config.auth.creds);
    expect(states(t.statuses).at(-1)).toBe('connected');
    await t.desk.stop();
  });

  it.each([
    [408, 'connectionLost/timedOut'],
    [428, 'connectionClosed'],
    [500, 'badSession'],
    [503, 'unavailableService'],
    [411, 'multideviceMismatch'],
    [403, 'forbidden'],
  ])(
    'CH1: disconnect %i (%s) reconnects after a jittered back-off on the clock',
    async (code, reason) => {
      const t = await baileysDesk({ fake: { autoOpen: false } });
      t.fake.current.open();
      const before = t.fake.sockets.length;
      t.fake.current.close(code);
      await flushMicrotasks();
      // base 2 s, equal jitter with random 0.5 → 1.5 s
      expect(t.statuses.at(-1)).toMatchObject({
        state: 'disconnected',
        data: { code, reason, attempt: 1, delayMs: 1500 },
      });
      await t.clock.advance(1499);
      expect(t.fake.sockets).toHaveLength(before);
      await t.clock.advance(1);
      expect(t.fake.sockets).toHaveLength(before + 1);
      // Fails again before opening: the delay doubles.
      t.fake.current.close(code);
      await flushMicrotasks();
      expect(t.statuses.at(-1)).toMatchObject({ data: { attempt: 2, delayMs: 3000 } });
      await t.clock.advance(3000);
      t.fake.current.open();
      await flushMicrotasks();
      expect(states(t.statuses).at(-1)).toBe('connected');
      // Once connected, the next drop starts from the base delay again.
      t.fake.current.close(code);
      await flushMicrotasks();
      expect(t.statuses.at(-1)).toMatchObject({ data: { attempt: 1, delayMs: 1500 } });
      await t.desk.stop();
    },
  );

  it('CH1: a send while reconnecting waits for the connection, and gives up after connectWaitMs', async () => {
    const t = await baileysDesk({
      fake: { autoOpen: false },
      transport: { connectWaitMs: 10_000 },
    });
    t.fake.current.open();
    t.fake.current.close(408);
    await flushMicrotasks();
    const sent = t.desk.send({ channelId: 'wa', to: '+5511987654321' }, 'are you there?');
    await flushMicrotasks();
    await t.clock.advance(1500);
    t.fake.current.open();
    await sent;
    expect(t.fake.current.sentTo('5511987654321@s.whatsapp.net')).toEqual([
      { type: 'text', text: 'are you there?' },
    ]);

    t.fake.current.close(408);
    await flushMicrotasks();
    const late = t.desk.send({ channelId: 'wa', to: '+5511987654321' }, 'again').catch((e) => e);
    await flushMicrotasks();
    await t.clock.advance(1500); // reconnects, but the new socket never opens
    await t.clock.advance(10_000);
    const error = await late;
    expect(ParleyError.hasCode(error, 'CHANNEL_UNAVAILABLE')).toBe(true);
    expect(error.message).toMatch(/reconnecting/);
    await t.desk.stop();
  });

  it('CH1: a phone other than the configured number is logged out', async () => {
    const t = await baileysDesk({ fake: { me: '+6281234567890' } });
    await flushMicrotasks();
    const error = t.statuses.find((s) => s.state === 'error');
    expect(error?.detail).toMatch(/\+6281234567890.*\+5521988776655/);
    expect(t.fake.current.loggedOut).toBe(true);
    expect(states(t.statuses)).not.toContain('connected');
    expect(states(t.statuses).at(-1)).toBe('logged-out');
    expect(BUSINESS).toBe('+5521988776655');
    await t.desk.stop();
  });

  it('CH1: stopping the desk closes the socket and never reconnects', async () => {
    const t = await baileysDesk();
    const before = t.fake.sockets.length;
    await t.desk.stop();
    expect(t.fake.current.ended).toBe(true);
    await t.clock.advance(3_600_000);
    expect(t.fake.sockets).toHaveLength(before);
  });
});
