import { describe, expect, it } from 'vitest';
import type { Assistant } from '../src/assistant/assistant.js';
import { memoryChannel } from '../src/channels/memory-channel.js';
import { createDesk } from '../src/desk/create-desk.js';
import type { AssistantOptions, ChannelOptions } from '../src/desk/options.js';
import { ParleyError } from '../src/errors.js';
import type { TeamOptions } from '../src/teams/team-schema.js';
import { createFakeClock } from '../src/testing/index.js';
import { expectConfigError } from './routing-helpers.js';

/** Sofia of one shop: greets with the shop's name and hands off on "humano". */
const sofiaOf = (shop: string): Assistant => ({
  async respond(input) {
    const text = input.turn.map((m) => ('text' in m.content ? m.content.text : '')).join(' ');
    if (text.includes('humano')) return { type: 'handoff', reason: 'asked for a person' };
    return { type: 'reply', messages: [{ type: 'text', text: `Sofia da ${shop}` }] };
  },
});

/** One shop's pieces, all with the same ids as every other shop's. */
function shop(tenantId: string, operator: string) {
  const adapter = memoryChannel();
  const channel: ChannelOptions = {
    id: `${tenantId}-wa`,
    tenantId,
    adapter,
    route: { menu: 'triage' },
  };
  const assistant: AssistantOptions = {
    id: 'sofia',
    tenantId,
    assistant: sofiaOf(tenantId),
    backupTeam: 'support',
  };
  const team: TeamOptions = { id: 'support', tenantId, operators: [{ id: operator }] };
  const menu = {
    id: 'triage',
    tenantId,
    text: `Bem-vindo à ${tenantId}`,
    options: [
      { title: 'Sofia', route: { assistant: 'sofia' } },
      { title: 'Suporte', route: { team: 'support' } },
    ],
    fallbackTeam: 'support',
  };
  return { adapter, channel, assistant, team, menu };
}

async function twoShops() {
  const rio = shop('rio', 'ana');
  const sp = shop('sp', 'bia');
  const desk = createDesk({
    clock: createFakeClock('2026-01-05T12:00:00Z'),
    tenants: [{ id: 'rio' }, { id: 'sp' }],
    channels: [rio.channel, sp.channel],
    assistants: [rio.assistant, sp.assistant],
    teams: [rio.team, sp.team],
    menus: [rio.menu, sp.menu],
    rules: [
      // Same rule text in both tenants, each pointing at its own `support`.
      { tenantId: 'rio', when: { text: { keywords: ['reembolso'] } }, route: { team: 'support' } },
      { tenantId: 'sp', when: { text: { keywords: ['reembolso'] } }, route: { team: 'support' } },
    ],
  });
  const errors: unknown[] = [];
  desk.on('error', (e) => {
    errors.push(e.error);
  });
  await desk.start();
  return { desk, rio, sp, errors };
}

describe('PL1: tenants own their names', () => {
  it('PL1: two tenants both with team `support` and assistant `sofia` route, hand off and transfer independently', async () => {
    const { desk, rio, sp, errors } = await twoShops();
    const carla = rio.adapter.customer('5521999990001');
    const davi = sp.adapter.customer('5511999990002');
    await carla.send('oi');
    await davi.send('oi');
    expect(carla.lastText()).toContain('Bem-vindo à rio');
    expect(davi.lastText()).toContain('Bem-vindo à sp');

    // Menu option → each tenant's own Sofia.
    await carla.send('1');
    await davi.send('1');
    expect(carla.lastText()).toBe('Sofia da rio');
    expect(davi.lastText()).toBe('Sofia da sp');

    // Handoff → each tenant's own backup team `support`, assigned to its own operator.
    await carla.send('quero um humano');
    await davi.send('quero um humano');
    const rioConv = (await desk.tenant('rio').inbox.list()).items[0]!.conversation;
    const spConv = (await desk.tenant('sp').inbox.list()).items[0]!.conversation;
    expect([rioConv.teamId, rioConv.assigneeId]).toEqual(['support', 'ana']);
    expect([spConv.teamId, spConv.assigneeId]).toEqual(['support', 'bia']);

    // The teams API, bound by the tenant view.
    const rioOps = await desk.tenant('rio').teams.operators('support');
    const spOps = await desk.tenant('sp').teams.operators('support');
    expect(rioOps.map((o) => [o.id, o.workload])).toEqual([['ana', 1]]);
    expect(spOps.map((o) => [o.id, o.workload])).toEqual([['bia', 1]]);
    expect(
      desk
        .tenant('rio')
        .teams.list()
        .map((t) => [t.tenantId, t.id]),
    ).toEqual([['rio', 'support']]);
    expect(desk.tenant('sp').teams.isOpen('support')).toBe(true);

    // One tenant's operator going away queues only that tenant's `support`.
    await desk.tenant('rio').teams.setPresence('ana', 'offline');
    await desk.tenant('rio').teams.removeOperator('support', 'ana');
    expect((await desk.tenant('rio').teams.queue('support')).map((c) => c.id)).toEqual([
      rioConv.id,
    ]);
    expect(await desk.tenant('sp').teams.queue('support')).toEqual([]);

    // A rule and a transfer name `support`: the conversation's own tenant's.
    const eva = sp.adapter.customer('5511999990003');
    await eva.send('quero reembolso');
    const evaConv = (await desk.tenant('sp').inbox.list()).items.find(
      (r) => r.conversation.contactAddress === eva.address,
    )!.conversation;
    expect([evaConv.teamId, evaConv.assigneeId]).toEqual(['support', 'bia']);
    await desk.tenant('rio').inbox.takeOver(rioConv.id, { operatorId: 'gil' });
    const moved = await desk.tenant('rio').inbox.transfer(rioConv.id, { teamId: 'support' });
    expect(moved.teamId).toBe('support');
    expect(moved.assigneeId).toBeUndefined(); // rio's support has nobody now; sp's bia is not rio's
    expect(errors).toEqual([]);
    await desk.stop();
  });

  it('PL1: the desk root speaks for the default tenant unless told, and a tenant view only for its own', async () => {
    const { desk, rio, errors } = await twoShops();
    await expect(desk.teams.operators('support')).rejects.toThrow(
      /No team "support" in tenant "default"/,
    );
    expect((await desk.teams.operators('support', { tenantId: 'sp' })).map((o) => o.id)).toEqual([
      'bia',
    ]);
    expect(desk.teams.isOpen('support', undefined, { tenantId: 'rio' })).toBe(true);
    expect(desk.teams.list().map((t) => t.tenantId)).toEqual(['rio', 'sp']);
    const refused = await desk
      .tenant('rio')
      .teams.queue('support', { tenantId: 'sp' })
      .catch((e: unknown) => e);
    expect(ParleyError.hasCode(refused, 'INPUT_INVALID')).toBe(true);

    // Removing one tenant's `sofia` leaves the other's answering.
    desk.tenant('sp').assistants.remove('sofia');
    expect(() => desk.tenant('sp').assistants.remove('sofia')).toThrow(
      /No assistant "sofia" in tenant "sp"/,
    );
    const carla = rio.adapter.customer('5521999990001');
    await carla.send('oi');
    await carla.send('1');
    expect(carla.lastText()).toBe('Sofia da rio');
    await desk.tenant('sp').teams.add({ id: 'vendas' });
    expect(
      desk
        .tenant('sp')
        .teams.list()
        .map((t) => t.id),
    ).toEqual(['support', 'vendas']);
    expect(
      desk
        .tenant('rio')
        .teams.list()
        .map((t) => t.id),
    ).toEqual(['support']);
    expect(errors).toEqual([]);
    await desk.stop();
  });

  it("PL1: errors about ids name only the caller's tenant, never another tenant's ids", async () => {
    const rio = shop('rio', 'ana');
    const sp = shop('sp', 'bia');
    const secret = { id: 'vip-secreto', tenantId: 'rio' };
    const base = {
      tenants: [{ id: 'rio' }, { id: 'sp' }],
      channels: [rio.channel, sp.channel],
      assistants: [rio.assistant, sp.assistant],
      teams: [rio.team, sp.team, secret],
      menus: [rio.menu, sp.menu],
    };
    const leaks = (message: string) =>
      ['rio', 'vip-secreto', 'ana'].filter((word) => message.includes(word));
    const messageOf = (make: () => unknown): string => {
      try {
        make();
      } catch (e) {
        expect(ParleyError.isInstance(e)).toBe(true);
        return (e as Error).message;
      }
      return expect.unreachable('should have thrown') as never;
    };

    // sp routes to a team only rio has: "no such team in sp", nothing about rio.
    const crossRoute = messageOf(() =>
      createDesk({
        ...base,
        channels: [rio.channel, { ...sp.channel, route: { team: 'vip-secreto' } }],
      }),
    );
    expect(crossRoute).toMatch(/no team "vip-secreto" in tenant "sp"/);
    expect(leaks(crossRoute.replace('"vip-secreto"', ''))).toEqual([]);

    // The same id twice in one tenant is a mistake; the message names that tenant only.
    expectConfigError(
      () => createDesk({ ...base, teams: [...base.teams, { id: 'support', tenantId: 'sp' }] }),
      /teams\.3\.id: team id "support" is used twice in tenant "sp"/,
    );
    expectConfigError(
      () => createDesk({ ...base, assistants: [...base.assistants, sp.assistant] }),
      /Assistant id "sofia" is used twice in tenant "sp"/,
    );

    // Channel ids are desk-wide: sp may not take rio's, and is not told it is rio's.
    const desk = createDesk(base);
    const taken = await desk.channels
      .add({ id: 'rio-wa', tenantId: 'sp', adapter: memoryChannel() })
      .then(
        () => '',
        (e: unknown) => (e as Error).message,
      );
    expect(taken).toMatch(/channel id "rio-wa" is already taken on this desk/);
    expect(leaks(taken.replaceAll('rio-wa', ''))).toEqual([]);

    // Runtime lookups through sp's view: NOT_FOUND in sp, nothing about rio.
    for (const attempt of [
      () => desk.tenant('sp').teams.operators('vip-secreto'),
      () => desk.tenant('sp').teams.queue('vip-secreto'),
      () => desk.tenant('sp').teams.addOperator('vip-secreto', { id: 'x' }),
      () => desk.tenant('sp').teams.setPresence('ana', 'away'),
    ]) {
      const e = await attempt().catch((err: unknown) => err);
      expect(ParleyError.hasCode(e, 'NOT_FOUND')).toBe(true);
      expect((e as Error).message).toMatch(/in tenant "sp"/);
      expect(leaks((e as Error).message.replace(/"(vip-secreto|ana)"/, ''))).toEqual([]);
    }
    await desk.stop();
  });
});
