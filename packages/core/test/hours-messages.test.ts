import { describe, expect, it } from 'vitest';
import { createDesk } from '../src/desk/create-desk.js';
import { createTestDesk, memoryChannel, scriptedAssistant } from '../src/testing/index.js';
import { expectConfigError, weekdays } from './routing-helpers.js';

const jakartaOffice = { timeZone: 'Asia/Jakarta', weekly: weekdays('09:00-17:00') };

describe('RT8: out-of-hours message', () => {
  it('RT8: sent once per conversation per closed period, instead of the auto-message', async () => {
    const t = await createTestDesk({
      now: '2026-01-09T13:00:00Z', // Friday 20:00 in Jakarta
      tenants: [{ id: 'default', autoCloseHours: 72 }],
      route: { team: 'cs' },
      teams: [
        {
          id: 'cs',
          hours: jakartaOffice,
          autoMessage: 'Tim kami segera membalas.',
          outOfHoursMessage: 'Kami tutup. Buka lagi Senin jam 09:00.',
        },
      ],
    });
    const c = t.customer('6281234567890');
    await c.send('halo');
    await t.clock.setTime('2026-01-09T15:00:00Z'); // Friday 22:00
    await c.send('masih ada?');
    await t.clock.setTime('2026-01-10T03:00:00Z'); // Saturday 10:00, still the same closed period
    await c.send('??');
    expect(c.texts()).toEqual(['Kami tutup. Buka lagi Senin jam 09:00.']);
    await t.clock.setTime('2026-01-12T03:00:00Z'); // Monday 10:00, open
    await c.send('selamat pagi');
    await t.customer('other').send('halo');
    expect(c.texts()).toHaveLength(1);
    expect(t.customer('other').texts()).toEqual(['Tim kami segera membalas.']);
    await t.clock.setTime('2026-01-12T12:00:00Z'); // Monday 19:00: a new closed period
    await c.send('halo lagi');
    expect(c.texts()).toEqual([
      'Kami tutup. Buka lagi Senin jam 09:00.',
      'Kami tutup. Buka lagi Senin jam 09:00.',
    ]);
    expect(t.desk.teams.isOpen('cs')).toBe(false);
  });
});

describe('routing configuration errors name the field', () => {
  const adapter = () => memoryChannel();
  const bot = () => scriptedAssistant();
  const cases: Array<[string, () => unknown, RegExp]> = [
    [
      'RT1: a route to an unknown team',
      () => createDesk({ channels: [{ id: 'wa', adapter: adapter(), route: { team: 'ghosts' } }] }),
      /channels\.0\.route\.team: no team "ghosts"/,
    ],
    [
      'RT1: a route to an unknown menu',
      () => createDesk({ channels: [{ id: 'wa', adapter: adapter(), route: { menu: 'nope' } }] }),
      /channels\.0\.route\.menu: no menu "nope"/,
    ],
    [
      'RT3: a route to an assistant without a backup team',
      () =>
        createDesk({
          assistants: [{ id: 'ai', assistant: bot() }],
          channels: [{ id: 'wa', adapter: adapter(), route: { assistant: 'ai' } }],
        }),
      /channels\.0\.route\.backupTeam/,
    ],
    [
      'RT3: an unknown backup team',
      () => createDesk({ assistants: [{ id: 'ai', assistant: bot(), backupTeam: 'night' }] }),
      /assistants\.0\.backupTeam: no team "night"/,
    ],
    [
      'RT5: active routing to an unknown team',
      () =>
        createDesk({ channels: [{ id: 'wa', adapter: adapter(), activeRouting: { team: 'x' } }] }),
      /channels\.0\.activeRouting\.team/,
    ],
    [
      'RT2: a menu fallback to an unknown team',
      () =>
        createDesk({
          teams: [{ id: 'a' }],
          menus: [
            {
              id: 'm',
              text: 'Pick',
              options: [{ title: 'A', route: { team: 'a' } }],
              fallbackTeam: 'b',
            },
          ],
        }),
      /menus\.0\.fallbackTeam: no team "b"/,
    ],
    [
      'RT6: a rule to an unknown team',
      () =>
        createDesk({ rules: [{ when: { text: { contains: 'x' } }, route: { team: 'ghosts' } }] }),
      /rules\.0\.route\.team/,
    ],
    [
      'RT6: a rule with a bad regex',
      () =>
        createDesk({ rules: [{ when: { text: { regex: '(unclosed' } }, route: { team: 'a' } }] }),
      /rules\.0\.when\.text\.regex/,
    ],
    [
      'RT6: a time rule on a channel without hours',
      () =>
        createDesk({
          teams: [{ id: 'a' }],
          channels: [{ id: 'wa', adapter: adapter() }],
          rules: [{ when: { time: 'closed' }, route: { team: 'a' } }],
        }),
      /rules\.0\.when\.hours/,
    ],
    [
      'RT7: an operator cap of 0',
      () => createDesk({ teams: [{ id: 'a', operators: [{ id: 'x', maxConcurrent: 0 }] }] }),
      /teams\.0\.operators\.0\.maxConcurrent/,
    ],
    [
      'RT7: a team id used twice',
      () => createDesk({ teams: [{ id: 'a' }, { id: 'a' }] }),
      /teams\.1\.id/,
    ],
    [
      'RT8: overlapping team intervals',
      () =>
        createDesk({
          teams: [
            {
              id: 'a',
              hours: { timeZone: 'UTC', weekly: { fri: ['09:00-18:00', '17:00-19:00'] } },
            },
          ],
        }),
      /teams\.0\.hours\.weekly\.fri\.1/,
    ],
    [
      'RT8: an invalid assistant time zone',
      () =>
        createDesk({
          assistants: [{ id: 'ai', assistant: bot(), hours: { timeZone: 'GMT+3', weekly: {} } }],
        }),
      /assistants\.0\.hours\.timeZone/,
    ],
    [
      'RT9: a maximum wait shorter than the window',
      () =>
        createDesk({
          channels: [
            { id: 'wa', adapter: adapter(), groupMessages: { windowMs: 5000, maxWaitMs: 1000 } },
          ],
        }),
      /channels\.0\.groupMessages\.maxWaitMs/,
    ],
    [
      'IN4: auto-close of 0 hours',
      () => createDesk({ tenants: [{ id: 't', autoCloseHours: 0 }] }),
      /tenants\.0\.autoCloseHours.*between 1 and 72/,
    ],
    [
      'IN4: auto-close of 100 hours',
      () => createDesk({ tenants: [{ id: 't', autoCloseHours: 100 }] }),
      /tenants\.0\.autoCloseHours.*between 1 and 72/,
    ],
  ];
  for (const [name, make, message] of cases) {
    it(`${name} fails at createDesk`, () => expectConfigError(make, message));
  }
});
