import type { CsatResponse } from '../csat/survey.js';
import type { UsageRecord } from '../store/store.js';
import type { ConversationFacts } from './facts.js';
import type { ReportFigures } from './report-types.js';
import { addCost, csatSummary, durations, emptyCost } from './stats.js';

/** Accumulates one slice of a report (the range, a day, a channel, ...). */
export class SliceBuilder {
  private conversations = 0;
  private ai = 0;
  private human = 0;
  private assisted = 0;
  private handedOff = 0;
  private readonly firstResponses: number[] = [];
  private readonly resolutions: number[] = [];
  private readonly scores: number[] = [];
  private readonly cost = emptyCost();

  addConversation(f: ConversationFacts): void {
    this.conversations++;
    if (f.human) this.human++;
    else if (f.assisted) this.ai++;
    if (f.assisted) {
      this.assisted++;
      if (f.human) this.handedOff++;
    }
    if (f.firstResponseMs !== undefined) this.firstResponses.push(f.firstResponseMs);
    if (f.resolutionMs !== undefined) this.resolutions.push(f.resolutionMs);
  }

  addCsat(r: CsatResponse): void {
    this.scores.push(r.score);
  }

  addUsage(u: UsageRecord): void {
    addCost(this.cost, u);
  }

  get size(): number {
    return this.conversations;
  }

  build(): ReportFigures {
    return {
      conversations: this.conversations,
      ai: this.ai,
      human: this.human,
      handoffRate:
        this.assisted === 0 ? null : Math.round((this.handedOff / this.assisted) * 1000) / 1000,
      firstResponse: durations(this.firstResponses),
      resolution: durations(this.resolutions),
      csat: csatSummary(this.scores),
      cost: { ...this.cost },
    };
  }
}

/** Slices by key, created on first use. */
export class SliceMap {
  private readonly slices = new Map<string, SliceBuilder>();

  get(key: string): SliceBuilder {
    let slice = this.slices.get(key);
    if (!slice) {
      slice = new SliceBuilder();
      this.slices.set(key, slice);
    }
    return slice;
  }

  has(key: string): boolean {
    return this.slices.has(key);
  }

  /** Rows, most conversations first, then by key. */
  rows(): Array<{ key: string } & ReportFigures> {
    return [...this.slices]
      .map(([key, slice]) => ({ key, ...slice.build() }))
      .sort((a, b) => b.conversations - a.conversations || a.key.localeCompare(b.key));
  }
}
