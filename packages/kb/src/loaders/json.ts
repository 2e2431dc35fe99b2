import { assertWithin, fileError } from '../errors.js';
import type { LoadContext, LoadedUnit } from './unit.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** An object with at most this many values is one record; a larger one is split by key. */
const recordLeaves = 40;

const isObject = (v: Json): v is { [key: string]: Json } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses JSON text, naming the file and the position of a syntax error. */
export function parseJson(text: string, file: string): Json {
  try {
    return JSON.parse(text) as Json;
  } catch (cause) {
    throw fileError(
      'FILE_INVALID',
      file,
      `it is not valid JSON (${(cause as Error).message})`,
      'Check the file with a JSON validator, fix it and upload it again.',
      cause,
    );
  }
}

/**
 * Turns JSON into records: each object of an array is one record, nested values
 * flattened with their paths ("shipping.days: 3 · tags: new, sale"); a large object is
 * split by key. Each record cites its path (`products[3]`).
 */
export function loadJson(value: Json, ctx: LoadContext): LoadedUnit[] {
  const units: LoadedUnit[] = [];
  let leaves = 0;
  const count = (n: number) => {
    leaves += n;
    assertWithin(ctx.file, ctx.limits, 'maxCells', leaves, 'the number of JSON values');
    assertWithin(ctx.file, ctx.limits, 'maxRows', units.length, 'the number of JSON records');
  };
  const emit = (node: Json, path: string) => {
    if (Array.isArray(node) && node.some((v) => isObject(v) || Array.isArray(v))) {
      node.forEach((item, i) => {
        emit(item, `${path}[${i}]`);
      });
      return;
    }
    // The top level is always split by key; deeper objects only when large.
    if (isObject(node) && (path === '' || leafCount(node) > recordLeaves)) {
      for (const [key, child] of Object.entries(node)) emit(child, joinPath(path, key));
      return;
    }
    const lines: string[] = [];
    flatten(node, '', lines);
    count(lines.length);
    const text = lines.join(' · ');
    if (text) {
      units.push({
        kind: 'passage',
        text,
        path: path || '$',
        context: labelOf(path),
        atomic: true,
      });
    }
  };
  emit(value, '');
  if (units.length === 0) {
    throw fileError(
      'FILE_INVALID',
      ctx.file,
      'the JSON holds no values',
      'Upload a file with data in it.',
    );
  }
  ctx.progress(units.length, units.length);
  return units;
}

function joinPath(path: string, key: string): string {
  const safe = /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(key) ? key : JSON.stringify(key);
  return path ? `${path}.${safe}` : safe;
}

/** `label: value` lines of every leaf, with paths relative to the record. */
function flatten(node: Json, path: string, out: string[]): void {
  if (Array.isArray(node)) {
    if (node.every((v) => !isObject(v) && !Array.isArray(v))) {
      const items = node.filter((v) => v !== null && v !== '').map(String);
      if (items.length > 0) out.push(path ? `${path}: ${items.join(', ')}` : items.join(', '));
      return;
    }
    node.forEach((v, i) => {
      flatten(v, `${path}[${i}]`, out);
    });
    return;
  }
  if (isObject(node)) {
    for (const [key, child] of Object.entries(node)) flatten(child, joinPath(path, key), out);
    return;
  }
  if (node === null || node === '') return;
  out.push(path ? `${path}: ${String(node)}` : String(node));
}

function leafCount(node: Json): number {
  if (Array.isArray(node)) return node.reduce<number>((n, v) => n + leafCount(v), 0);
  if (isObject(node)) return Object.values(node).reduce<number>((n, v) => n + leafCount(v), 0);
  return 1;
}

/** "products[3]" → "products": the collection name, indexed as context. */
function labelOf(path: string): string | undefined {
  const label = path
    .replace(/\[\d+\]/g, ' ')
    .replace(/[."]/g, ' ')
    .trim();
  return label || undefined;
}

export type { Json };
