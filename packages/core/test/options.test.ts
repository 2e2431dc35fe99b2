import { describe, expect, it } from 'vitest';
import { memoryChannel } from '../src/channels/memory-channel.js';
import { createDesk } from '../src/desk/create-desk.js';
import { ParleyError } from '../src/errors.js';
import { createTestDesk } from '../src/testing/index.js';
import { expectConfigError } from './routing-helpers.js';

const channel = (extra: Record<string, unknown>) => ({
  id: 'web',
  adapter: memoryChannel(),
  ...extra,
});

describe('IN5: every option mistake fails at createDesk', () => {
  it('IN5: a misspelt channel option is refused with its path and the key meant', () => {
    expectConfigError(
      () => createDesk({ channels: [channel({ welcomeMesage: 'Olá!' }) as never] }),
      /channels\.0: unknown key "welcomeMesage" \(did you mean "welcomeMessage"\?\)/,
    );
  });

  it('IN4: a misspelt tenant option is refused, not silently defaulted', () => {
    expectConfigError(
      () => createDesk({ tenants: [{ id: 'acme', autoCloseHour: 2 } as never] }),
      /tenants\.0: unknown key "autoCloseHour" \(did you mean "autoCloseHours"\?\)/,
    );
  });

  it('RT1: a misspelt route target names the key of the target kinds', () => {
    expectConfigError(
      () => createDesk({ channels: [channel({ route: { assistent: 'bot' } }) as never] }),
      /channels\.0\.route: unknown key "assistent" \(did you mean "assistant"\?\)/,
    );
  });

  it('RT8: nested options (hours, assistants, desk root) are checked too', () => {
    expectConfigError(
      () =>
        createDesk({
          channels: [channel({ hours: { timeZone: 'UTC', weekly: {}, holidayz: [] } }) as never],
        }),
      /channels\.0\.hours: unknown key "holidayz" \(did you mean "holidays"\?\)/,
    );
    expectConfigError(
      () => createDesk({ histroyLimit: 10 } as never),
      /unknown key "histroyLimit" \(did you mean "historyLimit"\?\)/,
    );
    expectConfigError(
      () =>
        createDesk({
          assistants: [
            {
              id: 'a',
              assistant: { respond: async () => ({ type: 'none' }) },
              backupTeam: 't',
              fallback: 'x',
            },
          ] as never,
        }),
      /assistants\.0: unknown key "fallback" \(did you mean "fallbackMessage"\?\)/,
    );
    expectConfigError(
      () => createDesk({ turnRecovery: { staleAfter: 60_000 } } as never),
      /turnRecovery: unknown key "staleAfter" \(did you mean "staleAfterMs"\?\)/,
    );
    expectConfigError(
      () =>
        createDesk({
          menus: [
            {
              id: 'm',
              text: 'Hi',
              options: [{ title: 'A', route: { team: 'support' }, tittle: 'B' }],
              fallbackTeam: 'support',
            },
          ] as never,
          teams: [{ id: 'support' }],
        }),
      /menus\.0\.options\.0: unknown key "tittle" \(did you mean "title"\?\)/,
    );
  });

  it('IN5: a key unlike any option lists the accepted ones', () => {
    expectConfigError(
      () => createDesk({ tenants: [{ id: 'acme', colour: 'red' } as never] }),
      /unknown key "colour" \(accepted: id, name, autoCloseHours/,
    );
  });

  it('IN5: channels added at runtime are checked the same way', async () => {
    const t = await createTestDesk();
    await expect(
      t.desk.channels.add(channel({ id: 'late', groupMessages: { windowMS: 100 } }) as never),
    ).rejects.toSatisfy(
      (e: unknown) =>
        ParleyError.hasCode(e, 'CONFIG_INVALID') &&
        /groupMessages: unknown key "windowMS" \(did you mean "windowMs"\?\)/.test(
          (e as Error).message,
        ),
    );
  });
});
