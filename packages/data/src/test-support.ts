import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Message, Store } from '@parley/core';
import { newId } from '@parley/core/internal';

/** A fresh temporary directory, removed by the returned function. */
export async function tempDir(): Promise<{ dir: string; cleanup(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-data-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Appends `count` messages straight into a store, one a second from `start`, spread
 * over `conversations` conversations: fast enough for a million.
 */
export async function fillMessages(
  store: Store,
  options: {
    tenantId: string;
    count: number;
    conversations: number;
    start: Date;
    channelId?: string;
  },
): Promise<void> {
  const start = options.start.getTime();
  for (let i = 0; i < options.count; i++) {
    const at = start + i * 1000;
    const c = i % options.conversations;
    const message: Message = {
      id: newId('msg', at),
      tenantId: options.tenantId,
      conversationId: `conv-${c}`,
      channelId: options.channelId ?? 'wa',
      contactId: `contact-${c}`,
      direction: i % 2 === 0 ? 'inbound' : 'outbound',
      author: i % 2 === 0 ? { kind: 'contact' } : { kind: 'assistant', id: 'bot' },
      content: { type: 'text', text: `Olá! Mensagem ${i}, com "aspas", vírgulas e acentos.` },
      status: i % 2 === 0 ? 'received' : 'sent',
      createdAt: new Date(at),
    };
    await store.appendMessage(message);
  }
}

/** Lines of a text file, counted while streaming it. */
export async function countLines(path: string): Promise<number> {
  let lines = 0;
  for await (const chunk of createReadStream(path)) {
    for (const byte of chunk as Buffer) if (byte === 0x0a) lines++;
  }
  return lines;
}

/**
 * Runs `work`, which calls `sample()` now and then: each sample collects garbage and
 * reads the heap, so what is measured is what the work keeps alive, not litter the
 * collector has not reached yet. Resolves with the largest growth over the starting
 * heap (bytes). Needs `--expose-gc`.
 */
export async function heapGrowth(work: (sample: () => void) => Promise<void>): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (packages/data/vitest.config.ts sets it)');
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  await work(() => {
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  });
  gc();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return peak - base;
}
