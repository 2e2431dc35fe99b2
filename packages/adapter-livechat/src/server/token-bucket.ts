import type { Clock } from '@parley/core';

/** A refill rate: `burst` tokens at most, `perSecond` added back each second. */
export interface Rate {
  burst: number;
  perSecond: number;
}

/** A token bucket on the injected clock: `take()` is false when the rate is exceeded. */
export interface TokenBucket {
  take(): boolean;
  /** True when the bucket has refilled completely (safe to forget). */
  full(): boolean;
}

export function tokenBucket(rate: Rate, clock: Clock): TokenBucket {
  let tokens = rate.burst;
  let at = clock.now().getTime();
  const refill = () => {
    const now = clock.now().getTime();
    tokens = Math.min(rate.burst, tokens + ((now - at) / 1000) * rate.perSecond);
    at = now;
  };
  return {
    take() {
      refill();
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
    full() {
      refill();
      return tokens >= rate.burst;
    },
  };
}
