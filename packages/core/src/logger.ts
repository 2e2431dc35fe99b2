/** The logging surface Parley uses; `console` and pino both fit. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const noop = () => {};

/** Discards everything; the default, so a library never writes to a host's stdout. */
export const silentLogger: Logger = { debug: noop, info: noop, warn: noop, error: noop };

/** Writes warnings and errors to the console; handy in examples. */
export const consoleLogger: Logger = {
  debug: noop,
  info: (m, f) => console.info(m, f ?? ''),
  warn: (m, f) => console.warn(m, f ?? ''),
  error: (m, f) => console.error(m, f ?? ''),
};
