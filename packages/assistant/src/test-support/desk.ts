import type {
  Assistant,
  AssistantOptions,
  Desk,
  DeskEvents,
  DeskStore,
  MemoryChannel,
  MemoryChannelOptions,
  Store,
} from '@parley/core';
import { createDesk, createMemoryStore, memoryChannel } from '@parley/core';
import { createFakeClock, type FakeClock } from '@parley/core/testing';

export interface AssistantDeskOptions {
  /** Built with the desk's fake clock, so retries and timeouts run on it. */
  assistant: (clock: FakeClock) => Assistant;
  registration?: Partial<Omit<AssistantOptions, 'id' | 'assistant'>>;
  channel?: MemoryChannelOptions;
  now?: string;
  store?: Store;
}

export interface AssistantDesk {
  desk: Desk;
  clock: FakeClock;
  channel: MemoryChannel;
  /** The desk's store (`desk.store`: core's fallbacks filled in). */
  store: DeskStore;
  assistant: Assistant;
  errors: Array<DeskEvents['error']>;
  handoffs: Array<DeskEvents['handoff.requested']>;
}

/** A started desk whose memory channel routes to one assistant, `sales`, backed by team `humans`. */
export async function assistantDesk(options: AssistantDeskOptions): Promise<AssistantDesk> {
  const clock = createFakeClock(options.now);
  const store = options.store ?? createMemoryStore({ clock });
  const channel = memoryChannel(options.channel);
  const assistant = options.assistant(clock);
  const desk = createDesk({
    clock,
    store,
    teams: [{ id: 'humans' }, { id: 'vip' }],
    assistants: [{ id: 'sales', assistant, backupTeam: 'humans', ...options.registration }],
    channels: [{ id: 'chat', adapter: channel, route: { assistant: 'sales' } }],
  });
  const errors: AssistantDesk['errors'] = [];
  const handoffs: AssistantDesk['handoffs'] = [];
  desk.on('error', (e) => {
    errors.push(e);
  });
  desk.on('handoff.requested', (e) => {
    handoffs.push(e);
  });
  await desk.start();
  return { desk, clock, channel, store: desk.store, assistant, errors, handoffs };
}

/** Yields to I/O until `check` holds (a server received a request), without real-time sleeps. */
export async function until(check: () => boolean, rounds = 10_000): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    if (check()) return;
    await new Promise<void>((r) => setImmediate(r));
  }
  throw new Error('condition not reached');
}
