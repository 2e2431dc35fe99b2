import type { MessagingEvent } from './payload.js';

/** Events that change what the inbox shows without being a new message. */
export type ThreadEvent =
  | { kind: 'edit'; mid: string; text: string }
  | { kind: 'read'; from: string; mid: string }
  | {
      kind: 'handover';
      from: string;
      action: 'pass' | 'take';
      newOwnerAppId?: string;
      previousOwnerAppId?: string;
    };

/**
 * A customer's edit (`message_edit`), a read receipt (`messaging_seen`) or a handover
 * (`messaging_handovers`); undefined for anything else.
 */
export function threadEventOf(e: MessagingEvent): ThreadEvent | undefined {
  if (e.message_edit) {
    return { kind: 'edit', mid: e.message_edit.mid, text: e.message_edit.text };
  }
  if (e.read?.mid) return { kind: 'read', from: e.sender.id, mid: e.read.mid };
  const control = e.pass_thread_control ?? e.take_thread_control;
  if (control) {
    return {
      kind: 'handover',
      from: e.sender.id,
      action: e.pass_thread_control ? 'pass' : 'take',
      ...(control.new_owner_app_id && { newOwnerAppId: control.new_owner_app_id }),
      ...(control.previous_owner_app_id && { previousOwnerAppId: control.previous_owner_app_id }),
    };
  }
  return undefined;
}
