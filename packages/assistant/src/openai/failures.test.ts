import { ParleyError } from '@parley/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { until } from '../test-support/desk.js';
import { openaiDesk, toolResults } from '../test-support/openai.js';
import { type FakeOpenAIServer, fakeOpenAIServer } from '../testing/fake-openai-server.js';
import { defineTool } from '../tools/define-tool.js';

let server: FakeOpenAIServer;
beforeEach(async () => {
  server = await fakeOpenAIServer();
});
afterEach(async () => {
  await server.close();
});

const fallback = { fallbackMessage: 'Sorry, one moment please.', maxFailures: 2 };

describe('openaiAssistant failures never break the conversation', () => {
  it('AI1: a 429 with retry-after is retried after that long on the injected clock', async () => {
    const t = await openaiDesk(server);
    server.reply({ error: 429, headers: { 'retry-after': '3' } }, { text: 'Here you go.' });
    const customer = t.channel.customer('c');
    const turn = customer.send('hi');
    await until(() => t.warnings.length === 1);
    expect(t.warnings[0]).toMatchObject({
      message: 'model call failed, retrying',
      fields: { delayMs: 3000 },
    });
    await t.clock.advance(2_999);
    expect(server.requests).toHaveLength(1);
    await t.clock.advance(1);
    await turn;
    expect(server.requests).toHaveLength(2);
    expect(customer.texts()).toEqual(['Here you go.']);
    expect(t.errors).toEqual([]);
  });

  it('AI1: 500s are retried with exponential back-off, then succeed', async () => {
    const t = await openaiDesk(server, { retry: { maxRetries: 2, baseDelayMs: 1_000, jitter: 0 } });
    server.reply({ error: 500 }, { error: 503 }, { text: 'Back online.' });
    const customer = t.channel.customer('c');
    const turn = customer.send('hi');
    await until(() => t.warnings.length === 1);
    expect(t.warnings[0]!.fields).toMatchObject({ attempt: 1, delayMs: 1_000 });
    await t.clock.advance(999);
    expect(server.requests).toHaveLength(1);
    await t.clock.advance(1);
    await until(() => t.warnings.length === 2);
    expect(t.warnings[1]!.fields).toMatchObject({ attempt: 2, delayMs: 2_000 });
    await t.clock.advance(1_999);
    expect(server.requests).toHaveLength(2);
    await t.clock.advance(1);
    await turn;
    expect(server.requests).toHaveLength(3);
    expect(customer.texts()).toEqual(['Back online.']);
  });

  it('AI2: a model server that keeps failing gets the fallback, then a handoff to the backup team', async () => {
    const t = await openaiDesk(server, { retry: { maxRetries: 0 } }, { registration: fallback });
    server.setHandler(() => ({ error: 500, message: 'upstream exploded' }));
    const customer = t.channel.customer('c');
    await customer.send('one');
    await customer.send('two');
    expect(customer.texts()).toEqual(['Sorry, one moment please.', 'Sorry, one moment please.']);
    expect(t.errors.map((e) => e.error.message)).toEqual([
      expect.stringMatching(/model server failed with 500/),
      expect.stringMatching(/model server failed with 500/),
    ]);
    expect(ParleyError.hasCode(t.errors[0]!.error, 'ASSISTANT_FAILED')).toBe(true);
    expect(t.handoffs).toHaveLength(1);
    const conversation = (await t.desk.inbox.list()).items[0]!.conversation;
    expect(conversation).toMatchObject({ handler: 'queue', teamId: 'humans' });
  });

  it('AI1: a retry-after longer than maxRetryAfterMs fails at once as RATE_LIMITED', async () => {
    const t = await openaiDesk(server, {}, { registration: fallback });
    server.reply({ error: 429, headers: { 'retry-after': '3600' } });
    const customer = t.channel.customer('c');
    await customer.send('hi');
    expect(server.requests).toHaveLength(1);
    expect(customer.texts()).toEqual(['Sorry, one moment please.']);
    expect(ParleyError.hasCode(t.errors[0]?.error, 'RATE_LIMITED')).toBe(true);
    expect(t.errors[0]?.error.message).toMatch(/rate-limited "gpt-4o-mini" \(429\)/);
  });

  it('P-31, AI1: a model call that hangs times out on the clock with a TIMEOUT error', async () => {
    const t = await openaiDesk(server, { timeoutMs: 20_000 }, { registration: fallback });
    server.reply({ hang: true });
    const customer = t.channel.customer('c');
    const turn = customer.send('hello?');
    await server.waitForRequests(1);
    await t.clock.advance(20_000);
    await turn;
    expect(customer.texts()).toEqual(['Sorry, one moment please.']);
    expect(ParleyError.hasCode(t.errors[0]?.error, 'TIMEOUT')).toBe(true);
    expect(t.errors[0]?.error.message).toMatch(/took longer than 20000 ms/);
  });

  it('AI1: a wrong API key is reported with what to check', async () => {
    const guarded = await fakeOpenAIServer({ apiKey: 'right' });
    try {
      const t = await openaiDesk(guarded, { apiKey: 'wrong' }, { registration: fallback });
      await t.channel.customer('c').send('hi');
      expect(t.errors[0]?.error.message).toMatch(/refused the credentials \(401\).*apiKey/);
      expect(guarded.requests).toHaveLength(1);
    } finally {
      await guarded.close();
    }
  });

  it('AI1: malformed tool arguments, an unknown tool and a throwing tool are told to the model, which answers', async () => {
    const calls: string[] = [];
    const tools = [
      defineTool({
        name: 'check_stock',
        description: 'stock by SKU',
        parameters: z.object({ sku: z.string() }),
        execute: ({ sku }) => {
          calls.push(sku);
          if (sku === 'BOOM') throw new Error('database offline');
          return { units: 2 };
        },
      }),
    ];
    const t = await openaiDesk(server, { tools });
    server.reply(
      {
        toolCalls: [
          { name: 'check_stock', arguments: '{"sku": "SKU-1"' },
          { name: 'check_stock', arguments: { sku: 42 } },
          { name: 'launch_rockets', arguments: {} },
          { name: 'check_stock', arguments: { sku: 'BOOM' } },
        ],
      },
      { text: 'Sorry, I could not check the stock right now.' },
    );
    const customer = t.channel.customer('c');
    await customer.send('stock?');
    expect(customer.texts()).toEqual(['Sorry, I could not check the stock right now.']);
    expect(calls).toEqual(['BOOM']);
    const errors = toolResults(server.requests[1]!.body).map((r) => r.error);
    expect(errors[0]).toMatch(/not valid JSON/);
    expect(errors[1]).toMatch(/Invalid arguments for "check_stock": sku: .*string/);
    expect(errors[2]).toMatch(
      /no tool named "launch_rockets".*check_stock, handoff_to_human|no tool named "launch_rockets".*check_stock/,
    );
    expect(errors[3]).toMatch(/failed: database offline/);
    // Each tool call is answered, so the wire format stays valid for the next request.
    const ids = server.requests[1]!.body.messages.filter(
      (m: { role: string }) => m.role === 'tool',
    ).map((m: { tool_call_id: string }) => m.tool_call_id);
    expect(new Set(ids).size).toBe(4);
    expect(t.errors).toEqual([]);
  });

  it('AI1: a tool that never returns is cut off by its timeout', async () => {
    let started = false;
    const slow = defineTool({
      name: 'slow_lookup',
      description: 'slow',
      parameters: z.object({}),
      timeoutMs: 5_000,
      execute: () => {
        started = true;
        return new Promise(() => {});
      },
    });
    const t = await openaiDesk(server, { tools: [slow] });
    server.reply(
      { toolCalls: [{ name: 'slow_lookup', arguments: {} }] },
      { text: 'It is taking too long.' },
    );
    const customer = t.channel.customer('c');
    const turn = customer.send('look it up');
    await until(() => started);
    await t.clock.advance(5_000);
    await turn;
    expect(toolResults(server.requests[1]!.body)[0].error).toMatch(/took longer than 5000 ms/);
    expect(customer.texts()).toEqual(['It is taking too long.']);
  });

  it('AI1: a model that keeps calling tools is made to answer after maxToolRounds', async () => {
    const t = await openaiDesk(server, { maxToolRounds: 2, knowledge: { search: async () => [] } });
    server.setHandler(({ body }) =>
      body.tool_choice === 'none'
        ? { text: 'I could not find it.' }
        : { toolCalls: [{ name: 'search_knowledge', arguments: { query: 'again' } }] },
    );
    const customer = t.channel.customer('c');
    await customer.send('find it');
    expect(server.requests.map((r) => r.body.tool_choice)).toEqual(['auto', 'auto', 'none']);
    expect(customer.texts()).toEqual(['I could not find it.']);
  });

  it('AI1: an empty model reply is a failure, not an empty message', async () => {
    const t = await openaiDesk(server, {}, { registration: fallback });
    server.reply({
      raw: JSON.stringify({
        id: 'x',
        object: 'chat.completion',
        created: 0,
        model: 'm',
        choices: [{ index: 0, message: { role: 'assistant', content: '' }, finish_reason: 'stop' }],
      }),
    });
    const customer = t.channel.customer('c');
    await customer.send('hi');
    expect(customer.texts()).toEqual(['Sorry, one moment please.']);
    expect(t.errors[0]?.error.message).toMatch(/returned an empty reply/);
  });

  it('IN2: an operator taking over aborts the model request under way', async () => {
    const t = await openaiDesk(server);
    server.reply({ hang: true });
    const customer = t.channel.customer('c');
    const turn = customer.send('hello');
    await server.waitForRequests(1);
    const conversation = (await t.desk.inbox.list()).items[0]!.conversation;
    await t.desk.inbox.takeOver(conversation.id, { operatorId: 'op-1' });
    await turn;
    await until(() => server.requests[0]!.aborted);
    expect(customer.texts()).toEqual([]);
    expect(t.errors).toEqual([]);
  });
});
