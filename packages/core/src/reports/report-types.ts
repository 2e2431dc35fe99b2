/** What a report covers: `[since, until)`, narrowed by any of the dimensions given. */
export interface ReportQuery {
  since: Date;
  until: Date;
  /** IANA zone the days are counted in (default: the tenant's, else UTC). */
  timeZone?: string;
  channelId?: string;
  teamId?: string;
  operatorId?: string;
  label?: string;
  assistantId?: string;
}

/** Durations in milliseconds: how many, the median and the 90th percentile. */
export interface DurationStats {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface CsatSummary {
  count: number;
  average: number | null;
  /** How many answers gave each score, `1` to `5`. */
  breakdown: Record<'1' | '2' | '3' | '4' | '5', number>;
}

export interface CostSummary {
  cost: number;
  inputTokens: number;
  outputTokens: number;
  calls: number;
}

/** The figures of one slice: the whole range, one day, or one channel/team/... */
export interface ReportFigures {
  /** Conversations created in the slice. */
  conversations: number;
  /** Answered by an assistant alone. */
  ai: number;
  /** An operator wrote, or it went to humans (handoff, queue, team route). */
  human: number;
  /** Of the conversations an assistant answered, the share that went to humans (0–1). */
  handoffRate: number | null;
  firstResponse: DurationStats;
  resolution: DurationStats;
  csat: CsatSummary;
  cost: CostSummary;
}

export type ReportDimension = 'channel' | 'team' | 'operator' | 'label' | 'assistant';

export interface Report {
  tenantId: string;
  since: Date;
  until: Date;
  timeZone: string;
  totals: ReportFigures;
  /** One entry per local day of the range, oldest first (`YYYY-MM-DD`). */
  days: Array<{ date: string } & ReportFigures>;
  /** Per dimension, one row per value seen, most conversations first. */
  by: Record<ReportDimension, Array<{ key: string } & ReportFigures>>;
}

/** Team reports on one tenant's conversations (volume, speed, handoffs, CSAT, cost). */
export interface Reports {
  /** Every figure over a date range; needs a store with scans (memory, Postgres). */
  overview(query: ReportQuery): Promise<Report>;
}
