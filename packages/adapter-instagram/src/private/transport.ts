import { type ChannelCapabilities, ParleyError, sleep, type TimerHandle } from '@parley/core';
import { backoffDelay } from '@parley/core/internal';
import { notStarted } from '../not-started.js';
import type { Transport, TransportContext } from '../transport.js';
import type { InstagramPrivateClient, PrivateAuthResult, PrivateUser } from './client.js';
import { type CommentWatch, type PollContext, pollComments, pollInbox } from './polls.js';

export interface PrivateTransportConfig {
  username: string;
  password?: string;
  client: InstagramPrivateClient;
  pollIntervalMs: number;
  commentPollIntervalMs: number;
  maxBackoffMs: number;
  messageRequests: boolean;
  maxRetries: number;
  /** What the comment rules watch now; undefined when nothing needs comments. */
  commentWatch(): CommentWatch | undefined;
}

export const privateCapabilities: ChannelCapabilities = {
  menus: 'none',
  maxMenuOptions: 0,
  // Media goes out as its link: uploads through the private API are not supported.
  media: [],
  maxTextLength: 1000,
  typing: false,
  readReceipts: false,
};

type Phase = 'stopped' | 'connecting' | 'challenge' | 'connected' | 'logged-out';

const reasonOf = (e: unknown) =>
  ParleyError.isInstance(e) ? (e.details.reason as string | undefined) : undefined;

/** The unofficial transport: a logged-in app session, polled. */
export function privateTransport(config: PrivateTransportConfig): Transport {
  const { client } = config;
  let t: TransportContext | undefined;
  let phase: Phase = 'stopped';
  let self: PrivateUser | undefined;
  let savedSession = '';
  const timers = new Map<string, TimerHandle>();

  const ctxOf = () => {
    if (!t) {
      throw notStarted();
    }
    return t;
  };

  async function saveSession() {
    const session = await client.exportSession();
    const json = JSON.stringify(session);
    if (json === savedSession) return;
    savedSession = json;
    await ctxOf().state.kv.set('session', session);
  }

  function challenge(detail: string, data: Record<string, unknown>) {
    phase = 'challenge';
    cancelTimers();
    ctxOf().ctx.status({
      state: 'challenge',
      detail: `${detail} Pass the code to the adapter's submitCode(code).`,
      data,
    });
  }

  async function settle(result: PrivateAuthResult) {
    await saveSession();
    if (result.status === 'logged-in') return connected(result.user);
    if (result.status === 'two-factor') {
      challenge(result.detail, { kind: 'two-factor', method: result.method });
    } else {
      challenge(result.detail, {
        kind: 'checkpoint',
        ...(result.contactPoint !== undefined && { contactPoint: result.contactPoint }),
      });
    }
  }

  async function connected(user: PrivateUser) {
    const { ctx, state } = ctxOf();
    self = user;
    phase = 'connected';
    await saveSession();
    let origin = await state.kv.get<number>('origin');
    if (origin === undefined) {
      origin = ctx.clock.now().getTime();
      await state.kv.set('origin', origin);
    }
    ctx.status({
      state: 'connected',
      detail: `Logged in as @${user.username}.`,
      data: { userId: user.id, username: user.username },
    });
    const p: PollContext = { t: ctxOf(), client, self: user, origin };
    loop('inbox', config.pollIntervalMs, async () => {
      await pollInbox(p, false);
      if (config.messageRequests) await pollInbox(p, true);
    });
    loop('comments', config.commentPollIntervalMs, async () => {
      const watch = config.commentWatch();
      if (watch) await pollComments(p, watch);
    });
  }

  async function authenticate(useSession: boolean) {
    const { ctx, state } = ctxOf();
    phase = 'connecting';
    ctx.status({ state: 'connecting', detail: `Logging in to Instagram as @${config.username}.` });
    try {
      const session = useSession
        ? await state.kv.get<Record<string, unknown>>('session')
        : undefined;
      if (session) {
        savedSession = JSON.stringify(session);
        const user = await client.restore(session);
        if (user) return await connected(user);
      }
      if (!config.password) {
        phase = 'logged-out';
        ctx.status({
          state: 'logged-out',
          detail:
            'No usable saved session and no password: give the channel a `password` to log in.',
        });
        return;
      }
      await settle(await client.login(config.username, config.password));
    } catch (e) {
      await failed(e, () => authenticate(useSession));
    }
  }

  /** Reacts to a failure of a login or a poll; `retry` runs again after back-off. */
  let failures = 0;
  async function failed(e: unknown, retry: () => Promise<void>) {
    const { ctx } = ctxOf();
    const reason = reasonOf(e);
    const message = (e as Error).message;
    if (reason === 'challenge') {
      challenge(message, { kind: 'checkpoint', ...(e as ParleyError).details });
      return;
    }
    if (reason === 'login-required') {
      cancelTimers();
      await ctxOf().state.kv.delete('session');
      savedSession = '';
      await authenticate(false);
      return;
    }
    if (reason === 'bad-credentials') {
      phase = 'logged-out';
      ctx.status({ state: 'logged-out', detail: message });
      return;
    }
    failures++;
    const delay = backoffDelay(failures + 1, {
      baseMs: config.pollIntervalMs,
      maxMs: config.maxBackoffMs,
    });
    ctx.logger.warn('instagram: private API call failed; backing off', { error: message, delay });
    ctx.status({
      state: 'error',
      detail: `${message} Trying again in ${Math.round(delay / 1000)} s.`,
    });
    schedule('retry', delay, retry);
  }

  function schedule(name: string, ms: number, fn: () => Promise<void>) {
    timers.get(name)?.cancel();
    timers.set(
      name,
      ctxOf().ctx.clock.setTimeout(() => {
        timers.delete(name);
        return fn();
      }, ms),
    );
  }

  function loop(name: string, intervalMs: number, poll: () => Promise<void>) {
    let streak = 0;
    const tick = async (): Promise<void> => {
      if (phase !== 'connected') return;
      try {
        await poll();
        if (streak > 0) ctxOf().ctx.status({ state: 'connected', detail: 'Polling again.' });
        streak = 0;
        failures = 0;
        await saveSession();
      } catch (e) {
        const reason = reasonOf(e);
        if (reason === 'challenge' || reason === 'login-required') return failed(e, tick);
        streak++;
        const delay = backoffDelay(streak + 1, { baseMs: intervalMs, maxMs: config.maxBackoffMs });
        const message = (e as Error).message;
        ctxOf().ctx.logger.warn('instagram: poll failed; backing off', {
          poll: name,
          delay,
          error: message,
        });
        ctxOf().ctx.status({
          state: 'error',
          detail: `${message} Next ${name} poll in ${Math.round(delay / 1000)} s.`,
        });
        if (phase === 'connected') schedule(name, delay, tick);
        return;
      }
      if (phase === 'connected') schedule(name, intervalMs, tick);
    };
    schedule(name, 0, tick);
  }

  function cancelTimers() {
    for (const timer of timers.values()) timer.cancel();
    timers.clear();
  }

  /** Runs a call, pausing and retrying while Instagram rate-limits it. */
  async function withRetries<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        if (!ParleyError.hasCode(e, 'RATE_LIMITED') || attempt >= config.maxRetries) {
          const reason = reasonOf(e);
          if (reason === 'challenge' || reason === 'login-required') void failed(e, async () => {});
          throw e;
        }
        await sleep(
          ctxOf().ctx.clock,
          backoffDelay(attempt + 1, { baseMs: 2000, maxMs: config.maxBackoffMs }),
          signal,
        );
      }
    }
  }

  const connectedOrThrow = () => {
    if (phase !== 'connected' || !self) {
      throw new ParleyError(
        'CHANNEL_UNAVAILABLE',
        `The Instagram session is not connected (${phase}); see the channel.status events.`,
      );
    }
  };

  return {
    name: 'private',
    capabilities: privateCapabilities,
    async start(context) {
      t = context;
      failures = 0;
      await authenticate(true);
    },
    async stop() {
      phase = 'stopped';
      cancelTimers();
      t = undefined;
    },
    async send(message, signal) {
      connectedOrThrow();
      if (message.content.type !== 'text') {
        throw new ParleyError(
          'INPUT_INVALID',
          `The private Instagram transport sends text only, not "${message.content.type}".`,
        );
      }
      const text = message.content.text;
      const sent = await withRetries(() => client.sendText(message.to, text), signal);
      return sent.itemId === undefined ? {} : { externalId: sent.itemId };
    },
    async replyToComment(comment, signal) {
      connectedOrThrow();
      return withRetries(
        () =>
          client.replyToComment({
            mediaId: comment.postId,
            commentId: comment.commentId,
            text: comment.text,
          }),
        signal,
      );
    },
    async submitCode(code) {
      if (phase !== 'challenge') {
        throw new ParleyError(
          'CONFLICT',
          `No login is waiting for a code (the channel is ${phase}); submitCode() answers a 'challenge' status.`,
        );
      }
      await settle(await client.submitCode(code));
    },
  };
}
