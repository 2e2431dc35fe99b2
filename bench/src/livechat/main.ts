// Live chat (CH5): how many visitor sockets one process holds and how fast a message
// comes back through the whole desk (validation, visitor log, pipeline, store, a
// scripted echo assistant, fan-out), beside a bare `ws` echo server measured in the
// same run on the same machine. Clients run in a child process (their own file limit).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { livechat } from '@parley/adapter-livechat';
import { createDesk, createMemoryStore } from '@parley/core';
import { scriptedAssistant } from '@parley/core/testing';
import { WebSocketServer } from 'ws';
import { percentile, report } from '../report.js';

const SAMPLES = 3_000;
const CONCURRENCY = 16;
const visitorsScript = fileURLToPath(new URL('./visitors.ts', import.meta.url));

/** Soft limit on open files: each process may hold about this many sockets. */
function fileLimit(): number {
  try {
    return Number(execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim()) || 1024;
  } catch {
    return 1024;
  }
}

interface Scenario {
  url: string;
  /** Sockets the server holds now. */
  open(): number;
  close(): Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function echoServer(): Promise<Scenario> {
  const server = createServer();
  const wss = new WebSocketServer({ server, perMessageDeflate: false, clientTracking: false });
  let open = 0;
  wss.on('connection', (ws) => {
    open++;
    ws.on('close', () => open--);
    ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
  });
  const host = await listen(server);
  return {
    url: `ws://${host}/`,
    open: () => open,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function livechatServer(n: number): Promise<Scenario> {
  const chat = livechat({
    maxConnections: n + 100,
    // Every bench client comes from 127.0.0.1.
    maxConnectionsPerIp: n + 100,
    ipRate: { burst: 1_000_000, perSecond: 1_000_000 },
  });
  const desk = createDesk({
    store: createMemoryStore(),
    teams: [{ id: 'humans' }],
    assistants: [{ id: 'bot', assistant: scriptedAssistant(), backupTeam: 'humans' }],
    channels: [{ id: 'web', adapter: chat, route: { assistant: 'bot' } }],
  });
  await desk.start();
  const server = createServer();
  chat.attach(server);
  const host = await listen(server);
  return {
    url: `ws://${host}/parley/livechat`,
    open: () => chat.connections,
    async close() {
      await desk.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** JS heap plus buffers held outside it (socket frames), after a full collection. */
function memory(): number {
  globalThis.gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

interface Run {
  held: number;
  connectMs: number;
  bytesPerSocket: number;
  p50: number;
  p99: number;
}

/** Waits (polling, bench only) until the server has let every socket go. */
async function drained(scenario: Scenario): Promise<void> {
  while (scenario.open() > 0) await new Promise((resolve) => setTimeout(resolve, 20));
}

async function run(mode: 'echo' | 'livechat', n: number): Promise<Run> {
  const scenario = mode === 'echo' ? await echoServer() : await livechatServer(n);
  const before = memory();
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      visitorsScript,
      JSON.stringify({ url: scenario.url, n, mode, samples: SAMPLES, concurrency: CONCURRENCY }),
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const killer = setTimeout(() => child.kill('SIGKILL'), 150_000);
  const result: Partial<Run> = {};
  try {
    for await (const line of createInterface({ input: child.stdout! })) {
      const event = JSON.parse(line) as {
        event: string;
        held?: number;
        connectMs?: number;
        rtts?: number[];
      };
      if (event.event === 'held') {
        result.held = event.held!;
        result.connectMs = event.connectMs!;
        result.bytesPerSocket = (memory() - before) / event.held!;
        child.stdin!.write('go\n');
      } else if (event.event === 'done') {
        result.p50 = percentile(event.rtts!, 50);
        result.p99 = percentile(event.rtts!, 99);
        break;
      }
    }
  } finally {
    clearTimeout(killer);
    // The client drops every socket on exit; let the server free them before the next run.
    await drained(scenario);
    await scenario.close();
  }
  if (result.p99 === undefined) throw new Error(`${mode} bench with ${n} sockets did not finish`);
  return result as Run;
}

const limit = fileLimit();
// Leave room for the process's own files (modules, pipes, the listening socket).
const allowed = Math.max(100, limit - 500);
const sizes = [1_000, 10_000].map((n) => Math.min(n, allowed));
if (sizes.some((n, i) => n < [1_000, 10_000][i]!)) {
  console.error(
    `# ulimit -n is ${limit}: running ${sizes.join(' and ')} sockets instead of 1k and 10k`,
  );
}

for (const n of [...new Set(sizes)]) {
  const echo = await run('echo', n);
  const chat = await run('livechat', n);
  const note =
    `${chat.held} livechat visitor sockets (hello + welcome) held in one process vs ${echo.held} ` +
    `on a bare ws echo server; ${SAMPLES} round trips, ${CONCURRENCY} in flight; clients in ` +
    `one child process (bounds the connect rate); ulimit -n ${limit}`;
  report({
    bench: `livechat.sockets_held.${n}`,
    value: chat.held,
    unit: 'sockets',
    baseline: echo.held,
    note,
  });
  report({
    bench: `livechat.memory_per_socket.${n}`,
    value: chat.bytesPerSocket / 1024,
    unit: 'KiB heap+external per held socket (livechat: incl. its session in the memory store)',
    baseline: echo.bytesPerSocket / 1024,
    note,
  });
  report({
    bench: `livechat.connect_rate.${n}`,
    value: (chat.held / chat.connectMs) * 1000,
    unit: 'sockets/s',
    baseline: (echo.held / echo.connectMs) * 1000,
    note,
  });
  report({ bench: `livechat.rtt_p50.${n}`, value: chat.p50, unit: 'ms', baseline: echo.p50, note });
  report({ bench: `livechat.rtt_p99.${n}`, value: chat.p99, unit: 'ms', baseline: echo.p99, note });
}
