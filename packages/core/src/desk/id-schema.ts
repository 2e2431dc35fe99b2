import { z } from 'zod';

/** Ids of channels, assistants, teams, menus, operators: safe in keys and URLs. */
export const idSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'use letters, digits, "_", "-", ".", ":" (no spaces)');
