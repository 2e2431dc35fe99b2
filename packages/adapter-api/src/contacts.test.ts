import { describe, expect, it } from 'vitest';
import { type ChannelSetup, call, read, setupChannel } from './harness.test-support.js';

/** The desk's contact behind an address of channel `api`. */
async function deskContact(t: ChannelSetup, address: string) {
  const contact = await t.store.findContactByIdentity('default', {
    channelId: 'api',
    externalId: address,
  });
  if (!contact) throw new Error(`the desk has no contact for ${address}`);
  return contact;
}

/** Creates the contact and has it write once, so the desk holds it. */
async function written(t: ChannelSetup, body: Record<string, unknown>) {
  expect((await call(t.adapter, 'POST', '/contacts', body)).status).toBe(201);
  const opened = await call(t.adapter, 'POST', `/contacts/${body.id}/conversations`, {
    message: { text: 'Halo' },
  });
  expect(opened.status).toBe(201);
}

describe('API channel: contacts are the desk contacts', () => {
  it('CH6: the profile set before the first message, attributes included, reaches the desk contact with it', async () => {
    const t = await setupChannel();
    await written(t, {
      id: 'crm-42',
      name: 'Ana Souza',
      email: 'ana@example.com',
      attributes: { plan: 'basic', seats: 2 },
    });
    expect(await deskContact(t, 'crm-42')).toMatchObject({
      name: 'Ana Souza',
      email: 'ana@example.com',
      attributes: { plan: 'basic', seats: 2 },
    });
    expect(t.errors).toEqual([]);
  });

  it('CH6: attributes set with POST /contacts reach routing for the very first message', async () => {
    const t = await setupChannel({
      desk: {
        teams: [
          { id: 'support', operators: [{ id: 'maria', name: 'Maria' }] },
          { id: 'enterprise', operators: [{ id: 'joao', name: 'João' }] },
        ],
        rules: [
          {
            id: 'big-accounts',
            when: { attributes: { plan: 'enterprise' } },
            route: { team: 'enterprise' },
          },
        ],
      },
    });
    const routed: string[] = [];
    t.desk.on('conversation.routed', (e) => {
      routed.push(e.ruleId ?? e.reason);
    });
    await written(t, { id: 'crm-7', name: 'Budi', attributes: { plan: 'enterprise' } });
    expect(routed).toEqual(['big-accounts']);
    const [row] = (await t.desk.inbox.list()).items;
    expect(row?.conversation.teamId).toBe('enterprise');
    expect((await deskContact(t, 'crm-7')).attributes).toEqual({ plan: 'enterprise' });
    expect(t.errors).toEqual([]);
  });

  it('CH6: PATCH /contacts/:id updates the desk contact: name, email, phone and attributes', async () => {
    const t = await setupChannel();
    await written(t, { id: 'crm-42', name: 'Ana', attributes: { plan: 'basic' } });
    const updates: string[] = [];
    t.desk.on('contact.updated', ({ contact }) => {
      updates.push(contact.name ?? '');
    });
    const patched = await read(
      call(t.adapter, 'PATCH', '/contacts/crm-42', {
        name: 'Ana Souza',
        email: 'ana@example.com',
        phone: '+5521988776655',
        attributes: { plan: 'pro', vip: true },
      }),
    );
    expect(patched.status).toBe(200);
    const profile = {
      name: 'Ana Souza',
      email: 'ana@example.com',
      phone: '+5521988776655',
      attributes: { plan: 'pro', vip: true },
    };
    expect(patched.body.contact).toMatchObject({ id: 'crm-42', ...profile, origin: 'api' });
    expect(patched.body.contact).not.toHaveProperty('inDesk');
    expect(await deskContact(t, 'crm-42')).toMatchObject(profile);
    expect(updates).toEqual(['Ana Souza']);

    // An operator renames her in the inbox: the next answer shows the desk's name.
    const contactId = (await deskContact(t, 'crm-42')).id;
    await t.desk.contacts.rename(contactId, 'Ana S. (VIP)');
    const again = await read(
      call(t.adapter, 'PATCH', '/contacts/crm-42', { attributes: { seats: 3 } }),
    );
    expect(again.body.contact).toMatchObject({
      name: 'Ana S. (VIP)',
      attributes: { plan: 'pro', vip: true, seats: 3 },
    });
    expect((await read(call(t.adapter, 'GET', '/contacts/crm-42'))).body.contact).toEqual(
      again.body.contact,
    );
    expect(t.errors).toEqual([]);
  });

  it('CH6: a field the desk holds cannot be cleared; the refusal says what to do instead', async () => {
    const t = await setupChannel();
    await written(t, { id: 'crm-7', email: 'budi@example.co.id', attributes: { vip: true } });
    const refused = await read(
      call(t.adapter, 'PATCH', '/contacts/crm-7', {
        name: 'Budi',
        email: null,
        attributes: { vip: null },
      }),
    );
    expect(refused).toMatchObject({ status: 422, body: { error: 'cannot_clear' } });
    expect(refused.body.message).toMatch(/email, attributes\.vip.*Send a new value/);
    expect(refused.body.issues.map((i: { path: string }) => i.path)).toEqual([
      'email',
      'attributes.vip',
    ]);
    // Nothing was half-applied.
    const contact = await deskContact(t, 'crm-7');
    expect(contact.name).toBeUndefined();
    expect(contact).toMatchObject({ email: 'budi@example.co.id', attributes: { vip: true } });
  });

  it('CH6: a contact created over HTTP that the desk writes to first gets its profile in the desk then', async () => {
    const t = await setupChannel();
    await call(t.adapter, 'POST', '/contacts', {
      id: 'crm-8',
      name: 'Budi',
      attributes: { tier: 'gold' },
    });
    await t.desk.send({ channelId: 'api', to: 'crm-8' }, 'Your order has shipped');
    expect(await deskContact(t, 'crm-8')).toMatchObject({
      name: 'Budi',
      attributes: { tier: 'gold' },
    });
    const patched = await read(call(t.adapter, 'PATCH', '/contacts/crm-8', { name: 'Budi S.' }));
    expect(patched.body.contact).toMatchObject({ name: 'Budi S.', origin: 'api' });
    expect((await deskContact(t, 'crm-8')).name).toBe('Budi S.');
  });

  it('CH6: creating a contact the desk already holds adopts the desk contact', async () => {
    const t = await setupChannel();
    await t.desk.send({ channelId: 'api', to: 'crm-9' }, 'Welcome!');
    // The channel's own record is gone (an older channel version, a wiped key space).
    await t.store.kv('channel:api').delete('contact:crm-9');
    await t.desk.contacts.setAttributes((await deskContact(t, 'crm-9')).id, { source: 'ads' });
    const created = await read(
      call(t.adapter, 'POST', '/contacts', { id: 'crm-9', name: 'Citra', attributes: { vip: 1 } }),
    );
    expect(created.status).toBe(201);
    expect(created.body.contact).toMatchObject({
      id: 'crm-9',
      name: 'Citra',
      attributes: { source: 'ads', vip: 1 },
    });
    expect(await deskContact(t, 'crm-9')).toMatchObject({
      name: 'Citra',
      attributes: { source: 'ads', vip: 1 },
    });
  });

  it('CH6: a record from before the desk held contacts is handed over whole by the next PATCH', async () => {
    const t = await setupChannel();
    await written(t, { id: 'crm-11' });
    // What an earlier version of the channel stored: the profile on its side only.
    const kv = t.store.kv('channel:api');
    const { inDesk: _inDesk, ...old } = (await kv.get<Record<string, unknown>>('contact:crm-11'))!;
    await kv.set('contact:crm-11', { ...old, name: 'Dewi', attributes: { plan: 'basic' } });
    const patched = await read(
      call(t.adapter, 'PATCH', '/contacts/crm-11', { email: null, attributes: { seats: 2 } }),
    );
    expect(patched).toMatchObject({ status: 422, body: { error: 'cannot_clear' } });
    expect(patched.body.message).toMatch(/The other fields were saved/);
    expect(await deskContact(t, 'crm-11')).toMatchObject({
      name: 'Dewi',
      attributes: { plan: 'basic', seats: 2 },
    });
    const got = await read(call(t.adapter, 'GET', '/contacts/crm-11'));
    expect(got.body.contact).toMatchObject({
      name: 'Dewi',
      attributes: { plan: 'basic', seats: 2 },
    });
  });
});
