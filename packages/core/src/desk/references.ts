import { ParleyError } from '../errors.js';
import type { RouteTarget } from '../routing/target-schema.js';
import type { DeskRuntime } from './runtime.js';

/**
 * Checks that every id a channel, assistant, menu or rule points at exists in the
 * same tenant, and that every route to an assistant has a backup team (RT3).
 * Paths name list positions as in the options (`channels.0.route.team`).
 */
export function validateReferences(rt: DeskRuntime): void {
  const fail = (path: string, message: string): never => {
    throw new ParleyError('CONFIG_INVALID', `${path}: ${message}`, { details: { path } });
  };
  const team = (tenantId: string, teamId: string, path: string) => {
    if (!rt.teams.has(tenantId, teamId))
      fail(
        path,
        `no team "${teamId}" in tenant "${tenantId}". Declare it in createDesk({ teams }) or fix the id.`,
      );
  };
  const target = (tenantId: string, t: RouteTarget | undefined, path: string) => {
    if (!t) return;
    if ('team' in t) return team(tenantId, t.team, `${path}.team`);
    if ('menu' in t) {
      if (!rt.menus.has(tenantId, t.menu))
        fail(
          `${path}.menu`,
          `no menu "${t.menu}" in tenant "${tenantId}". Declare it in createDesk({ menus }).`,
        );
      return;
    }
    const assistant = rt.assistants.get(tenantId, t.assistant);
    if (!assistant)
      fail(
        `${path}.assistant`,
        `assistant "${t.assistant}" is not registered in tenant "${tenantId}". Add it to createDesk({ assistants }).`,
      );
    const backup = t.backupTeam ?? assistant?.backupTeam;
    if (backup === undefined)
      fail(
        `${path}.backupTeam`,
        `a route to assistant "${t.assistant}" needs a backup team for when it is off-hours or disabled: set backupTeam here or on the assistant.`,
      );
    team(
      tenantId,
      backup!,
      t.backupTeam !== undefined
        ? `${path}.backupTeam`
        : `assistants.${indexOf(rt, tenantId, t.assistant)}.backupTeam`,
    );
  };

  [...rt.assistants.values()].forEach((a, i) => {
    if (a.backupTeam !== undefined) team(a.tenantId, a.backupTeam, `assistants.${i}.backupTeam`);
  });
  [...rt.channels.values()].forEach(({ config: c }, i) => {
    const path = `channels.${i}`;
    target(c.tenantId, c.route, `${path}.route`);
    if (c.activeRouting) team(c.tenantId, c.activeRouting.team, `${path}.activeRouting.team`);
  });
  [...rt.menus.values()].forEach((m, i) => {
    team(m.tenantId, m.fallbackTeam, `menus.${i}.fallbackTeam`);
    m.options.forEach((o, j) => {
      target(m.tenantId, o.route, `menus.${i}.options.${j}.route`);
    });
  });
  rt.ruleConfigs.forEach((r, i) => {
    const path = `rules.${i}`;
    target(r.tenantId, r.route, `${path}.route`);
    const channels = r.when.channel === undefined ? undefined : [r.when.channel].flat();
    for (const id of channels ?? []) {
      const channel = rt.channels.get(id);
      if (!channel || channel.config.tenantId !== r.tenantId)
        fail(`${path}.when.channel`, `no channel "${id}" in tenant "${r.tenantId}".`);
    }
    if (r.when.time !== undefined && r.when.hours === undefined) {
      const scope = [...rt.channels.values()].filter(
        (c) => c.config.tenantId === r.tenantId && (!channels || channels.includes(c.config.id)),
      );
      const missing = scope.find((c) => c.config.hours === undefined);
      if (missing)
        fail(
          `${path}.when.hours`,
          `the rule checks time but channel "${missing.config.id}" has no hours; set when.hours on the rule or hours on the channel.`,
        );
    }
  });
}

/** The assistant's position in the desk's list, as the options' paths count. */
function indexOf(rt: DeskRuntime, tenantId: string, id: string): number {
  return [...rt.assistants.values()].findIndex((a) => a.tenantId === tenantId && a.id === id);
}
