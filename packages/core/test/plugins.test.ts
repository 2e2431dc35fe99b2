import { describe, expect, it } from 'vitest';
import {
  contentText,
  createDesk,
  type DeskPlugin,
  type PluginApi,
  type SendBudget,
  sendBudgetKey,
  serviceKey,
} from '../src/index.js';
import { createFakeClock, createTestDesk, memoryChannel } from '../src/testing/index.js';

interface Greeter {
  greet(name: string): string;
}
const greeterKey = serviceKey<Greeter>('greeter');

describe('plug-ins', () => {
  it('a plug-in adds jobs, inbound and outbound middleware, listeners and namespaced storage', async () => {
    let api!: PluginApi;
    const seen: string[] = [];
    const plugin: DeskPlugin = {
      id: 'audit',
      jobs: {
        remind: {
          run: async (job) => {
            const { to } = job.payload as { to: string };
            await api.desk.send({ channelId: 'test', to }, 'reminder');
          },
        },
      },
      inbound: [
        async (ctx, next) => {
          seen.push(`in:${contentText(ctx.message.content)}`);
          await next();
        },
      ],
      outbound: [
        async (ctx, next) => {
          if (ctx.content.type === 'text')
            ctx.content = { type: 'text', text: ctx.content.text.toUpperCase() };
          await next();
        },
      ],
      init(a) {
        api = a;
        a.on('message.sent', async ({ message }) => {
          await a.storage.set(`sent/${message.id}`, contentText(message.content));
        });
      },
    };
    const t = await createTestDesk({ plugins: [plugin] });
    await t.customer('a').send('oi');
    expect(seen).toEqual(['in:oi']);
    expect(t.customer('a').texts()).toEqual(['ECHO: OI']);
    expect((await api.storage.list('sent/')).map((e) => e.value)).toEqual(['ECHO: OI']);
    // Its storage is its own namespace of the store.
    expect(await t.desk.store.kv('audit').list('sent/')).toHaveLength(1);

    await api.jobs.schedule({
      id: 'r1',
      name: 'remind',
      runAt: new Date(t.clock.now().getTime() + 60_000),
      payload: { to: 'a' },
    });
    expect((await api.jobs.get('r1'))?.type).toBe('audit:remind');
    await t.clock.advance(60_000);
    expect(t.customer('a').texts()).toEqual(['ECHO: OI', 'REMINDER']);

    const conv = (await t.desk.inbox.list()).items[0]!.conversation;
    expect((await api.query.getConversation('default', conv.id))?.id).toBe(conv.id);
    expect(await api.query.listMessages('default', conv.id)).toHaveLength(3);
    expect(await api.claim('once', 60_000)).toBe(true);
    expect(await api.claim('once', 60_000)).toBe(false);
    expect(t.errors).toEqual([]);
  });

  it('plug-ins share typed services; one provider per key', async () => {
    let used: Greeter | undefined;
    const provider: DeskPlugin = {
      id: 'provider',
      init: (api) => api.provide(greeterKey, { greet: (n) => `oi ${n}` }),
    };
    const consumer: DeskPlugin = {
      id: 'consumer',
      init: (api) => {
        used = api.use(greeterKey);
      },
    };
    createDesk({ plugins: [provider, consumer] });
    expect(used?.greet('Ana')).toBe('oi Ana');
    expect(() => createDesk({ plugins: [provider, { ...provider, id: 'again' }] })).toThrow(
      /Service "greeter" is provided twice/,
    );
  });

  it("PL2: a channel provides its send budget to plug-ins; a restart replaces its own, another channel's key is refused", async () => {
    let api!: PluginApi;
    let sent = 0;
    const counting = Object.assign(memoryChannel(), {
      async start(ctx: Parameters<ReturnType<typeof memoryChannel>['start']>[0]) {
        const budget: SendBudget = { sentToday: async () => sent, dailyCap: 5 };
        ctx.provide(sendBudgetKey(ctx.channelId), budget);
      },
    });
    const thief = Object.assign(memoryChannel(), {
      async start(ctx: Parameters<ReturnType<typeof memoryChannel>['start']>[0]) {
        ctx.provide(sendBudgetKey('wa'), { sentToday: async () => 0, dailyCap: undefined });
      },
    });
    const desk = createDesk({
      channels: [{ id: 'wa', adapter: counting }],
      plugins: [{ id: 'reader', init: (a) => void (api = a) }],
    });
    expect(api.use(sendBudgetKey('wa'))).toBeUndefined();
    await desk.start();
    sent = 3;
    expect(await api.use(sendBudgetKey('wa'))?.sentToday()).toBe(3);
    expect(api.use(sendBudgetKey('wa'))?.dailyCap).toBe(5);
    await desk.stop();
    await desk.start();
    expect(await api.use(sendBudgetKey('wa'))?.sentToday()).toBe(3);
    await expect(desk.channels.add({ id: 'ig', adapter: thief })).rejects.toThrow(
      /Service "send-budget:wa" is already provided; channel "ig"/,
    );
    await desk.stop();
  });

  it('a bad or repeated plug-in is refused at once, naming its place', () => {
    expect(() => createDesk({ plugins: [{ id: 'x' }, { id: 'x' }] })).toThrow(
      /plugins\.1\.id: plug-in "x" is installed twice/,
    );
    expect(() => createDesk({ plugins: [{ id: 'has space' }] })).toThrow(/plugins\.0: expected/);
  });

  it('start() waits for async init', async () => {
    const clock = createFakeClock();
    const order: string[] = [];
    const desk = createDesk({
      clock,
      channels: [{ id: 'c', adapter: memoryChannel() }],
      plugins: [
        {
          id: 'slow',
          async init() {
            await Promise.resolve();
            order.push('init');
          },
        },
      ],
    });
    await desk.start();
    order.push('started');
    expect(order).toEqual(['init', 'started']);
    await desk.stop();
  });
});
