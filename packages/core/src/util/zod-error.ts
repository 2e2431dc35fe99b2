import type { z } from 'zod';
import { ParleyError, type ParleyErrorCode } from '../errors.js';

/** Formats a zod error as one line per problem: `channels.0.id: expected string`. */
export function formatIssues(error: z.ZodError, root?: string): string {
  return error.issues
    .map((issue) => {
      const path = [root, ...issue.path.map(String)].filter(Boolean).join('.');
      return `${path || '(root)'}: ${issue.message}`;
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
  const problems = formatIssues(result.error);
  throw new ParleyError(code, `Invalid ${what}: ${problems}. ${hint}`, {
    cause: result.error,
    details: { issues: result.error.issues },
  });
}
