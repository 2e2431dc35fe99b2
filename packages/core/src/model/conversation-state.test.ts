import { describe, expect, it } from 'vitest';
import {
  LEGACY_STATE_BAG,
  pluginState,
  readConversationState,
  withPluginState,
} from './conversation-state.js';

describe('conversation state', () => {
  it('keeps well-formed engine keys and plug-in bags as they are', () => {
    const state = {
      menu: { id: 'main', invalid: 1 },
      queuedAt: '2026-01-05T09:00:00.000Z',
      sales: [{ id: 's1', at: '2026-01-05T09:00:00.000Z', value: 10, currency: 'BRL' }],
      plugins: { campaigns: { step: 2 } },
    };
    expect(readConversationState(structuredClone(state))).toEqual(state);
  });

  it('reads an old row: free-form keys move to the legacy bag, malformed engine keys are dropped', () => {
    const old = {
      menu: { id: 'main', invalid: 0 },
      burst: 'not a burst',
      assistantFailures: '2',
      crmTicket: 'T-9',
      plugins: { legacy: { earlier: true }, webhooks: { n: 1 } },
    };
    expect(readConversationState(old)).toEqual({
      menu: { id: 'main', invalid: 0 },
      plugins: {
        webhooks: { n: 1 },
        [LEGACY_STATE_BAG]: { crmTicket: 'T-9', earlier: true },
      },
    });
    expect(readConversationState(undefined)).toEqual({});
    expect(readConversationState(['x'])).toEqual({});
  });

  it('gives each plug-in its own bag and never changes the state it was given', () => {
    const before = { queuedAt: 'x', plugins: { a: { n: 1 } } };
    const after = withPluginState(before, 'b', { step: 3 });
    expect(pluginState<{ step: number }>(after, 'b').step).toBe(3);
    expect(pluginState(after, 'a')).toEqual({ n: 1 });
    expect(pluginState(before, 'b')).toEqual({});
    expect(withPluginState(withPluginState(after, 'a', undefined), 'b', undefined)).toEqual({
      queuedAt: 'x',
    });
  });
});
