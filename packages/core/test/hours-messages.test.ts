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

describe('RT8: channel and assistant hours', () => {
  it('RT8: a closed channel says its own out-of-hours message once per closed period; the assistant still answers', async () => {
    const t = await createTestDesk({
      now: '2026-01-09T13:00:00Z', // Friday 20:00 in Jakarta
      settings: {
        hours: jakartaOffice,
        outOfHoursMessage: 'Toko tutup, kami balas Senin jam 09:00.',
      },
    });
    const c = t.customer('6281234567890');
    await c.send('halo');
    await c.send('ada stok?');
    expect(c.texts()).toEqual([
      'Toko tutup, kami balas Senin jam 09:00.',
      'echo: halo',
      'echo: ada stok?',
    ]);
    await t.clock.setTime('2026-01-12T03:00:00Z'); // Monday 10:00, open
    await c.send('pagi');
    expect(c.lastText()).toBe('echo: pagi');
    expect(c.texts().filter((x) => x.startsWith('Toko tutup'))).toHaveLength(1);
  });

  it("RT8: with the channel and its team both closed the customer gets one notice, the channel's", async () => {
    const t = await createTestDesk({
      now: '2026-01-09T13:00:00Z',
      route: { team: 'cs' },
      teams: [{ id: 'cs', hours: jakartaOffice, outOfHoursMessage: 'Tim tutup.' }],
      settings: { hours: jakartaOffice, outOfHoursMessage: 'Toko tutup.' },
    });
    const c = t.customer('62811');
    await c.send('halo');
    await c.send('halo?');
    expect(c.texts()).toEqual(['Toko tutup.']);
  });

  it('RT8: an assistant off its hours says its out-of-hours message, then its backup team takes over', async () => {
    const t = await createTestDesk({
      now: '2026-01-09T13:00:00Z',
      assistants: [
        {
          id: 'sofia',
          assistant: scriptedAssistant(),
          backupTeam: 'cs',
          hours: jakartaOffice,
          outOfHoursMessage: 'Sofia istirahat; tim kami akan membalas.',
        },
      ],
      route: { assistant: 'sofia' },
      teams: [{ id: 'cs', autoMessage: 'Tim kami segera membalas.' }],
    });
    const c = t.customer('62822');
    await c.send('halo');
    expect(c.texts()).toEqual([
      'Sofia istirahat; tim kami akan membalas.',
      'Tim kami segera membalas.',
    ]);
    expect((await t.desk.inbox.list()).items[0]?.conversation.teamId).toBe('cs');
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
