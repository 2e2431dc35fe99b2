import { ParleyError } from '@parley/core';

/** How bytes inside a payload travel: left out (default) or as base64 text. */
export type BinaryMode = 'omit' | 'base64';

/**
 * The Standard Webhooks body `{ "type", "timestamp", "data" }` as compact JSON. Dates
 * become ISO strings; bytes never travel raw (`{ "omitted": "binary", "byteLength" }`
 * or base64); Errors become `{ name, message, code? }`; bigints strings; Maps objects;
 * Sets arrays. A circular payload is refused.
 */
export function serializeEvent(
  type: string,
  timestamp: Date,
  data: unknown,
  binary: BinaryMode = 'omit',
): string {
  const wire = {
    type,
    timestamp: timestamp.toISOString(),
    data: toWire(data, binary, new Set(), 'data'),
  };
  return JSON.stringify(wire);
}

function toWire(value: unknown, binary: BinaryMode, seen: Set<object>, path: string): unknown {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'number' && !Number.isFinite(value)) return null;
    if (typeof value === 'function' || typeof value === 'symbol') return undefined;
    return value;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) {
    const bytes =
      value instanceof ArrayBuffer
        ? new Uint8Array(value)
        : new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return binary === 'base64'
      ? Buffer.from(bytes).toString('base64')
      : { omitted: 'binary', byteLength: bytes.byteLength };
  }
  if (seen.has(value)) {
    throw new ParleyError(
      'INPUT_INVALID',
      `The webhook payload has a circular reference at ${path}; send ids instead of object graphs.`,
    );
  }
  seen.add(value);
  try {
    if (value instanceof Error) {
      const code = (value as { code?: unknown }).code;
      return {
        name: value.name,
        message: value.message,
        ...(typeof code === 'string' ? { code } : {}),
      };
    }
    if (Array.isArray(value) || value instanceof Set) {
      return [...value].map((item, i) => toWire(item, binary, seen, `${path}.${i}`) ?? null);
    }
    if (value instanceof Map) {
      return objectToWire(Object.fromEntries(value), binary, seen, path);
    }
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') {
      return toWire(toJSON.call(value), binary, seen, path);
    }
    return objectToWire(value as Record<string, unknown>, binary, seen, path);
  } finally {
    seen.delete(value);
  }
}

function objectToWire(
  object: Record<string, unknown>,
  binary: BinaryMode,
  seen: Set<object>,
  path: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(object)) {
    const wire = toWire(item, binary, seen, `${path}.${key}`);
    if (wire !== undefined) out[key] = wire;
  }
  return out;
}
