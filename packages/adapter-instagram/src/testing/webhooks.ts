import { signMetaBody as signBody } from '@parley/core/internal';

let seq = 0;

/** A delivery as Meta sends it: `{ object: 'instagram', entry: [...] }` for one account. */
export function webhookDelivery(
  accountId: string,
  parts: { messaging?: unknown[]; changes?: unknown[] },
  at: Date = new Date(),
): Record<string, unknown> {
  return {
    object: 'instagram',
    entry: [{ id: accountId, time: at.getTime(), ...parts }],
  };
}

/** `entry[].messaging[]` element of a customer's text DM (or a quick-reply tap). */
export function directMessageEvent(
  accountId: string,
  input: { from: string; text: string; mid?: string; at?: Date; quickReplyPayload?: string },
): Record<string, unknown> {
  return {
    sender: { id: input.from },
    recipient: { id: accountId },
    timestamp: (input.at ?? new Date()).getTime(),
    message: {
      mid: input.mid ?? `aWdfZAG1faXRlbTox${++seq}`,
      text: input.text,
      ...(input.quickReplyPayload !== undefined && {
        quick_reply: { payload: input.quickReplyPayload },
      }),
    },
  };
}

/** `entry[].changes[]` element of a comment on one of the account's posts. */
export function commentChange(input: {
  commentId: string;
  postId: string;
  from: string;
  username?: string;
  text: string;
}): Record<string, unknown> {
  return {
    field: 'comments',
    value: {
      id: input.commentId,
      from: { id: input.from, ...(input.username !== undefined && { username: input.username }) },
      media: { id: input.postId, media_product_type: 'FEED' },
      text: input.text,
    },
  };
}

/** A POST to the webhook URL, signed with the app secret the way Meta signs it. */
export function signedWebhookRequest(
  url: string,
  appSecret: string,
  payload: unknown,
  options: { signature?: string } = {},
): Request {
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  return new Request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-hub-signature-256': options.signature ?? signBody(appSecret, body),
    },
    body,
  });
}
