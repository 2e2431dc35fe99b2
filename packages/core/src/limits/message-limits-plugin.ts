import { type DeskRuntime, tenantConfig } from '../desk/runtime.js';
import { ParleyError } from '../errors.js';
import type { DeskPlugin, PluginApi } from '../plugins/plugin.js';
import { serviceKey } from '../plugins/service-key.js';
import { parseOrThrow } from '../util/zod-error.js';
import type { LimitCounter } from './counter.js';
import {
  type MessageLimitsConfig,
  type MessageLimitsLookup,
  type MessageLimitsOptions,
  messageLimitsSchema,
} from './message-limits-schema.js';
import { quotaStep } from './tenant-quota.js';

/** The desk's `LimitCounter` (message limits, inbound rate, pacing), as a service. */
export const limitCounterKey = serviceKey<LimitCounter>('limit-counter');

/**
 * Message limits per tenant (PL1) as a desk plug-in:
 * `createDesk({ plugins: [messageLimits({ daily: 1000, timeZone: 'America/Sao_Paulo' })] })`,
 * or a lookup `(tenantId) => limits` for plans loaded at runtime. Its outbound middleware
 * holds automated messages back past a limit and emits `limit.reached`; the desk's
 * listener hands an assistant's conversation to humans. Counts are the desk's
 * `LimitCounter` (`limitCounterKey`). `createDesk({ messageLimits })` and a tenant's
 * `messageLimits` install it for you.
 */
export function messageLimits(limits: MessageLimitsOptions | MessageLimitsLookup): DeskPlugin {
  const fixed =
    typeof limits === 'function'
      ? undefined
      : parseOrThrow(messageLimitsSchema, limits, 'messageLimits()');
  let api: PluginApi | undefined;
  const ready = (): PluginApi => {
    if (!api)
      throw new ParleyError(
        'CONFIG_INVALID',
        'messageLimits(): the plug-in is not installed yet; pass it to createDesk({ plugins }).',
      );
    return api;
  };
  return {
    id: 'message-limits',
    outbound: [
      quotaStep({
        counter: () => ready().use(limitCounterKey)!,
        clock: () => ready().clock,
        async limitsOf(tenantId): Promise<MessageLimitsConfig | undefined> {
          if (typeof limits !== 'function') return fixed;
          const found = await limits(tenantId);
          return found && parseOrThrow(messageLimitsSchema, found, `messageLimits("${tenantId}")`);
        },
        reached: (event) => ready().emit('limit.reached', event),
      }),
    ],
    init(a) {
      api = a;
    },
  };
}

/**
 * The limits a desk was configured with (`createDesk({ messageLimits })`, a tenant's
 * `messageLimits`) as the `messageLimits` plug-in, first in line so limits run right
 * after suppression, as before. None when no limits are configured or the host installs
 * `messageLimits()` itself.
 */
export function configuredLimits(
  rt: DeskRuntime,
  plugins: ReadonlyArray<DeskPlugin>,
): DeskPlugin[] {
  const own = plugins.some((p) => p?.id === 'message-limits');
  if (own && rt.config.messageLimits !== undefined)
    throw new ParleyError(
      'CONFIG_INVALID',
      'messageLimits: give the limits once, either createDesk({ messageLimits }) or the messageLimits() plug-in.',
    );
  const desk = rt.config.messageLimits;
  // Tenants are declared at creation: without limits anywhere, no middleware at all.
  const any = desk !== undefined || [...rt.tenants.values()].some((t) => t.messageLimits);
  if (own || !any) return [];
  return [
    messageLimits(
      (tenantId) =>
        tenantConfig(rt, tenantId).messageLimits ??
        (typeof desk === 'function' ? desk(tenantId) : desk),
    ),
  ];
}
