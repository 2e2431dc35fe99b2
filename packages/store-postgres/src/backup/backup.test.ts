import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Contact, Conversation, DeskStore, Message } from '@parley/core';
import { createMemoryStore, ParleyError } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { targets } from '../../test/support/targets.js';
import { backupTenant } from './backup.js';
import { restoreTenant } from './restore.js';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 9, minute));

async function seed(store: DeskStore, tenantId: string) {
  const contact: Contact = {
    id: 'c1',
    tenantId,
    identities: [{ channelId: 'wa', externalId: '5521988776655@s.whatsapp.net' }],
    name: 'João',
    phone: '+5521988776655',
    labels: ['vip'],
    notes: [{ id: 'n1', text: 'prefers mornings', createdAt: at(1) }],
    attributes: { plan: 'gold', seats: 3, active: true },
    createdAt: at(0),
    updatedAt: at(2),
  };
  await store.saveContact(contact);
  const conversation: Conversation = {
    id: 'v1',
    tenantId,
    channelId: 'wa',
    contactId: 'c1',
    contactAddress: '5521988776655@s.whatsapp.net',
    status: 'open',
    handler: 'operator',
    origin: 'customer',
    assigneeId: 'op-rita',
    unreadCount: 1,
    labels: ['Follow Up'],
    lastMessage: { text: 'foto', direction: 'inbound', at: at(3) },
    lastActivityAt: at(3),
    createdAt: at(1),
    updatedAt: at(3),
    state: { plugins: { test: { askedAt: at(3), $date: 'a key that looks like a tag' } } },
  };
  await store.saveConversation(conversation);
  const messages: Message[] = [
    {
      id: 'm1',
      tenantId,
      conversationId: 'v1',
      channelId: 'wa',
      contactId: 'c1',
      direction: 'inbound',
      author: { kind: 'contact' },
      content: { type: 'text', text: 'Olá, tudo bem?\u0000' },
      status: 'received',
      externalId: 'wamid.1',
      createdAt: at(2),
    },
    {
      id: 'm2',
      tenantId,
      conversationId: 'v1',
      channelId: 'wa',
      contactId: 'c1',
      direction: 'inbound',
      author: { kind: 'contact' },
      content: {
        type: 'media',
        kind: 'image',
        data: new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10]),
        mimeType: 'image/jpeg',
        caption: 'foto',
      },
      status: 'received',
      externalId: 'wamid.2',
      createdAt: at(3),
    },
  ];
  for (const m of messages) await store.appendMessage(m);
  await store.recordUsage({
    tenantId,
    assistantId: 'bot',
    conversationId: 'v1',
    model: 'gpt-5-mini',
    inputTokens: 120,
    outputTokens: 30,
    cost: 0.002,
    at: at(3),
  });
  await store.kv('channel:wa').set('creds', { me: '5521', key: new Uint8Array([1, 2, 3]) });
  await store.kv('channel:wa').set('session:tmp', 'short-lived', { ttlMs: 60_000 });
}

async function snapshot(store: DeskStore, tenantId: string) {
  const page = await store.listConversations(tenantId, {});
  return {
    contact: await store.getContact(tenantId, 'c1'),
    byIdentity: (
      await store.findContactByIdentity(tenantId, {
        channelId: 'wa',
        externalId: '5521988776655@s.whatsapp.net',
      })
    )?.id,
    inbox: page.items,
    search: (await store.listConversations(tenantId, { search: 'ola' })).items.length,
    messages: await store.listMessages(tenantId, 'v1', { limit: 100 }),
    byExternal: (await store.findMessageByExternalId(tenantId, 'wa', 'wamid.2'))?.id,
    usage: await store.usageTotals(tenantId),
    creds: await store.kv('channel:wa').get('creds'),
    tmp: await store.kv('channel:wa').get('session:tmp'),
  };
}

const retenant = <T extends { tenantId: string }>(r: T, tenantId: string): T => ({
  ...r,
  tenantId,
});

for (const target of targets()) {
  describe(`backup and restore on ${target.name}`, () => {
    let dir: string;
    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'parley-backup-'));
      await target.setup();
    });
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await target.teardown();
    });

    it('IN8: a tenant round-trips through a portable file into another store, or the memory store', async () => {
      const clock = createFakeClock();
      const source = await target.open({ clock });
      await seed(source, 'acme');
      await seed(source, 'other-tenant');
      const file = join(dir, 'acme.parley.jsonl.gz');
      const summary = await backupTenant({
        store: source,
        tenantId: 'acme',
        to: file,
        kvNamespaces: ['channel:wa'],
      });
      expect(summary.counts).toEqual({ contact: 1, conversation: 1, message: 2, usage: 1, kv: 2 });

      const lines = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');
      expect(JSON.parse(lines[0]!)).toMatchObject({
        format: 'parley-backup',
        version: 1,
        tenantId: 'acme',
      });
      expect(JSON.parse(lines.at(-1)!)).toMatchObject({ kind: 'end' });
      expect(lines.join('\n')).not.toContain('other-tenant');

      const expected = await snapshot(source, 'acme');
      expect(expected.search).toBe(1);
      expect(expected.tmp).toBe('short-lived');

      const copy = await target.open({ clock });
      await restoreTenant({ store: copy, from: file });
      expect(await snapshot(copy, 'acme')).toEqual(expected);

      const memory = createMemoryStore({ clock });
      await restoreTenant({ store: memory, from: readFileSync(file), tenantId: 'acme-copy' });
      const moved = await snapshot(memory, 'acme-copy');
      expect(moved.messages).toEqual(expected.messages.map((m) => retenant(m, 'acme-copy')));
      expect(moved.contact).toEqual(retenant(expected.contact!, 'acme-copy'));
      expect(moved.inbox.map((r) => r.conversation)).toEqual(
        expected.inbox.map((r) => retenant(r.conversation, 'acme-copy')),
      );
      expect(moved.usage).toEqual(expected.usage);
      expect(moved.creds).toEqual(expected.creds);

      await expect(restoreTenant({ store: copy, from: file })).rejects.toThrow(
        /already has conversations/,
      );
    });

    it('IN8: a cut-short, altered or newer-version file is refused before anything is written', async () => {
      const source = await target.open({});
      await seed(source, 'acme');
      const file = join(dir, 'damaged.jsonl.gz');
      await backupTenant({ store: source, tenantId: 'acme', to: file });
      const lines = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n');
      const write = (name: string, text: string) => {
        const path = join(dir, name);
        writeFileSync(path, gzipSync(text));
        return path;
      };
      const target2 = await target.open({});
      const cases: Array<[string, RegExp]> = [
        [write('cut.gz', lines.slice(0, -2).join('\n')), /cut short/],
        [
          write('count.gz', [...lines.slice(0, 2), ...lines.slice(3)].join('\n')),
          /end marker says/,
        ],
        [
          write(
            'version.gz',
            [lines[0]!.replace('"version":1', '"version":99'), ...lines.slice(1)].join('\n'),
          ),
          /version 99/,
        ],
        [write('plain.gz', 'hello'), /header/],
      ];
      for (const [path, why] of cases) {
        const error = await restoreTenant({ store: target2, from: path }).catch((e) => e);
        expect(ParleyError.hasCode(error, 'FILE_INVALID')).toBe(true);
        expect(String(error)).toMatch(why);
      }
      const notGzip = await restoreTenant({
        store: target2,
        from: new Uint8Array([1, 2, 3]),
      }).catch((e) => e);
      expect(ParleyError.hasCode(notGzip, 'FILE_INVALID')).toBe(true);
      expect(await target2.getContact('acme', 'c1')).toBeUndefined();
    });
  });
}
