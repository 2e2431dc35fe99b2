import { z } from 'zod';
import { supportedLanguages } from './detect.js';
import { type CannedMessages, defaultMessages } from './messages.js';

const perLanguage = z.union([
  z.string().min(1),
  z.partialRecord(z.enum(supportedLanguages), z.string().min(1)),
]);

/**
 * Overrides of the canned texts: a string for every language, or per language
 * (`{ pt: '...', en: '...' }`); languages left out keep the defaults.
 */
export const messagesOptionSchema = z
  .object({
    handoff: perLanguage,
    noAnswer: perLanguage,
    greeting: perLanguage,
    didYouMean: perLanguage,
  })
  .partial()
  .strict();
export type MessagesOption = z.input<typeof messagesOptionSchema>;

export function resolveMessages(
  option: z.output<typeof messagesOptionSchema> = {},
): CannedMessages {
  const merge = (key: keyof CannedMessages) => {
    const value = option[key];
    if (value === undefined) return defaultMessages[key];
    if (typeof value === 'string') {
      return Object.fromEntries(supportedLanguages.map((l) => [l, value]));
    }
    return { ...defaultMessages[key], ...value };
  };
  return {
    handoff: merge('handoff'),
    noAnswer: merge('noAnswer'),
    greeting: merge('greeting'),
    didYouMean: merge('didYouMean'),
  };
}
