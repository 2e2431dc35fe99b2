import { z } from 'zod';

/** A language code as channels and widgets give it: `pt`, `en`, `id`, `es`, `pt-BR`. */
export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'use a language code such as "pt", "en" or "pt-BR"');

/**
 * Customer-facing text in one language (a plain string) or several:
 * `{ id: 'Halo!', pt: 'Olá!', en: 'Hello!' }`, chosen by the conversation's language.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

export function localizedTextSchema(max = 4096) {
  const text = z.string().min(1).max(max);
  return z.union([
    text,
    z
      .record(languageCodeSchema, text)
      .refine((v) => Object.keys(v).length > 0, 'give at least one language, e.g. { en: "Hello" }'),
  ]);
}

/**
 * The variant of `text` for `language`: the exact code (`pt-BR`), its base language
 * (`pt`), English, then the first variant given. A plain string is for every language.
 */
export function localize(text: LocalizedText, language: string | undefined): string {
  if (typeof text === 'string') return text;
  if (language !== undefined) {
    const exact = text[language];
    if (exact !== undefined) return exact;
    const base = text[language.split('-')[0]!.toLowerCase()];
    if (base !== undefined) return base;
  }
  return text.en ?? (Object.values(text)[0] as string);
}
