import { describe, expect, it } from 'vitest';
import { createDesk } from '../src/desk/create-desk.js';
import { createBusinessHours } from '../src/hours/business-hours.js';
import { expectConfigError, weekdays } from './routing-helpers.js';

const at = (iso: string) => new Date(iso);
const weekdays9to17 = weekdays('09:00-17:00');

describe('RT8: business hours', () => {
  it('RT8: America/New_York spring forward: the Monday opening moves one UTC hour earlier', () => {
    const ny = createBusinessHours({ timeZone: 'America/New_York', weekly: weekdays9to17 });
    // Friday 2026-03-06 17:30 EST, then DST starts Sunday 2026-03-08.
    expect(ny.isOpen(at('2026-03-06T14:30:00Z'))).toBe(true); // 09:30 EST
    expect(ny.isOpen(at('2026-03-06T22:30:00Z'))).toBe(false);
    expect(ny.nextOpening(at('2026-03-06T22:30:00Z'))).toEqual(at('2026-03-09T13:00:00Z')); // 09:00 EDT
    expect(ny.isOpen(at('2026-03-09T12:59:59Z'))).toBe(false);
    expect(ny.isOpen(at('2026-03-09T13:00:00Z'))).toBe(true);
    expect(ny.isOpen(at('2026-03-09T20:59:59Z'))).toBe(true); // 16:59:59 EDT
    expect(ny.isOpen(at('2026-03-09T21:00:00Z'))).toBe(false);
  });

  it('RT8: America/New_York: an opening inside the skipped hour opens at the jump; in the repeated hour, at its first occurrence', () => {
    const gap = createBusinessHours({
      timeZone: 'America/New_York',
      weekly: { sun: ['02:30-04:00'] },
    });
    expect(gap.nextOpening(at('2026-03-07T12:00:00Z'))).toEqual(at('2026-03-08T07:00:00Z')); // 03:00 EDT
    expect(gap.isOpen(at('2026-03-08T06:59:59Z'))).toBe(false); // 01:59:59 EST
    expect(gap.isOpen(at('2026-03-08T07:59:59Z'))).toBe(true); // 03:59:59 EDT
    expect(gap.isOpen(at('2026-03-08T08:00:00Z'))).toBe(false);
    const swallowed = createBusinessHours({
      timeZone: 'America/New_York',
      weekly: { sun: ['02:10-02:50'] },
    });
    // That Sunday's interval never happens; the next is a week later (EDT).
    expect(swallowed.nextOpening(at('2026-03-07T12:00:00Z'))).toEqual(at('2026-03-15T06:10:00Z'));
    const repeated = createBusinessHours({
      timeZone: 'America/New_York',
      weekly: { sun: ['01:00-01:30'] },
    });
    expect(repeated.nextOpening(at('2026-10-31T12:00:00Z'))).toEqual(at('2026-11-01T05:00:00Z')); // 01:00 EDT
    expect(repeated.isOpen(at('2026-11-01T06:15:00Z'))).toBe(true); // 01:15 EST, the hour again
  });

  it('RT8: Europe/Lisbon across both changes of 2026', () => {
    const lisbon = createBusinessHours({
      timeZone: 'Europe/Lisbon',
      weekly: { sat: ['09:00-18:00'], sun: ['09:00-18:00'] },
    });
    expect(lisbon.nextOpening(at('2026-03-28T19:00:00Z'))).toEqual(at('2026-03-29T08:00:00Z')); // 09:00 WEST
    expect(lisbon.isOpen(at('2026-03-28T08:30:00Z'))).toBe(false); // 08:30 WET
    expect(lisbon.isOpen(at('2026-03-29T08:30:00Z'))).toBe(true); // 09:30 WEST
    expect(lisbon.nextOpening(at('2026-10-24T19:00:00Z'))).toEqual(at('2026-10-25T09:00:00Z')); // 09:00 WET
    expect(lisbon.isOpen(at('2026-10-24T17:30:00Z'))).toBe(false); // 18:30 WEST
    expect(lisbon.isOpen(at('2026-10-25T17:30:00Z'))).toBe(true); // 17:30 WET
  });

  it('RT8: America/Sao_Paulo: the 2018 change skipped midnight itself; since 2019 there is no shift', () => {
    const sp = createBusinessHours({
      timeZone: 'America/Sao_Paulo',
      weekly: { sun: ['00:00-12:00'], mon: ['09:00-18:00'] },
    });
    // 2018-11-04 00:00 did not exist: clocks went from Saturday 23:59:59 to Sunday 01:00 (-02).
    expect(sp.nextOpening(at('2018-11-03T12:00:00Z'))).toEqual(at('2018-11-04T03:00:00Z'));
    expect(sp.isOpen(at('2018-11-04T02:59:59Z'))).toBe(false);
    expect(sp.isOpen(at('2018-11-04T13:59:59Z'))).toBe(true); // 11:59:59 -02
    expect(sp.isOpen(at('2018-11-04T14:00:00Z'))).toBe(false);
    // Brazil abolished DST in 2019: 09:00 is 12:00 UTC in January and in November alike.
    expect(sp.nextOpening(at('2026-01-04T20:00:00Z'))).toEqual(at('2026-01-05T12:00:00Z'));
    expect(sp.nextOpening(at('2026-11-08T20:00:00Z'))).toEqual(at('2026-11-09T12:00:00Z'));
  });

  it('RT8: Asia/Jakarta: closes at 17:00 on Friday and opens Monday 08:00 WIB', () => {
    const jkt = createBusinessHours({
      timeZone: 'Asia/Jakarta',
      weekly: { mon: ['08:00-17:00'], fri: ['08:00-17:00'] },
    });
    expect(jkt.isOpen(at('2026-01-09T09:59:59Z'))).toBe(true); // Fri 16:59:59
    expect(jkt.isOpen(at('2026-01-09T10:00:00Z'))).toBe(false);
    expect(jkt.nextOpening(at('2026-01-09T10:00:00Z'))).toEqual(at('2026-01-12T01:00:00Z'));
    expect(jkt.nextOpening(at('2026-01-12T02:00:00Z'))).toEqual(at('2026-01-12T02:00:00Z')); // open now
  });

  it('RT8: several intervals a day, an interval past midnight, holidays and special days', () => {
    const hours = createBusinessHours({
      timeZone: 'America/Sao_Paulo',
      weekly: {
        ...weekdays9to17,
        mon: ['09:00-12:00', '13:00-18:00'],
        fri: ['09:00-12:00', '22:00-02:00'],
      },
      holidays: ['2026-01-06'],
      special: [{ date: '2026-01-07', intervals: ['10:00-11:00'] }],
    });
    expect(hours.isOpen(at('2026-01-05T15:30:00Z'))).toBe(false); // Mon 12:30, lunch
    expect(hours.nextOpening(at('2026-01-05T15:30:00Z'))).toEqual(at('2026-01-05T16:00:00Z'));
    expect(hours.isOpen(at('2026-01-06T13:00:00Z'))).toBe(false); // the holiday
    expect(hours.nextOpening(at('2026-01-05T22:00:00Z'))).toEqual(at('2026-01-07T13:00:00Z')); // special day 10:00
    expect(hours.isOpen(at('2026-01-07T14:30:00Z'))).toBe(false); // 11:30 on the special day
    expect(hours.isOpen(at('2026-01-10T04:30:00Z'))).toBe(true); // Sat 01:30, Friday's late shift
    expect(hours.isOpen(at('2026-01-10T05:00:00Z'))).toBe(false); // Sat 02:00
    expect(hours.isOpen(at('2026-01-10T03:00:00Z'))).toBe(true); // midnight itself
  });

  it('RT8: never opening says so', () => {
    expect(
      createBusinessHours({ timeZone: 'UTC', weekly: {} }).nextOpening(at('2026-01-05T00:00:00Z')),
    ).toBeUndefined();
  });
});

describe('RT8: bad hours fail with an error naming the field', () => {
  const cases: Array<[string, () => unknown, RegExp]> = [
    [
      'overlapping intervals',
      () =>
        createBusinessHours({ timeZone: 'UTC', weekly: { mon: ['09:00-12:00', '11:00-14:00'] } }),
      /weekly\.mon\.1.*overlaps "09:00-12:00"/,
    ],
    [
      'an invalid time zone',
      () => createBusinessHours({ timeZone: 'Mars/Olympus', weekly: {} }),
      /timeZone.*IANA/,
    ],
    [
      'a malformed interval',
      () => createBusinessHours({ timeZone: 'UTC', weekly: { tue: ['9-5'] } }),
      /weekly\.tue\.0.*HH:MM-HH:MM/,
    ],
    [
      'a late shift running into the next morning',
      () =>
        createBusinessHours({
          timeZone: 'UTC',
          weekly: { fri: ['22:00-03:00'], sat: ['02:00-05:00'] },
        }),
      /weekly\.fri\.0.*next day/,
    ],
    [
      'an impossible date',
      () => createBusinessHours({ timeZone: 'UTC', weekly: {}, holidays: ['2026-02-30'] }),
      /holidays\.0/,
    ],
    [
      'overlapping team hours in createDesk',
      () =>
        createDesk({
          teams: [
            {
              id: 'sales',
              hours: { timeZone: 'Asia/Jakarta', weekly: { wed: ['08:00-17:00', '16:00-20:00'] } },
            },
          ],
        }),
      /teams\.0\.hours\.weekly\.wed\.1/,
    ],
    [
      'an invalid team time zone in createDesk',
      () => createDesk({ teams: [{ id: 'sales', hours: { timeZone: 'Brazil/Rio', weekly: {} } }] }),
      /teams\.0\.hours\.timeZone/,
    ],
  ];
  for (const [name, make, message] of cases) {
    it(`RT8: rejects ${name}`, () => expectConfigError(make, message));
  }
});
