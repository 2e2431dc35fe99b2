import { describe, expect, it } from 'vitest';
import type { AssistantResult } from '../src/assistant/assistant.js';
import { createTestDesk } from '../src/testing/index.js';

/** An assistant whose model call hangs until the test lets it answer (and ignores aborts). */
function hangingModel() {
  let called!: () => void;
  const started = new Promise<void>((resolve) => {
    called = resolve;
  });
  let answer!: (result: AssistantResult) => void;
  const result = new Promise<AssistantResult>((resolve) => {
    answer = resolve;
  });
  return {
    started,
    answer: (text: string) => answer({ type: 'reply', messages: [{ type: 'text', text }] }),
    script: () => {
      called();
      return result;
    },
  };
}

async function deskWithHangingModel(settings = {}) {
  const model = hangingModel();
  const t = await createTestDesk({ script: model.script, settings });
  const c = t.customer('c');
  const turn = c.send('hello?');
  await model.started;
  const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
  return { t, c, turn, model, id };
}

describe('IN2: operator actions never wait on a model call', () => {
  it('IN2: labels, read/unread and contact notes return while the model hangs; the answer still goes out', async () => {
    const { t, c, turn, model, id } = await deskWithHangingModel();
    const inbox = t.desk.inbox;
    await inbox.addLabel(id, 'Follow Up');
    await inbox.markUnread(id);
    await inbox.markRead(id);
    await inbox.removeLabel(id, 'Follow Up');
    await inbox.addLabel(id, 'VIP');
    const conv = await inbox.get(id);
    await t.desk.contacts.addNote(conv.contactId, 'asked twice', { author: 'op-1' });
    expect(c.texts()).toEqual([]);

    model.answer('here you go');
    await turn;
    expect(c.texts()).toEqual(['here you go']);
    // The operator's label survives the turn that was running meanwhile.
    expect((await inbox.get(id)).labels).toEqual(['VIP']);
    expect(t.errors).toEqual([]);
  });

  it('IN2: solving while the model hangs returns at once; the late answer is never sent, the survey is', async () => {
    const { t, c, turn, model, id } = await deskWithHangingModel({
      csat: { question: 'How did we do?', thanks: 'Thanks!' },
    });
    const suppressed: string[] = [];
    t.desk.on('message.suppressed', (e) => {
      suppressed.push(e.reason);
    });
    const solved = await t.desk.inbox.solve(id, { by: 'op-1' });
    expect(solved.status).toBe('solved');
    await turn;
    model.answer('a late answer');
    await t.clock.advance(1);
    expect(c.texts()).toHaveLength(1);
    expect(c.lastText()).toContain('How did we do?');
    expect(c.texts().join()).not.toContain('late answer');
    expect((await t.desk.inbox.get(id)).status).toBe('solved');
  });

  it('IN2: a model that answers after the solve (ignoring the abort) sends nothing', async () => {
    const { t, c, turn, model, id } = await deskWithHangingModel();
    // Solve and answer in the same tick: the answer lands while the solve is in flight.
    const solving = t.desk.inbox.solve(id);
    model.answer('too late');
    await Promise.all([solving, turn]);
    expect(c.texts()).toEqual([]);
  });

  it('IN2: hand back, takeover and operator reply while the model hangs; only the operator is heard', async () => {
    const { t, c, turn, model, id } = await deskWithHangingModel();
    await t.desk.inbox.reply(id, 'Maria here, one moment', { operatorId: 'op-1' });
    const conv = await t.desk.inbox.get(id);
    expect(conv.handler).toBe('operator');
    model.answer('the bot speaking');
    await turn;
    expect(c.texts()).toEqual(['Maria here, one moment']);
    await t.desk.inbox.handBack(id);
    t.assistant.setScript([]);
    await c.send('ok');
    expect(c.lastText()).toBe('echo: ok');
  });

  it('IN2: operator actions queued behind a running turn are let through once it waits on its model', async () => {
    const model = hangingModel();
    const t = await createTestDesk();
    const c = t.customer('c');
    await c.send('first');
    const id = (await t.desk.inbox.list()).items[0]!.conversation.id;
    t.assistant.setScript(model.script);
    const turn = c.send('second');
    // Queued before the model is called: it must not wait for the model.
    const labeled = t.desk.inbox.addLabel(id, 'Queued');
    await model.started;
    expect((await labeled).labels).toEqual(['Queued']);
    model.answer('answer to second');
    await turn;
    expect(c.lastText()).toBe('answer to second');
    expect((await t.desk.inbox.get(id)).labels).toEqual(['Queued']);
  });
});
