import type { Logger } from '@parley/core';
import type { SocketConfig } from '@whiskeysockets/baileys';

type ILogger = SocketConfig['logger'];

/**
 * Bridges Parley's logger to the pino-like one Baileys wants. Baileys is chatty, so
 * its `info` goes to `debug` and `trace` is dropped; warnings and errors pass through.
 */
export function baileysLogger(logger: Logger, bindings: Record<string, unknown> = {}): ILogger {
  const write =
    (level: 'debug' | 'warn' | 'error') =>
    (obj: unknown, msg?: string): void => {
      const fields =
        typeof obj === 'object' && obj !== null
          ? { ...bindings, ...(obj as Record<string, unknown>) }
          : bindings;
      const text = msg ?? (typeof obj === 'string' ? obj : 'baileys');
      logger[level](`baileys: ${text}`, fields);
    };
  return {
    level: 'debug',
    child: (obj) => baileysLogger(logger, { ...bindings, ...obj }),
    trace: () => {},
    debug: write('debug'),
    info: write('debug'),
    warn: write('warn'),
    error: write('error'),
  };
}
