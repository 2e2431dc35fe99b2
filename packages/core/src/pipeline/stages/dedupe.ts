import type { DeskRuntime } from '../../desk/runtime.js';
import type { Middleware } from '../compose.js';
import type { TurnContext } from '../turn-context.js';

/** Processes each channel message id once, however often the channel delivers it. */
export function dedupeStage(rt: DeskRuntime): Middleware<TurnContext> {
  return async function dedupe(ctx, next) {
    const key = `dedupe\u0000${ctx.tenantId}\u0000${ctx.channel.id}\u0000${ctx.inbound.externalId}`;
    if (!(await rt.store.claim(key, rt.config.dedupeTtlMs))) {
      ctx.outcome = { status: 'duplicate' };
      return;
    }
    await next();
  };
}
