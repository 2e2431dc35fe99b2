import { createTestDesk } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import type { DataManagementOptions } from './api.js';
import { dataManagement } from './data-management.js';
import type { RetentionReport } from './policy.js';

const DAY = 86_400_000;

/** Ana wrote 100 days ago; Budi wrote yesterday; Carla wrote 100 days ago and is a VIP. */
async function history(options: DataManagementOptions = {}) {
  const dm = dataManagement(options);
  const t = await createTestDesk({ now: '2026-01-01T10:00:00Z', plugins: [dm] });
  await t.customer('ana', { name: 'Ana' }).send('Meu CPF é 123.456.789-00');
  await t.customer('carla', { name: 'Carla' }).send('Quero o plano anual');
  await t.clock.advance(99 * DAY);
  await t.customer('budi', { name: 'Budi' }).send('Halo, masih buka?');
  await t.clock.advance(DAY);
  const rows = (await t.desk.inbox.list({ status: ['open', 'solved', 'closed'] })).items;
  const idOf = (name: string) => rows.find((r) => r.contact.name === name)!;
  await t.desk.contacts.addLabel(idOf('Carla').contact.id, 'VIP');
  return { t, dm, ana: idOf('Ana'), budi: idOf('Budi'), carla: idOf('Carla') };
}

describe('IN8: data management', () => {
  it('IN8: a dry run reports what deleting old messages would do and changes nothing; the run does it', async () => {
    const { t, dm, ana, budi } = await history();
    await dm.setPolicy('default', { messages: { olderThanDays: 90, action: 'delete' } });
    const dry = await dm.run('default', { dryRun: true });
    expect(dry.messages).toMatchObject({ action: 'delete', matched: 4, changed: 0, snippets: 2 });
    expect(await t.desk.inbox.messages(ana.conversation.id)).toHaveLength(2);

    const done = await dm.run('default');
    expect(done.messages).toMatchObject({ matched: 4, changed: 4, snippets: 2 });
    expect(await t.desk.inbox.messages(ana.conversation.id)).toEqual([]);
    expect((await t.desk.inbox.get(ana.conversation.id)).lastMessage).toBeUndefined();
    expect(await t.desk.inbox.messages(budi.conversation.id)).toHaveLength(2);
    expect((await t.desk.inbox.list({ search: 'CPF', status: ['closed'] })).items).toEqual([]);
    const reports = await dm.reports('default');
    expect(reports.map((r) => [r.dryRun, r.messages?.changed])).toEqual([
      [false, 4],
      [true, 0],
    ]);
    expect(reports[0]!.at).toBeInstanceOf(Date);
  });

  it('IN8: anonymising keeps the record of who wrote when, and blanks what was said', async () => {
    const { t, dm, ana } = await history();
    await dm.setPolicy('default', { messages: { olderThanDays: 30, action: 'anonymise' } });
    const first = await dm.run('default');
    expect(first.messages).toMatchObject({ matched: 4, changed: 4 });
    const messages = await t.desk.inbox.messages(ana.conversation.id);
    expect(messages.map((m) => [m.direction, m.status, m.content])).toEqual([
      ['inbound', 'received', { type: 'unsupported', description: 'anonymised' }],
      ['outbound', 'sent', { type: 'unsupported', description: 'anonymised' }],
    ]);
    expect((await t.desk.inbox.get(ana.conversation.id)).lastMessage?.text).toBe('[anonymised]');
    expect((await dm.run('default')).messages).toMatchObject({
      matched: 0,
      changed: 0,
      snippets: 0,
    });
  });

  it('IN8: inactive contacts go with their conversations, except kept labels and recent ones', async () => {
    const { t, dm, ana, budi, carla } = await history();
    await dm.setPolicy('default', { inactiveContacts: { afterDays: 60, keepLabels: ['VIP'] } });
    const dry = await dm.run('default', { dryRun: true });
    expect(dry.inactiveContacts).toMatchObject({ matched: 1, deleted: 0, conversations: 1 });
    expect(dry.inactiveContacts?.sample).toEqual([
      { id: ana.contact.id, name: 'Ana', lastSeenAt: new Date('2026-01-01T10:00:00Z') },
    ]);
    await expect(t.desk.contacts.get(ana.contact.id)).resolves.toBeTruthy();

    const done = await dm.run('default');
    expect(done.inactiveContacts).toMatchObject({ matched: 1, deleted: 1, conversations: 1 });
    await expect(t.desk.contacts.get(ana.contact.id)).rejects.toThrow(/No contact/);
    await expect(t.desk.inbox.get(ana.conversation.id)).rejects.toThrow(/No conversation/);
    await expect(t.desk.contacts.get(carla.contact.id)).resolves.toBeTruthy();
    await expect(t.desk.contacts.get(budi.contact.id)).resolves.toBeTruthy();
    // Ana writes again: a new contact and conversation, nothing of the old ones.
    await t.customer('ana').send('Oi de novo');
    const rows = (await t.desk.inbox.list()).items.filter(
      (r) => r.conversation.contactAddress === 'ana',
    );
    expect(rows).toHaveLength(1);
    expect(await t.desk.inbox.messages(rows[0]!.conversation.id)).toHaveLength(2);
  });

  it('IN8: policies run as daily jobs at the set local time; a dry-run policy only reports', async () => {
    const seen: RetentionReport[] = [];
    const { t, dm } = await history({
      schedule: { at: '03:00', timeZone: 'America/Sao_Paulo' },
      onReport: (r) => seen.push(r),
    });
    await dm.setPolicy('default', {
      messages: { olderThanDays: 90, action: 'delete' },
      dryRun: true,
    });
    await dm.start();
    // Now 2026-04-11 10:00 UTC; 03:00 in São Paulo is 06:00 UTC, tomorrow.
    await t.clock.setTime('2026-04-12T05:59:00Z');
    expect(seen).toEqual([]);
    await t.clock.advance(60_000);
    expect(seen.map((r) => [r.at.toISOString(), r.dryRun, r.messages?.matched])).toEqual([
      ['2026-04-12T06:00:00.000Z', true, 4],
    ]);
    await t.clock.advance(DAY);
    expect(seen).toHaveLength(2);
    await dm.setPolicy('default', undefined);
    await t.clock.advance(2 * DAY);
    expect(seen).toHaveLength(2);
    expect(t.errors).toEqual([]);
  });

  it("IN8: one tenant's policy never touches another tenant; bad policies are refused", async () => {
    const { t, dm, ana } = await history();
    await dm.setPolicy('other', {
      messages: { olderThanDays: 1, action: 'delete' },
      inactiveContacts: { afterDays: 1 },
    });
    const report = await dm.run('other');
    expect(report.messages?.changed).toBe(0);
    expect(report.inactiveContacts?.deleted).toBe(0);
    expect(await t.desk.inbox.messages(ana.conversation.id)).toHaveLength(2);
    await expect(
      dm.setPolicy('default', { messages: { olderThanDays: 0, action: 'delete' } }),
    ).rejects.toThrow(/messages\.olderThanDays/);
    await expect(
      dm.setPolicy('default', { messages: { olderThanDays: 5, action: 'shred' as 'delete' } }),
    ).rejects.toThrow(/messages\.action/);
    await expect(dm.run('nobody')).rejects.toThrow(/no retention policy/);
  });

  it('IN8: a policy given in code runs daily from desk.start(), with no start() call of its own', async () => {
    const { dm, ana, t } = await history({
      policies: { default: { messages: { olderThanDays: 30, action: 'anonymise' } } },
    });
    // 100 days passed in history(): the daily job anonymised Ana's messages on the way.
    expect((await t.desk.inbox.messages(ana.conversation.id)).map((m) => m.content.type)).toEqual([
      'unsupported',
      'unsupported',
    ]);
    expect((await dm.reports('default')).length).toBe(30);
  });

  it('IN8: the plug-in gets erasure because it asks for it; other plug-ins get none', async () => {
    let other: boolean | undefined;
    const { dm } = await history();
    await createTestDesk({
      plugins: [dataManagement(), { id: 'nosy', init: (api) => void (other = !!api.erasure) }],
    });
    expect(dm.needs).toEqual(['erasure']);
    expect(other).toBe(false);
    expect(() => dataManagement().policy('default')).toThrow(/createDesk\(\{ plugins \}\)/);
  });
});
