import { z } from 'zod';
import { idSchema as id } from '../desk/id-schema.js';
import { localizedTextSchema } from '../model/localized-text.js';
import { DEFAULT_TENANT } from '../model/records.js';
import { optionTargetSchema } from './target-schema.js';

const menuOption = z
  .object({
    /** What a native reply carries back; defaults to the option's number ("1", "2", …). */
    id: z.string().min(1).max(200).optional(),
    /**
     * What the customer reads and may type back: one text or per-language variants
     * (`{ pt: 'Vendas', en: 'Sales' }`), shown in the conversation's language.
     */
    title: localizedTextSchema(72),
    description: localizedTextSchema(200).optional(),
    route: optionTargetSchema,
  })
  .strict();

/** A triage menu (RT2), sent when a conversation starts. */
export const menuOptionsSchema = z
  .object({
    id,
    tenantId: id.default(DEFAULT_TENANT),
    /** The question ("How can we help?"), one text or per-language variants. */
    text: localizedTextSchema(1024),
    options: z.array(menuOption).min(1).max(20),
    /** Label of the button that opens a list (WhatsApp list messages). */
    buttonLabel: localizedTextSchema(20).optional(),
    /** Invalid answers that get the menu again; the next one goes to `fallbackTeam`. */
    retries: z.number().int().min(0).max(10).default(2),
    /** Sent with the menu again after an answer that matches no option. */
    invalidMessage: localizedTextSchema().default(
      "Sorry, I didn't get that. Please choose one of the options:",
    ),
    /** Where the conversation goes when the customer never picks an option. */
    fallbackTeam: id,
  })
  .strict()
  .transform((menu, ctx) => {
    const options = menu.options.map((o, i) => ({ ...o, id: o.id ?? String(i + 1) }));
    const seen = new Set<string>();
    options.forEach((o, i) => {
      if (seen.has(o.id))
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'id'],
          message: `option id "${o.id}" is used twice; give each option its own id`,
        });
      seen.add(o.id);
    });
    return { ...menu, options };
  });

export type MenuOptions = z.input<typeof menuOptionsSchema>;
export type MenuConfig = z.output<typeof menuOptionsSchema>;
export type MenuOptionConfig = MenuConfig['options'][number];
