import type { z } from 'zod';
import { ParleyError, type ParleyErrorCode } from '../errors.js';
import { unknownKeyMessage } from './did-you-mean.js';

/**
 * Formats a zod error as one line per problem: `channels.0.id: expected string`. Given
 * the schema, an unknown key gets a "did you mean" hint: `channels.0: unknown key
 * "welcomeMesage" (did you mean "welcomeMessage"?)`.
 */
export function formatIssues(error: z.ZodError, root?: string, schema?: z.ZodType): string {
  return error.issues
    .map((issue) => {
      const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
      const unknown = schema ? unknownKeys(issue) : [];
      const message =
        schema && unknown.length > 0
          ? unknownKeyMessage(schema, issue.path, unknown)
          : issue.message;
      return `${path || '(root)'}: ${message}`;
    })
    .join('; ');
}

/**
 * Parses `value` with `schema` or throws a ParleyError naming every bad field.
 * `what` names the thing parsed (`createDesk options`, `inbound message`), `hint` how
 * to fix it.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  what: string,
  code: ParleyErrorCode = 'CONFIG_INVALID',
  hint = 'See the option docs in the package README.',
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = formatIssues(result.error, undefined, schema);
  throw new ParleyError(code, `Invalid ${what}: ${problems}. ${hint}`, {
    cause: result.error,
    details: { issues: result.error.issues },
  });
}

/**
 * The unknown keys an issue is about: its own, or, for a union none of whose shapes
 * matched (`route: { assistent: 'bot' }`), those every branch rejected.
 */
function unknownKeys(issue: z.core.$ZodIssue): string[] {
  if (issue.code === 'unrecognized_keys') return issue.keys;
  if (issue.code !== 'invalid_union') return [];
  const branches = issue.errors.map((branch) =>
    branch.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys : [])),
  );
  if (branches.length === 0 || branches.some((keys) => keys.length === 0)) return [];
  return [...new Set(branches.flat())].filter((key) =>
    branches.every((keys) => keys.includes(key)),
  );
}
