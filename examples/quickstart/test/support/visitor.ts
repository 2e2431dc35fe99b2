import {
  PROTOCOL_VERSION,
  type ServerFrame,
  serverFrameSchema,
  type WireMessage,
} from '@parley/adapter-livechat';
import { contentText } from '@parley/core';
import WebSocket from 'ws';

/** A live-chat visitor on a real socket, speaking the widget's protocol. */
export interface TestVisitor {
  visitorId: string;
  token: string;
  history: WireMessage[];
  /** Business messages received so far, as text. */
  received(): string[];
  say(text: string): Promise<void>;
  choose(optionId: string): Promise<void>;
  /** Waits for a business message whose text contains `text`. */
  waitFor(text: string | RegExp): Promise<WireMessage>;
  close(): Promise<void>;
}

let seq = 0;

export async function connectVisitor(baseUrl: string, token?: string): Promise<TestVisitor> {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/parley/livechat`);
  const frames: ServerFrame[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    frames.push(serverFrameSchema.parse(JSON.parse(String(data))));
    for (const w of waiters) w();
  });
  const next = <T>(find: () => T | undefined): Promise<T> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found !== undefined) {
          waiters.delete(check);
          resolve(found);
        } else if (ws.readyState === ws.CLOSED) {
          waiters.delete(check);
          reject(new Error('socket closed'));
        }
      };
      waiters.add(check);
      check();
    });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  ws.send(
    JSON.stringify({ type: 'hello', v: PROTOCOL_VERSION, channel: 'web', ...(token && { token }) }),
  );
  const welcome = await next(() => frames.find((f) => f.type === 'welcome'));
  const outbound = () =>
    frames.flatMap((f) => (f.type === 'message' && f.message.dir === 'out' ? [f.message] : []));
  const send = async (content: object) => {
    const id = `t${++seq}`;
    ws.send(JSON.stringify({ type: 'message', id, content }));
    await next(() => frames.find((f) => f.type === 'ack' && f.id === id));
  };
  return {
    visitorId: welcome.visitorId,
    token: welcome.token,
    history: welcome.history,
    received: () => outbound().map((m) => contentText(m.content)),
    say: (text) => send({ type: 'text', text }),
    choose: (optionId) => send({ type: 'choice', optionId }),
    waitFor: (text) =>
      next(() =>
        outbound().find((m) => {
          const t = contentText(m.content);
          return typeof text === 'string' ? t.includes(text) : text.test(t);
        }),
      ),
    async close() {
      if (ws.readyState === ws.CLOSED) return;
      const closed = new Promise((r) => ws.once('close', r));
      ws.close();
      await closed;
    },
  };
}
