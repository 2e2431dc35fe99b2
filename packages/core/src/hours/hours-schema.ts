import { z } from 'zod';
import { isTimeZone, parseDateKey } from './zoned-time.js';

/** Weekday keys, in `Date#getDay()` order. */
export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];

/** Minutes after local midnight; `end` above 1440 runs past midnight into the next day. */
export interface Interval {
  start: number;
  end: number;
  /** As written, for messages. */
  text: string;
}

const clock = (v: string) => {
  const m = /^(\d{2}):(\d{2})$/.exec(v);
  if (!m) return undefined;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (Number(m[2]) > 59 || minutes > 1440) return undefined;
  return minutes;
};

/** `"09:00-18:00"`; `"22:00-02:00"` runs past midnight; `"00:00-24:00"` is all day. */
const intervalSchema = z.string().transform((text, ctx): Interval => {
  const [from, to, extra] = text.split('-').map((s) => s.trim());
  const start = from === undefined ? undefined : clock(from);
  const end = to === undefined ? undefined : clock(to);
  if (start === undefined || end === undefined || extra !== undefined || start === 1440) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is not an interval; write "HH:MM-HH:MM" such as "09:00-18:00"`,
    });
    return z.NEVER;
  }
  if (start === end) {
    ctx.addIssue({
      code: 'custom',
      message: `"${text}" is empty; use "00:00-24:00" for a whole day`,
    });
    return z.NEVER;
  }
  return { start, end: end > start ? end : end + 1440, text };
});

const dateSchema = z
  .string()
  .refine((v) => parseDateKey(v) !== undefined, 'use a real date written YYYY-MM-DD');

const day = z.array(intervalSchema).default([]);
/** Days left out are closed. */
const week = z
  .object({ sun: day, mon: day, tue: day, wed: day, thu: day, fri: day, sat: day })
  .strict();

/**
 * Opening hours in one IANA time zone (RT8): intervals per weekday, holidays (closed
 * all day) and special days (their own intervals instead of the weekday's).
 */
export const businessHoursSchema = z
  .object({
    timeZone: z
      .string()
      .refine(isTimeZone, 'is not an IANA time zone; use one like "America/Sao_Paulo"'),
    weekly: week,
    holidays: z.array(dateSchema).default([]),
    special: z
      .array(z.object({ date: dateSchema, intervals: z.array(intervalSchema) }).strict())
      .default([]),
  })
  .strict()
  .superRefine((hours, ctx) => {
    weekdays.forEach((day, i) => {
      const next = hours.weekly[weekdays[(i + 1) % 7]!];
      checkDay(hours.weekly[day], next, ['weekly', day], ctx);
    });
    const holidays = new Set(hours.holidays);
    const seen = new Set<string>();
    hours.special.forEach((s, i) => {
      if (holidays.has(s.date) || seen.has(s.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['special', i, 'date'],
          message: `${s.date} is listed twice (as a holiday or special day); keep one`,
        });
      }
      seen.add(s.date);
      checkDay(s.intervals, [], ['special', i, 'intervals'], ctx);
    });
  });

export type BusinessHoursOptions = z.input<typeof businessHoursSchema>;
export type BusinessHoursConfig = z.output<typeof businessHoursSchema>;

/** Overlaps within a day, and a day's after-midnight tail running into the next day. */
function checkDay(
  intervals: Interval[],
  nextDay: Interval[],
  path: Array<string | number>,
  ctx: z.RefinementCtx,
): void {
  const order = intervals.map((iv, i) => ({ iv, i })).sort((a, b) => a.iv.start - b.iv.start);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1]!;
    const cur = order[k]!;
    if (cur.iv.start < prev.iv.end) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, cur.i],
        message: `"${cur.iv.text}" overlaps "${prev.iv.text}"; merge them or fix the times`,
      });
    }
  }
  for (const { iv, i } of order) {
    if (iv.end <= 1440) continue;
    const clash = nextDay.find((n) => n.start < iv.end - 1440);
    if (clash) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, i],
        message: `"${iv.text}" runs past midnight into "${clash.text}" of the next day; merge them`,
      });
    }
  }
}
