import type { BusinessHoursOptions, MenuOptions } from '@parley/core';
import { shopName } from '../samples/products.js';

export { shopName };

/** Ids and names the desk, the console and the tests share. */
export const ids = {
  channel: 'web',
  assistant: 'aurora',
  team: 'support',
  menu: 'triage',
  operator: 'maria',
} as const;

export const assistantName = 'Aurora';
export const operatorName = 'Maria';

/** RT2: shown when a conversation starts; each option routes to the assistant or the team. */
export const triageMenu = {
  id: ids.menu,
  text: `Hi! Welcome to ${shopName}. How can we help you today?`,
  options: [
    { title: 'Products & prices', route: { assistant: ids.assistant } },
    { title: 'Order status', route: { assistant: ids.assistant } },
    { title: 'Talk to a person', route: { team: ids.team } },
  ],
  fallbackTeam: ids.team,
} satisfies MenuOptions;

/**
 * RT8: the team answers 08:00–22:00 every day, in the time zone of the machine running
 * the demo (so it is open when you try it in the daytime). Outside those hours a
 * visitor who asks for a person gets the out-of-hours message once.
 */
export function teamHours(timeZone: string): BusinessHoursOptions {
  const day = ['08:00-22:00'];
  return {
    timeZone,
    weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day },
  };
}

export const texts = {
  teamAutoMessage: 'Thanks! A person from our team will be with you shortly.',
  outOfHours:
    'Our team is offline now (we answer 08:00-22:00). Leave your question here and we will reply as soon as we are back.',
  assistantFallback:
    'Sorry, something went wrong on my side. A person from our team will help you.',
  csatQuestion:
    'Thanks for chatting with us! How would you rate our help, from 1 (bad) to 5 (excellent)?',
  csatThanks: 'Thank you for your rating!',
};

/** The assistant's job description, for `openaiAssistant` (the offline one needs none). */
export const instructions = [
  `You answer customers of ${shopName}, a shop of hiking and trail running gear.`,
  'Answer from the knowledge base only (catalogue, price list, FAQ); quote prices in US dollars.',
  'When you do not know, say so and offer a person. Keep answers short: this is a chat.',
].join('\n');
