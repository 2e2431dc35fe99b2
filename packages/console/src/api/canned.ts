import type { Desk } from '@parley/core';
import { z } from 'zod';

/** A saved answer operators insert by typing `/shortcut` in the reply box. */
export interface CannedReply {
  shortcut: string;
  text: string;
}

export const cannedListSchema = z
  .array(
    z.object({
      shortcut: z
        .string()
        .regex(/^[\p{L}\p{N}_-]{1,32}$/u, 'a shortcut is 1–32 letters, digits, - or _ (no slash)'),
      text: z.string().trim().min(1).max(4000),
    }),
  )
  .max(500)
  .refine((list) => new Set(list.map((c) => c.shortcut)).size === list.length, {
    message: 'each shortcut is used once',
  });

// One list per tenant in the desk's store, so every console process shares it.
const space = (desk: Desk) => desk.store.kv('console-canned');

export async function readCanned(desk: Desk, tenantId: string): Promise<CannedReply[]> {
  return (await space(desk).get<CannedReply[]>(tenantId)) ?? [];
}

export async function saveCanned(desk: Desk, tenantId: string, list: CannedReply[]): Promise<void> {
  await space(desk).set(tenantId, list);
}
