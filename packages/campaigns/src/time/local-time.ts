import { type BusinessHours, createBusinessHours } from '@parley/core';

// Local times through core's business hours: a one-minute "opening" every day at HH:MM
// turns "the next 10:00 in Jakarta" into `nextOpening`, with core's zone and DST rules.

const everyDay = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const minuteHours = new Map<string, BusinessHours>();
const zones = new Map<string, boolean>();

/** `HH:MM` as minutes after midnight, or undefined when it is not a time of day. */
export function parseTimeOfDay(value: string): number | undefined {
  const m = /^(\d{2}):(\d{2})$/.exec(value);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  return hours > 23 || minutes > 59 ? undefined : hours * 60 + minutes;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Business hours open every day from `time` for one minute, in `timeZone`. */
export function everyDayAt(time: string, timeZone: string): BusinessHours {
  const key = `${time}@${timeZone}`;
  let hours = minuteHours.get(key);
  if (!hours) {
    const start = parseTimeOfDay(time)!;
    const interval = `${time}-${hhmm(start + 1)}`;
    hours = createBusinessHours({
      timeZone,
      weekly: Object.fromEntries(everyDay.map((d) => [d, [interval]])),
    });
    minuteHours.set(key, hours);
  }
  return hours;
}

/** True when this runtime knows `zone` as an IANA time zone (`Asia/Jakarta`). */
export function isTimeZone(zone: string): boolean {
  let known = zones.get(zone);
  if (known === undefined) {
    try {
      everyDayAt('00:00', zone);
      known = true;
    } catch {
      known = false;
    }
    zones.set(zone, known);
  }
  return known;
}

export const timeZoneMessage = 'is not an IANA time zone; use one like "America/Sao_Paulo"';

/** The first instant at or after `at` whose wall clock in `timeZone` reads `time`. */
export function nextLocalTime(at: number, time: string, timeZone: string): number {
  return everyDayAt(time, timeZone).nextOpening(new Date(at))!.getTime();
}

/** The local midnight `days` days after the start of `at`'s local day. */
export function localMidnight(at: number, timeZone: string, days = 0): number {
  // Days are 23 to 25 hours long around DST changes: walk midnights, never add hours.
  let midnight = nextLocalTime(at - 26 * 3_600_000, '00:00', timeZone);
  for (;;) {
    const next = nextLocalTime(midnight + 60_000, '00:00', timeZone);
    if (next > at) break;
    midnight = next;
  }
  for (let i = 0; i < days; i++) midnight = nextLocalTime(midnight + 60_000, '00:00', timeZone);
  return midnight;
}
