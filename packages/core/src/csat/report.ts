import type { DeskRuntime } from '../desk/runtime.js';
import { type CsatResponse, csatSpace } from './survey.js';

/** An average score and how many answers it is made of. */
export interface CsatScore {
  average: number;
  count: number;
}

/** CSAT per channel, team, operator and assistant (IN6). */
export interface CsatAverages {
  overall: CsatScore;
  byChannel: Record<string, CsatScore>;
  byTeam: Record<string, CsatScore>;
  byOperator: Record<string, CsatScore>;
  byAssistant: Record<string, CsatScore>;
}

export interface CsatFilter {
  since?: Date;
  until?: Date;
}

/** Survey answers and their averages, for one tenant. */
export interface Csat {
  /** Answers, oldest first. */
  responses(filter?: CsatFilter): Promise<CsatResponse[]>;
  averages(filter?: CsatFilter): Promise<CsatAverages>;
}

export function createCsat(rt: DeskRuntime, tenantId: string): Csat {
  const responses = async (filter: CsatFilter = {}) => {
    const rows = await csatSpace(rt, tenantId).list<Omit<CsatResponse, 'at'> & { at: string }>('');
    return rows
      .map(({ value }) => ({ ...value, at: new Date(value.at) }))
      .filter(
        (r) =>
          (filter.since === undefined || r.at >= filter.since) &&
          (filter.until === undefined || r.at < filter.until),
      );
  };
  return {
    responses,
    async averages(filter) {
      const all = await responses(filter);
      const by = (pick: (r: CsatResponse) => string | undefined) => {
        const groups = new Map<string, number[]>();
        for (const r of all) {
          const key = pick(r);
          if (key === undefined) continue;
          groups.set(key, [...(groups.get(key) ?? []), r.score]);
        }
        return Object.fromEntries([...groups].map(([k, scores]) => [k, score(scores)]));
      };
      return {
        overall: score(all.map((r) => r.score)),
        byChannel: by((r) => r.channelId),
        byTeam: by((r) => r.teamId),
        byOperator: by((r) => r.operatorId),
        byAssistant: by((r) => r.assistantId),
      };
    },
  };
}

function score(scores: number[]): CsatScore {
  const sum = scores.reduce((a, b) => a + b, 0);
  return {
    average: scores.length === 0 ? 0 : Math.round((sum / scores.length) * 100) / 100,
    count: scores.length,
  };
}
