import {
  type MemoryChannel,
  type MemoryChannelOptions,
  type MemoryCustomer,
  memoryChannel,
} from '../channels/memory-channel.js';
import { createDesk } from '../desk/create-desk.js';
import type { Desk } from '../desk/desk.js';
import type { ChannelOptions, RouteTarget } from '../desk/options.js';
import type { DeskEvents } from '../events.js';
import type { CreateDeskOptions } from '../plugins/plugin.js';
import { createMemoryStore } from '../store/memory-store.js';
import { createFakeClock, type FakeClock } from './fake-clock.js';
import {
  type ScriptedAssistant,
  type ScriptedReply,
  type ScriptFn,
  scriptedAssistant,
} from './scripted-assistant.js';

export interface TestDeskOptions extends Omit<CreateDeskOptions, 'clock'> {
  /** Start time of the fake clock (default 2026-01-05T09:00:00Z, a Monday). */
  now?: Date | string;
  /** The scripted assistant's replies (default: echo). */
  script?: ScriptFn | ScriptedReply[];
  /** Route of the test channel (default: the scripted assistant `bot`). */
  route?: RouteTarget;
  channel?: MemoryChannelOptions;
  /** Settings of the test channel: welcome message, CSAT, grouping, phone filter, hours… */
  settings?: Omit<ChannelOptions, 'id' | 'adapter' | 'route'>;
}

export interface TestDesk {
  desk: Desk;
  clock: FakeClock;
  /** The memory channel, id `test`. */
  channel: MemoryChannel;
  /** The scripted assistant, id `bot`; its backup team is `support` (RT3). */
  assistant: ScriptedAssistant;
  customer(
    address: string,
    profile?: { name?: string; phone?: string; email?: string },
  ): MemoryCustomer;
  /** Every `error` event so far; tests assert it is empty. */
  errors: Array<DeskEvents['error']>;
}

/**
 * A started desk on the memory channel, memory store and a fake clock, with a
 * scripted assistant answering. Routes to an assistant need a backup team (RT3), so
 * the desk has a team `support` (no operators: conversations wait in its queue)
 * unless `teams` declares one. Extra channels, assistants, teams and tenants can be passed.
 */
export async function createTestDesk(options: TestDeskOptions = {}): Promise<TestDesk> {
  const { now, script, route, channel: channelOptions, settings, ...deskOptions } = options;
  const teams = deskOptions.teams ?? [];
  // The default tenant's `support` (another tenant's team of that id is its own, PL1).
  const hasSupport = teams.some(
    (t) => t.id === 'support' && (t.tenantId ?? 'default') === 'default',
  );
  const clock = createFakeClock(now);
  const channel = memoryChannel(channelOptions);
  const assistant = scriptedAssistant(script);
  const desk = createDesk({
    ...deskOptions,
    clock,
    store: deskOptions.store ?? createMemoryStore({ clock }),
    assistants: [
      { id: 'bot', name: 'Test bot', assistant, backupTeam: 'support' },
      ...(deskOptions.assistants ?? []),
    ],
    teams: hasSupport ? teams : [{ id: 'support', name: 'Support' }, ...teams],
    channels: [
      {
        ...settings,
        id: 'test',
        name: 'Test',
        adapter: channel,
        route: route ?? { assistant: 'bot' },
      },
      ...(deskOptions.channels ?? []),
    ],
  });
  const errors: Array<DeskEvents['error']> = [];
  desk.on('error', (e) => {
    errors.push(e);
  });
  await desk.start();
  return { desk, clock, channel, assistant, customer: (a, p) => channel.customer(a, p), errors };
}
