import { ParleyError } from '@parley/core';

/** What every entry point throws when the channel is used before `desk.start()`. */
export function notStarted(): ParleyError {
  return new ParleyError(
    'CHANNEL_UNAVAILABLE',
    'The Instagram channel is not started; call `await desk.start()` first.',
  );
}
