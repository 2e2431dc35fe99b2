import { randomBytes } from 'node:crypto';
import type { ChannelContext } from '@parley/core';
import { normalisePhone } from '@parley/core';
import { formatIssues, languageCodeSchema } from '@parley/core/internal';
import { ANONYMOUS_PREFIX, verifyVisitorIdentity } from '../identity.js';
import type { LivechatConfig } from '../options.js';
import {
  closeCodes,
  type HelloFrame,
  PROTOCOL_VERSION,
  type TeamStatus,
  teamStatusSchema,
} from '../protocol.js';
import type { VisitorSession, VisitorStore } from './visitor-store.js';

export type HelloOutcome =
  | { ok: true; session: VisitorSession; token: string; resumed: boolean }
  | { ok: false; code: number; reason: string };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

const refuse = (code: number, reason: string): HelloOutcome => ({ ok: false, code, reason });

/**
 * Turns a hello into a session: checks the protocol version, the channel and the
 * identity claim (CH7), then resumes the token's session when it belongs to the same
 * identity, or starts a new one. A token never resumes a session of another identity,
 * so signing out (or in as someone else) never shows the previous visitor's history.
 */
export async function acceptHello(
  frame: HelloFrame,
  config: LivechatConfig,
  store: VisitorStore,
  channelId: string,
): Promise<HelloOutcome> {
  if (frame.v !== PROTOCOL_VERSION) {
    return refuse(
      closeCodes.badFrame,
      `protocol version ${frame.v} is not supported; this server speaks ${PROTOCOL_VERSION}`,
    );
  }
  if (frame.channel !== undefined && frame.channel !== channelId) {
    return refuse(closeCodes.badFrame, `this endpoint serves channel "${channelId}"`);
  }

  let identifier: string | undefined;
  if (frame.identity) {
    const { identifier: claimed, identifier_hash: hash } = frame.identity;
    if (config.identitySecret === undefined) {
      return refuse(closeCodes.identityRefused, 'identity not accepted: channel has no secret');
    }
    if (hash === undefined) return refuse(closeCodes.identityRefused, 'identifier_hash missing');
    if (!verifyVisitorIdentity(claimed, hash, config.identitySecret)) {
      return refuse(closeCodes.identityRefused, 'identifier_hash invalid');
    }
    identifier = claimed;
  } else if (config.requireIdentity) {
    return refuse(closeCodes.identityRefused, 'identity required: send identifier and hash');
  }

  const email = frame.profile?.email?.trim();
  // `pt-BR` as given; `PT` or `EN-us` from a careless page still count, lower-cased.
  const lang = languageCodeSchema.safeParse(frame.lang).success
    ? languageCodeSchema.safeParse(frame.lang)
    : languageCodeSchema.safeParse(frame.lang?.toLowerCase());
  const profile = {
    ...(frame.profile?.name && { name: frame.profile.name }),
    // An email is kept only when it looks like one: operators reply to it (offline form).
    ...(email && EMAIL.test(email) && { email }),
    ...(lang.success && lang.data !== undefined && { language: lang.data }),
  };
  // A phone from the pre-chat form is kept in E.164 when it parses; anything else is dropped.
  const phone = frame.profile?.phone ? normalisePhone(frame.profile.phone) : undefined;
  if (phone !== undefined) Object.assign(profile, { phone });
  if (frame.token !== undefined) {
    const existing = await store.resolve(frame.token);
    if (existing && existing.identifier === identifier) {
      const session = { ...existing, ...profile };
      await store.save(session, frame.token);
      return { ok: true, session, token: frame.token, resumed: true };
    }
  }
  const session: VisitorSession = {
    address: identifier ?? `${ANONYMOUS_PREFIX}${randomBytes(15).toString('base64url')}`,
    ...(identifier !== undefined && { identifier }),
    ...profile,
  };
  return { ok: true, session, token: await store.save(session), resumed: false };
}

/**
 * The team's status for this visitor from the host's `status` option; a hook that throws
 * or answers something else is logged and the widget shows no status (never a refusal).
 */
export async function teamStatusFor(
  session: VisitorSession,
  config: LivechatConfig,
  ctx: Pick<ChannelContext, 'logger'>,
): Promise<TeamStatus | undefined> {
  if (!config.status) return undefined;
  try {
    const answer = await config.status({
      address: session.address,
      ...(session.language !== undefined && { language: session.language }),
    });
    const parsed = teamStatusSchema.safeParse(answer);
    if (parsed.success) return parsed.data;
    ctx.logger.error(
      `livechat: the status option returned something else: ${formatIssues(parsed.error)}; return { status: 'online' | 'away', replyTime? }.`,
    );
  } catch (error) {
    ctx.logger.error('livechat: the status option threw', { error: String(error) });
  }
  return undefined;
}
