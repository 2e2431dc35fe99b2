import { validateReferences } from '../desk/references.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { exclusive, keyOf } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import { compileHours } from '../hours/business-hours.js';
import { type Conversation, DEFAULT_TENANT } from '../model/records.js';
import { rebalance, sendToTeam, workload } from './assign.js';
import { isWaiting, queueEntries } from './queue.js';
import {
  addOperator,
  operatorKey,
  operatorRuntime,
  registerTeam,
  teamRuntime,
  teamsOf,
} from './registry.js';
import type { OperatorOptions, Presence, TeamOptions } from './team-schema.js';
import { presences } from './team-schema.js';

export interface TeamInfo {
  id: string;
  tenantId: string;
  name?: string;
  policy: 'least-busy' | 'round-robin';
  /** Operator ids, in round-robin order. */
  operators: string[];
}

export interface OperatorInfo {
  id: string;
  tenantId: string;
  name?: string;
  presence: Presence;
  maxConcurrent: number;
  /** Open conversations assigned now. */
  workload: number;
  teams: string[];
}

/** Which tenant a call is about; on the desk root, the default tenant when not given. */
export interface TenantOption {
  tenantId?: string;
}

/**
 * Teams and operators at runtime (RT7). Team and operator ids are the tenant's own
 * (PL1): `desk.tenant(id).teams` is bound to that tenant; on the desk root every call
 * is about the default tenant unless it passes `{ tenantId }`.
 */
export interface Teams {
  /** Adds a team to `options.tenantId` (the bound or default tenant when unset). */
  add(options: TeamOptions): Promise<void>;
  /** Removes a team no route points at; its queue is left for humans to pick by hand. */
  remove(teamId: string, options?: TenantOption): Promise<void>;
  /** The tenant's teams; on the desk root without a tenant, every tenant's. */
  list(tenantId?: string): TeamInfo[];
  /** Adds an operator to a team; waiting conversations are assigned if they are online. */
  addOperator(teamId: string, operator: OperatorOptions, options?: TenantOption): Promise<void>;
  /** Removes an operator from a team; their open conversations of that team are re-assigned. */
  removeOperator(teamId: string, operatorId: string, options?: TenantOption): Promise<void>;
  /** Going online assigns waiting conversations; away and offline keep what they have. */
  setPresence(operatorId: string, presence: Presence, options?: TenantOption): Promise<void>;
  setCapacity(operatorId: string, maxConcurrent: number, options?: TenantOption): Promise<void>;
  operators(teamId: string, options?: TenantOption): Promise<OperatorInfo[]>;
  /** Conversations waiting for an operator, oldest first. */
  queue(teamId: string, options?: TenantOption): Promise<Conversation[]>;
  /** Whether the team is within its hours at `at` (default now); true when it has none. */
  isOpen(teamId: string, at?: Date, options?: TenantOption): boolean;
}

/**
 * The teams API for one tenant (`bound`, a tenant view) or for the desk root (any
 * tenant, the default one when a call names none).
 */
export function createTeams(rt: DeskRuntime, bound?: string): Teams {
  const tenantOf = (asked: string | undefined): string => {
    if (bound === undefined) return asked ?? DEFAULT_TENANT;
    if (asked !== undefined && asked !== bound)
      throw new ParleyError(
        'INPUT_INVALID',
        `This is tenant "${bound}"'s view; use desk.tenant("${asked}").teams for that tenant.`,
      );
    return bound;
  };
  const info = (tenantId: string, id: string): TeamInfo => {
    const { config, members } = teamRuntime(rt, tenantId, id);
    return {
      id,
      tenantId: config.tenantId,
      ...(config.name !== undefined && { name: config.name }),
      policy: config.policy,
      operators: [...members],
    };
  };

  return {
    async add(options) {
      const tenantId = tenantOf(options.tenantId);
      const team = registerTeam(rt, { ...options, tenantId }, 'team');
      await rebalance(rt, tenantId, [team.config.id]);
    },
    async remove(teamId, options = {}) {
      const tenantId = tenantOf(options.tenantId);
      const team = teamRuntime(rt, tenantId, teamId);
      rt.teams.delete(tenantId, teamId);
      try {
        validateReferences(rt);
      } catch (e) {
        rt.teams.set(tenantId, teamId, team);
        throw new ParleyError(
          'CONFLICT',
          `Team "${teamId}" is still a route target: ${(e as Error).message}`,
          { cause: e },
        );
      }
    },
    list(tenantId) {
      const scope = bound ?? tenantId;
      if (bound !== undefined) tenantOf(tenantId);
      const teams = scope === undefined ? [...rt.teams.values()] : rt.teams.ofTenant(scope);
      return teams.map((t) => info(t.config.tenantId, t.config.id));
    },
    async addOperator(teamId, operator, options = {}) {
      const tenantId = tenantOf(options.tenantId);
      addOperator(rt, tenantId, teamId, operator);
      await rebalance(rt, tenantId, [teamId]);
    },
    async removeOperator(teamId, operatorId, options = {}) {
      const tenantId = tenantOf(options.tenantId);
      const team = teamRuntime(rt, tenantId, teamId);
      const at = team.members.indexOf(operatorId);
      if (at < 0)
        throw new ParleyError('NOT_FOUND', `Operator "${operatorId}" is not in team "${teamId}".`);
      team.members.splice(at, 1);
      if (teamsOf(rt, tenantId, operatorId).length === 0)
        rt.operators.delete(operatorKey(tenantId, operatorId));
      const page = await rt.store.listConversations(tenantId, {
        assigneeId: operatorId,
        teamId,
        status: ['open'],
        limit: 200,
      });
      const oldestFirst = page.items.map((r) => r.conversation).reverse();
      for (const conv of oldestFirst) {
        await exclusive(rt, keyOf(conv), async () => {
          const fresh = await rt.store.getConversation(tenantId, conv.id);
          if (fresh?.assigneeId === operatorId && fresh.status === 'open')
            await sendToTeam(rt, fresh, teamId);
        });
      }
    },
    async setPresence(operatorId, presence, options = {}) {
      if (!presences.includes(presence))
        throw new ParleyError('INPUT_INVALID', `Presence must be one of ${presences.join(', ')}.`);
      const tenantId = tenantOf(options.tenantId);
      const operator = operatorRuntime(rt, tenantId, operatorId);
      if (operator.presence === presence) return;
      operator.presence = presence;
      rt.bus.emit('operator.presence', { tenantId, operatorId, presence });
      if (presence === 'online') await rebalance(rt, tenantId, teamsOf(rt, tenantId, operatorId));
    },
    async setCapacity(operatorId, maxConcurrent, options = {}) {
      if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1 || maxConcurrent > 100)
        throw new ParleyError('INPUT_INVALID', 'maxConcurrent must be an integer from 1 to 100.');
      const tenantId = tenantOf(options.tenantId);
      operatorRuntime(rt, tenantId, operatorId).maxConcurrent = maxConcurrent;
      await rebalance(rt, tenantId, teamsOf(rt, tenantId, operatorId));
    },
    async operators(teamId, options = {}) {
      const tenantId = tenantOf(options.tenantId);
      const team = teamRuntime(rt, tenantId, teamId);
      return Promise.all(
        team.members.map(async (id) => {
          const o = operatorRuntime(rt, tenantId, id);
          return {
            id,
            tenantId,
            ...(o.name !== undefined && { name: o.name }),
            presence: o.presence,
            maxConcurrent: o.maxConcurrent,
            workload: await workload(rt, tenantId, id),
            teams: teamsOf(rt, tenantId, id),
          };
        }),
      );
    },
    async queue(teamId, options = {}) {
      const tenantId = tenantOf(options.tenantId);
      teamRuntime(rt, tenantId, teamId);
      const waiting: Conversation[] = [];
      for (const entry of await queueEntries(rt, tenantId, teamId)) {
        const conv = await rt.store.getConversation(tenantId, entry.conversationId);
        if (isWaiting(conv, teamId)) waiting.push(conv);
      }
      return waiting;
    },
    isOpen(teamId, at, options = {}) {
      const hours = teamRuntime(rt, tenantOf(options.tenantId), teamId).config.hours;
      return hours === undefined || compileHours(hours).isOpen(at ?? rt.clock.now());
    },
  };
}
