import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';

/** What we read of a zod 4 schema's definition to find the keys an object accepts. */
interface Def {
  type?: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

function defOf(schema: z.ZodType | undefined): Def | undefined {
  return (schema as unknown as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

/** Every object schema `schema` may be at `path` (unions give several). */
function objectsAt(schema: z.ZodType | undefined, path: readonly PropertyKey[], depth = 0): Def[] {
  const def = defOf(schema);
  if (!def || depth > 64) return [];
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return objectsAt(def.innerType, path, depth + 1);
    case 'pipe':
      return [...objectsAt(def.in, path, depth + 1), ...objectsAt(def.out, path, depth + 1)];
    case 'lazy':
      return objectsAt(def.getter?.(), path, depth + 1);
    case 'union':
      return (def.options ?? []).flatMap((o) => objectsAt(o, path, depth + 1));
    case 'intersection':
      return [...objectsAt(def.left, path, depth + 1), ...objectsAt(def.right, path, depth + 1)];
  }
  if (path.length === 0) return def.type === 'object' ? [def] : [];
  const [head, ...rest] = path;
  if (def.type === 'object') return objectsAt(def.shape?.[String(head)], rest, depth + 1);
  if (def.type === 'array') return objectsAt(def.element, rest, depth + 1);
  if (def.type === 'record') return objectsAt(def.valueType, rest, depth + 1);
  return [];
}

/** The accepted key closest to `key`, when one is close enough to be a typo. */
export function closestKey(candidates: readonly string[], key: string): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // A typo, a missing or swapped letter, a wrong case; not an unrelated word.
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3))) return best;
  // A shortened name: `fallback` for `fallbackMessage`.
  if (lower.length < 4) return undefined;
  return [...candidates].find((c) => c.toLowerCase().startsWith(lower));
}

/**
 * `unknown key "welcomeMesage" (did you mean "welcomeMessage"?)`, or the list of
 * accepted keys when none is close.
 */
export function unknownKeyMessage(
  schema: z.ZodType,
  path: readonly PropertyKey[],
  keys: readonly string[],
): string {
  const accepted = [...new Set(objectsAt(schema, path).flatMap((d) => Object.keys(d.shape ?? {})))];
  return keys
    .map((key) => {
      const near = closestKey(accepted, key);
      if (near !== undefined) return `unknown key "${key}" (did you mean "${near}"?)`;
      return accepted.length > 0
        ? `unknown key "${key}" (accepted: ${accepted.join(', ')})`
        : `unknown key "${key}"`;
    })
    .join('; ');
}
