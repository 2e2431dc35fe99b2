import type { Assistant, DeskEvents, MemoryChannelOptions } from '@parley/core';
import { contentText, createDesk, createMemoryStore, foldText, memoryChannel } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';

/** A fact to find in a reply: a string (case- and accent-insensitive) or a RegExp. */
export type Fact = string | RegExp;

export interface EvaluationTurn {
  /** What the customer writes. */
  customer: string;
  /** Facts the assistant's replies to this turn must contain. */
  expectFacts?: Fact[];
  /** Facts that must not appear (an invented price, another tenant's data). */
  forbidFacts?: Fact[];
  /** true: this turn must hand off to humans; false: it must not. Unset: not checked. */
  expectHandoff?: boolean;
}

export interface EvaluationCase {
  name: string;
  turns: EvaluationTurn[];
  /** The customer's profile on the memory channel. */
  customer?: { name?: string; phone?: string; email?: string };
}

export interface EvaluationOptions {
  /** Time of the conversations (default 2026-01-05T09:00:00Z). */
  now?: Date | string;
  /** What the memory channel claims it renders (e.g. `{ maxTextLength: 1000 }`). */
  channel?: MemoryChannelOptions;
  /** Tenant the conversations run in (default `default`). */
  tenantId?: string;
  /** Said by the desk when the assistant fails (default none). */
  fallbackMessage?: string;
}

export interface FactResult {
  fact: string;
  found: boolean;
}

export interface TurnReport {
  customer: string;
  replies: string[];
  handoff?: { reason: string; summary?: string };
  facts: FactResult[];
  forbidden: FactResult[];
  expectHandoff?: boolean;
  /** Errors the desk reported during the turn (model failures, tool crashes). */
  errors: string[];
  passed: boolean;
}

export interface CaseReport {
  name: string;
  passed: boolean;
  turns: TurnReport[];
}

export interface EvaluationReport {
  cases: CaseReport[];
  /** Share of cases where every check passed (0..1). */
  accuracy: number;
  passed: number;
  total: number;
  /** Expected facts found / expected facts. */
  facts: { expected: number; found: number; accuracy: number };
  /** Handoff expectations met / handoff expectations. */
  handoffs: { expected: number; correct: number; accuracy: number };
  /** Forbidden facts that appeared. */
  forbiddenFound: number;
}

/**
 * Runs scripted conversations against an assistant before go-live (AI5): each case in
 * a fresh desk on the memory channel (the real engine: takeover, handoff, output
 * limits), then reports how many expected facts appeared and how many expected
 * handoffs happened. Model calls are real calls to whatever the assistant points at.
 */
export async function evaluateAssistant(
  assistant: Assistant,
  cases: EvaluationCase[],
  options: EvaluationOptions = {},
): Promise<EvaluationReport> {
  const reports: CaseReport[] = [];
  for (const testCase of cases) reports.push(await runCase(assistant, testCase, options));
  const turns = reports.flatMap((r) => r.turns);
  const facts = turns.flatMap((t) => t.facts);
  const handoffChecks = turns.filter((t) => t.expectHandoff !== undefined);
  const correct = handoffChecks.filter((t) => (t.handoff !== undefined) === t.expectHandoff).length;
  const passed = reports.filter((r) => r.passed).length;
  return {
    cases: reports,
    accuracy: ratio(passed, reports.length),
    passed,
    total: reports.length,
    facts: {
      expected: facts.length,
      found: facts.filter((f) => f.found).length,
      accuracy: ratio(facts.filter((f) => f.found).length, facts.length),
    },
    handoffs: {
      expected: handoffChecks.length,
      correct,
      accuracy: ratio(correct, handoffChecks.length),
    },
    forbiddenFound: turns.flatMap((t) => t.forbidden).filter((f) => f.found).length,
  };
}

/** One-turn cases from an FAQ test set: each question must be answered with its facts. */
export function casesFromFaq(
  pairs: Array<{ question: string; answer?: string; facts?: Fact[] }>,
): EvaluationCase[] {
  return pairs.map((pair) => ({
    name: pair.question,
    turns: [
      {
        customer: pair.question,
        expectFacts: pair.facts ?? (pair.answer ? [pair.answer] : []),
        expectHandoff: false,
      },
    ],
  }));
}

async function runCase(
  assistant: Assistant,
  testCase: EvaluationCase,
  options: EvaluationOptions,
): Promise<CaseReport> {
  const clock = createFakeClock(options.now);
  const channel = memoryChannel(options.channel);
  const tenantId = options.tenantId ?? 'default';
  const desk = createDesk({
    clock,
    store: createMemoryStore({ clock }),
    tenants: [{ id: tenantId }],
    teams: [{ id: 'humans', tenantId }],
    assistants: [
      {
        id: 'under-test',
        tenantId,
        assistant,
        backupTeam: 'humans',
        ...(options.fallbackMessage !== undefined && { fallbackMessage: options.fallbackMessage }),
      },
    ],
    channels: [{ id: 'eval', tenantId, adapter: channel, route: { assistant: 'under-test' } }],
  });
  let handoff: DeskEvents['handoff.requested'] | undefined;
  const errors: string[] = [];
  desk.on('handoff.requested', (e) => {
    handoff = e;
  });
  desk.on('error', (e) => {
    errors.push(e.error.message);
  });
  await desk.start();
  const customer = channel.customer('eval-customer', testCase.customer);
  const turns: TurnReport[] = [];
  try {
    for (const turn of testCase.turns) {
      const before = customer.received.length;
      const errorsBefore = errors.length;
      handoff = undefined;
      await customer.send(turn.customer);
      const replies = customer.received.slice(before).map((m) => contentText(m.content));
      const text = replies.join('\n');
      const facts = (turn.expectFacts ?? []).map((f) => ({
        fact: String(f),
        found: contains(text, f),
      }));
      const forbidden = (turn.forbidFacts ?? []).map((f) => ({
        fact: String(f),
        found: contains(text, f),
      }));
      const handed = handoff as DeskEvents['handoff.requested'] | undefined;
      const report: TurnReport = {
        customer: turn.customer,
        replies,
        facts,
        forbidden,
        errors: errors.slice(errorsBefore),
        passed:
          facts.every((f) => f.found) &&
          !forbidden.some((f) => f.found) &&
          (turn.expectHandoff === undefined || (handed !== undefined) === turn.expectHandoff),
        ...(handed && {
          handoff: {
            reason: handed.reason,
            ...(handed.summary !== undefined && { summary: handed.summary }),
          },
        }),
        ...(turn.expectHandoff !== undefined && { expectHandoff: turn.expectHandoff }),
      };
      turns.push(report);
    }
  } finally {
    await desk.stop();
  }
  return { name: testCase.name, passed: turns.every((t) => t.passed), turns };
}

function contains(text: string, fact: Fact): boolean {
  if (fact instanceof RegExp) {
    fact.lastIndex = 0;
    return fact.test(text);
  }
  return squash(text).includes(squash(fact));
}

const squash = (s: string) => foldText(s).replace(/\s+/g, ' ').trim();
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
