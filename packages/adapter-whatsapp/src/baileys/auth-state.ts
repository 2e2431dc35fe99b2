import type { KeyValue } from '@parley/core';
import type {
  AuthenticationCreds,
  AuthenticationState,
  SignalDataSet,
  SignalDataTypeMap,
} from '@whiskeysockets/baileys';
import { fromStorable, toStorable } from '../binary-json.js';
import type { BaileysRuntime } from './runtime.js';

const CREDS = 'auth:creds';
const keyOf = (type: string, id: string) => `auth:keys:${type}:${id}`;

export interface StoredAuthState {
  state: AuthenticationState;
  /** True when credentials were found: the number is linked and needs no QR. */
  readonly resumed: boolean;
  /** Writes the current creds (after every `creds.update`). Writes are kept in order. */
  saveCreds(): Promise<void>;
  /** Resolves when every write so far has landed. */
  flush(): Promise<void>;
  /** Deletes creds and keys (logged out): the next start links anew. */
  purge(): Promise<void>;
}

/**
 * Baileys' auth state kept in the channel's key-value space — creds under one key,
 * each signal key under its own — so any `Store` (memory, Postgres) holds a session
 * and a restart resumes without a new QR. Bytes round-trip through `toStorable`.
 */
export async function loadAuthState(
  kv: KeyValue,
  runtime: Pick<BaileysRuntime, 'initAuthCreds' | 'proto'>,
): Promise<StoredAuthState> {
  const stored = await kv.get(CREDS);
  const creds: AuthenticationCreds =
    stored === undefined ? runtime.initAuthCreds() : fromStorable<AuthenticationCreds>(stored);
  let writes: Promise<unknown> = Promise.resolve();
  const enqueue = (write: () => Promise<unknown>) => {
    const next = writes.then(write, write);
    writes = next.catch(() => {});
    return next.then(() => {});
  };

  const state: AuthenticationState = {
    creds,
    keys: {
      async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
        const out: { [id: string]: SignalDataTypeMap[T] } = {};
        await Promise.all(
          ids.map(async (id) => {
            const raw = await kv.get(keyOf(type, id));
            if (raw === undefined) return;
            let value = fromStorable<unknown>(raw);
            if (type === 'app-state-sync-key') {
              // Baileys reads this one as a protobuf instance, not a plain object.
              value = runtime.proto.Message.AppStateSyncKeyData.fromObject(
                value as Record<string, unknown>,
              );
            }
            out[id] = value as SignalDataTypeMap[T];
          }),
        );
        return out;
      },
      async set(data: SignalDataSet) {
        const tasks: Array<Promise<void>> = [];
        for (const [type, entries] of Object.entries(data)) {
          for (const [id, value] of Object.entries(entries ?? {})) {
            const key = keyOf(type, id);
            tasks.push(
              enqueue(() =>
                value === null || value === undefined
                  ? kv.delete(key)
                  : kv.set(key, toStorable(value)),
              ),
            );
          }
        }
        await Promise.all(tasks);
      },
    },
  };

  return {
    state,
    resumed: stored !== undefined,
    saveCreds: () => enqueue(() => kv.set(CREDS, toStorable(creds))),
    flush: () => writes.then(() => {}),
    async purge() {
      await writes;
      const entries = await kv.list('auth:');
      for (const { key } of entries) await kv.delete(key);
    },
  };
}
