// The client side of the live-chat bench, run in its own process so its sockets do not
// count against the server process's file limit. It opens N sockets, reports, waits
// for "go" on stdin, then measures message round trips and prints them.
// Args (JSON): { url, n, mode: 'livechat' | 'echo', samples, concurrency }
import { createInterface } from 'node:readline';
import WebSocket from 'ws';

interface Args {
  url: string;
  n: number;
  mode: 'livechat' | 'echo';
  samples: number;
  concurrency: number;
}

const args = JSON.parse(process.argv[2] ?? '{}') as Args;
const say = (event: object) => process.stdout.write(`${JSON.stringify(event)}\n`);

interface Client {
  ws: WebSocket;
  /** Resolves the round trip under way, if any. */
  pending?: () => void;
}

let seq = 0;
const frameFor = (text: string) =>
  JSON.stringify({ type: 'message', id: `b${++seq}`, content: { type: 'text', text } });

function open(): Promise<Client> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(args.url, { perMessageDeflate: false });
    const client: Client = { ws };
    ws.on('error', reject);
    ws.on('message', (data) => {
      if (args.mode === 'echo') {
        client.pending?.();
        return;
      }
      const frame = JSON.parse(String(data)) as { type: string; message?: { dir: string } };
      if (frame.type === 'ping') ws.send('{"type":"pong"}');
      else if (frame.type === 'welcome') resolve(client);
      else if (frame.type === 'message' && frame.message?.dir === 'out') client.pending?.();
    });
    ws.on('open', () => {
      if (args.mode === 'echo') resolve(client);
      else ws.send(JSON.stringify({ type: 'hello', v: 1 }));
    });
  });
}

async function connectAll(): Promise<Client[]> {
  const clients: Client[] = [];
  let next = 0;
  // A few hundred handshakes in flight at a time, as browsers arriving would.
  await Promise.all(
    Array.from({ length: 256 }, async () => {
      while (next < args.n) {
        next++;
        clients.push(await open());
      }
    }),
  );
  return clients;
}

function roundTrip(client: Client, text: string): Promise<number> {
  return new Promise((resolve) => {
    const sentAt = performance.now();
    client.pending = () => {
      client.pending = undefined;
      resolve(performance.now() - sentAt);
    };
    client.ws.send(frameFor(text));
  });
}

async function measure(clients: Client[], samples: number): Promise<number[]> {
  const rtts: number[] = [];
  let done = 0;
  // Each worker owns a disjoint share of the sockets, so no socket has two trips at once.
  await Promise.all(
    Array.from({ length: args.concurrency }, async (_, worker) => {
      const mine = clients.filter((_, i) => i % args.concurrency === worker);
      for (let k = 0; done < samples; k++) {
        done++;
        rtts.push(await roundTrip(mine[k % mine.length]!, `question ${done}`));
      }
    }),
  );
  return rtts;
}

const connectStart = performance.now();
const clients = await connectAll();
say({ event: 'held', held: clients.length, connectMs: performance.now() - connectStart });
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'go') continue;
  // Untimed warm-up (JIT, first conversations), then the measured trips on other sockets.
  await measure(clients.slice(-Math.min(300, clients.length)), 300);
  say({ event: 'done', rtts: await measure(clients, args.samples) });
  break;
}
for (const c of clients) c.ws.terminate();
process.exit(0);
