import { type BusinessHours, createBusinessHours } from '@parley/core';
import type { CampaignConfig, CampaignStep } from '../campaign-schema.js';
import { localMidnight, nextLocalTime } from './local-time.js';

const everyDay = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const quietCache = new Map<string, BusinessHours>();

/** The hours outside a quiet window, as business hours in the contact's zone. */
function awakeHours(quiet: { from: string; to: string }, timeZone: string): BusinessHours {
  const key = `${quiet.from}-${quiet.to}@${timeZone}`;
  let hours = quietCache.get(key);
  if (!hours) {
    // Quiet 21:00–08:00 leaves 08:00–21:00; quiet 12:00–14:00 leaves two intervals.
    const intervals =
      quiet.from > quiet.to
        ? [`${quiet.to}-${quiet.from}`]
        : [`00:00-${quiet.from}`, `${quiet.to}-24:00`].filter((i) => !/^(\d\d:\d\d)-\1$/.test(i));
    hours = createBusinessHours({
      timeZone,
      weekly: Object.fromEntries(everyDay.map((d) => [d, intervals])),
    });
    quietCache.set(key, hours);
  }
  return hours;
}

/**
 * The first instant at or after `at` when a campaign message may go: inside the
 * campaign's business hours and outside the contact's quiet hours. Undefined when no
 * such time comes within a year (hours that never open).
 */
export function nextSendTime(
  at: number,
  campaign: CampaignConfig,
  hours: BusinessHours | undefined,
  timeZone: string,
): number | undefined {
  const awake = campaign.quietHours && awakeHours(campaign.quietHours, timeZone);
  let t = at;
  // Each pass moves to the next opening of one calendar; both agree within a few passes.
  for (let i = 0; i < 16; i++) {
    const open = hours ? hours.nextOpening(new Date(t))?.getTime() : t;
    if (open === undefined) return undefined;
    const notQuiet = awake ? awake.nextOpening(new Date(open))?.getTime() : open;
    if (notQuiet === undefined) return undefined;
    if (notQuiet === open) return open;
    t = notQuiet;
  }
  return undefined;
}

/**
 * When a step is due: its wait after `base`, and with `at`, that many local days later
 * at that time of day (the same day if still ahead, else the next).
 */
export function stepDueAt(step: CampaignStep, base: number, timeZone: string): number {
  const { days, hours, minutes } = step.after;
  if (step.at === undefined) return base + ((days * 24 + hours) * 60 + minutes) * 60_000;
  if (days === 0) return nextLocalTime(base, step.at, timeZone);
  return nextLocalTime(localMidnight(base, timeZone, days), step.at, timeZone);
}
