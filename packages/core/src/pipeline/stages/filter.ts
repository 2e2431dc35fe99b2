import type { DeskRuntime } from '../../desk/runtime.js';
import type { Message } from '../../model/records.js';
import { recordIgnored } from '../../routing/ignored.js';
import { normalisePhone } from '../../routing/phone.js';
import { newId } from '../../util/ids.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/**
 * Phone allow- and block-lists (RT10). A filtered message is recorded as ignored and
 * answered by no one; it opens no conversation and creates no contact.
 */
export function filterStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function filter(ctx, next) {
    const rules = ctx.channel.phoneFilter;
    if (!rules) return next();
    const { from } = ctx.inbound;
    const phone =
      (from.phone !== undefined ? normalisePhone(from.phone, rules.defaultCountry) : undefined) ??
      normalisePhone(from.externalId, rules.defaultCountry);
    const reason =
      phone !== undefined && rules.block.has(phone)
        ? 'the sender is on the block-list'
        : rules.allow !== undefined && (phone === undefined || !rules.allow.has(phone))
          ? 'the sender is not on the allow-list'
          : undefined;
    if (reason === undefined) return next();

    const message: Message = {
      id: newId('msg', rt.clock.now().getTime()),
      tenantId: ctx.tenantId,
      conversationId: '',
      channelId: ctx.channel.id,
      contactId: '',
      direction: 'inbound',
      author: { kind: 'contact' },
      content: ctx.inbound.content,
      status: 'ignored',
      externalId: ctx.inbound.externalId,
      reason,
      createdAt: rt.clock.now(),
    };
    await recordIgnored(rt, { message, from });
    rt.bus.emit('message.ignored', { message, reason, from });
    ctx.outcome = { status: 'ignored', reason };
  };
}
