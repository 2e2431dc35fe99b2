import type { Presence, TeamConfig } from './team-schema.js';

export interface TeamRuntime {
  readonly config: TeamConfig;
  /** Operator ids in the order round robin walks them; changes at runtime. */
  readonly members: string[];
}

/** One person's live state, shared by every team they serve. */
export interface OperatorRuntime {
  readonly id: string;
  readonly tenantId: string;
  name?: string;
  maxConcurrent: number;
  presence: Presence;
}
