// One desk process of the scale-out figure: its own channel on the shared Postgres
// server, CUSTOMERS customers who each wait for the answer before writing again.
// Prints one JSON line: turns, the CPU time this process spent on them, and whether
// every message was answered once and in order (checked here, against the channel's
// own record of what it sent).
import { type Assistant, contentText, createDesk, memoryChannel } from '@parley/core';
import { createPostgresScheduler, createPostgresStore } from '@parley/store-postgres';

const env = (name: string) => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`scale-child: ${name} is not set`);
  return value;
};
const name = env('SCALE_NAME');
const turns = Number(env('SCALE_TURNS'));
const customerCount = Number(env('SCALE_CUSTOMERS'));

// Answers each message with its own text, so order and count can be checked.
const echo: Assistant = {
  async respond(input) {
    const text = input.turn.map((m) => contentText(m.content)).join(' + ');
    return { type: 'reply', messages: [{ type: 'text', text: `echo: ${text}` }] };
  },
};

const store = await createPostgresStore({
  connectionString: env('SCALE_DATABASE_URL'),
  schema: env('SCALE_SCHEMA'),
});
const channel = memoryChannel();
const desk = createDesk({
  store,
  scheduler: createPostgresScheduler({ store }),
  teams: [{ id: 'humans' }],
  assistants: [{ id: 'bot', assistant: echo, backupTeam: 'humans' }],
  channels: [{ id: `web-${name}`, adapter: channel, route: { assistant: 'bot' } }],
});
await desk.start();
const customers = Array.from({ length: customerCount }, (_, i) =>
  channel.customer(`${name}-c${i}`),
);

async function run(round: string, n: number) {
  let next = 0;
  await Promise.all(
    customers.map(async (customer) => {
      for (let k = 0; next < n; k++) {
        next++;
        await customer.send(`${round}${k}`);
      }
    }),
  );
}

await run('w', 100);
process.send!({ ready: name });
// Wait for the start signal, so every process measures while the others run too.
await new Promise<void>((resolve) => process.once('message', () => resolve()));
const cpu = process.cpuUsage();
const started = performance.now();
await run('m', turns);
const wallMs = performance.now() - started;
const used = process.cpuUsage(cpu);

// Every message answered once, in order: each customer's replies are exactly its sends.
const problems: string[] = [];
for (const customer of customers) {
  const texts = customer.texts();
  const sent = texts.filter((t) => t.startsWith('echo: m'));
  for (let k = 0; k < sent.length; k++) {
    if (sent[k] !== `echo: m${k}`) {
      problems.push(`${customer.address}: reply ${k} is "${sent[k]}", expected "echo: m${k}"`);
      break;
    }
  }
  const warm = texts.length - sent.length;
  const expectedWarm = texts.filter((t) => t.startsWith('echo: w')).length;
  if (warm !== expectedWarm)
    problems.push(`${customer.address}: ${warm - expectedWarm} stray replies`);
}
const answered = customers.reduce(
  (n, c) => n + c.texts().filter((t) => t.startsWith('echo: m')).length,
  0,
);
if (answered !== turns) problems.push(`${answered} of ${turns} messages answered`);
await desk.stop();
await store.close();
process.send!({ name, turns, cpuMs: (used.user + used.system) / 1000, wallMs, problems });
process.disconnect();
