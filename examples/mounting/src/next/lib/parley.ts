// lib/parley.ts of a Next.js app: one desk per server process. Next re-evaluates modules
// on hot reload in development, so the promise is kept on globalThis.
import { type Parley, startParley } from '../../parley.js';

const key = Symbol.for('parley.desk');
const holder = globalThis as typeof globalThis & { [key]?: Promise<Parley> };

export function parley(): Promise<Parley> {
  holder[key] ??= startParley({
    basePath: '/api/parley',
    webhookUrl: process.env.PARLEY_WEBHOOK_URL ?? 'http://127.0.0.1:3001/parley',
    ...(process.env.PARLEY_WEBHOOK_SECRET && { webhookSecret: process.env.PARLEY_WEBHOOK_SECRET }),
    ...(process.env.PARLEY_INBOX_TOKEN && { inboxToken: process.env.PARLEY_INBOX_TOKEN }),
    allowPrivateNetworks: process.env.NODE_ENV !== 'production',
  });
  return holder[key];
}
