import { z } from 'zod';

/** Who is signed in to the console: what the `authenticate` hook returns. */
export interface ConsoleOperator {
  /** The operator id the desk knows (team member, assignee, message author). */
  id: string;
  name: string;
  /** The tenant whose conversations this operator sees; nothing else is reachable. */
  tenantId: string;
  /** `admin` also sees team settings and reports. */
  role: 'operator' | 'admin';
}

export const consoleOperatorSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  tenantId: z.string().min(1).max(200).default('default'),
  role: z.enum(['operator', 'admin']).default('operator'),
});
