import type { Middleware } from '../../pipeline/compose.js';
import { adaptContent } from '../adapt-content.js';
import type { OutboundContext } from '../outbound-context.js';

/** Fits the content to the channel: native or numbered menus, text split at sentences. */
export const adaptStep: Middleware<OutboundContext> = async (ctx, next) => {
  ctx.parts = adaptContent(ctx.content, ctx.channel.capabilities);
  await next();
};
