import { ParleyError } from '@parley/core';

// `noun.verb` style: segments of [A-Za-z0-9_] joined by dots (the Standard Webhooks advice).
const typeShape = /^[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*$/;
const filterShape = /^(?:\*|(?:[A-Za-z0-9_]+\.)*(?:[A-Za-z0-9_]+|\*))$/;

export function isEventType(type: string): boolean {
  return typeShape.test(type);
}

export function isTypeFilter(filter: string): boolean {
  return filterShape.test(filter);
}

export function assertEventType(type: string): void {
  if (typeof type !== 'string' || !typeShape.test(type)) {
    throw new ParleyError(
      'INPUT_INVALID',
      `Event type ${JSON.stringify(type)} is not valid: use dot-separated names of letters, digits and _ (e.g. \`message.sent\`).`,
    );
  }
}

/**
 * True when `type` is subscribed by `filters`: `*` takes everything, `message.*` every
 * type under `message.` (at any depth), anything else must be equal.
 */
export function matchesType(filters: readonly string[], type: string): boolean {
  for (const filter of filters) {
    if (filter === '*' || filter === type) return true;
    if (filter.endsWith('.*') && type.startsWith(filter.slice(0, -1))) return true;
  }
  return false;
}
