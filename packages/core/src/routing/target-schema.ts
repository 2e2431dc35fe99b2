import { z } from 'zod';
import { idSchema as id } from '../desk/id-schema.js';

/**
 * An assistant answers (RT1). `backupTeam` takes over when the assistant is
 * off-hours or disabled (RT3); the assistant's own `backupTeam` is used when unset,
 * and one of the two is required.
 */
export const assistantTargetSchema = z
  .object({ assistant: id, backupTeam: id.optional() })
  .strict();
/** Humans of a team answer (RT7). */
export const teamTargetSchema = z.object({ team: id }).strict();
/** A triage menu asks the customer where to go (RT2). */
export const menuTargetSchema = z.object({ menu: id }).strict();

/** Where a conversation goes: `{ assistant }`, `{ team }` or `{ menu }`. */
export const routeTargetSchema = z.union([
  assistantTargetSchema,
  teamTargetSchema,
  menuTargetSchema,
]);
export type RouteTarget = z.infer<typeof routeTargetSchema>;

/** What a menu option can lead to: an assistant or a team (menus do not nest). */
export const optionTargetSchema = z.union([assistantTargetSchema, teamTargetSchema]);
export type OptionTarget = z.infer<typeof optionTargetSchema>;
