import { type DeskRuntime, keyOf } from '../desk/runtime.js';
import type { MessageContent } from '../model/content.js';
import type { Message } from '../model/records.js';
import type { Middleware } from '../pipeline/compose.js';
import type { KeyValue } from '../store/store.js';
import type { TurnLedger } from '../turns/turn-ledger.js';
import type { OutboundContext } from './outbound-context.js';

/**
 * One outbound part of a turn, written before the adapter sends it. The message record
 * stored under `partId` after the send is its completion: a row whose message exists was
 * sent and recorded; a row without one was cut off around the send (it may or may not
 * have left), and the re-run sends it again under the same `partId`, which channels with
 * an idempotency key use to drop the copy.
 */
export interface OutboxRow {
  partId: string;
  /** What was handed to the channel: a re-run sends this, not what it generated anew. */
  content: MessageContent;
  /** When it was written (ms since epoch). */
  at: number;
}

export const OUTBOX_NAMESPACE = 'parley.outbox';

/**
 * Rows outlive their turn only so a re-run can find them; a turn recovered later than
 * this (a process down for over a week) sends its replies as new ones.
 */
const ROW_TTL_MS = 7 * 24 * 3_600_000;

/**
 * What a run of sends is: a turn (keyed by the first message it answers) or a forwarded
 * send's job (keyed by the job). A re-run of the same work has the same key.
 */
export interface OutboxScope {
  /** `tenant/conversation/work`, or undefined when the work has no identity (yet). */
  key(): string | undefined;
  /** It may have run before (a recovered turn, a job's retry): look for its rows. */
  rerun: boolean;
}

/** The outbound parts of one running turn or job, counted in order. */
interface TurnScope extends OutboxScope {
  seq: number;
  /** A re-run's rows and the messages they completed, read once at its first part. */
  earlier?: Promise<{ rows: Map<string, OutboxRow>; recorded: Map<string, Message> }>;
}

/**
 * The running scope of each conversation key, per desk. Every send to a conversation
 * runs holding its key (see `deliver`), and so does the work that opens a scope, so the
 * key alone tells which scope a part belongs to. A registry rather than
 * AsyncLocalStorage: once used, that runs hooks on every promise of the process (about a
 * twentieth of a durable turn's CPU, measured in ADR 0340).
 */
const running = new WeakMap<DeskRuntime, Map<string, TurnScope>>();
const spaces = new WeakMap<DeskRuntime, KeyValue>();

function runningScopes(rt: DeskRuntime): Map<string, TurnScope> {
  let map = running.get(rt);
  if (!map) running.set(rt, (map = new Map()));
  return map;
}

function outboxSpace(rt: DeskRuntime): KeyValue {
  let space = spaces.get(rt);
  if (!space) spaces.set(rt, (space = rt.store.kv(OUTBOX_NAMESPACE)));
  return space;
}

/**
 * Runs a turn so its outbound parts are numbered: the n-th part of a re-run is the n-th
 * part of the run that crashed. Called around every turn (fresh or recovered).
 */
export function withTurnOutbox<T>(
  rt: DeskRuntime,
  key: string,
  ledger: TurnLedger,
  work: () => Promise<T>,
): Promise<T> {
  // A fresh turn's pending record is written once it started; a re-run has them already.
  const rerun = ledger.pending.length > 0;
  return withOutbox(
    rt,
    key,
    {
      // The messages it answers, first to last: a re-run that answers more (messages
      // accepted since) is another turn, whose reply covers them all.
      key() {
        const first = ledger.pending[0];
        const last = ledger.pending.at(-1);
        if (!first || !last) return undefined;
        const answers = first === last ? first.messageId : `${first.messageId}..${last.messageId}`;
        return [first.tenantId, first.conversationId, answers].join('/');
      },
      rerun,
    },
    work,
  );
}

/**
 * Runs `work`, which holds the conversation key `conversation`, so the parts it sends
 * to that conversation are numbered under `scope`'s key. A scope opened inside another
 * on the same conversation (a forwarded send run by a turn's host code) covers its own
 * work only.
 */
export async function withOutbox<T>(
  rt: DeskRuntime,
  conversation: string,
  scope: OutboxScope,
  work: () => Promise<T>,
): Promise<T> {
  const scopes = runningScopes(rt);
  const outer = scopes.get(conversation);
  const mine: TurnScope = { key: scope.key, rerun: scope.rerun, seq: 0 };
  scopes.set(conversation, mine);
  try {
    return await work();
  } finally {
    if (scopes.get(conversation) === mine) {
      if (outer) scopes.set(conversation, outer);
      else scopes.delete(conversation);
    }
  }
}

/**
 * The outbox step, first of the per-part steps: assigns the part its stable id and
 * writes its row before record → pace → send run. A part that a crashed run of the same
 * turn already sent and recorded is not sent again; one it may have sent goes again
 * under the same id. Sends outside a turn (operator replies, `desk.send`, campaigns) have
 * no re-run to protect against and pass straight through.
 */
export function outboxStep(rt: DeskRuntime): Middleware<OutboundContext> {
  return async function outbox(ctx, next) {
    const scope = running.get(rt)?.get(keyOf(ctx.conversation));
    const work = scope?.key();
    if (!scope || work === undefined) return next();
    const prefix = `${work}/`;
    const key = prefix + String(scope.seq++).padStart(4, '0');
    const space = outboxSpace(rt);
    if (scope.rerun) {
      scope.earlier ??= readEarlier(rt, space, prefix, ctx.conversation);
      const { rows, recorded } = await scope.earlier;
      const row = rows.get(key);
      if (row) {
        // The part that may have left is sent again as it was, so the channel can drop
        // the copy by its id and the record matches what the customer got.
        const done = recorded.get(row.partId);
        if (done && done.status !== 'failed') {
          ctx.part = { id: row.partId, content: row.content };
          ctx.sent.push(done);
          return;
        }
        // A part recorded as failed did not complete either (the send threw: the channel
        // moved to another process, the network failed): it goes again, and its new record
        // replaces the failed one.
        ctx.part = { id: row.partId, content: row.content, ...(done && { replacesFailed: true }) };
        return next();
      }
    }
    const part = ctx.part!;
    const row: OutboxRow = { partId: part.id, content: part.content, at: rt.clock.now().getTime() };
    await space.set(key, row, { ttlMs: ROW_TTL_MS });
    await next();
  };
}

async function readEarlier(
  rt: DeskRuntime,
  space: KeyValue,
  prefix: string,
  conv: { tenantId: string; id: string },
) {
  const list = await space.list<OutboxRow>(prefix);
  const rows = new Map(list.map((r) => [r.key, r.value]));
  const recorded = new Map<string, Message>();
  if (rows.size > 0) {
    const ids = new Set(list.map((r) => r.value.partId));
    // The crashed run's parts are among the newest messages: it was the last work.
    const recent = await rt.store.listMessages(conv.tenantId, conv.id, {
      limit: rt.config.historyLimit + rows.size,
    });
    for (const m of recent) if (ids.has(m.id)) recorded.set(m.id, m);
  }
  return { rows, recorded };
}
