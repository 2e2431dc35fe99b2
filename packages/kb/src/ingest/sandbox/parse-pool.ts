import { Worker } from 'node:worker_threads';
import { type Clock, ParleyError } from '@parley/core';
import { fileError } from '../../errors.js';
import type { LoadContext, LoadedFile } from '../../loaders/unit.js';
import type { IngestAs, KnowledgeFile } from '../../types.js';
import type { ParseJob, ParseReply, SerializedError } from './protocol.js';
import { parseWorkerScript } from './worker-script.js';

export interface ParseSandboxOptions {
  /** Longest one file may parse before its worker is killed (default 60 s). */
  timeoutMs: number;
  /** Heap of the parse worker, in MiB (default 512): past it the parse fails, not the process. */
  maxMemoryMb: number;
  /** Parse workers kept (default 1): uploads queue behind each other, conversations never do. */
  workers: number;
}

export interface ParsePool {
  load(
    file: KnowledgeFile,
    as: IngestAs,
    ctx: LoadContext,
    limits: { clock: Clock; timeoutMs: number },
  ): Promise<LoadedFile>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

/**
 * P-35/P-36: file parsing runs in `worker_thread`s with `resourceLimits` and a
 * wall-clock timeout, so a zip bomb, a million-row sheet or a parser bug costs one
 * failed upload instead of stalling every conversation on the instance. Workers are
 * reused between jobs (startup is the expensive part), unref'd while idle, and
 * replaced after a crash, a timeout or an abort.
 */
/** Heap a parse needs per byte of file, at least: decoded text plus its rows and cells. */
const HEAP_PER_FILE_BYTE = 4;

export function createParsePool(options: Omit<ParseSandboxOptions, 'timeoutMs'>): ParsePool {
  const slots: Slot[] = [];
  const waiting: Array<() => void> = [];

  function spawn(): Slot {
    const { script, options: workerOptions } = parseWorkerScript();
    const worker = new Worker(script, {
      ...workerOptions,
      resourceLimits: {
        // Old generation only: with a capped young generation too, V8 on Node 20 aborted
        // the whole process ("Reached heap limit") instead of ending the worker, every
        // time the heap-cap test ran on an idle machine.
        maxOldGenerationSizeMb: options.maxMemoryMb,
      },
    });
    worker.unref();
    const slot = { worker, busy: false };
    worker.once('exit', () => {
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
    });
    slots.push(slot);
    return slot;
  }

  async function acquire(): Promise<Slot> {
    for (;;) {
      const idle = slots.find((s) => !s.busy);
      if (idle) return idle;
      if (slots.length < options.workers) return spawn();
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  }

  function release(slot: Slot, healthy: boolean): void {
    slot.busy = false;
    if (healthy) slot.worker.unref();
    else {
      // Out of the pool at once: the next job must not land on a dying worker.
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      void slot.worker.terminate();
    }
    waiting.shift()?.();
  }

  return {
    async load(file, as, ctx, { clock, timeoutMs }) {
      // A file whose decoded text and rows cannot fit the worker's heap is refused here:
      // a worker that reaches its heap cap on one huge allocation can abort the whole
      // process on Node 20 ("Reached heap limit") instead of ending the worker alone.
      const bytes = typeof file.data === 'string' ? file.data.length * 2 : file.data.byteLength;
      if (bytes * HEAP_PER_FILE_BYTE > options.maxMemoryMb * 1024 * 1024) {
        throw crashed(
          ctx.file,
          Object.assign(new Error('file too large for the parse heap'), {
            code: 'ERR_WORKER_OUT_OF_MEMORY',
          }),
          options.maxMemoryMb,
        );
      }
      const slot = await acquire();
      slot.busy = true;
      slot.worker.ref();
      const job: ParseJob = { file, as, label: ctx.file, limits: ctx.limits };
      return new Promise<LoadedFile>((resolve, reject) => {
        let settled = false;
        const finish = (healthy: boolean, outcome: () => void) => {
          if (settled) return;
          settled = true;
          timer.cancel();
          ctx.signal?.removeEventListener('abort', onAbort);
          slot.worker.off('message', onMessage);
          slot.worker.off('error', onError);
          slot.worker.off('exit', onExit);
          release(slot, healthy);
          outcome();
        };
        const onMessage = (reply: ParseReply) => {
          if (reply.type === 'progress') return ctx.progress(reply.done, reply.total);
          if (reply.type === 'done') return finish(true, () => resolve(reply.loaded));
          finish(true, () => reject(revive(reply.error, ctx.file)));
        };
        const onError = (error: Error & { code?: string }) =>
          finish(false, () => reject(crashed(ctx.file, error, options.maxMemoryMb)));
        const onExit = (code: number) =>
          finish(false, () =>
            reject(
              crashed(ctx.file, new Error(`worker exited with code ${code}`), options.maxMemoryMb),
            ),
          );
        const onAbort = () =>
          finish(false, () =>
            reject(
              new ParleyError('ABORTED', 'Ingestion was aborted by the caller.', {
                cause: ctx.signal?.reason,
              }),
            ),
          );
        const timer = clock.setTimeout(
          () =>
            finish(false, () =>
              reject(
                fileError(
                  'FILE_TOO_LARGE',
                  ctx.file,
                  `parsing took longer than ${timeoutMs} ms`,
                  'Split the file, or raise `parser.timeoutMs` in createKnowledgeBase options for files you trust.',
                ),
              ),
            ),
          timeoutMs,
        );
        if (ctx.signal?.aborted) return onAbort();
        ctx.signal?.addEventListener('abort', onAbort, { once: true });
        slot.worker.on('message', onMessage);
        slot.worker.once('error', onError);
        slot.worker.once('exit', onExit);
        slot.worker.postMessage(job);
      });
    },
    async close() {
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}

function revive(error: SerializedError, file: string): Error {
  if (error.code) {
    return new ParleyError(error.code as ParleyError['code'], error.message, {
      details: error.details ?? { file },
    });
  }
  return fileError(
    'FILE_INVALID',
    file,
    `it could not be read (${error.message})`,
    'Check the file, save it again and upload it again.',
  );
}

function crashed(file: string, error: Error & { code?: string }, maxMemoryMb: number): ParleyError {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return fileError(
      'FILE_TOO_LARGE',
      file,
      `parsing it needed more than ${maxMemoryMb} MiB`,
      'Split the file, or raise `parser.maxMemoryMb` in createKnowledgeBase options for files you trust.',
      error,
    );
  }
  return fileError(
    'FILE_INVALID',
    file,
    `the parser failed (${error.message})`,
    'Check the file, save it again and upload it again.',
    error,
  );
}

const shared = new Map<string, ParsePool>();

/** One pool per memory/worker setting for the whole process: knowledge bases share it. */
export function sharedParsePool(options: Omit<ParseSandboxOptions, 'timeoutMs'>): ParsePool {
  const key = `${options.maxMemoryMb}/${options.workers}`;
  let pool = shared.get(key);
  if (!pool) {
    pool = createParsePool(options);
    shared.set(key, pool);
  }
  return pool;
}
