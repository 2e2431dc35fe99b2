/**
 * Makes Baileys' auth state and message protos safe for any `KeyValue` store: bytes
 * (Buffer, Uint8Array) become `{ $bin: base64 }`, protobuf `Long`s become numbers, and
 * protobuf class instances become plain objects. `fromStorable` turns `$bin` back into
 * a Buffer, which Baileys needs (`.toString('base64')`, `Buffer.concat`). The result
 * survives `structuredClone` (memory store) and `JSON.stringify` (SQL stores) alike.
 */
export function toStorable(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    return typeof value === 'function' || typeof value === 'bigint' ? undefined : value;
  }
  if (value instanceof Uint8Array) return { $bin: Buffer.from(value).toString('base64') };
  if (isLong(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map((v) => toStorable(v) ?? null);
  if (value instanceof Date) return value.toISOString();
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = toStorable((value as Record<string, unknown>)[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** The inverse of `toStorable`: `{ $bin }` back to Buffers, everything else as is. */
export function fromStorable<T = unknown>(value: unknown): T {
  return revive(value) as T;
}

function revive(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Uint8Array) return Buffer.from(value);
  if (Array.isArray(value)) return value.map(revive);
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === '$bin' && typeof record.$bin === 'string') {
    return Buffer.from(record.$bin, 'base64');
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = revive(record[key]);
  return out;
}

function isLong(value: object): value is { toNumber(): number } {
  const v = value as { low?: unknown; high?: unknown; toNumber?: unknown };
  return (
    typeof v.low === 'number' && typeof v.high === 'number' && typeof v.toNumber === 'function'
  );
}
