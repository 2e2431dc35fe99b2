import { contentText, createDesk, type Desk } from '@parley/core';
import { memoryChannel } from '@parley/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPostgresScheduler,
  type PostgresScheduler,
  type PostgresStore,
} from '../src/index.js';
import { postgresUrl } from './support/databases.js';
import { eventually } from './support/eventually.js';
import { serverTarget } from './support/targets.js';

// Two desks in this test process on one Postgres server stand for two processes: the
// owner runs channel `wa`; the other has no channel but shares the store and the jobs.
describe.skipIf(!postgresUrl)('sends forwarded to the channel owner (Postgres server)', () => {
  const target = serverTarget();
  const wa = memoryChannel();
  let owner: { desk: Desk; scheduler: PostgresScheduler; store: PostgresStore };
  let other: { desk: Desk; scheduler: PostgresScheduler; store: PostgresStore };

  const open = async (schema: string, channels: boolean) => {
    const store = await target.open({ schema });
    const scheduler = createPostgresScheduler({
      store,
      pollIntervalMs: 50,
      lanes: () => (channels ? ['wa'] : []),
    });
    const desk = createDesk({
      store,
      scheduler,
      teams: [{ id: 'support' }],
      channels: channels ? [{ id: 'wa', adapter: wa, route: { team: 'support' } }] : [],
    });
    await desk.start();
    return { desk, scheduler, store };
  };

  beforeAll(async () => {
    await target.setup();
    const schema = target.schema('forward');
    owner = await open(schema, true);
    other = await open(schema, false);
  });
  afterAll(async () => {
    await other?.desk.stop();
    await owner?.desk.stop();
    await target.teardown();
  });

  const sentTo = (to: string) =>
    wa.sent.filter((m) => m.to === to).map((m) => contentText(m.content));

  it('PL3: desk.send, an operator reply and a send to a new contact from a process without the channel are sent once by its owner', async () => {
    expect((await wa.customer('ana').send('hello')).status).toBe('accepted');
    const conv = (await other.desk.inbox.list()).items[0]!.conversation;

    // Resolves once the send is durable; the owner records and sends it.
    expect(await other.desk.send({ conversationId: conv.id }, 'from the other process')).toEqual(
      [],
    );
    await other.desk.inbox.reply(conv.id, 'an operator answers', { operatorId: 'op-1' });
    await other.desk.send({ channelId: 'wa', to: 'bob' }, 'a business-started message');
    await eventually(
      async () => sentTo('ana').length === 2 && sentTo('bob').length === 1,
      'the owner sent all three',
    );
    await owner.scheduler.idle();

    expect(sentTo('ana')).toEqual(['from the other process', 'an operator answers']);
    expect(sentTo('bob')).toEqual(['a business-started message']);
    const stored = await owner.store.listMessages(conv.tenantId, conv.id);
    expect(
      stored
        .filter((m) => m.direction === 'outbound')
        .map((m) => [m.author.kind, contentText(m.content)]),
    ).toEqual([
      ['system', 'from the other process'],
      ['operator', 'an operator answers'],
    ]);
  }, 30_000);
});
