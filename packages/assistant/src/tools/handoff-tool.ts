import { z } from 'zod';
import type { AssistantTool } from './define-tool.js';

export const handoffParameters = z.object({
  reason: z.string().min(1).max(300).describe('Why a person is needed, in a few words.'),
  summary: z
    .string()
    .min(1)
    .max(1500)
    .describe(
      'For the human operator: who the customer is, what they want, what was already said.',
    ),
  message: z
    .string()
    .max(1000)
    .optional()
    .describe("What to tell the customer now, in the customer's language."),
});

/** The built-in `handoff_to_human` tool; the assistant acts on it, it never executes. */
export const handoffTool: AssistantTool<typeof handoffParameters> = {
  name: 'handoff_to_human',
  description:
    'Hand the conversation to a human operator: when the customer asks for a person, is upset, or you cannot help from the knowledge base.',
  parameters: handoffParameters,
  execute: () => {
    throw new Error('handoff_to_human is handled by the assistant');
  },
};
