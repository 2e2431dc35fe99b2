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
/** The batch being written: present only between its first and last key write. */
const JOURNAL = 'auth:journal';
const keyOf = (type: string, id: string) => `auth:keys:${type}:${id}`;

/** One `keys.set` call: `type → id → value`, `null` deleting the key. */
type Batch = Record<string, Record<string, unknown>>;

/**
 * P-20: a `keys.set` batch is written to the journal first (one `kv.set`, atomic in
 * every Store), then key by key, then the journal is cleared. A crash before the
 * journal lands leaves none of the batch; a crash after it is finished on the next
 * load (or before the next batch), so a restart sees all of it. `KeyValue` has no
 * multi-key transaction, and this works on any Store a host plugs in.
 */
async function applyBatch(kv: KeyValue, batch: Batch): Promise<void> {
  for (const [type, entries] of Object.entries(batch)) {
    for (const [id, value] of Object.entries(entries)) {
      const key = keyOf(type, id);
      if (value === null || value === undefined) await kv.delete(key);
      else await kv.set(key, value);
    }
  }
}

async function finishJournal(kv: KeyValue): Promise<void> {
  const pending = await kv.get<Batch>(JOURNAL);
  if (pending === undefined) return;
  await applyBatch(kv, pending);
  await kv.delete(JOURNAL);
}

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
 * each signal key under its own, each `keys.set` batch atomic through a journal — so any `Store` (memory, Postgres) holds a session
 * and a restart resumes without a new QR. Bytes round-trip through `toStorable`.
 */
export async function loadAuthState(
  kv: KeyValue,
  runtime: Pick<BaileysRuntime, 'initAuthCreds' | 'proto'>,
): Promise<StoredAuthState> {
  await finishJournal(kv);
  const stored = await kv.get(CREDS);
  const creds: AuthenticationCreds =
    stored === undefined ? runtime.initAuthCreds() : fromStorable<AuthenticationCreds>(stored);
  let writes: Promise<unknown> = Promise.resolve();
  let interrupted = false;
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
        const batch: Batch = {};
        for (const [type, entries] of Object.entries(data)) {
          batch[type] = {};
          for (const [id, value] of Object.entries(entries ?? {})) {
            batch[type][id] = value === null || value === undefined ? null : toStorable(value);
          }
        }
        await enqueue(async () => {
          // A batch that failed half-way is finished first: this one must not bury it.
          if (interrupted) await finishJournal(kv);
          interrupted = false;
          await kv.set(JOURNAL, batch);
          interrupted = true;
          await applyBatch(kv, batch);
          await kv.delete(JOURNAL);
          interrupted = false;
        });
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
