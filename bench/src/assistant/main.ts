// bench/assistant: what the engine and openaiAssistant add to a customer turn beyond
// the model's own latency. The model is the fake OpenAI-compatible server of
// @parley/assistant/testing answering at once on loopback. Baselines, same run, same
// server, same request bodies:
//  - direct: the bodies the assistant sent, replayed with the `openai` package alone;
//  - engine + bare call: a desk whose assistant only replays those bodies with `openai`
//    (what the engine costs), so the rest is what @parley/assistant itself adds.
// Wall-clock p50 per turn, and CPU per turn (steadier on a busy machine).
import { openaiAssistant } from '@parley/assistant';
import { fakeOpenAIServer, groundedEcho } from '@parley/assistant/testing';
import { type Assistant, createDesk, createMemoryStore, memoryChannel } from '@parley/core';
import { createKnowledgeBase } from '@parley/kb';
import OpenAI from 'openai';
import { percentile, report } from '../report.js';

const TURNS = Number(process.env.BENCH_TURNS ?? 1_500);
const CUSTOMERS = 100;
const WARMUP = 500;

const server = await fakeOpenAIServer({ handler: groundedEcho });
const client = new OpenAI({ apiKey: 'bench', baseURL: server.baseURL, maxRetries: 0 });

interface Run {
  wall: number[];
  /** CPU microseconds per measured turn (the whole process: client and server). */
  cpu: number;
}

async function knowledge() {
  const kb = createKnowledgeBase();
  await kb.addFaq([
    { question: 'Qual é o prazo de entrega?', answer: 'Entregamos em 3 a 5 dias úteis.' },
    {
      question: 'Quais são as formas de pagamento?',
      answer: 'Pix, boleto e cartão em até 6 vezes.',
    },
    { question: 'How long does delivery take?', answer: 'We deliver in 3 to 5 business days.' },
  ]);
  return kb;
}

async function measure(turn: (i: number) => Promise<unknown>): Promise<Run> {
  for (let i = 0; i < WARMUP; i++) await turn(i);
  const wall: number[] = [];
  const cpuStart = process.cpuUsage();
  for (let i = WARMUP; i < WARMUP + TURNS; i++) {
    const started = performance.now();
    await turn(i);
    wall.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / TURNS };
}

/** Customer turns through a desk answered by `assistant`. */
async function throughDesk(assistant: Assistant, onTurn?: () => void): Promise<Run> {
  const channel = memoryChannel();
  const desk = createDesk({
    store: createMemoryStore(),
    teams: [{ id: 'humans' }],
    assistants: [{ id: 'sales', backupTeam: 'humans', assistant }],
    channels: [{ id: 'web', adapter: channel, route: { assistant: 'sales' } }],
  });
  await desk.start();
  const customers = Array.from({ length: CUSTOMERS }, (_, i) => channel.customer(`c${i}`));
  const run = await measure(async (i) => {
    await customers[i % CUSTOMERS]!.send(`Qual é o prazo de entrega para o pedido ${i}?`);
    onTurn?.();
  });
  if (channel.sent.length !== WARMUP + TURNS) {
    throw new Error(
      `expected one reply per turn, got ${channel.sent.length} for ${WARMUP + TURNS}`,
    );
  }
  await desk.stop();
  return run;
}

async function scenario(name: string, withKnowledge: boolean, what: string) {
  const assistant = openaiAssistant({
    baseURL: server.baseURL,
    apiKey: 'bench',
    env: {},
    identity: { name: 'Sofia', persona: 'a sales assistant at Loja Verde', tone: 'brief' },
    instructions: 'Answer questions about delivery and payment.',
    ...(withKnowledge && { knowledge: await knowledge() }),
  });
  const bodies: unknown[][] = [];
  server.requests.length = 0;
  const full = await throughDesk(assistant, () => {
    if (bodies.length < 200) bodies.push(server.requests.map((r) => r.body));
    server.requests.length = 0;
  });
  const replay = async (i: number) => {
    let text = '';
    for (const body of bodies[i % bodies.length]!) {
      const completion = await client.chat.completions.create(body as never);
      text = completion.choices[0]?.message.content ?? text;
    }
    return text;
  };
  const bare: Assistant = {
    async respond(input) {
      const text = await replay(input.history.length);
      return { type: 'reply', messages: [{ type: 'text', text: text || 'ok' }] };
    },
  };
  const engine = await throughDesk(bare, () => {
    server.requests.length = 0;
  });
  const direct = await measure(async (i) => {
    await replay(i);
    server.requests.length = 0;
  });
  const p50 = (r: Run) => percentile(r.wall, 50);
  report({
    bench: `${name}-p50`,
    value: p50(full),
    unit: 'ms',
    baseline: p50(direct),
    note: `customer turn through createDesk + openaiAssistant (${what}) vs the same requests made directly with openai to the same instant loopback server; p99 ${percentile(full.wall, 99).toFixed(2)} vs ${percentile(direct.wall, 99).toFixed(2)} ms`,
  });
  report({
    bench: `${name}-cpu`,
    value: full.cpu,
    unit: 'µs CPU/turn',
    baseline: direct.cpu,
    note: `process CPU per turn (client and fake server), openaiAssistant through the desk vs the same requests made directly with openai`,
  });
  report({
    bench: `${name}-assistant-only-p50`,
    value: p50(full),
    unit: 'ms',
    baseline: p50(engine),
    note: `openaiAssistant vs an assistant that only replays its requests with openai, both through the same desk: what @parley/assistant adds over the engine (CPU ${full.cpu.toFixed(0)} vs ${engine.cpu.toFixed(0)} µs/turn)`,
  });
}

await scenario('assistant-turn', false, 'one model call per turn');
await scenario(
  'assistant-kb-turn',
  true,
  'search_knowledge on a real KB, two model calls per turn',
);
await server.close();
