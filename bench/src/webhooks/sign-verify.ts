import { createHmac, timingSafeEqual } from 'node:crypto';
import { createSigner, createVerifier, generateSecret } from '@parley/webhooks';
import { Webhook } from 'standardwebhooks';
import { report } from '../report.js';

// A typical event body, about 450 bytes.
const body = JSON.stringify({
  type: 'message.sent',
  timestamp: new Date().toISOString(),
  data: {
    message: {
      id: 'msg_01jd4n3x7w0000abcdefghij',
      conversationId: 'conv_01jd4n3x7w0000klmnopqrst',
      direction: 'outbound',
      content: { kind: 'text', text: 'Olá! O pedido #4521 saiu para entrega hoje às 14h. 🚚' },
      author: { kind: 'assistant', id: 'asst_sales' },
      createdAt: new Date().toISOString(),
    },
  },
});

type Op = (i: number) => void;

/** Operations per second of `op`, run in rounds interleaved with the others. */
function measure(ops: Record<string, Op>, seconds: number): Record<string, number> {
  const counts: Record<string, number> = {};
  const times: Record<string, number> = {};
  for (const name of Object.keys(ops)) {
    counts[name] = 0;
    times[name] = 0;
    for (let i = 0; i < 2000; i++) ops[name]!(i); // warm-up
  }
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    for (const [name, op] of Object.entries(ops)) {
      const start = performance.now();
      for (let i = 0; i < 500; i++) op(i);
      times[name]! += performance.now() - start;
      counts[name]! += 500;
    }
  }
  return Object.fromEntries(
    Object.keys(ops).map((name) => [name, (counts[name]! / times[name]!) * 1000]),
  );
}

export function benchSignVerify(): void {
  const secret = generateSecret();
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const signer = createSigner(secret);
  const verify = createVerifier({ secret });
  const reference = new Webhook(secret);
  let sink = 0;

  const rates = measure(
    {
      parley: (i) => {
        const headers = signer.headers({ id: `msg_${i}`, timestamp: new Date(), body });
        sink += verify(body, headers).id.length;
      },
      // Same work plus the JSON.parse the reference library does inside verify().
      parleyParse: (i) => {
        const headers = signer.headers({ id: `msg_${i}`, timestamp: new Date(), body });
        sink +=
          verify(body, headers).id.length + (JSON.parse(body) as { type: string }).type.length;
      },
      standardwebhooks: (i) => {
        const now = new Date();
        const headers = {
          'webhook-id': `msg_${i}`,
          'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
          'webhook-signature': reference.sign(`msg_${i}`, now, body),
        };
        sink += (reference.verify(body, headers) as { type: string }).type.length;
      },
      nodeCrypto: (i) => {
        const stamp = Math.floor(Date.now() / 1000);
        const content = `msg_${i}.${stamp}.${body}`;
        const signature = createHmac('sha256', key).update(content).digest('base64');
        const expected = createHmac('sha256', key).update(content).digest();
        sink += timingSafeEqual(Buffer.from(signature, 'base64'), expected) ? 1 : 0;
      },
    },
    2,
  );
  if (sink === 0) throw new Error('nothing measured');

  report({
    bench: 'webhooks.sign_verify',
    value: rates.parley!,
    unit: 'ops/s',
    baseline: rates.nodeCrypto!,
    note: 'sign + verify one ~450-byte event (headers checked, tolerance, constant-time compare) vs bare node:crypto HMAC sign + recompute + timingSafeEqual',
  });
  report({
    bench: 'webhooks.sign_verify_vs_standardwebhooks',
    value: rates.parleyParse!,
    unit: 'ops/s',
    baseline: rates.standardwebhooks!,
    note: 'sign + verify + JSON.parse (the reference verify() parses) vs the standardwebhooks npm package doing the same',
  });
}
