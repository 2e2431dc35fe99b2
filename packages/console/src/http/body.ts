import { parseOrThrow } from '@parley/core';
import type { z } from 'zod';
import { ConsoleRefusal } from './respond.js';

const MAX_BODY = 64 * 1024;

/** The JSON body of a change request, at most 64 KiB (or `maxBytes`), parsed with `schema`. */
export async function readBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  what: string,
  maxBytes = MAX_BODY,
): Promise<z.output<T>> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  const over = `The body is over ${Math.round(maxBytes / 1024)} KiB.`;
  if (declared > maxBytes) throw new ConsoleRefusal(413, 'TOO_LARGE', over);
  const text = await request.text();
  if (text.length > maxBytes) throw new ConsoleRefusal(413, 'TOO_LARGE', over);
  let value: unknown = {};
  if (text !== '') {
    try {
      value = JSON.parse(text);
    } catch {
      throw new ConsoleRefusal(400, 'INPUT_INVALID', 'The request body is not valid JSON.');
    }
  }
  return parseOrThrow(schema, value, what, 'INPUT_INVALID', 'Fix the fields named above.');
}
