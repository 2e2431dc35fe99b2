import { readFileSync } from 'node:fs';
import { createMemoryStore, ParleyError } from '@parley/core';
import { createFakeClock } from '@parley/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { commentChange, webhookDelivery } from '../testing/webhooks.js';
import {
  ACCOUNT,
  sentTexts,
  type WebhookHarness,
  webhookHarness,
} from '../webhooks/webhook-harness.test-support.js';
import type { CommentEvent } from './comment-to-dm.js';
import type { CommentRuleInput } from './rules.js';

const POST = '18012345678901234';
const OTHER_POST = '18099999999999999';

const priceRule: CommentRuleInput = {
  id: 'price',
  match: ['price', 'harga', /how much/i],
  publicReplies: ['Sent you a DM {username}!', 'Check your inbox {username} ✨'],
  dm: 'Hi {username}! Our batik starts at Rp 250.000. Want the catalogue?',
};

let h: WebhookHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function harness(
  rules: CommentRuleInput[],
  extra: Parameters<typeof webhookHarness>[0] = {},
) {
  h = await webhookHarness({
    ...extra,
    adapter: { commentRules: rules, ...extra.adapter },
  });
  return h;
}

describe('comment-to-DM over webhooks', () => {
  it('CH4: a matching comment gets a public reply and a private reply DM, recorded in its conversation', async () => {
    const h = await harness([priceRule]);
    const res = await h.comment({
      from: 'u1',
      username: 'dewi',
      text: 'Harga berapa kak?',
      commentId: 'c1',
    });
    expect(res.status).toBe(200);
    expect(h.graph.commentReplies).toEqual([
      { commentId: 'c1', text: 'Sent you a DM @dewi!', id: expect.any(String) },
    ]);
    expect(h.graph.sent).toEqual([
      expect.objectContaining({
        to: 'u1',
        commentId: 'c1',
        message: { text: 'Hi @dewi! Our batik starts at Rp 250.000. Want the catalogue?' },
      }),
    ]);
    // The private reply used the comment as recipient, not the (closed) DM thread.
    const call = h.graph.deliveries().find((r) => r.path.endsWith('/messages'));
    expect(call?.body).toMatchObject({ recipient: { comment_id: 'c1' } });
    // The comment opened a conversation like any message; the assistant stayed quiet.
    expect(h.received.map((m) => m.content)).toEqual([
      { type: 'comment', text: 'Harga berapa kak?', postId: POST, commentId: 'c1' },
    ]);
    expect(h.assistant.calls).toHaveLength(0);
    // No window is open for a commenter: no typing indicator is attempted.
    expect(h.graph.requests.filter((r) => r.body?.sender_action !== undefined)).toEqual([]);
    const [row] = (await h.desk.inbox.list()).items;
    expect(row?.conversation.lastMessage?.text).toMatch(/Rp 250\.000/);
    expect(h.errors).toEqual([]);
  });

  it('P-15, CH4: a duplicate comment delivery is answered once', async () => {
    const h = await harness([priceRule]);
    const input = { from: 'u1', username: 'dewi', text: 'price?', commentId: 'c1' };
    await h.comment(input);
    await h.comment(input);
    expect(h.graph.commentReplies).toHaveLength(1);
    expect(h.graph.sent).toHaveLength(1);
    expect(h.received).toHaveLength(1);
  });

  it('P-15, CH4: a commenter commenting twice on the same post gets one DM; another post is another DM', async () => {
    const h = await harness([priceRule]);
    await h.comment({ from: 'u1', text: 'price?', commentId: 'c1' });
    await h.comment({ from: 'u1', text: 'price again??', commentId: 'c2' });
    expect(h.graph.sent).toHaveLength(1);
    expect(h.graph.commentReplies).toHaveLength(1);
    // Both comments are in the conversation for operators to see.
    expect(h.received.map((m) => m.externalId)).toEqual(['c1', 'c2']);
    await h.comment({
      from: 'u1',
      text: 'price of this one?',
      commentId: 'c3',
      postId: OTHER_POST,
    });
    expect(h.graph.sent.map((s) => s.commentId)).toEqual(['c1', 'c3']);
    expect(h.assistant.calls).toHaveLength(0);
  });

  it("P-15, CH4: a comment older than 7 days (a late delivery) gets no reply and keeps the commenter's answer; it is kept in the inbox", async () => {
    const events: CommentEvent[] = [];
    const h = await harness([priceRule], { adapter: { onComment: (e) => events.push(e) } });
    const at = new Date(h.clock.now().getTime() - 8 * 86_400_000);
    h.graph.userCommented('u1', 'c-old', at);
    const res = await h.post(
      webhookDelivery(
        ACCOUNT,
        {
          changes: [
            commentChange({ postId: POST, from: 'u1', text: 'price?', commentId: 'c-old' }),
          ],
        },
        at,
      ),
    );
    expect(res.status).toBe(200);
    expect(h.graph.sent).toEqual([]);
    expect(h.graph.commentReplies).toEqual([]);
    expect(events.map((e) => e.result)).toEqual(['expired']);
    expect(h.received.map((m) => m.externalId)).toEqual(['c-old']);
    // A fresh comment from the same person is answered as usual.
    await h.comment({ from: 'u1', text: 'price?', commentId: 'c-new' });
    expect(h.graph.sent.map((s) => s.commentId)).toEqual(['c-new']);
  });

  it('CH4: public replies take turns through the list', async () => {
    const h = await harness([priceRule]);
    await h.comment({ from: 'u1', username: 'a', text: 'price', commentId: 'c1' });
    await h.comment({ from: 'u2', username: 'b', text: 'price', commentId: 'c2' });
    await h.comment({ from: 'u3', username: 'c', text: 'price', commentId: 'c3' });
    expect(h.graph.commentReplies.map((r) => r.text)).toEqual([
      'Sent you a DM @a!',
      'Check your inbox @b ✨',
      'Sent you a DM @c!',
    ]);
  });

  it('CH4: comments no rule takes, on other posts, or by the account itself are left alone', async () => {
    const h = await harness([{ ...priceRule, posts: [POST] }]);
    await h.comment({ from: 'u1', text: 'lovely colours', commentId: 'c1' });
    await h.comment({ from: 'u2', text: 'price?', commentId: 'c2', postId: OTHER_POST });
    await h.comment({ from: ACCOUNT, text: 'price list in bio', commentId: 'c3' });
    // "priceless" is not the keyword "price".
    await h.comment({ from: 'u3', text: 'priceless!', commentId: 'c4' });
    expect(h.received).toEqual([]);
    expect(h.graph.deliveries()).toEqual([]);
  });

  it("CH4: the account's own public reply coming back as a comment webhook is ignored", async () => {
    const h = await harness([{ ...priceRule, match: undefined }]);
    await h.comment({ from: 'u1', text: 'nice', commentId: 'c1' });
    const ownId = h.graph.commentReplies[0]!.id;
    await h.comment({ from: 'someone-scoped', text: 'Sent you a DM!', commentId: ownId });
    expect(h.received.map((m) => m.externalId)).toEqual(['c1']);
  });

  it('CH4: after the private reply, the commenter writing back opens the 24 h window and the assistant answers', async () => {
    const h = await harness([priceRule], {
      script: (i) => `assistant: ${i.turn[0]!.content.type}`,
    });
    await h.comment({ from: 'u1', text: 'price', commentId: 'c1' });
    const e = await h.desk.send({ channelId: 'ig', to: 'u1' }, 'one more?').catch((x) => x);
    expect(ParleyError.hasCode(e, 'REPLY_WINDOW_CLOSED')).toBe(true);
    await h.dm('u1', 'yes please');
    expect(sentTexts(h.graph, 'u1').at(-1)).toBe('assistant: text');
    expect(h.graph.sent.at(-1)).not.toHaveProperty('commentId');
    expect(h.assistant.calls).toHaveLength(1);
  });

  it('CH4: a rule with a DM only, and a rule with a public reply only', async () => {
    const h = await harness([
      { id: 'dm-only', match: 'catalogue', dm: 'Here is the catalogue: https://shop.example/c' },
      { id: 'reply-only', match: 'wow', publicReplies: ['Thank you!'] },
    ]);
    await h.comment({ from: 'u1', text: 'catalogue pls', commentId: 'c1' });
    await h.comment({ from: 'u2', text: 'wow', commentId: 'c2' });
    expect(h.graph.sent.map((s) => [s.to, s.message.text])).toEqual([
      ['u1', 'Here is the catalogue: https://shop.example/c'],
    ]);
    expect(h.graph.commentReplies.map((r) => [r.commentId, r.text])).toEqual([
      ['c2', 'Thank you!'],
    ]);
  });

  it('CH4: a failed public reply still lets the DM go out', async () => {
    const h = await harness([priceRule], { adapter: { maxRetries: 0 } });
    h.graph.failNext({ status: 400, error: { message: '(#100) comment is hidden', code: 100 } });
    await h.comment({ from: 'u1', text: 'price', commentId: 'c1' });
    expect(h.graph.commentReplies).toEqual([]);
    expect(h.graph.sent).toHaveLength(1);
    expect(h.warnings.join('\n')).toMatch(/public reply to a comment failed/);
  });

  it('CH4: unmatched comments can go to the assistant, which answers by private reply', async () => {
    const h = await harness([], {
      adapter: { unmatchedComments: 'assistant' },
      script: () => 'Thanks for the comment!',
    });
    await h.comment({ from: 'u1', text: 'lovely', commentId: 'c1' });
    expect(h.graph.sent).toEqual([
      expect.objectContaining({
        to: 'u1',
        commentId: 'c1',
        message: { text: 'Thanks for the comment!' },
      }),
    ]);
  });

  it('CH4: unmatched comments can be kept in the inbox unanswered', async () => {
    const h = await harness([priceRule], { adapter: { unmatchedComments: 'inbox' } });
    await h.comment({ from: 'u1', text: 'lovely colours', commentId: 'c1' });
    expect(h.received.map((m) => m.externalId)).toEqual(['c1']);
    expect(h.graph.deliveries()).toEqual([]);
    expect(h.assistant.calls).toHaveLength(0);
  });

  it('CH4: comment-to-DM runs without desk.use; onComment tells what it did, host middleware sees only what it passes on', async () => {
    const events: CommentEvent[] = [];
    const h = await harness([priceRule], {
      adapter: { unmatchedComments: 'assistant', onComment: (e) => events.push(e) },
    });
    const seen: unknown[] = [];
    h.desk.use(async (ctx, next) => {
      seen.push([ctx.inbound.externalId, ctx.state.instagramComment]);
      await next();
    });
    await h.comment({ from: 'u1', text: 'price', commentId: 'c1' });
    await h.comment({ from: 'u1', text: 'price?', commentId: 'c2' });
    await h.comment({ from: 'u2', text: 'lovely', commentId: 'c3' });
    expect(events).toEqual([
      {
        ruleId: 'price',
        result: 'answered',
        commentId: 'c1',
        postId: POST,
        from: 'u1',
        conversationId: expect.any(String),
      },
      expect.objectContaining({ ruleId: 'price', result: 'repeat', commentId: 'c2' }),
      expect.objectContaining({ result: 'unmatched', commentId: 'c3', from: 'u2' }),
    ]);
    // A comment a rule took ends its turn; an unmatched one goes on to the host and the assistant.
    expect(seen).toEqual([['c3', { result: 'unmatched' }]]);
    expect(h.graph.sent.map((m) => m.commentId)).toEqual(['c1', 'c3']);
  });

  it('CH4: a throwing onComment is logged and the commenter still gets the answer', async () => {
    const h = await harness([priceRule], {
      adapter: {
        onComment: () => {
          throw new Error('analytics down');
        },
      },
    });
    await h.comment({ from: 'u1', text: 'price', commentId: 'c1' });
    expect(h.graph.sent).toHaveLength(1);
    expect(h.warnings.join('\n')).toMatch(/onComment threw/);
  });

  it('CH4: two processes on one store answer one commenter once, however their comments race', async () => {
    const clock = createFakeClock();
    const store = createMemoryStore({ clock });
    const adapter = { commentRules: [priceRule] };
    const a = await webhookHarness({ clock, store, adapter });
    const b = await webhookHarness({ clock, store, graph: a.graph, adapter });
    try {
      await Promise.all([
        a.comment({ from: 'u1', text: 'price?', commentId: 'c1' }),
        b.comment({ from: 'u1', text: 'price please', commentId: 'c2' }),
        a.comment({ from: 'u2', text: 'harga?', commentId: 'c3' }),
        b.comment({ from: 'u2', text: 'harga kak', commentId: 'c4' }),
      ]);
      expect(a.graph.sent.map((m) => m.to).sort()).toEqual(['u1', 'u2']);
      expect(a.graph.commentReplies).toHaveLength(2);
      expect([...a.errors, ...b.errors]).toEqual([]);
    } finally {
      await b.close();
      await a.close();
    }
  });

  it('CH4: rules can be replaced at run time and are validated', async () => {
    const h = await harness([]);
    await h.comment({ from: 'u1', text: 'price', commentId: 'c1' });
    expect(h.received).toEqual([]);
    h.adapter.setCommentRules([priceRule]);
    await h.comment({ from: 'u2', text: 'price', commentId: 'c2' });
    expect(h.graph.sent).toHaveLength(1);
    expect(() => h.adapter.setCommentRules([{ id: 'x' }])).toThrow(/dm`, `publicReplies` or `quiz/);
  });
});

describe('comment-to-DM quiz', () => {
  const quiz: CommentRuleInput = {
    id: 'quiz-jan',
    posts: [POST],
    quiz: {
      answers: ['yogyakarta', 'jogja'],
      right: { dm: 'Correct {username}! Your voucher: BATIK10', publicReplies: ['Correct! 🎉'] },
      wrong: { dm: 'Not quite, {username}. Better luck next quiz!', publicReplies: ['Nice try!'] },
    },
  };

  it('CH4: the quiz checks the answer in the comment and replies right or wrong', async () => {
    const h = await harness([quiz]);
    await h.comment({ from: 'u1', username: 'ayu', text: 'Jogja dong!', commentId: 'c1' });
    await h.comment({ from: 'u2', username: 'budi', text: 'Solo', commentId: 'c2' });
    expect(sentTexts(h.graph, 'u1')).toEqual(['Correct @ayu! Your voucher: BATIK10']);
    expect(sentTexts(h.graph, 'u2')).toEqual(['Not quite, @budi. Better luck next quiz!']);
    expect(h.graph.commentReplies.map((r) => r.text)).toEqual(['Correct! 🎉', 'Nice try!']);
  });

  it('CH4: a commenter answers the quiz once: a second try gets nothing', async () => {
    const h = await harness([quiz]);
    await h.comment({ from: 'u2', text: 'Solo', commentId: 'c1' });
    await h.comment({ from: 'u2', text: 'Yogyakarta!', commentId: 'c2' });
    expect(sentTexts(h.graph, 'u2')).toEqual(['Not quite. Better luck next quiz!']);
    expect(h.graph.commentReplies).toHaveLength(1);
  });

  it('CH4: a comment quiz answer arriving through a fixture is judged', async () => {
    const h = await harness([
      { ...quiz, posts: 'all', quiz: { ...quiz.quiz!, answers: [/\bprice\b/i] } },
    ]);
    const raw = readFileSync(
      new URL('../__fixtures__/webhooks/comments.json', import.meta.url),
      'utf8',
    );
    h.graph.userCommented('6729384756102938', '17865799348089039', h.clock.now());
    expect((await h.post(raw)).status).toBe(200);
    expect(sentTexts(h.graph, '6729384756102938')).toEqual([
      'Correct @dewi.sartika! Your voucher: BATIK10',
    ]);
  });
});
