import { z } from 'zod';
import type { CsatResponse } from '../csat/survey.js';
import { csatSpace } from '../csat/survey.js';
import type { DeskRuntime } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import { addDays, dateKey, isTimeZone, wallClock } from '../hours/zoned-time.js';
import type { Conversation } from '../model/records.js';
import type { DataStore, Page } from '../store/store.js';
import { parseOrThrow } from '../util/zod-error.js';
import {
  addToTrail,
  type ConversationFacts,
  csatMatches,
  factsOf,
  type MessageTrail,
  matchesQuery,
  newTrail,
  usageMatches,
} from './facts.js';
import { SliceBuilder, SliceMap } from './figures.js';
import type { Report, ReportDimension, ReportQuery, Reports } from './report-types.js';

const DAY = 86_400_000;
/** A report reads every conversation of its range: a year at most keeps it bounded. */
const MAX_DAYS = 400;
/** First answers may come after the range ends: messages are read this much further. */
const ANSWER_GRACE = DAY;

const key = z.string().min(1).max(200).optional();
const querySchema = z
  .object({
    since: z.date(),
    until: z.date(),
    timeZone: z
      .string()
      .refine(isTimeZone, 'timeZone must be an IANA zone such as "America/Sao_Paulo"')
      .optional(),
    channelId: key,
    teamId: key,
    operatorId: key,
    label: key,
    assistantId: key,
  })
  .refine((q) => q.since < q.until, 'since must be before until')
  .refine(
    (q) => q.until.getTime() - q.since.getTime() <= MAX_DAYS * DAY,
    `a report covers ${MAX_DAYS} days at most`,
  );

const dimensions: ReportDimension[] = ['channel', 'team', 'operator', 'label', 'assistant'];

function scans(rt: DeskRuntime): DataStore {
  const store = rt.store as Partial<DataStore>;
  if (typeof store.scanMessages !== 'function' || typeof store.scanUsage !== 'function')
    throw new ParleyError(
      'CONFIG_INVALID',
      'Reports read conversations with store scans: use the memory store or @parley/store-postgres (a DataStore).',
    );
  return rt.store as DataStore;
}

/** Every page of a keyset scan. */
async function* all<T>(scan: (cursor?: string) => Promise<Page<T>>): AsyncGenerator<T> {
  let cursor: string | undefined;
  do {
    const page = await scan(cursor);
    yield* page.items;
    cursor = page.nextCursor;
  } while (cursor !== undefined);
}

export function createReports(rt: DeskRuntime, tenantId: string): Reports {
  return {
    async overview(raw) {
      const query = parseOrThrow(
        querySchema,
        raw,
        'report query',
        'INPUT_INVALID',
        'Pass { since, until } as Dates, until after since.',
      ) as ReportQuery;
      const store = scans(rt);
      const timeZone = query.timeZone ?? 'UTC';
      const dayOf = (at: Date) => dateKey(wallClock(at, timeZone).date);
      const range = { since: query.since, until: query.until };
      const page = (cursor: string | undefined) => ({ limit: 1000, ...(cursor && { cursor }) });

      const conversations = new Map<string, Conversation>();
      for await (const c of all((cur) =>
        store.scanConversations(tenantId, { ...range, ...page(cur) }),
      ))
        conversations.set(c.id, c);

      const trails = new Map<string, MessageTrail>();
      const messagesUntil = new Date(
        Math.min(query.until.getTime() + ANSWER_GRACE, rt.clock.now().getTime() + 1),
      );
      for await (const m of all((cur) =>
        store.scanMessages(tenantId, { since: query.since, until: messagesUntil, ...page(cur) }),
      )) {
        if (!conversations.has(m.conversationId)) continue;
        let trail = trails.get(m.conversationId);
        if (!trail) trails.set(m.conversationId, (trail = newTrail()));
        addToTrail(trail, m);
      }

      const facts = new Map<string, ConversationFacts>();
      for (const conv of conversations.values()) {
        const f = factsOf(conv, trails.get(conv.id) ?? newTrail(), dayOf(conv.createdAt));
        if (matchesQuery(f, query)) facts.set(f.id, f);
      }

      const totals = new SliceBuilder();
      const days = new SliceMap();
      const by = Object.fromEntries(dimensions.map((d) => [d, new SliceMap()])) as Record<
        ReportDimension,
        SliceMap
      >;
      for (const f of facts.values()) {
        totals.addConversation(f);
        days.get(f.day).addConversation(f);
        for (const d of dimensions) for (const k of f.keys[d]) by[d].get(k).addConversation(f);
      }

      const rows = await csatSpace(rt, tenantId).list<Omit<CsatResponse, 'at'> & { at: string }>(
        '',
      );
      for (const { value } of rows) {
        const r: CsatResponse = { ...value, at: new Date(value.at) };
        if (r.at < query.since || r.at >= query.until || !csatMatches(r, query, facts)) continue;
        totals.addCsat(r);
        days.get(dayOf(r.at)).addCsat(r);
        const f = facts.get(r.conversationId);
        const keys: Record<ReportDimension, Array<string | undefined>> = f?.keys ?? {
          channel: [r.channelId],
          team: [r.teamId],
          operator: [r.operatorId],
          label: [],
          assistant: [r.assistantId],
        };
        for (const d of dimensions)
          for (const k of keys[d]) if (k !== undefined) by[d].get(k).addCsat(r);
      }

      for await (const u of all((cur) => store.scanUsage(tenantId, { ...range, ...page(cur) }))) {
        if (!usageMatches(u, query, facts)) continue;
        totals.addUsage(u);
        days.get(dayOf(u.at)).addUsage(u);
        by.assistant.get(u.assistantId).addUsage(u);
        const f = u.conversationId === undefined ? undefined : facts.get(u.conversationId);
        if (f)
          for (const d of dimensions)
            if (d !== 'assistant') for (const k of f.keys[d]) by[d].get(k).addUsage(u);
      }

      // Every day of the range, including quiet ones, so charts have no gaps.
      const first = wallClock(query.since, timeZone).date;
      const last = dayOf(new Date(query.until.getTime() - 1));
      const dayRows: Report['days'] = [];
      for (let d = first; ; d = addDays(d, 1)) {
        const date = dateKey(d);
        dayRows.push({ date, ...days.get(date).build() });
        if (date >= last || dayRows.length > MAX_DAYS + 1) break;
      }

      return {
        tenantId,
        since: query.since,
        until: query.until,
        timeZone,
        totals: totals.build(),
        days: dayRows,
        by: Object.fromEntries(dimensions.map((d) => [d, by[d].rows()])) as Report['by'],
      };
    },
  };
}
