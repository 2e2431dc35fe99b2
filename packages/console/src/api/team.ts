import type { Desk, OperatorInfo } from '@parley/core';

export interface TeamView {
  id: string;
  name?: string;
  operators: Array<Pick<OperatorInfo, 'id' | 'presence' | 'workload'> & { name?: string }>;
}

/** The tenant's teams and their operators (transfer targets, settings, names). */
export async function teamsOf(desk: Desk, tenantId: string): Promise<TeamView[]> {
  return Promise.all(
    desk.teams.list(tenantId).map(async (team) => ({
      id: team.id,
      ...(team.name !== undefined && { name: team.name }),
      operators: (await desk.teams.operators(team.id, { tenantId })).map((o) => ({
        id: o.id,
        ...(o.name !== undefined && { name: o.name }),
        presence: o.presence,
        workload: o.workload,
      })),
    })),
  );
}

/** Operator names by id (and assistants' as `assistant:<id>`), for rows and messages. */
export function namesFrom(
  teams: TeamView[],
  me: { id: string; name: string },
  assistants: Record<string, string> = {},
): Map<string, string> {
  const names = new Map<string, string>();
  for (const [id, name] of Object.entries(assistants)) names.set(`assistant:${id}`, name);
  for (const t of teams) for (const o of t.operators) if (o.name) names.set(o.id, o.name);
  names.set(me.id, me.name);
  return names;
}
