import type { Logger } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import { describe, expect, it } from 'vitest';
import { baileysLogger } from './logger.js';

function recordingLogger() {
  const lines: Array<{ level: string; text: string; fields: Record<string, unknown> }> = [];
  const at =
    (level: string) =>
    (text: string, fields: Record<string, unknown> = {}) => {
      lines.push({ level, text, fields });
    };
  const logger: Logger = {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
  };
  return { logger, lines };
}

describe('the Baileys logger bridge', () => {
  it('P-24: 10k Bad MAC decrypt errors in a loop cost ten lines and one summary a minute, in bounded memory', async () => {
    const { logger, lines } = recordingLogger();
    const clock = createFakeClock();
    const root = baileysLogger(logger, { channelId: 'wa' }, clock);
    // Baileys logs through child loggers; they share the limit.
    const child = root.child({ class: 'signal' });
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 10_000; i++) {
      child.error({ key: { id: `m${i}` }, err: new Error('Bad MAC') }, 'failed to decrypt message');
    }
    expect(lines).toHaveLength(10);
    expect(
      lines.every((l) => l.level === 'error' && l.text === 'baileys: failed to decrypt message'),
    ).toBe(true);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * 1024 * 1024);
    // Another text is not held back by the first one's flood.
    root.warn({}, 'connection closed');
    expect(lines.at(-1)?.text).toBe('baileys: connection closed');

    await clock.advance(60_000);
    child.error({ err: new Error('Bad MAC') }, 'failed to decrypt message');
    const [summary, next] = lines.slice(-2);
    expect(summary).toMatchObject({ level: 'warn', fields: { suppressed: 9_990 } });
    expect(summary?.text).toMatch(/9990 more "failed to decrypt message"/);
    expect(next?.text).toBe('baileys: failed to decrypt message');
  });

  it('CH1: Baileys info goes to debug, trace is dropped, fields keep their bindings', () => {
    const { logger, lines } = recordingLogger();
    const log = baileysLogger(logger, { channelId: 'wa' }, createFakeClock());
    log.info({ jid: 'x' }, 'connected');
    log.trace({}, 'noise');
    expect(lines).toEqual([
      { level: 'debug', text: 'baileys: connected', fields: { channelId: 'wa', jid: 'x' } },
    ]);
  });
});
