import type { DeskRuntime } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import { parseOrThrow } from '../util/zod-error.js';
import type { OperatorRuntime, TeamRuntime } from './team-runtime.js';
import {
  type OperatorConfig,
  type OperatorOptions,
  operatorOptionsSchema,
  type TeamConfig,
  type TeamOptions,
  teamOptionsSchema,
} from './team-schema.js';

export type { OperatorRuntime, TeamRuntime } from './team-runtime.js';

export function operatorKey(tenantId: string, operatorId: string): string {
  return `${tenantId}/${operatorId}`;
}

export function registerTeam(rt: DeskRuntime, options: TeamOptions, path = 'team'): TeamRuntime {
  return addTeamConfig(rt, parseOrThrow(teamOptionsSchema, options, `${path} options`), path);
}

/** Registers a team whose options are already validated. */
export function addTeamConfig(rt: DeskRuntime, config: TeamConfig, path = 'team'): TeamRuntime {
  if (rt.teams.has(config.tenantId, config.id)) {
    throw new ParleyError(
      'CONFIG_INVALID',
      `${path}.id: team id "${config.id}" is used twice in tenant "${config.tenantId}"; give each team of a tenant its own id.`,
      { details: { path: `${path}.id` } },
    );
  }
  config.operators.forEach((o, i) => {
    checkSamePerson(rt, config.tenantId, o, `${path}.operators.${i}`);
  });
  const team: TeamRuntime = { config, members: [] };
  rt.teams.set(config.tenantId, config.id, team);
  for (const o of config.operators) joinTeam(rt, team, o);
  return team;
}

/** Adds an operator to a team; an operator already known in the tenant keeps their state. */
export function addOperator(
  rt: DeskRuntime,
  tenantId: string,
  teamId: string,
  options: OperatorOptions,
): OperatorRuntime {
  const team = teamRuntime(rt, tenantId, teamId);
  const config = parseOrThrow(operatorOptionsSchema, options, 'operator options', 'INPUT_INVALID');
  if (team.members.includes(config.id)) {
    throw new ParleyError(
      'CONFLICT',
      `Operator "${config.id}" is already in team "${teamId}"; use setPresence or setCapacity to change them.`,
    );
  }
  return joinTeam(rt, team, config);
}

function joinTeam(rt: DeskRuntime, team: TeamRuntime, config: OperatorConfig): OperatorRuntime {
  const key = operatorKey(team.config.tenantId, config.id);
  let operator = rt.operators.get(key);
  if (!operator) {
    operator = {
      id: config.id,
      tenantId: team.config.tenantId,
      maxConcurrent: config.maxConcurrent,
      presence: config.presence,
      ...(config.name !== undefined && { name: config.name }),
    };
    rt.operators.set(key, operator);
  }
  team.members.push(config.id);
  return operator;
}

// One person listed in two teams must not get two different caps.
function checkSamePerson(rt: DeskRuntime, tenantId: string, o: OperatorConfig, path: string): void {
  const known = rt.operators.get(operatorKey(tenantId, o.id));
  if (known && known.maxConcurrent !== o.maxConcurrent) {
    throw new ParleyError(
      'CONFIG_INVALID',
      `${path}.maxConcurrent: operator "${o.id}" has maxConcurrent ${known.maxConcurrent} in another team and ${o.maxConcurrent} here; an operator is one person, give one value.`,
      { details: { path: `${path}.maxConcurrent` } },
    );
  }
}

/** A tenant's team; another tenant's team of the same id is never found (PL1). */
export function teamRuntime(rt: DeskRuntime, tenantId: string, teamId: string): TeamRuntime {
  const team = rt.teams.get(tenantId, teamId);
  if (!team) {
    throw new ParleyError(
      'NOT_FOUND',
      `No team "${teamId}" in tenant "${tenantId}". Add it in createDesk({ teams }) or with desk.teams.add().`,
    );
  }
  return team;
}

export function operatorRuntime(
  rt: DeskRuntime,
  tenantId: string,
  operatorId: string,
): OperatorRuntime {
  const operator = rt.operators.get(operatorKey(tenantId, operatorId));
  if (!operator) {
    throw new ParleyError(
      'NOT_FOUND',
      `No operator "${operatorId}" in tenant "${tenantId}". Add them to a team first (desk.teams.addOperator).`,
    );
  }
  return operator;
}

/** Ids of the teams an operator serves. */
export function teamsOf(rt: DeskRuntime, tenantId: string, operatorId: string): string[] {
  return rt.teams
    .ofTenant(tenantId)
    .filter((t) => t.members.includes(operatorId))
    .map((t) => t.config.id);
}
