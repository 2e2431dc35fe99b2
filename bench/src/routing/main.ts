// bench/routing: turns per second through the whole pipeline with the routing stages
// doing real work (50 rules checked for every new conversation, a triage menu, an
// assistant and a team with business hours), beside the bare pipeline (a channel
// routed straight to the assistant, no routing options) measured in this same run.
// The ratio is what routing costs a turn.
import {
  createDesk,
  createMemoryStore,
  type DeskOptions,
  type MemoryChannel,
  memoryChannel,
  type RuleOptions,
} from '@parley/core';
import { scriptedAssistant } from '@parley/core/testing';
import { report } from '../report.js';

const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 1_000);
const MESSAGES_EACH = 5;
const ROUNDS = 5;

const allWeek = ['00:00-24:00'];
const hours = {
  timeZone: 'America/Sao_Paulo',
  weekly: {
    sun: allWeek,
    mon: allWeek,
    tue: allWeek,
    wed: allWeek,
    thu: allWeek,
    fri: allWeek,
    sat: allWeek,
  },
  holidays: ['2026-12-25'],
};

// Fifty rules that look at every part of a new conversation and never match, so each
// new conversation pays for all of them before the menu.
function fiftyRules(): RuleOptions[] {
  return Array.from({ length: 50 }, (_, i): RuleOptions => {
    const route = { team: 'sales' };
    switch (i % 5) {
      case 0:
        return {
          id: `kw-${i}`,
          when: { text: { keywords: [`produto${i}`, `pedido${i}`] } },
          route,
        };
      case 1:
        return { id: `re-${i}`, when: { text: { regex: `^#order-${i}-\\d+$` } }, route };
      case 2:
        return { id: `label-${i}`, when: { labels: { any: [`segment-${i}`] } }, route };
      case 3:
        return { id: `attr-${i}`, when: { attributes: { plan: `tier-${i}` } }, route };
      default:
        return {
          id: `ad-${i}`,
          priority: i % 3,
          when: { referral: { adId: `ad-${i}` }, time: 'open', hours },
          route,
        };
    }
  });
}

function routedOptions(channel: MemoryChannel): DeskOptions {
  return {
    assistants: [
      { id: 'bot', assistant: scriptedAssistant(() => 'ok'), hours, backupTeam: 'sales' },
    ],
    teams: [
      {
        id: 'sales',
        hours,
        autoMessage: 'One moment.',
        operators: [{ id: 'ana', maxConcurrent: 100 }],
      },
    ],
    menus: [
      {
        id: 'triage',
        text: 'How can we help?',
        options: [
          { title: 'Talk to the assistant', route: { assistant: 'bot' } },
          { title: 'Sales', route: { team: 'sales' } },
        ],
        fallbackTeam: 'sales',
      },
    ],
    rules: fiftyRules(),
    channels: [{ id: 'web', adapter: channel, route: { menu: 'triage' }, hours }],
  };
}

function bareOptions(channel: MemoryChannel): DeskOptions {
  return {
    assistants: [{ id: 'bot', assistant: scriptedAssistant(() => 'ok'), backupTeam: 'sales' }],
    teams: [{ id: 'sales' }],
    channels: [{ id: 'web', adapter: channel, route: { assistant: 'bot' } }],
  };
}

/** Turns per second: each customer writes MESSAGES_EACH messages in order, customers in parallel. */
async function turnsPerSecond(
  build: (channel: MemoryChannel) => DeskOptions,
  round: number,
): Promise<number> {
  const channel = memoryChannel();
  const desk = createDesk({ ...build(channel), store: createMemoryStore() });
  await desk.start();
  globalThis.gc?.(); // the previous desk's garbage is not this run's cost
  const converse = async (address: string) => {
    const customer = channel.customer(address);
    await customer.send('hi there');
    await customer.send('1'); // picks the assistant where there is a menu
    for (let i = 2; i < MESSAGES_EACH; i++) await customer.send('what does it cost?');
  };
  await Promise.all(Array.from({ length: 200 }, (_, i) => converse(`warm-${round}-${i}`)));
  const started = performance.now();
  await Promise.all(Array.from({ length: CUSTOMERS }, (_, i) => converse(`c-${round}-${i}`)));
  const rate = (CUSTOMERS * MESSAGES_EACH) / ((performance.now() - started) / 1000);
  const answered = channel.sent.length;
  if (answered < (CUSTOMERS + 200) * MESSAGES_EACH)
    throw new Error(`only ${answered} replies: a turn went unanswered`);
  await desk.stop();
  return rate;
}

// Alternate the two so neither always runs on a warmer process; keep each one's best.
let routed = 0;
let bare = 0;
for (let round = 0; round < ROUNDS; round++) {
  bare = Math.max(bare, await turnsPerSecond(bareOptions, round));
  routed = Math.max(routed, await turnsPerSecond(routedOptions, round));
}
report({
  bench: 'routing.turns-per-second',
  value: routed,
  unit: 'turns/s',
  baseline: bare,
  note: `${CUSTOMERS} customers x ${MESSAGES_EACH} messages; value: 50 rules on every new conversation, a triage menu, business hours on the assistant, team and channel; baseline: the same desk routed straight to the assistant; best of ${ROUNDS}`,
});
