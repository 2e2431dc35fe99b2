import { z } from 'zod';
import { updateConversation } from '../conversation/transitions.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import type { Lead, Sale } from '../model/outcome.js';
import type { Conversation } from '../model/records.js';
import { newId } from '../util/ids.js';
import { parseOrThrow } from '../util/zod-error.js';

/**
 * What a conversation brought the business (OB1): it produced a lead, and/or one or
 * more sales. Kept in `conversation.state.lead` and `conversation.state.sales`,
 * announced as `lead.*` / `sale.*` events (delivered by `@parley/webhooks` like the
 * others).
 */
export type { Lead, Sale };

const currency = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'use an ISO 4217 code such as "BRL" or "USD"')
  .transform((c) => c.toUpperCase());
const value = z.number().finite().min(0, 'a value cannot be negative');
const text = z.string().trim().min(1).max(500);

export const leadOptionsSchema = z
  .object({
    by: z.string().min(1).optional(),
    value: value.optional(),
    currency: currency.optional(),
    note: text.optional(),
  })
  .strict()
  .refine((o) => o.value === undefined || o.currency !== undefined, {
    message: 'a lead value needs its currency, e.g. { value: 1500, currency: "BRL" }',
    path: ['currency'],
  });
export type LeadOptions = z.input<typeof leadOptionsSchema>;

export const saleOptionsSchema = z
  .object({
    value,
    currency,
    by: z.string().min(1).optional(),
    reference: z.string().min(1).max(200).optional(),
    note: text.optional(),
  })
  .strict();
export type SaleOptions = z.input<typeof saleOptionsSchema>;

export function leadOf(conv: Conversation): Lead | undefined {
  return conv.state.lead;
}

export function salesOf(conv: Conversation): Sale[] {
  return conv.state.sales ?? [];
}

export async function markLead(
  rt: DeskRuntime,
  conv: Conversation,
  options: LeadOptions,
): Promise<Conversation> {
  const o = parseOrThrow(leadOptionsSchema, options, 'lead', 'INPUT_INVALID');
  const lead: Lead = { at: rt.clock.now().toISOString(), ...o };
  const next = await updateConversation(rt, conv, { state: { ...conv.state, lead } });
  rt.bus.emit('lead.marked', { conversation: next, lead });
  return next;
}

export async function unmarkLead(rt: DeskRuntime, conv: Conversation): Promise<Conversation> {
  const lead = leadOf(conv);
  if (!lead) return conv;
  const { lead: _l, ...state } = conv.state;
  const next = await updateConversation(rt, conv, { state });
  rt.bus.emit('lead.unmarked', { conversation: next, lead });
  return next;
}

export async function recordSale(
  rt: DeskRuntime,
  conv: Conversation,
  options: SaleOptions,
): Promise<{ conversation: Conversation; sale: Sale }> {
  const o = parseOrThrow(saleOptionsSchema, options, 'sale', 'INPUT_INVALID');
  const now = rt.clock.now();
  const sale: Sale = { id: newId('sale', now.getTime()), at: now.toISOString(), ...o };
  const next = await updateConversation(rt, conv, {
    state: { ...conv.state, sales: [...salesOf(conv), sale] },
  });
  rt.bus.emit('sale.recorded', { conversation: next, sale });
  return { conversation: next, sale };
}

export async function removeSale(
  rt: DeskRuntime,
  conv: Conversation,
  saleId: string,
): Promise<Conversation> {
  const sales = salesOf(conv);
  const sale = sales.find((s) => s.id === saleId);
  if (!sale)
    throw new ParleyError('NOT_FOUND', `No sale "${saleId}" on conversation "${conv.id}".`);
  const next = await updateConversation(rt, conv, {
    state: { ...conv.state, sales: sales.filter((s) => s.id !== saleId) },
  });
  rt.bus.emit('sale.removed', { conversation: next, sale });
  return next;
}
