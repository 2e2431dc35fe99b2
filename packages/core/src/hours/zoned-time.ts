/** A calendar date with no zone: the local date of a business. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** What a wall clock in a time zone shows at one instant. */
export interface WallClock {
  date: LocalDate;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Seconds since local midnight (0–86399). */
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Formatters are costly to build and cheap to reuse; zones are few.
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True when `zone` is an IANA time zone this runtime knows (`America/Sao_Paulo`). */
export function isTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

// Turns ask about "now" many times a second; the last answer per zone is reused
// within the same second (formatToParts is the cost of every hours check).
const lastSecond = new Map<string, { second: number; local: number }>();

/** The wall clock as milliseconds of a UTC calendar, so local times compare as numbers. */
function localMs(t: number, timeZone: string): number {
  const second = Math.floor(t / 1000);
  const cached = lastSecond.get(timeZone);
  if (cached?.second === second) return cached.local;
  const local = formatLocal(second * 1000, timeZone);
  lastSecond.set(timeZone, { second, local });
  return local;
}

function formatLocal(t: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(t))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const hour = parts.hour === 24 ? 0 : (parts.hour ?? 0);
  return Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    hour,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
}

const floorSecond = (t: number) => Math.floor(t / 1000) * 1000;

/** Local time minus UTC at instant `t`, in milliseconds (e.g. -3 h in São Paulo). */
export function offsetAt(t: number, timeZone: string): number {
  return localMs(t, timeZone) - floorSecond(t);
}

export function wallClock(at: Date | number, timeZone: string): WallClock {
  const local = localMs(typeof at === 'number' ? at : at.getTime(), timeZone);
  const d = new Date(local);
  return {
    date: { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() },
    weekday: d.getUTCDay(),
    second: d.getUTCHours() * 3600 + d.getUTCMinutes() * 60 + d.getUTCSeconds(),
  };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/** `YYYY-MM-DD`. */
export function dateKey(date: LocalDate): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Parses `YYYY-MM-DD`, refusing dates that do not exist (2026-02-30). */
export function parseDateKey(value: string): LocalDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return dateKey(addDays(date, 0)) === value ? date : undefined;
}

const DAY = 86_400_000;

/**
 * The first instant whose wall clock in `timeZone` reads `minute` minutes after the
 * midnight of `date`, or later. Across a DST gap (the clock jumps from 02:00 to 03:00)
 * a time inside the gap maps to the jump itself; in a repeated hour (the clock falls
 * back) it maps to the first occurrence.
 */
export function instantAtOrAfter(date: LocalDate, minute: number, timeZone: string): number {
  const target = Date.UTC(date.year, date.month - 1, date.day) + minute * 60_000;
  // Offsets a day either side: transitions are months apart, so these are the two
  // offsets that can apply around the target.
  const offsets = new Set([offsetAt(target - DAY, timeZone), offsetAt(target + DAY, timeZone)]);
  let exact: number | undefined;
  for (const offset of offsets) {
    const t = target - offset;
    if (localMs(t, timeZone) === target && (exact === undefined || t < exact)) exact = t;
  }
  if (exact !== undefined) return exact;
  // A gap: search the instant where the wall clock jumps past the target.
  let lo = Math.min(...[...offsets].map((o) => target - o));
  let hi = Math.max(...[...offsets].map((o) => target - o));
  for (let i = 0; i < 64 && hi - lo > 1000; i++) {
    const mid = floorSecond(lo + (hi - lo) / 2);
    if (localMs(mid, timeZone) >= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The instant the local day containing `at` began in `timeZone` (usage periods, reports). */
export function startOfLocalDay(at: Date | number, timeZone: string): Date {
  return new Date(instantAtOrAfter(wallClock(at, timeZone).date, 0, timeZone));
}

/** The instant the local month containing `at` began in `timeZone`. */
export function startOfLocalMonth(at: Date | number, timeZone: string): Date {
  const { date } = wallClock(at, timeZone);
  return new Date(instantAtOrAfter({ ...date, day: 1 }, 0, timeZone));
}
