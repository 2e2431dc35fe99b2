import { z } from 'zod';
import { ParleyError } from '../errors.js';
import { type MessageCitation, messageCitationSchema } from '../model/citation.js';
import { formatIssues } from '../util/zod-error.js';
import type { AssistantResult } from './assistant.js';

const citationsSchema = z.array(messageCitationSchema).max(50);

/** The reply's sources, to be carried on each message it sends (AI3). */
export function replyCitations(result: AssistantResult): MessageCitation[] | undefined {
  if (result.type !== 'reply' || !result.citations || result.citations.length === 0)
    return undefined;
  return result.citations;
}

/** Citations are checked like the reply's content: bad ones fail the turn. */
export function invalidCitations(result: AssistantResult): ParleyError | undefined {
  if (result.type !== 'reply' || result.citations === undefined) return undefined;
  const parsed = citationsSchema.safeParse(result.citations);
  return parsed.success
    ? undefined
    : new ParleyError(
        'ASSISTANT_FAILED',
        `Assistant reply citations are invalid: ${formatIssues(parsed.error, 'citations')}.`,
      );
}
