import { expect } from 'vitest';
import { ParleyError } from '../src/errors.js';
import type { DeskEvents } from '../src/events.js';
import type { Conversation } from '../src/model/records.js';
import type { TestDesk } from '../src/testing/index.js';

/** The newest conversation with this customer address. */
export async function conversationOf(t: TestDesk, address: string): Promise<Conversation> {
  const { items } = await t.desk.inbox.list({ limit: 200 });
  const found = items.find((r) => r.conversation.contactAddress === address);
  if (!found) throw new Error(`no conversation with ${address}`);
  return found.conversation;
}

/** Every `conversation.routed` event, in order. */
export function recordRoutes(t: TestDesk): Array<DeskEvents['conversation.routed']> {
  const routes: Array<DeskEvents['conversation.routed']> = [];
  t.desk.on('conversation.routed', (e) => {
    routes.push(e);
  });
  return routes;
}

export function deferred() {
  let release!: () => void;
  const promise = new Promise<void>((r) => {
    release = r;
  });
  return { promise, release };
}

/** Asserts `make` throws CONFIG_INVALID with a message matching `message` (the field's path). */
export function expectConfigError(make: () => unknown, message: RegExp): void {
  try {
    make();
  } catch (e) {
    expect(ParleyError.hasCode(e, 'CONFIG_INVALID')).toBe(true);
    expect((e as Error).message).toMatch(message);
    return;
  }
  expect.unreachable('should have thrown CONFIG_INVALID');
}

/** The same intervals Monday to Friday, as business hours `weekly` takes them. */
export function weekdays(...intervals: string[]) {
  return { mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals };
}
