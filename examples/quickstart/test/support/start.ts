import { type DeskEvents, silentLogger } from '@parley/core';
import { createFakeClock, type FakeClock } from '@parley/core/testing';
import { afterEach, expect } from 'vitest';
import WebSocket from 'ws';
import { type Quickstart, type QuickstartOptions, startQuickstart } from '../../src/quickstart.js';
import { connectVisitor, type TestVisitor } from './visitor.js';

export interface TestQuickstart extends Quickstart {
  clock: FakeClock;
  errors: Array<DeskEvents['error']>;
  /** Calls the console API like the console page does; returns status and JSON body. */
  api<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: T }>;
  visitor(token?: string): Promise<TestVisitor>;
  /** The console's live feed: frames pushed so far, and a wait for one. */
  feed(): Promise<{
    frames: Array<Record<string, unknown>>;
    waitFor(name: string): Promise<void>;
    close(): void;
  }>;
}

/**
 * The quickstart started in-process on port 0: a fake clock (Monday 2026-01-05 09:00 UTC,
 * within the team's hours in UTC), no OpenAI settings unless `env` brings them.
 */
export async function startTestQuickstart(
  options: QuickstartOptions = {},
  clockStart?: string,
): Promise<TestQuickstart> {
  const clock = createFakeClock(clockStart);
  const qs = await startQuickstart({
    port: 0,
    env: {},
    timeZone: 'UTC',
    clock,
    logger: silentLogger,
    ...options,
  });
  const errors: Array<DeskEvents['error']> = [];
  qs.desk.on('error', (e) => {
    errors.push(e);
  });
  const sockets: Array<{ close(): Promise<void> | void }> = [];
  return {
    ...qs,
    clock,
    errors,
    async api(method, path, body) {
      // The console is @parley/console mounted at /console; changes carry its header.
      const res = await fetch(`${qs.url}/console${path}`, {
        method,
        ...(method !== 'GET' && {
          headers: { 'content-type': 'application/json', 'x-parley-csrf': '1' },
          body: JSON.stringify(body ?? {}),
        }),
      });
      return { status: res.status, body: (await res.json()) as never };
    },
    async visitor(token) {
      const socket = await connectVisitor(qs.url, token);
      sockets.push(socket);
      // The widget's ack comes once a message is recorded; its turn runs on. Tests read
      // the answers, so each send waits for the desk to finish its turns.
      const v: TestVisitor = {
        ...socket,
        say: async (text) => {
          await socket.say(text);
          await qs.desk.idle();
        },
        choose: async (optionId) => {
          await socket.choose(optionId);
          await qs.desk.idle();
        },
      };
      return v;
    },
    async feed() {
      const ws = new WebSocket(`${qs.url.replace('http', 'ws')}/console/ws`);
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      const frames: Array<Record<string, unknown>> = [];
      const waiters = new Set<() => void>();
      ws.on('message', (data) => {
        frames.push(JSON.parse(String(data)));
        for (const w of waiters) w();
      });
      sockets.push({ close: () => ws.close() });
      return {
        frames,
        waitFor: (name) =>
          new Promise<void>((resolve) => {
            const check = () => {
              if (frames.some((f) => f.name === name)) {
                waiters.delete(check);
                resolve();
              }
            };
            waiters.add(check);
            check();
          }),
        close: () => ws.close(),
      };
    },
    async close() {
      await Promise.all(sockets.map((s) => s.close()));
      await qs.close();
    },
  };
}

/** One quickstart per test, closed after it; fails the test on any desk error. */
export function useQuickstart(): (
  options?: QuickstartOptions,
  clockStart?: string,
) => Promise<TestQuickstart> {
  let current: TestQuickstart | undefined;
  afterEach(async () => {
    const qs = current;
    current = undefined;
    if (!qs) return;
    try {
      expect(qs.errors).toEqual([]);
    } finally {
      await qs.close();
    }
  });
  return async (options, clockStart) => (current = await startTestQuickstart(options, clockStart));
}
