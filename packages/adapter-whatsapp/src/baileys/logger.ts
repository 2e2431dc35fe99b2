import { type Clock, type Logger, systemClock } from '@parley/core';
import type { SocketConfig } from '@whiskeysockets/baileys';

type ILogger = SocketConfig['logger'];
type Level = 'debug' | 'warn' | 'error';

// Lines of one text let through per window; the rest are counted and summed up once.
const PER_WINDOW = 10;
const WINDOW_MS = 60_000;
// Distinct texts tracked at most: Baileys' texts are fixed strings, a handful in all.
const MAX_TEXTS = 200;

/**
 * Repeats of one log text within a window, so a flood (a session whose keys went bad
 * logs "failed to decrypt message" for every message: thousands a minute) costs the host
 * ten lines and one summary a minute instead of one line each.
 */
class LogLimiter {
  readonly #texts = new Map<string, { since: number; lines: number; suppressed: number }>();

  constructor(
    private readonly logger: Logger,
    private readonly clock: Clock,
  ) {}

  write(level: Level, text: string, fields: Record<string, unknown>): void {
    const now = this.clock.now().getTime();
    let seen = this.#texts.get(text);
    if (seen && now - seen.since >= WINDOW_MS) {
      if (seen.suppressed > 0) {
        this.logger.warn(
          `baileys: ${seen.suppressed} more "${text}" in the last minute, not logged`,
          {
            ...fields,
            suppressed: seen.suppressed,
          },
        );
      }
      seen = undefined;
    }
    if (!seen) {
      if (this.#texts.size >= MAX_TEXTS) this.#texts.clear();
      seen = { since: now, lines: 0, suppressed: 0 };
      this.#texts.set(text, seen);
    }
    if (seen.lines >= PER_WINDOW) {
      seen.suppressed++;
      return;
    }
    seen.lines++;
    this.logger[level](`baileys: ${text}`, fields);
  }
}

/**
 * Bridges Parley's logger to the pino-like one Baileys wants. Baileys is chatty, so
 * its `info` goes to `debug` and `trace` is dropped; warnings and errors pass through,
 * at most ten of one text a minute (the rest summed up).
 */
export function baileysLogger(
  logger: Logger,
  bindings: Record<string, unknown> = {},
  clock: Clock = systemClock,
  limiter = new LogLimiter(logger, clock),
): ILogger {
  const write =
    (level: Level) =>
    (obj: unknown, msg?: string): void => {
      const fields =
        typeof obj === 'object' && obj !== null
          ? { ...bindings, ...(obj as Record<string, unknown>) }
          : bindings;
      const text = msg ?? (typeof obj === 'string' ? obj : 'baileys');
      limiter.write(level, text, fields);
    };
  return {
    level: 'debug',
    child: (obj) => baileysLogger(logger, { ...bindings, ...obj }, clock, limiter),
    trace: () => {},
    debug: write('debug'),
    info: write('debug'),
    warn: write('warn'),
    error: write('error'),
  };
}
