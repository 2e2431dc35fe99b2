import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../test/support/targets.js';
import { until } from '../../test/support/until.js';
import { createFanout, type FanoutMessage } from './fanout.js';

for (const target of targets()) {
  describe(`fan-out on ${target.name}`, () => {
    beforeAll(() => target.setup());
    afterAll(() => target.teardown());

    it('delivers to exact and prefix subscribers, keeps dates and bytes, stops after unsubscribe', async () => {
      const store = await target.open({});
      const fanout = await createFanout({ store });
      const got: FanoutMessage[] = [];
      const all: string[] = [];
      const off = fanout.subscribe('conversation:c1', (m) => {
        got.push(m);
      });
      fanout.subscribe('tenant:acme:*', (m) => {
        all.push(m.topic);
      });
      const sentAt = new Date('2026-01-05T09:00:00Z');
      await fanout.publish('conversation:c1', { text: 'Olá', sentAt, bytes: new Uint8Array([7]) });
      await fanout.publish('conversation:c2', { text: 'not for c1' });
      await fanout.publish('tenant:acme:inbox', { changed: 'c1' });
      await fanout.publish('tenant:other:inbox', { changed: 'c9' });
      await until(() => got.length === 1 && all.length === 1);
      expect(got[0]).toMatchObject({ topic: 'conversation:c1', origin: fanout.origin });
      const payload = got[0]!.payload as { text: string; sentAt: Date; bytes: Uint8Array };
      expect(payload.text).toBe('Olá');
      expect(payload.sentAt).toEqual(sentAt);
      expect([...payload.bytes]).toEqual([7]);
      expect(all).toEqual(['tenant:acme:inbox']);
      off();
      await fanout.publish('conversation:c1', { text: 'after unsubscribe' });
      await fanout.publish('tenant:acme:inbox', { changed: 'marker' });
      await until(() => all.length === 2);
      expect(got).toHaveLength(1);
      await expect(fanout.publish('tenant:*', {})).rejects.toThrow(/concrete topic/);
      await fanout.close();
    });

    it('carries payloads larger than NOTIFY allows, in order with small ones', async () => {
      const store = await target.open({});
      const fanout = await createFanout({ store });
      const seen: number[] = [];
      fanout.subscribe<{ n: number; blob: string }>('t', (m) => {
        seen.push(m.payload.n);
        if (m.payload.n % 3 === 0) expect(m.payload.blob).toHaveLength(20_000);
      });
      for (let n = 0; n < 12; n++)
        await fanout.publish('t', { n, blob: n % 3 === 0 ? 'x'.repeat(20_000) : '' });
      await until(() => seen.length === 12);
      expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      await fanout.close();
    });

    it.runIf(target.server)(
      'PL3: a visitor on process A sees an operator reply sent through process B',
      async () => {
        const schema = target.schema('fan');
        const processA = await createFanout({ store: await target.open({ schema }) });
        const processB = await createFanout({ store: await target.open({ schema }) });
        const visitorSaw: string[] = [];
        processA.subscribe<{ text: string }>('conversation:v1', (m) => {
          visitorSaw.push(`${m.payload.text} (from ${m.origin === processB.origin ? 'B' : '?'})`);
        });
        await processB.publish('conversation:v1', { text: 'Hi, this is Rita from support' });
        await until(() => visitorSaw.length === 1);
        expect(visitorSaw).toEqual(['Hi, this is Rita from support (from B)']);
        await processA.close();
        await processB.close();
      },
    );
  });
}
