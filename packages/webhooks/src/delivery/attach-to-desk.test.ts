import { describe, expect, it } from 'vitest';
import { attachToDesk, type EventSource } from './attach-to-desk.js';
import { setup } from './test-setup.js';

function fakeDesk() {
  const listeners = new Set<(type: string, payload: unknown) => unknown>();
  const desk: EventSource = {
    onAny(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const emit = (type: string, payload: unknown) => {
    for (const l of listeners) l(type, payload);
  };
  return { desk, emit, count: () => listeners.size };
}

describe('OB1 desk events to webhooks', () => {
  it('OB1: desk events are delivered to the tenant of their conversation, as noun.verb types', async () => {
    const s = await setup({ types: ['conversation.*', 'message.sent'] });
    const { desk, emit } = fakeDesk();
    const detach = attachToDesk(desk, s.delivery);
    const at = new Date('2026-01-05T08:00:00Z');
    emit('conversation.solved', {
      conversation: { id: 'c1', tenantId: 't1', updatedAt: at },
      by: 'op1',
    });
    emit('message.sent', { message: { id: 'm1', tenantId: 't1', media: new Uint8Array(2048) } });
    emit('message.received', { message: { id: 'm2', tenantId: 't1' } });
    emit('conversation.opened', { conversation: { id: 'c9', tenantId: 'other' } });
    emit('error', { error: new Error('x'), stage: 'turn' });
    // deliver() runs asynchronously after the emit; let it reach the store.
    await new Promise((r) => setImmediate(r));
    await s.delivery.idle();
    const bodies = s.receiver.requests.map((r) => JSON.parse(r.body));
    expect(bodies.map((b) => b.type).sort()).toEqual(['conversation.solved', 'message.sent']);
    const solved = bodies.find((b) => b.type === 'conversation.solved');
    expect(solved.data).toEqual({
      conversation: { id: 'c1', tenantId: 't1', updatedAt: at.toISOString() },
      by: 'op1',
    });
    const sent = bodies.find((b) => b.type === 'message.sent');
    expect(sent.data.message.media).toEqual({ omitted: 'binary', byteLength: 2048 });
    detach();
    emit('conversation.solved', { conversation: { id: 'c2', tenantId: 't1' } });
    await new Promise((r) => setImmediate(r));
    await s.delivery.idle();
    expect(s.receiver.requests).toHaveLength(2);
  });

  it('OB1: tenantOf and include choose; a refused event is reported, never thrown', async () => {
    const s = await setup();
    const { desk, emit } = fakeDesk();
    const errors: Array<[unknown, string]> = [];
    attachToDesk(desk, s.delivery, {
      tenantOf: (payload) => (payload as { shop: string }).shop,
      include: (type) => type !== 'conversation.read',
      onError: (error, type) => void errors.push([error, type]),
    });
    emit('conversation.read', { shop: 't1' });
    emit('csat.submitted', { shop: 't1', score: 5 });
    emit('message.sent', { shop: 't1', self: undefined, big: 'x'.repeat(300 * 1024) });
    await new Promise((r) => setImmediate(r));
    await s.delivery.idle();
    expect(s.receiver.requests.map((r) => JSON.parse(r.body).type)).toEqual(['csat.submitted']);
    expect(errors).toHaveLength(1);
    expect(errors[0]![1]).toBe('message.sent');
    expect(String(errors[0]![0])).toMatch(/maxPayloadBytes/);
  });
});
