import { parseOrThrow } from '../util/zod-error.js';
import {
  type BusinessHoursConfig,
  type BusinessHoursOptions,
  businessHoursSchema,
  type Interval,
  weekdays,
} from './hours-schema.js';
import {
  addDays,
  dateKey,
  instantAtOrAfter,
  type LocalDate,
  wallClock,
  weekdayOf,
} from './zoned-time.js';

/** Opening hours you can ask about (RT8). Pure: no clock, no I/O. */
export interface BusinessHours {
  readonly timeZone: string;
  /** True when `at` falls inside an interval of its local day (or last night's). */
  isOpen(at: Date): boolean;
  /**
   * The first instant at or after `at` when it is open: `at` itself when open now,
   * undefined when no opening lies within the next 400 days.
   */
  nextOpening(at: Date): Date | undefined;
}

/** How far `nextOpening` looks ahead: a year of holidays plus slack. */
const HORIZON_DAYS = 400;

/** Builds business hours from options, throwing CONFIG_INVALID naming a bad field. */
export function createBusinessHours(options: BusinessHoursOptions): BusinessHours {
  return compileHours(parseOrThrow(businessHoursSchema, options, 'business hours'));
}

const cache = new WeakMap<BusinessHoursConfig, BusinessHours>();

/** Business hours of an already-validated config; compiled once per config object. */
export function compileHours(config: BusinessHoursConfig): BusinessHours {
  const cached = cache.get(config);
  if (cached) return cached;
  const { timeZone } = config;
  const holidays = new Set(config.holidays);
  const special = new Map(config.special.map((s) => [s.date, sorted(s.intervals)]));
  const weekly = weekdays.map((d) => sorted(config.weekly[d]));

  // A date's own intervals: a special day replaces its weekday, a holiday closes it.
  const intervalsOn = (date: LocalDate): Interval[] => {
    const key = dateKey(date);
    return special.get(key) ?? (holidays.has(key) ? [] : (weekly[weekdayOf(date)] ?? []));
  };

  const isOpen = (at: Date): boolean => {
    const wall = wallClock(at, timeZone);
    const second = wall.second;
    if (intervalsOn(wall.date).some((iv) => iv.start * 60 <= second && second < iv.end * 60))
      return true;
    // Intervals that run past midnight belong to the day they start on.
    return intervalsOn(addDays(wall.date, -1)).some(
      (iv) => iv.end > 1440 && second < (iv.end - 1440) * 60,
    );
  };

  const hours: BusinessHours = {
    timeZone,
    isOpen,
    nextOpening(at) {
      if (isOpen(at)) return at;
      const from = wallClock(at, timeZone).date;
      for (let i = 0; i <= HORIZON_DAYS; i++) {
        const date = addDays(from, i);
        for (const iv of intervalsOn(date)) {
          const t = instantAtOrAfter(date, iv.start, timeZone);
          // The check drops intervals that a DST gap swallows whole.
          if (t > at.getTime() && isOpen(new Date(t))) return new Date(t);
        }
      }
      return undefined;
    },
  };
  cache.set(config, hours);
  return hours;
}

function sorted(intervals: Interval[]): Interval[] {
  return [...intervals].sort((a, b) => a.start - b.start);
}
