import OpenAI from 'openai';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeOpenAIServer, fakeOpenAIServer } from './fake-openai-server.js';

let server: FakeOpenAIServer;
beforeEach(async () => {
  server = await fakeOpenAIServer({ streamChunkChars: 4 });
});
afterEach(async () => {
  await server.close();
});

const client = () => new OpenAI({ apiKey: 'k', baseURL: server.baseURL, maxRetries: 0 });

describe('fake OpenAI-compatible server', () => {
  it('AI1: streams text and tool calls over SSE that the openai package assembles', async () => {
    server.reply(
      { text: 'Hello from the stream!' },
      {
        toolCalls: [
          { id: 'call_a', name: 'search_knowledge', arguments: { query: 'prazo de entrega' } },
        ],
      },
    );
    const text = await client().chat.completions.create({
      model: 'm',
      messages: [{ role: 'user', content: 'hi' }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let assembled = '';
    let usage: unknown;
    for await (const chunk of text) {
      assembled += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(assembled).toBe('Hello from the stream!');
    expect(usage).toMatchObject({ completion_tokens: 6 });

    const runner = client().chat.completions.stream({
      model: 'm',
      messages: [{ role: 'user', content: 'x' }],
    });
    const final = await runner.finalChatCompletion();
    expect(final.choices[0]!.finish_reason).toBe('tool_calls');
    expect(final.choices[0]!.message.tool_calls).toEqual([
      {
        id: 'call_a',
        type: 'function',
        function: { name: 'search_knowledge', arguments: '{"query":"prazo de entrega"}' },
      },
    ]);
  });

  it('AI1: scripted errors carry their status and headers', async () => {
    server.reply({ error: 429, headers: { 'retry-after': '7' }, message: 'slow down' });
    const error = await client()
      .chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe(
      '7',
    );
    expect((error as Error).message).toMatch(/slow down/);
  });

  it('AI1: answers released by a promise let tests decide when the model replies', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    server.reply({ after: gate, answer: { text: 'late' } });
    let done = false;
    const pending = client()
      .chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'x' }] })
      .then((r) => {
        done = true;
        return r;
      });
    await server.waitForRequests(1);
    expect(done).toBe(false);
    release();
    expect((await pending).choices[0]!.message.content).toBe('late');
  });

  it('lists a model and refuses unknown routes', async () => {
    expect((await client().models.list()).data.map((m) => m.id)).toEqual(['fake-model']);
    const error = await client()
      .embeddings.create({ model: 'e', input: 'x' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
  });
});
