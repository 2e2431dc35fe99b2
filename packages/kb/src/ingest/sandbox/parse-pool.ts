import { type ChildProcess, fork } from 'node:child_process';
import { type Clock, ParleyError } from '@parley/core';
import type { LoadContext, LoadedFile, LoadedUnit } from '../../loaders/unit.js';
import type { IngestAs, KnowledgeFile } from '../../types.js';
import { parseChildScript, parserEnv } from './child-script.js';
import { OUT_OF_HEAP, parserCrashed, revive, tooMuchMemory, tooSlow } from './parse-errors.js';
import type { ParseReply, ParseRequest } from './protocol.js';
import { removeUpload, writeUpload } from './upload-file.js';

export interface ParseSandboxOptions {
  /** Longest one file may parse before its parser process is killed (default 60 s). */
  timeoutMs: number;
  /** Heap of a parser process, in MiB (default 512): past it the parse fails, not the host. */
  maxMemoryMb: number;
  /** Parser processes kept (default 1): uploads queue behind each other, conversations never do. */
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
  child: ChildProcess;
  busy: boolean;
  /** The end of the child's stderr: V8's "Reached heap limit" lands there. */
  stderr: string;
}

/** Heap a parse needs per byte of file, at least: decoded text plus its rows and cells. */
const HEAP_PER_FILE_BYTE = 4;

/**
 * P-35/P-36: file parsing runs in child processes started with `--max-old-space-size`
 * and a wall-clock timeout, so a zip bomb, a million-row sheet or a parser bug costs one
 * failed upload instead of stalling or killing the instance. A process, not a worker
 * thread: on Node 20 a worker reaching its `resourceLimits` can abort the whole host
 * ("FATAL ERROR: Reached heap limit", decision 0230). Children are reused between jobs
 * (startup is the expensive part), unref'd while idle, and killed after a crash, a
 * timeout or an abort.
 */
export function createParsePool(options: Omit<ParseSandboxOptions, 'timeoutMs'>): ParsePool {
  const slots: Slot[] = [];
  const waiting: Array<() => void> = [];

  function spawn(): Slot {
    const { modulePath, execArgv } = parseChildScript();
    const child = fork(modulePath, [], {
      execArgv: [...execArgv, `--max-old-space-size=${options.maxMemoryMb}`],
      serialization: 'advanced',
      env: parserEnv(),
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const slot: Slot = { child, busy: false, stderr: '' };
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => {
      slot.stderr = (slot.stderr + text).slice(-4096);
    });
    child.once('exit', () => drop(slot));
    idle(slot);
    slots.push(slot);
    return slot;
  }

  // An idle child must not keep the host alive; a busy one must.
  function idle(slot: Slot): void {
    slot.child.unref();
    slot.child.channel?.unref();
    (slot.child.stderr as { unref?: () => void } | null)?.unref?.();
  }
  function busy(slot: Slot): void {
    slot.child.ref();
    slot.child.channel?.ref();
  }

  function drop(slot: Slot): void {
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
  }

  async function acquire(): Promise<Slot> {
    for (;;) {
      const free = slots.find((s) => !s.busy && s.child.connected);
      if (free) return free;
      if (slots.length < options.workers) return spawn();
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  }

  function release(slot: Slot, healthy: boolean): void {
    slot.busy = false;
    if (healthy) idle(slot);
    else {
      // Out of the pool at once: the next job must not land on a dying child. A fresh
      // one starts now, so the next upload does not wait for a process to boot.
      drop(slot);
      slot.child.kill('SIGKILL');
      if (slots.length < options.workers) spawn();
    }
    waiting.shift()?.();
  }

  return {
    async load(file, as, ctx, { clock, timeoutMs }) {
      // Refused before any copy: a file whose decoded text and rows cannot fit the heap.
      const bytes = typeof file.data === 'string' ? file.data.length * 2 : file.data.byteLength;
      if (bytes * HEAP_PER_FILE_BYTE > options.maxMemoryMb * 1024 * 1024) {
        throw tooMuchMemory(ctx.file, options.maxMemoryMb);
      }
      if (ctx.signal?.aborted) throw aborted(ctx.signal);
      const path = await writeUpload(file.data);
      try {
        return await run(file, as, ctx, { clock, timeoutMs, path });
      } finally {
        await removeUpload(path);
      }
    },
    async close() {
      for (const slot of slots.splice(0)) slot.child.kill('SIGKILL');
    },
  };

  async function run(
    file: KnowledgeFile,
    as: IngestAs,
    ctx: LoadContext,
    { clock, timeoutMs, path }: { clock: Clock; timeoutMs: number; path: string },
  ): Promise<LoadedFile> {
    const slot = await acquire();
    slot.busy = true;
    slot.stderr = '';
    busy(slot);
    const { child } = slot;
    const units: LoadedUnit[] = [];
    return new Promise<LoadedFile>((resolve, reject) => {
      let settled = false;
      const finish = (healthy: boolean, outcome: () => void) => {
        if (settled) return;
        settled = true;
        timer.cancel();
        ctx.signal?.removeEventListener('abort', onAbort);
        child.off('message', onMessage);
        child.off('exit', onExit);
        child.off('error', onError);
        release(slot, healthy);
        outcome();
      };
      const onMessage = (reply: ParseReply) => {
        if (reply.type === 'progress') return ctx.progress(reply.done, reply.total);
        if (reply.type === 'units') {
          for (const unit of reply.units) units.push(unit);
          return;
        }
        if (reply.type === 'done')
          return finish(true, () => resolve({ format: reply.format, units }));
        finish(true, () => reject(revive(reply.error, ctx.file)));
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        // V8 aborts (SIGABRT, or 134 through a shell) when the heap cap is reached.
        const outOfHeap = OUT_OF_HEAP.test(slot.stderr) || signal === 'SIGABRT' || code === 134;
        finish(false, () =>
          reject(
            outOfHeap
              ? tooMuchMemory(ctx.file, options.maxMemoryMb)
              : parserCrashed(ctx.file, `parser process exited with ${signal ?? `code ${code}`}`),
          ),
        );
      };
      const onError = (error: Error) =>
        finish(false, () => reject(parserCrashed(ctx.file, error.message)));
      const onAbort = () => finish(false, () => reject(aborted(ctx.signal!)));
      const timer = clock.setTimeout(
        () => finish(false, () => reject(tooSlow(ctx.file, timeoutMs))),
        timeoutMs,
      );
      if (ctx.signal?.aborted) return onAbort();
      ctx.signal?.addEventListener('abort', onAbort, { once: true });
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.once('error', onError);
      const request: ParseRequest = {
        path,
        name: file.name,
        ...(file.type !== undefined && { fileType: file.type }),
        text: typeof file.data === 'string',
        as,
        label: ctx.file,
        limits: ctx.limits,
      };
      child.send(request, (error) => {
        if (error) finish(false, () => reject(parserCrashed(ctx.file, error.message)));
      });
    });
  }
}

function aborted(signal: AbortSignal): ParleyError {
  return new ParleyError('ABORTED', 'Ingestion was aborted by the caller.', {
    cause: signal.reason,
  });
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
