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

/** Teams and operators at runtime (RT7). Operator methods default to the default tenant. */
export interface Teams {
  add(options: TeamOptions): Promise<void>;
  /** Removes a team no route points at; its queue is left for humans to pick by hand. */
  remove(teamId: string): Promise<void>;
  list(tenantId?: string): TeamInfo[];
  /** Adds an operator to a team; waiting conversations are assigned if they are online. */
  addOperator(teamId: string, operator: OperatorOptions): Promise<void>;
  /** Removes an operator from a team; their open conversations of that team are re-assigned. */
  removeOperator(teamId: string, operatorId: string): Promise<void>;
  /** Going online assigns waiting conversations; away and offline keep what they have. */
  setPresence(
    operatorId: string,
    presence: Presence,
    options?: { tenantId?: string },
  ): Promise<void>;
  setCapacity(
    operatorId: string,
    maxConcurrent: number,
    options?: { tenantId?: string },
  ): Promise<void>;
  operators(teamId: string): Promise<OperatorInfo[]>;
  /** Conversations waiting for an operator, oldest first. */
  queue(teamId: string): Promise<Conversation[]>;
  /** Whether the team is within its hours at `at` (default now); true when it has none. */
  isOpen(teamId: string, at?: Date): boolean;
}

export function createTeams(rt: DeskRuntime): Teams {
  const info = (id: string): TeamInfo => {
    const { config, members } = teamRuntime(rt, id);
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
      const team = registerTeam(rt, options, 'team');
      await rebalance(rt, [team.config.id]);
    },
    async remove(teamId) {
      const team = teamRuntime(rt, teamId);
      rt.teams.delete(teamId);
      try {
        validateReferences(rt);
      } catch (e) {
        rt.teams.set(teamId, team);
        throw new ParleyError(
          'CONFLICT',
          `Team "${teamId}" is still a route target: ${(e as Error).message}`,
          { cause: e },
        );
      }
    },
    list: (tenantId) =>
      [...rt.teams.values()]
        .filter((t) => tenantId === undefined || t.config.tenantId === tenantId)
        .map((t) => info(t.config.id)),
    async addOperator(teamId, operator) {
      addOperator(rt, teamId, operator);
      await rebalance(rt, [teamId]);
    },
    async removeOperator(teamId, operatorId) {
      const team = teamRuntime(rt, teamId);
      const { tenantId } = team.config;
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
      const tenantId = options.tenantId ?? DEFAULT_TENANT;
      const operator = operatorRuntime(rt, tenantId, operatorId);
      if (operator.presence === presence) return;
      operator.presence = presence;
      rt.bus.emit('operator.presence', { tenantId, operatorId, presence });
      if (presence === 'online') await rebalance(rt, teamsOf(rt, tenantId, operatorId));
    },
    async setCapacity(operatorId, maxConcurrent, options = {}) {
      if (!Number.isInteger(maxConcurrent) || maxConcurrent < 1 || maxConcurrent > 100)
        throw new ParleyError('INPUT_INVALID', 'maxConcurrent must be an integer from 1 to 100.');
      const tenantId = options.tenantId ?? DEFAULT_TENANT;
      operatorRuntime(rt, tenantId, operatorId).maxConcurrent = maxConcurrent;
      await rebalance(rt, teamsOf(rt, tenantId, operatorId));
    },
    async operators(teamId) {
      const team = teamRuntime(rt, teamId);
      const { tenantId } = team.config;
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
    async queue(teamId) {
      const { tenantId } = teamRuntime(rt, teamId).config;
      const waiting: Conversation[] = [];
      for (const entry of await queueEntries(rt, tenantId, teamId)) {
        const conv = await rt.store.getConversation(tenantId, entry.conversationId);
        if (isWaiting(conv, teamId)) waiting.push(conv);
      }
      return waiting;
    },
    isOpen(teamId, at) {
      const hours = teamRuntime(rt, teamId).config.hours;
      return hours === undefined || compileHours(hours).isOpen(at ?? rt.clock.now());
    },
  };
}
