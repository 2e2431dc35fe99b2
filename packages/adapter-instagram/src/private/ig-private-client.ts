import { ParleyError } from '@parley/core';
import type { IgApiClient } from 'instagram-private-api';
import type {
  InstagramPrivateClient,
  PrivateAuthResult,
  PrivateComment,
  PrivateMedia,
  PrivateUser,
} from './client.js';
import {
  type RawItem,
  type RawThread,
  type RawUser,
  toItem,
  toThread,
  toUser,
} from './ig-items.js';

export interface IgPrivateClientOptions {
  /**
   * Root of the private API (default: the library's own, Instagram's mobile API).
   * Point it at a recording or loopback server in tests.
   */
  baseUrl?: string;
  /** HTTP(S) proxy for every request, as the library's `state.proxyUrl`. */
  proxyUrl?: string;
}

type Library = typeof import('instagram-private-api');

interface Pending {
  twoFactor?: { username: string; identifier: string; method: 'sms' | 'totp' };
}

/**
 * `instagram-private-api` is an optional peer dependency: it pulls `request@2.88.2`
 * (CVE-2023-28155, unfixed), so only hosts that choose the private transport install it.
 */
async function loadPrivateApi(): Promise<Library> {
  try {
    return await import('instagram-private-api');
  } catch (cause) {
    throw new ParleyError(
      'CONFIG_INVALID',
      'The Instagram private transport needs the optional package instagram-private-api: run `npm install instagram-private-api` (see docs/instagram.md for the tough-cookie override), or use the official webhooks transport.',
      { cause },
    );
  }
}

/**
 * The default `InstagramPrivateClient`, over `instagram-private-api` (loaded on first
 * use, so webhook-only hosts never pay for it).
 */
export function igPrivateClient(options: IgPrivateClientOptions = {}): InstagramPrivateClient {
  let lib: Library | undefined;
  let ig: IgApiClient | undefined;
  let deviceReady = false;
  const pending: Pending = {};

  async function client(): Promise<{ ig: IgApiClient; lib: Library }> {
    if (!lib) lib = await loadPrivateApi();
    if (!ig) {
      const created = new lib.IgApiClient();
      if (options.proxyUrl) created.state.proxyUrl = options.proxyUrl;
      if (options.baseUrl) {
        // The library builds every URL from a `baseUrl` that the caller's options win
        // over, so adding it to each request's options moves the whole client.
        const request = created.request;
        const send = request.send.bind(request);
        const baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
        request.send = (opts, onlyCheckHttpStatus) =>
          send({ baseUrl, ...opts }, onlyCheckHttpStatus);
      }
      ig = created;
    }
    return { ig, lib };
  }

  /** Maps the library's errors to ParleyErrors the transport can act on. */
  async function call<T>(what: string, fn: (ig: IgApiClient) => Promise<T>): Promise<T> {
    const { ig, lib } = await client();
    try {
      return await fn(ig);
    } catch (e) {
      throw await mapError(ig, lib, what, e);
    }
  }

  async function mapError(ig: IgApiClient, lib: Library, what: string, e: unknown) {
    if (ParleyError.isInstance(e)) return e;
    const message = (e as Error)?.message ?? String(e);
    if (e instanceof lib.IgCheckpointError) {
      const challenge = await startChallenge(ig).catch(() => undefined);
      return new ParleyError(
        'UNAUTHORIZED',
        `Instagram asks to confirm this login (checkpoint) during ${what}; submit the security code with submitCode().`,
        { cause: e, details: { reason: 'challenge', ...challenge } },
      );
    }
    if (e instanceof lib.IgLoginRequiredError || e instanceof lib.IgUserHasLoggedOutError) {
      return new ParleyError(
        'UNAUTHORIZED',
        `Instagram ended the session during ${what}; log in again.`,
        { cause: e, details: { reason: 'login-required' } },
      );
    }
    if (e instanceof lib.IgActionSpamError) {
      return new ParleyError(
        'RATE_LIMITED',
        `Instagram blocked ${what} as spam; slow down and try again later.`,
        { cause: e, details: { reason: 'spam' } },
      );
    }
    if (e instanceof lib.IgNetworkError) {
      return new ParleyError(
        'CHANNEL_UNAVAILABLE',
        `Could not reach Instagram for ${what}: ${message}.`,
        { cause: e },
      );
    }
    if (e instanceof lib.IgResponseError && e.response.statusCode === 429) {
      return new ParleyError(
        'RATE_LIMITED',
        `Instagram rate-limited ${what}; Parley backs off before trying again.`,
        { cause: e, details: { status: 429 } },
      );
    }
    return new ParleyError('CHANNEL_SEND_FAILED', `Instagram refused ${what}: ${message}`, {
      cause: e,
    });
  }

  async function startChallenge(ig: IgApiClient) {
    const state = (await ig.challenge.auto(true)) as {
      step_data?: { contact_point?: string; email?: string; phone_number?: string };
    };
    const contactPoint =
      state?.step_data?.contact_point ?? state?.step_data?.email ?? state?.step_data?.phone_number;
    return contactPoint ? { contactPoint } : {};
  }

  async function self(ig: IgApiClient): Promise<PrivateUser> {
    const user = (await ig.account.currentUser()) as unknown as RawUser;
    return toUser(user);
  }

  const loggedIn = (user: RawUser | PrivateUser): PrivateAuthResult => ({
    status: 'logged-in',
    user: 'pk' in user ? toUser(user) : user,
  });

  return {
    async restore(session) {
      const { ig, lib } = await client();
      await ig.state.deserialize(session);
      deviceReady = true;
      try {
        return await self(ig);
      } catch (e) {
        const mapped = await mapError(ig, lib, 'the session check', e);
        if (mapped.details.reason === 'login-required') return undefined;
        throw mapped;
      }
    },

    async login(username, password) {
      const { ig, lib } = await client();
      if (!deviceReady) {
        ig.state.generateDevice(username);
        deviceReady = true;
      }
      try {
        return loggedIn((await ig.account.login(username, password)) as unknown as RawUser);
      } catch (e) {
        if (e instanceof lib.IgLoginTwoFactorRequiredError) {
          const info = e.response.body.two_factor_info;
          const method = info.totp_two_factor_on ? 'totp' : 'sms';
          pending.twoFactor = { username, identifier: info.two_factor_identifier, method };
          const where = info.obfuscated_phone_number
            ? ` sent to the phone ending ${info.obfuscated_phone_number}`
            : '';
          return {
            status: 'two-factor',
            method,
            detail:
              method === 'totp'
                ? 'Enter the code from the authenticator app.'
                : `Enter the SMS code${where}.`,
          };
        }
        if (e instanceof lib.IgCheckpointError) {
          const challenge = await startChallenge(ig);
          return {
            status: 'checkpoint',
            detail: `Instagram sent a security code${challenge.contactPoint ? ` to ${challenge.contactPoint}` : ''}; enter it to confirm the login.`,
            ...challenge,
          };
        }
        if (e instanceof lib.IgLoginBadPasswordError || e instanceof lib.IgLoginInvalidUserError) {
          throw new ParleyError(
            'UNAUTHORIZED',
            'Instagram refused the username or password; check the credentials given to the channel.',
            { cause: e, details: { reason: 'bad-credentials' } },
          );
        }
        throw await mapError(ig, lib, 'the login', e);
      }
    },

    async submitCode(code) {
      const { ig, lib } = await client();
      const wrongCode = (e: unknown) =>
        new ParleyError(
          'UNAUTHORIZED',
          'Instagram did not accept the code; check it and call submitCode() again.',
          { cause: e, details: { reason: 'wrong-code' } },
        );
      if (pending.twoFactor) {
        const { username, identifier, method } = pending.twoFactor;
        try {
          const body = (await ig.account.twoFactorLogin({
            username,
            verificationCode: code,
            twoFactorIdentifier: identifier,
            verificationMethod: method === 'totp' ? '0' : '1',
          })) as { logged_in_user?: RawUser };
          pending.twoFactor = undefined;
          return loggedIn(body.logged_in_user ?? (await self(ig)));
        } catch (e) {
          if (e instanceof lib.IgResponseError && e.response.statusCode === 400) throw wrongCode(e);
          throw await mapError(ig, lib, 'the two-factor login', e);
        }
      }
      if (!ig.state.checkpoint) {
        throw new ParleyError(
          'CONFLICT',
          'No login is waiting for a code; submitCode() is for two-factor and checkpoint prompts.',
        );
      }
      try {
        const body = (await ig.challenge.sendSecurityCode(code)) as { logged_in_user?: RawUser };
        return loggedIn(body.logged_in_user ?? (await self(ig)));
      } catch (e) {
        if (e instanceof lib.IgChallengeWrongCodeError) throw wrongCode(e);
        throw await mapError(ig, lib, 'the checkpoint', e);
      }
    },

    async exportSession() {
      const { ig } = await client();
      const session = (await ig.state.serialize()) as Record<string, unknown>;
      // Version constants stay the library's own, as its authors advise.
      delete session.constants;
      return session;
    },

    inbox: ({ cursor, pending: requests }) =>
      call(requests ? 'reading message requests' : 'reading the inbox', async (ig) => {
        const feed = requests ? ig.feed.directPending() : ig.feed.directInbox();
        if (cursor) Object.assign(feed, { cursor });
        const body = (await feed.request()) as unknown as {
          inbox: { threads: RawThread[]; has_older?: boolean; oldest_cursor?: string };
        };
        return {
          threads: body.inbox.threads.filter((t) => !t.is_group).map(toThread),
          ...(body.inbox.has_older && body.inbox.oldest_cursor
            ? { nextCursor: body.inbox.oldest_cursor }
            : {}),
        };
      }),

    threadItems: (threadId, cursor) =>
      call('reading a thread', async (ig) => {
        const feed = ig.feed.directThread({ thread_id: threadId, oldest_cursor: cursor });
        const body = (await feed.request()) as unknown as {
          thread: { items: RawItem[]; has_older?: boolean; oldest_cursor?: string };
        };
        return {
          items: body.thread.items.map(toItem),
          ...(body.thread.has_older && body.thread.oldest_cursor
            ? { olderCursor: body.thread.oldest_cursor }
            : {}),
        };
      }),

    sendText: (userId, text) =>
      call('sending a direct message', async (ig) => {
        const answer = (await ig.entity.directThread([userId]).broadcastText(text)) as {
          item_id?: string;
          message_metadata?: Array<{ item_id?: string }>;
        };
        const itemId = answer?.item_id ?? answer?.message_metadata?.[0]?.item_id;
        return itemId ? { itemId: String(itemId) } : {};
      }),

    recentMedia: (count) =>
      call('listing recent posts', async (ig) => {
        const items = (await ig.feed.user(ig.state.cookieUserId).items()) as unknown as Array<{
          id: string;
          pk: string | number;
          code?: string;
          taken_at: number;
        }>;
        return items.slice(0, count).map(
          (m): PrivateMedia => ({
            id: String(m.id),
            aliases: [String(m.pk), ...(m.code ? [m.code] : [])],
            takenAt: new Date(m.taken_at * 1000),
          }),
        );
      }),

    comments: (mediaId) =>
      call('reading comments', async (ig) => {
        const items = (await ig.feed.mediaComments(mediaId).items()) as unknown as Array<{
          pk: string | number;
          text: string;
          created_at: number;
          user: RawUser;
        }>;
        return items.map(
          (c): PrivateComment => ({
            id: String(c.pk),
            text: c.text,
            user: toUser(c.user),
            at: new Date(c.created_at * 1000),
          }),
        );
      }),

    replyToComment: ({ mediaId, commentId, text }) =>
      call('replying to a comment', async (ig) => {
        const comment = (await ig.media.comment({
          mediaId,
          text,
          replyToCommentId: commentId,
        })) as unknown as { pk: string | number };
        return { id: String(comment.pk) };
      }),
  };
}
