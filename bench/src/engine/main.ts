// bench/engine: inbound messages per second through the whole pipeline (memory channel,
// memory store, an assistant that answers at once) and heap per idle open conversation,
// each beside baselines measured in this same run: a bare EventEmitter + Map hop, the
// same echo through grammY's handleUpdate, and through botbuilder's TestAdapter.
import { EventEmitter } from 'node:events';
import { type Assistant, createDesk, createMemoryStore, memoryChannel } from '@parley/core';
import { ActivityTypes, TestAdapter } from 'botbuilder';
import { Bot } from 'grammy';
import { report } from '../report.js';

// Answers at once and keeps nothing (the test kit's scripted assistant records every
// call, which would be measured as engine memory).
const answerOk: Assistant = {
  async respond() {
    return { type: 'reply', messages: [{ type: 'text', text: 'ok' }] };
  },
};

const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 20_000);
const CUSTOMERS = 500;
const IDLE_CONVERSATIONS = Number(process.env.BENCH_IDLE ?? 100_000);

async function parleyThroughput(): Promise<number> {
  const channel = memoryChannel();
  const desk = createDesk({
    store: createMemoryStore(),
    assistants: [{ id: 'bot', assistant: answerOk, backupTeam: 'humans' }],
    teams: [{ id: 'humans' }],
    channels: [{ id: 'web', adapter: channel, route: { assistant: 'bot' } }],
  });
  await desk.start();
  const customers = Array.from({ length: CUSTOMERS }, (_, i) => channel.customer(`c${i}`));
  const run = async (n: number) => {
    const started = performance.now();
    const pending: Promise<unknown>[] = [];
    for (let i = 0; i < n; i++) pending.push(customers[i % CUSTOMERS]!.send('hi'));
    await Promise.all(pending);
    return n / ((performance.now() - started) / 1000);
  };
  await run(2_000); // warm-up
  const rate = await run(MESSAGES);
  if (channel.sent.length !== MESSAGES + 2_000)
    throw new Error(`expected every message answered, got ${channel.sent.length}`);
  await desk.stop();
  return rate;
}

async function bareHop(): Promise<number> {
  const bus = new EventEmitter();
  const conversations = new Map<string, { count: number; replies: string[] }>();
  bus.on('in', (from: string, text: string) => {
    let conv = conversations.get(from);
    if (!conv) conversations.set(from, (conv = { count: 0, replies: [] }));
    conv.count++;
    conv.replies.push(`echo ${text}`);
  });
  const started = performance.now();
  for (let i = 0; i < MESSAGES; i++) {
    bus.emit('in', `c${i % CUSTOMERS}`, 'hi');
    if (i % 100 === 0) await Promise.resolve();
  }
  return MESSAGES / ((performance.now() - started) / 1000);
}

async function grammyThroughput(): Promise<number> {
  const bot = new Bot('0:bench', {
    botInfo: {
      id: 1,
      is_bot: true,
      first_name: 'bench',
      username: 'bench_bot',
      can_join_groups: false,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    } as never,
  });
  let sent = 0;
  // Answer every Bot API call in process, as its test doubles do.
  bot.api.config.use(async () => {
    sent++;
    return {
      ok: true,
      result: { message_id: sent, date: 0, chat: { id: 1, type: 'private' } },
    } as never;
  });
  bot.on('message:text', (ctx) => ctx.reply('ok'));
  const update = (i: number) => ({
    update_id: i,
    message: {
      message_id: i,
      date: 0,
      chat: { id: i % CUSTOMERS, type: 'private' as const, first_name: 'c' },
      from: { id: i % CUSTOMERS, is_bot: false, first_name: 'c' },
      text: 'hi',
    },
  });
  for (let i = 0; i < 2_000; i++) await bot.handleUpdate(update(i) as never);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: MESSAGES }, (_, i) => bot.handleUpdate(update(i) as never)),
  );
  return MESSAGES / ((performance.now() - started) / 1000);
}

async function botbuilderThroughput(): Promise<number> {
  const adapter = new TestAdapter(async (context) => {
    if (context.activity.type === ActivityTypes.Message) await context.sendActivity('ok');
  });
  let replies = 0;
  const logic = async (context: {
    activity: { type: string };
    sendActivity(text: string): Promise<unknown>;
  }) => {
    if (context.activity.type === ActivityTypes.Message) {
      await context.sendActivity('ok');
      replies++;
    }
  };
  const activity = (i: number) => ({
    type: ActivityTypes.Message,
    text: 'hi',
    from: { id: `c${i % CUSTOMERS}`, name: 'c' },
    conversation: { id: `conv${i % CUSTOMERS}` },
    channelId: 'test',
    recipient: { id: 'bot' },
  });
  for (let i = 0; i < 2_000; i++)
    await adapter.processActivity(activity(i) as never, logic as never);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: MESSAGES }, (_, i) =>
      adapter.processActivity(activity(i) as never, logic as never),
    ),
  );
  const rate = MESSAGES / ((performance.now() - started) / 1000);
  if (replies < MESSAGES) throw new Error('botbuilder did not answer every message');
  return rate;
}

function heapUsed(): number {
  for (let i = 0; i < 3; i++) globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

async function heapPerIdleConversation(): Promise<{ parley: number; baseline: number }> {
  const channel = memoryChannel();
  const desk = createDesk({
    store: createMemoryStore(),
    assistants: [{ id: 'bot', assistant: answerOk, backupTeam: 'humans' }],
    teams: [{ id: 'humans' }],
    channels: [{ id: 'web', adapter: channel, route: { assistant: 'bot' } }],
  });
  await desk.start();
  // The memory channel keeps every sent message for assertions; drop them so only the
  // engine and its store are measured.
  const before = heapUsed();
  for (let i = 0; i < IDLE_CONVERSATIONS; i += 1_000) {
    await Promise.all(
      Array.from({ length: 1_000 }, (_, j) => channel.customer(`idle-${i + j}`).send('hi')),
    );
    channel.sent.length = 0;
    for (let j = 0; j < 1_000; j++) channel.customer(`idle-${i + j}`).clear();
  }
  const after = heapUsed();
  const parley = (after - before) / IDLE_CONVERSATIONS;
  if ((await desk.inbox.list({ limit: 1 })).items.length !== 1)
    throw new Error('no conversations stored');

  // Baseline: the least a chat server keeps per conversation: a Map entry with an id,
  // a status, a timestamp and the last message text.
  const base0 = heapUsed();
  const plain = new Map<string, { id: string; status: string; at: Date; last: string }>();
  for (let i = 0; i < IDLE_CONVERSATIONS; i++)
    plain.set(`idle-${i}`, { id: `conv-${i}`, status: 'open', at: new Date(), last: `echo ${i}` });
  const baseline = (heapUsed() - base0) / IDLE_CONVERSATIONS;
  if (plain.size !== IDLE_CONVERSATIONS) throw new Error('baseline map incomplete');
  await desk.stop();
  return { parley, baseline };
}

const bare = await bareHop();
const parley = await parleyThroughput();
const grammy = await grammyThroughput();
const botbuilder = await botbuilderThroughput();
const note = `${MESSAGES} messages from ${CUSTOMERS} customers, each answered`;
report({
  bench: 'engine.throughput.vs-bare-hop',
  value: parley,
  unit: 'msg/s',
  baseline: bare,
  note: `${note}; baseline: EventEmitter + Map hop`,
});
report({
  bench: 'engine.throughput.vs-grammy',
  value: parley,
  unit: 'msg/s',
  baseline: grammy,
  note: 'baseline: grammY handleUpdate + ctx.reply with an in-process API transformer',
});
report({
  bench: 'engine.throughput.vs-botbuilder',
  value: parley,
  unit: 'msg/s',
  baseline: botbuilder,
  note: 'baseline: botbuilder TestAdapter.processActivity + sendActivity',
});
const heap = await heapPerIdleConversation();
report({
  bench: 'engine.heap-per-idle-conversation',
  value: heap.parley,
  unit: 'bytes',
  baseline: heap.baseline,
  note: `${IDLE_CONVERSATIONS} open conversations (contact + conversation + 2 messages each); baseline: Map entry of {id,status,at,last}; goal < 2048 bytes`,
});
