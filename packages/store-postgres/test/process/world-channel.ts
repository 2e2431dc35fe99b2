import type { ChannelAdapter, ChannelContext } from '@parley/core';
import { contentText } from '@parley/core';
import { mediaKinds } from '@parley/core/internal';

/**
 * A stateful channel like a WhatsApp number: while started it holds one streaming
 * connection to the test's world server, receives messages over it, acknowledges each
 * once the desk accepted it, and sends replies over HTTP. Messages of one sender are fed
 * to the desk in order; at most `concurrency` senders at a time, each drained back to back.
 * Each start (the lease may come back after moving) begins with empty queues.
 */
export function worldChannel(options: {
  url: string;
  channelId: string;
  owner: string;
  concurrency?: number;
  /** Give the world the desk's message id as an idempotency key (exactly-once sends). */
  idempotent?: boolean;
}): ChannelAdapter {
  const concurrency = options.concurrency ?? 16;
  let abort: AbortController | undefined;

  /**
   * One connection's feed: created on each start, so a run whose channel was stopped
   * mid-drain (its lease moved) leaves no queue behind for the next run to append to
   * and never drain. What it had not acknowledged the world delivers again on reconnect.
   */
  function feed(ctx: ChannelContext, signal: AbortSignal) {
    const queues = new Map<string, Array<{ externalId: string; text: string }>>();
    const ready: string[] = [];
    let active = 0;

    async function drain(from: string) {
      const queue = queues.get(from)!;
      try {
        while (queue.length > 0 && !signal.aborted) {
          const m = queue.shift()!;
          const outcome = await ctx.receive({
            externalId: m.externalId,
            from: { externalId: from },
            content: { type: 'text', text: m.text },
          });
          if (outcome.status === 'failed') throw outcome.error;
          await fetch(`${options.url}/ack/${options.channelId}`, {
            method: 'POST',
            body: JSON.stringify({ externalId: m.externalId }),
          });
        }
      } finally {
        queues.delete(from);
      }
    }

    function pump() {
      while (active < concurrency && ready.length > 0 && !signal.aborted) {
        const from = ready.shift()!;
        active++;
        drain(from)
          .catch((error) => {
            if (!signal.aborted)
              ctx.logger.error('world channel: receive failed', { error: String(error) });
          })
          .finally(() => {
            active--;
            pump();
          });
      }
    }

    return (m: { externalId: string; from: string; text: string }) => {
      let queue = queues.get(m.from);
      if (!queue) {
        queues.set(m.from, (queue = []));
        ready.push(m.from);
      }
      queue.push({ externalId: m.externalId, text: m.text });
      pump();
    };
  }

  async function listen(ctx: ChannelContext, signal: AbortSignal) {
    const accept = feed(ctx, signal);
    const res = await fetch(
      `${options.url}/connect/${options.channelId}?owner=${encodeURIComponent(options.owner)}`,
      { signal },
    );
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      let nl = buffer.indexOf('\n');
      while (nl >= 0) {
        accept(JSON.parse(buffer.slice(0, nl)));
        buffer = buffer.slice(nl + 1);
        nl = buffer.indexOf('\n');
      }
    }
  }

  return {
    kind: 'world',
    capabilities: {
      menus: 'none',
      maxMenuOptions: 0,
      media: mediaKinds,
      maxTextLength: 4096,
      typing: false,
      readReceipts: false,
    },
    async start(ctx) {
      abort = new AbortController();
      const signal = abort.signal;
      listen(ctx, signal).catch((error) => {
        if (!signal.aborted)
          ctx.logger.error('world channel: connection lost', { error: String(error) });
      });
    },
    async stop() {
      abort?.abort();
    },
    async send(message) {
      const res = await fetch(`${options.url}/send/${options.channelId}`, {
        method: 'POST',
        headers: { 'x-owner': options.owner },
        body: JSON.stringify({
          to: message.to,
          text: contentText(message.content),
          ...(options.idempotent && { key: message.id }),
        }),
      });
      if (!res.ok) throw new Error(`world refused the send: ${res.status}`);
      return (await res.json()) as { externalId: string };
    },
  };
}
