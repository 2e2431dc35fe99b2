import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ParleyError } from '../errors.js';

export interface ListenOptions {
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /**
   * Interface to bind. Loopback by default, so a development server is not reachable
   * from the network by accident; pass '0.0.0.0' (or '::') to serve other machines.
   */
  host?: string;
  /** How the user picks another port, shown when this one is taken (e.g. `PORT=3001 npm start`). */
  hint?: (nextPort: number) => string;
}

export interface Listening {
  port: number;
  host: string;
  /** `http://localhost:PORT` (or the bound host), for printing. */
  url: string;
}

/**
 * `server.listen()` as a promise whose failures say what to do: a taken port or one
 * that needs privileges becomes a `ParleyError('CONFIG_INVALID')` naming the port and
 * how to choose another, instead of a raw EADDRINUSE stack.
 */
export function listen(server: Server, options: ListenOptions): Promise<Listening> {
  const host = options.host ?? '127.0.0.1';
  const { port } = options;
  const hint = options.hint ?? ((next: number) => `start it with PORT=${next}`);
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(
          new ParleyError(
            'CONFIG_INVALID',
            `Port ${port} on ${host} is already in use (another copy of this server, or another program). Stop it, or ${hint(port + 1)}.`,
            { cause: error, details: { port, host } },
          ),
        );
      } else if (error.code === 'EACCES') {
        reject(
          new ParleyError(
            'CONFIG_INVALID',
            `Port ${port} needs privileges on this machine; use a port above 1024 (${hint(3000)}).`,
            { cause: error, details: { port, host } },
          ),
        );
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(
          new ParleyError(
            'CONFIG_INVALID',
            `Cannot listen on host "${host}": no such interface here. Use 127.0.0.1 (this machine only) or 0.0.0.0 (every interface).`,
            { cause: error, details: { port, host } },
          ),
        );
      } else {
        reject(error);
      }
    };
    const onListening = () => {
      server.off('error', onError);
      const bound = (server.address() as AddressInfo).port;
      const shown =
        host === '0.0.0.0' || host === '::' || host === '127.0.0.1' || host === '::1'
          ? 'localhost'
          : host.includes(':')
            ? `[${host}]`
            : host;
      resolve({ port: bound, host, url: `http://${shown}:${bound}` });
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
