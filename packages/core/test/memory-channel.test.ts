import { describe, expect, it } from 'vitest';
import { createTestDesk } from '../src/testing/index.js';

describe('memory channel harness', () => {
  it('CH8: a test sends as a customer and awaits the reply without sleeping', async () => {
    const t = await createTestDesk({ script: ['Halo! Ada yang bisa dibantu?'] });
    const ana = t.customer('ana', { name: 'Ana' });
    const outcome = await ana.send('halo');
    expect(outcome.status).toBe('accepted');
    expect(ana.texts()).toEqual(['Halo! Ada yang bisa dibantu?']);
    expect(t.assistant.calls).toHaveLength(1);
    expect(t.assistant.calls[0]?.contact.name).toBe('Ana');
    expect(t.errors).toEqual([]);
  });

  it('CH8: the assistant sees the history of the conversation', async () => {
    const t = await createTestDesk();
    const bob = t.customer('bob');
    await bob.send('one');
    await bob.send('two');
    const history = t.assistant.calls[1]?.history.map((m) =>
      m.content.type === 'text' ? m.content.text : '',
    );
    expect(history).toEqual(['one', 'echo: one', 'two']);
  });

  it('CH8: a native menu choice reaches the pipeline as a choice', async () => {
    const t = await createTestDesk({
      script: (input) =>
        `picked ${input.turn[0]?.content.type === 'choice' ? input.turn[0].content.optionId : '?'}`,
    });
    const c = t.customer('c');
    await c.choose('sales', 'Sales');
    expect(c.lastText()).toBe('picked sales');
  });

  it('CH8: a menu on a channel without native menus arrives as numbered text', async () => {
    const t = await createTestDesk({
      channel: { capabilities: { menus: 'none' } },
      script: [
        {
          type: 'reply',
          messages: [
            {
              type: 'menu',
              text: 'Choose',
              options: [
                { id: 'a', title: 'Sales' },
                { id: 'b', title: 'Support' },
              ],
            },
          ],
        },
      ],
    });
    const c = t.customer('c');
    await c.send('hi');
    expect(c.received[0]?.content).toEqual({
      type: 'text',
      text: 'Choose\n\n1. Sales\n2. Support',
    });
  });

  it('CH8: sending before the desk starts says what to do', async () => {
    const { memoryChannel } = await import('../src/channels/memory-channel.js');
    const channel = memoryChannel();
    expect(() => channel.customer('x').send('hi')).toThrow(/desk\.start\(\)/);
  });
});
