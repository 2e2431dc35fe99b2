// bench/campaigns: how fast campaigns schedule and dispatch, with pacing off, beside
// the bare `desk.send()` rate measured in this same run on the same kind of desk
// (memory channel, memory store, memory scheduler on the system clock).
//
//   scheduled: contacts of a list enrolled per second (`launch`: enrolment record +
//              scheduler job each)
//   dispatched: campaign messages sent per second once due (job → render → desk.send
//              → records), i.e. what a campaign adds on top of sending itself.
import { campaigns as campaignsPlugin } from '@parley/campaigns';
import { createDesk, createMemoryStore, type DeskPlugin, memoryChannel } from '@parley/core';
import { report } from '../report.js';

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 20_000);

function freshDesk(plugins: DeskPlugin[] = []) {
  const channel = memoryChannel();
  const desk = createDesk({
    store: createMemoryStore(),
    channels: [{ id: 'wa', adapter: channel }],
    plugins,
  });
  return { desk, channel };
}

/** Business-started sends to distinct contacts, each opening a conversation (as campaigns do). */
async function bareSends(n: number, prefix: string): Promise<number> {
  const { desk } = freshDesk();
  await desk.start();
  const started = performance.now();
  for (let i = 0; i < n; i++)
    await desk.send(
      { channelId: 'wa', to: `${prefix}${i}`, name: `Contact ${i}` },
      `Hi Contact ${i}, your order is ready.`,
    );
  const rate = n / ((performance.now() - started) / 1000);
  await desk.stop();
  return rate;
}

async function campaignRun(
  n: number,
  prefix: string,
): Promise<{ scheduled: number; dispatched: number }> {
  const campaigns = campaignsPlugin({ pacing: false });
  const { desk, channel } = freshDesk([campaigns]);
  campaigns.define({
    id: 'ready',
    channelId: 'wa',
    steps: [{ message: 'Hi {{name}}, your order is ready.' }],
  });
  await desk.start();
  await campaigns.lists.create({ id: 'all' });
  await campaigns.lists.add(
    'all',
    Array.from({ length: n }, (_, i) => ({ address: `${prefix}${i}`, name: `Contact ${i}` })),
  );
  let sent = 0;
  let done!: () => void;
  const allSent = new Promise<void>((resolve) => {
    done = resolve;
  });
  campaigns.on('campaign.sent', () => {
    if (++sent === n) done();
  });
  // The system clock's timers are unref'd (they never keep a process alive): hold it open.
  const alive = setInterval(() => {}, 1000);
  const t0 = performance.now();
  await campaigns.launch('ready', { list: 'all' });
  const t1 = performance.now();
  await allSent;
  const t2 = performance.now();
  clearInterval(alive);
  if (channel.sent.length !== n) throw new Error(`expected ${n} sends, got ${channel.sent.length}`);
  await desk.stop();
  // Jobs start firing while the launch is still enrolling: dispatch counts from the launch's start.
  return { scheduled: n / ((t1 - t0) / 1000), dispatched: n / ((t2 - t0) / 1000) };
}

await bareSends(2_000, 'warm-'); // warm-up
await campaignRun(2_000, 'warm-');
const bare = await bareSends(CONTACTS, 'c');
const campaign = await campaignRun(CONTACTS, 'c');
report({
  bench: 'campaigns.scheduled',
  value: campaign.scheduled,
  unit: 'enrolments/s',
  baseline: bare,
  note: `list of ${CONTACTS} launched into a one-step campaign; baseline: bare desk.send() per second`,
});
report({
  bench: 'campaigns.dispatched',
  value: campaign.dispatched,
  unit: 'messages/s',
  baseline: bare,
  note: `pacing off, launch to last send; baseline: bare desk.send() per second to ${CONTACTS} new contacts`,
});
