import { parseOrThrow, type TemplateContent } from '@parley/core';
import { z } from 'zod';

/**
 * A pre-approved WhatsApp message template (Cloud API), the only thing a business may
 * send outside the 24-hour customer-service window. `components` follow the Graph API
 * (`[{ type: 'body', parameters: [{ type: 'text', text: 'Ana' }] }]`).
 */
export interface WhatsAppTemplate {
  /** The template's name as approved in WhatsApp Manager. */
  name: string;
  /** Language code of the approved translation (`pt_BR`, `id`, `en_US`). */
  language: string;
  /** Values of the body's placeholders, in order (`{{1}}`, `{{2}}`, ...). */
  variables?: string[];
  /** Raw Graph API components (header media, buttons); they win over `variables`. */
  components?: Array<Record<string, unknown>>;
}

/** A `WhatsAppTemplate` as Parley `template` content, the form every send path takes. */
export function templateContent(template: WhatsAppTemplate): TemplateContent {
  return {
    type: 'template',
    name: template.name,
    language: template.language,
    ...(template.variables !== undefined && { variables: template.variables }),
    ...(template.components !== undefined && { components: template.components }),
  };
}

export const templateSchema = z.object({
  name: z
    .string()
    .min(1)
    .max(512)
    .regex(/^[a-z0-9_]+$/, 'template names are lower-case letters, digits and "_"'),
  language: z
    .string()
    .min(2)
    .max(15)
    .regex(/^[a-z]{2,3}(_[A-Za-z0-9]{2,8})?$/, 'use a language code like "pt_BR" or "en_US"'),
  components: z.array(z.record(z.string(), z.unknown())).optional(),
});

/**
 * The Graph API `template` object of Parley `template` content: positional
 * `variables` become body parameters unless raw `components` are given.
 */
export function graphTemplate(input: TemplateContent): Record<string, unknown> {
  const t = parseOrThrow(
    templateSchema,
    { name: input.name, language: input.language, components: input.components },
    'WhatsApp template',
    'INPUT_INVALID',
  );
  const variables = input.variables ?? [];
  const components =
    t.components ??
    (variables.length > 0
      ? [{ type: 'body', parameters: variables.map((text) => ({ type: 'text', text })) }]
      : undefined);
  return { name: t.name, language: { code: t.language }, ...(components && { components }) };
}
