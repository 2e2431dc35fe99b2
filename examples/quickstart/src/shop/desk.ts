import type { LivechatChannel } from '@parley/adapter-livechat';
import type { Assistant, Clock, Desk, Logger, Store } from '@parley/core';
import { createDesk } from '@parley/core';
import { assistantName, ids, operatorName, teamHours, texts, triageMenu } from './config.js';

export interface ShopDeskOptions {
  chat: LivechatChannel;
  assistant: Assistant;
  timeZone: string;
  store?: Store;
  clock?: Clock;
  logger?: Logger;
}

/**
 * The demo shop's desk: the live-chat channel starts every conversation at the triage
 * menu (RT2); products and orders go to the assistant, "Talk to a person" to the
 * support team, whose operator Maria starts away, so conversations wait for her to
 * take them over in the console (or to go online and get them assigned, RT7). Solving
 * sends the satisfaction survey (IN6).
 */
export function createShopDesk(options: ShopDeskOptions): Desk {
  return createDesk({
    ...(options.store && { store: options.store }),
    ...(options.clock && { clock: options.clock }),
    ...(options.logger && { logger: options.logger }),
    teams: [
      {
        id: ids.team,
        name: 'Customer care',
        operators: [{ id: ids.operator, name: operatorName, presence: 'away', maxConcurrent: 20 }],
        hours: teamHours(options.timeZone),
        autoMessage: texts.teamAutoMessage,
        outOfHoursMessage: texts.outOfHours,
      },
    ],
    assistants: [
      {
        id: ids.assistant,
        name: assistantName,
        assistant: options.assistant,
        backupTeam: ids.team,
        fallbackMessage: texts.assistantFallback,
      },
    ],
    menus: [triageMenu],
    channels: [
      {
        id: ids.channel,
        name: 'Website chat',
        color: '#0b6bcb',
        adapter: options.chat,
        route: { menu: ids.menu },
        csat: { question: texts.csatQuestion, thanks: texts.csatThanks },
      },
    ],
  });
}
