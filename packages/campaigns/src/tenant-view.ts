import { ParleyError } from '@parley/core';
import type { LaunchReport, TenantCampaigns } from './api.js';
import { campaignKey, type Engine, type Registered } from './engine/context.js';
import { endEnrolment, enrol, scheduleStep } from './engine/enrol.js';
import { type Enrolment, enrolmentKey, enrolmentPrefix, pausedKey } from './engine/enrolment.js';
import { statsOf } from './engine/stats.js';
import { contactLists } from './lists/contact-lists.js';
import { toMember } from './lists/member.js';

/** The campaigns of one tenant: lists, launches, enrolments, pause and stats. */
export function tenantView(engine: Engine, tenantId: string): TenantCampaigns {
  const lists = contactLists(engine.kv, tenantId, () => engine.clock.now());

  function campaign(campaignId: string): Registered {
    const found = engine.campaigns.get(campaignKey(tenantId, campaignId));
    if (!found) {
      throw new ParleyError(
        'NOT_FOUND',
        `No campaign "${campaignId}" in tenant "${tenantId}"; define it with campaigns.define({ id: "${campaignId}", tenantId: "${tenantId}", ... }).`,
      );
    }
    return found;
  }
  function channelOf(c: Registered, given?: string): string {
    const channelId = given ?? c.config.channelId;
    if (!channelId) {
      throw new ParleyError(
        'INPUT_INVALID',
        `Campaign "${c.config.id}" has no channelId; give the campaign one or pass channelId to enrol().`,
      );
    }
    const channel = engine.host.desk.channels.list(tenantId).find((ch) => ch.id === channelId);
    if (!channel)
      throw new ParleyError('NOT_FOUND', `No channel "${channelId}" in tenant "${tenantId}".`);
    return channelId;
  }
  async function enrolments(campaignId: string) {
    return (await engine.kv.list<Enrolment>(enrolmentPrefix(tenantId, campaignId))).map(
      (r) => r.value,
    );
  }

  return {
    tenantId,
    lists,
    all: () =>
      [...engine.campaigns.values()]
        .filter((c) => c.config.tenantId === tenantId)
        .map((c) => c.config),
    async launch(campaignId, { list }) {
      const c = campaign(campaignId);
      const channelId = channelOf(c);
      await lists.get(list);
      const report: LaunchReport = { listId: list, members: 0, enrolled: 0, skipped: 0 };
      let cursor: string | undefined;
      do {
        const page = await lists.members(list, {
          limit: 1000,
          ...(cursor !== undefined && { cursor }),
        });
        for (const { address, ...profile } of page.items) {
          report.members++;
          const result = await enrol(
            engine,
            c,
            { channelId, address, profile },
            { type: 'list', listId: list },
          );
          if (result.enrolled) report.enrolled++;
          else report.skipped++;
        }
        cursor = page.nextCursor;
      } while (cursor);
      return report;
    },
    async enrol(campaignId, input) {
      const c = campaign(campaignId);
      const channelId = channelOf(c, input.channelId);
      const parsed = toMember(input);
      if ('reason' in parsed)
        throw new ParleyError('INPUT_INVALID', `Cannot enrol this contact: ${parsed.reason}.`);
      const { address, ...profile } = parsed.member;
      return enrol(engine, c, { channelId, address, profile }, { type: 'api' });
    },
    async cancel(campaignId, contact) {
      const c = campaign(campaignId);
      const key = enrolmentKey({
        tenantId,
        campaignId,
        channelId: channelOf(c, contact.channelId),
        address: contact.address,
      });
      return engine.lock.run(key, async () => {
        const e = await engine.kv.get<Enrolment>(key);
        if (e?.status !== 'active') return false;
        await endEnrolment(engine, e, 'cancelled', 'cancelled');
        return true;
      });
    },
    async pause(campaignId) {
      const c = campaign(campaignId);
      engine.campaigns.set(campaignKey(tenantId, campaignId), {
        ...c,
        config: { ...c.config, paused: true },
      });
      await engine.kv.set(pausedKey(tenantId, campaignId), true);
    },
    async resume(campaignId) {
      const c = campaign(campaignId);
      engine.campaigns.set(campaignKey(tenantId, campaignId), {
        ...c,
        config: { ...c.config, paused: false },
      });
      await engine.kv.delete(pausedKey(tenantId, campaignId));
      const now = engine.clock.now().getTime();
      for (const e of await enrolments(campaignId)) {
        if (e.status !== 'active') continue;
        const due = e.dueAt ? Date.parse(e.dueAt) : now;
        await scheduleStep(engine, e, Math.max(due, now));
      }
    },
    async stats(campaignId) {
      const c = campaign(campaignId);
      return statsOf(campaignId, c.config.steps.length, await enrolments(campaignId));
    },
    async enrolments(campaignId, filter = {}) {
      campaign(campaignId);
      const all = await enrolments(campaignId);
      return filter.status === undefined ? all : all.filter((e) => e.status === filter.status);
    },
  };
}
