import { readFile } from 'node:fs/promises';
import { ParleyError, parseOrThrow } from '@parley/core';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lower-case letters, digits and "-" (e.g. "loja-rio")');

const faqEntry = z
  .object({
    question: z.string().min(1),
    answer: z.string().min(1),
    alternatives: z.array(z.string().min(1)).optional(),
    language: z.enum(['en', 'id', 'pt', 'es']).optional(),
  })
  .strict();

const channel = z
  .object({
    id,
    /**
     * `livechat`: a widget socket at `/chat/<id>`; `api`: the HTTP API channel at
     * `/api/<id>` (CH6); `memory`: reachable through the admin API (demos, tests).
     */
    kind: z.enum(['livechat', 'api', 'memory']),
    name: z.string().min(1).optional(),
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'use a hex colour like #25D366')
      .optional(),
    welcomeMessage: z.string().min(1).optional(),
    /** Livechat and API: the secret visitor / contact identities are signed with (CH7). */
    identitySecret: z.string().min(16).optional(),
    /** Livechat only: the tenant's site origins allowed to open the widget socket (P-18). */
    allowedOrigins: z.array(z.url()).optional(),
    /** API only: the token clients send as `Authorization: Bearer …`. */
    inboxToken: z.string().min(16).optional(),
    /** API only: where the business's messages are delivered, signed with `webhookSecret`. */
    webhookUrl: z.url().optional(),
    webhookSecret: z.string().startsWith('whsec_').optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.kind !== 'api') return;
    for (const field of ['inboxToken', 'webhookUrl', 'webhookSecret'] as const) {
      if (c[field] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `an api channel needs \`${field}\``,
        });
    }
  });

const webhook = z
  .object({
    url: z.url(),
    /** Event types (`message.*`, `conversation.solved`); every event when left out. */
    types: z.array(z.string().min(1)).default(['*']),
    /** A `whsec_…` secret; one is generated (and logged once) when left out. */
    secret: z.string().startsWith('whsec_').optional(),
  })
  .strict();

export const tenantSchema = z
  .object({
    id,
    name: z.string().min(1),
    /** Messages this business may send (its plan). */
    messageLimits: z
      .object({
        daily: z.number().int().min(1).optional(),
        monthly: z.number().int().min(1).optional(),
      })
      .strict()
      .optional(),
    assistant: z
      .object({
        name: z.string().min(1).default('Assistant'),
        /** Language of canned answers when the customer's is unknown. */
        language: z.enum(['en', 'id', 'pt', 'es']).default('en'),
        faq: z.array(faqEntry).default([]),
      })
      .strict()
      .prefault({}),
    channels: z.array(channel).min(1, 'give the business at least one channel'),
    webhooks: z.array(webhook).default([]),
    /** Retention (IN8): e.g. `{ messages: { olderThanDays: 180, action: anonymise } }`. */
    retention: z.record(z.string(), z.unknown()).optional(),
    /** Follow-up campaigns of this business (`@parley/campaigns` definitions, tenant filled in). */
    campaigns: z.array(z.record(z.string(), z.unknown())).default([]),
  })
  .strict();

export const agencyConfigSchema = z
  .object({ tenants: z.array(tenantSchema) })
  .strict()
  .superRefine((config, ctx) => {
    const tenants = new Set<string>();
    const channels = new Map<string, string>();
    config.tenants.forEach((t, i) => {
      if (tenants.has(t.id))
        ctx.addIssue({
          code: 'custom',
          path: ['tenants', i, 'id'],
          message: `tenant "${t.id}" is listed twice`,
        });
      tenants.add(t.id);
      t.channels.forEach((c, j) => {
        const owner = channels.get(c.id);
        if (owner !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['tenants', i, 'channels', j, 'id'],
            message: `channel "${c.id}" is already used by tenant "${owner}"; channel ids are unique across tenants`,
          });
        channels.set(c.id, t.id);
      });
    });
  });

export type AgencyConfig = z.output<typeof agencyConfigSchema>;
export type TenantConfig = AgencyConfig['tenants'][number];

/** Parses config text (YAML or JSON, by file name), throwing CONFIG_INVALID with the field and file. */
export function parseConfig(text: string, file: string): AgencyConfig {
  let raw: unknown;
  try {
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ParleyError(
      'CONFIG_INVALID',
      `${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  return parseOrThrow(
    agencyConfigSchema,
    raw ?? {},
    `agency config ${file}`,
    'CONFIG_INVALID',
    'Fix the file; the running tenants stay as they are until it loads.',
  );
}

export async function loadConfig(file: string): Promise<AgencyConfig> {
  return parseConfig(await readFile(file, 'utf8'), file);
}
