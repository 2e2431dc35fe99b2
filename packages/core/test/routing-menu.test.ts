import { describe, expect, it } from 'vitest';
import { createDesk } from '../src/desk/create-desk.js';
import type { MenuOptions } from '../src/routing/menu-schema.js';
import { createTestDesk, memoryChannel } from '../src/testing/index.js';
import { conversationOf, recordRoutes } from './routing-helpers.js';

const triage: MenuOptions = {
  id: 'triage',
  text: 'Olá! Como podemos ajudar?',
  options: [
    { title: 'Vendas', route: { team: 'sales' } },
    { title: 'Suporte técnico', route: { assistant: 'bot' } },
    { title: 'Financeiro e cobrança', route: { team: 'billing' } },
  ],
  retries: 2,
  invalidMessage: 'Não entendi.',
  fallbackTeam: 'support',
};

function menuDesk(extra: Parameters<typeof createTestDesk>[0] = {}) {
  return createTestDesk({
    route: { menu: 'triage' },
    menus: [triage],
    teams: [
      { id: 'sales', autoMessage: 'Já vamos te atender!', operators: [{ id: 'ana' }] },
      { id: 'billing' },
    ],
    ...extra,
  });
}

describe('RT2: triage menu', () => {
  it('RT2: a new conversation gets the menu natively; the option number routes it', async () => {
    const t = await menuDesk();
    const c = t.customer('5521988776655');
    await c.send('oi, boa tarde');
    expect(c.received.map((m) => m.content.type)).toEqual(['menu']);
    expect(c.received[0]?.content).toMatchObject({
      text: 'Olá! Como podemos ajudar?',
      options: [
        { id: '1', title: 'Vendas' },
        { id: '2', title: 'Suporte técnico' },
        { id: '3', title: 'Financeiro e cobrança' },
      ],
    });
    expect((await conversationOf(t, c.address)).handler).toBe('menu');
    expect(t.assistant.calls).toHaveLength(0);
    await c.send('2');
    // The assistant answers the choice itself; no team auto-message (RT4).
    expect(c.lastText()).toBe('echo: 2');
    expect((await conversationOf(t, c.address)).handler).toBe('assistant');
  });

  it('RT2: the title typed loosely picks the option: case, accents, extra words, part of a title', async () => {
    const t = await menuDesk();
    const routes = recordRoutes(t);
    const cases: Array<[string, string]> = [
      ['quero falar com VENDAS, por favor', 'sales'],
      ['suporte tecnico!!', 'bot'],
      ['  Financeiro ', 'billing'],
      ['opção 1', 'sales'],
    ];
    for (const [i, [answer]] of cases.entries()) {
      const c = t.customer(`c${i}`);
      await c.send('olá');
      await c.send(answer);
    }
    const picked = routes
      .filter((r) => r.reason === 'menu')
      .map(
        (r) =>
          r.target &&
          ('team' in r.target ? r.target.team : 'assistant' in r.target ? r.target.assistant : ''),
      );
    expect(picked).toEqual(cases.map(([, target]) => target));
    expect(t.customer('c0').lastText()).toBe('Já vamos te atender!');
  });

  it('RT2: a native choice (button tap) routes by option id', async () => {
    const t = await menuDesk();
    const c = t.customer('c');
    await c.send('hi');
    await c.choose('3', 'Financeiro e cobrança');
    const conv = await conversationOf(t, 'c');
    expect(conv.teamId).toBe('billing');
    expect(conv.handler).toBe('queue');
  });

  it('RT2: a channel without native menus gets numbered text and the number still works', async () => {
    const t = await menuDesk({ channel: { capabilities: { menus: 'none' } } });
    const c = t.customer('c');
    await c.send('hi');
    expect(c.lastText()).toBe(
      'Olá! Como podemos ajudar?\n\n1. Vendas\n2. Suporte técnico\n3. Financeiro e cobrança',
    );
    expect(c.received[0]?.content.type).toBe('text');
    await c.send('1.');
    expect((await conversationOf(t, 'c')).teamId).toBe('sales');
  });

  it('RT2: an invalid answer re-prompts N times, then the fallback team takes over', async () => {
    const t = await menuDesk();
    const routes = recordRoutes(t);
    const c = t.customer('c');
    await c.send('hi');
    await c.send('banana');
    await c.send('vendas e financeiro'); // fits two options: not a choice
    expect(c.texts().slice(1)).toEqual([
      'Não entendi.\n\nOlá! Como podemos ajudar?\n1. Vendas\n2. Suporte técnico\n3. Financeiro e cobrança',
      'Não entendi.\n\nOlá! Como podemos ajudar?\n1. Vendas\n2. Suporte técnico\n3. Financeiro e cobrança',
    ]);
    await c.send('9');
    const conv = await conversationOf(t, 'c');
    expect(conv).toMatchObject({ handler: 'queue', teamId: 'support' });
    expect(routes.at(-1)).toMatchObject({ reason: 'menu-fallback', target: { team: 'support' } });
    expect(c.received).toHaveLength(3);
    expect(t.assistant.calls).toHaveLength(0);
  });

  it('RT3: a menu option to an assistant needs a backup team', () => {
    const bot = { respond: async () => ({ type: 'none' as const }) };
    expect(() =>
      createDesk({
        assistants: [{ id: 'ai', assistant: bot }],
        teams: [{ id: 'sales' }],
        menus: [
          {
            ...triage,
            fallbackTeam: 'sales',
            options: [{ title: 'AI', route: { assistant: 'ai' } }],
          },
        ],
        channels: [{ id: 'wa', adapter: memoryChannel(), route: { menu: 'triage' } }],
      }),
    ).toThrow(
      /menus\.0\.options\.0\.route\.backupTeam: a route to assistant "ai" needs a backup team/,
    );
  });
});
