import { instagram } from '@parley/adapter-instagram';
import {
  commentChange,
  createFakeGraph,
  directMessageEvent,
  signedWebhookRequest,
  webhookDelivery,
} from '@parley/adapter-instagram/testing';
import { buildDesk } from './build-desk.js';
import { commentRules } from './rules.js';

const ACCOUNT = '17841400000000001';
const PROMO_POST = '18012345678901234';
const QUIZ_POST = '18031234567890123';

/**
 * The whole flow offline: a loopback stand-in for the Graph API, and Meta-style
 * signed webhooks posted to the adapter's handler. Returns what happened, in order.
 */
export async function runDemo(): Promise<string[]> {
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);
  const secrets = {
    accessToken: 'demo-token',
    appSecret: 'demo-secret',
    verifyToken: 'demo-verify',
  };
  const graph = await createFakeGraph({ accountId: ACCOUNT, accessToken: secrets.accessToken });
  const adapter = instagram({
    transport: 'webhooks',
    accountId: ACCOUNT,
    graphUrl: graph.url,
    commentRules,
    ...secrets,
  });
  const desk = buildDesk(adapter, { log });
  await desk.start();
  const hook = 'http://localhost/instagram/webhook';
  // The webhook answers once a message is recorded; the demo waits for each answer so
  // its transcript reads in order.
  const post = async (payload: unknown) => {
    const response = await adapter.fetch(signedWebhookRequest(hook, secrets.appSecret, payload));
    await desk.idle();
    return response;
  };

  const comment = async (from: string, username: string, postId: string, text: string) => {
    const commentId = `178${Math.floor(Math.random() * 1e12)}`;
    graph.userCommented(from, commentId, new Date());
    log(
      `@${username} comments on ${postId === QUIZ_POST ? 'the quiz' : 'the promo post'}: "${text}"`,
    );
    await post(
      webhookDelivery(ACCOUNT, {
        changes: [commentChange({ commentId, postId, from, username, text })],
      }),
    );
  };
  const dm = async (from: string, username: string, text: string) => {
    graph.userWrote(from, new Date());
    log(`@${username} writes a DM: "${text}"`);
    await post(
      webhookDelivery(ACCOUNT, { messaging: [directMessageEvent(ACCOUNT, { from, text })] }),
    );
  };

  try {
    await comment('6729384756102938', 'dewi.sartika', PROMO_POST, 'PROMO please!');
    await comment('6729384756102938', 'dewi.sartika', PROMO_POST, 'promo?? 🙏');
    await comment('6729384756102939', 'budi', QUIZ_POST, 'Solo!');
    await comment('6729384756102940', 'ayu', QUIZ_POST, 'Jogja kayaknya');
    await dm('6729384756102938', 'dewi.sartika', 'Yes, the catalogue please');
    for (const reply of graph.commentReplies)
      log(`public reply under ${reply.commentId}: "${reply.text}"`);
    log(
      `Graph API calls: ${graph.sent.length} DMs (${graph.sent.filter((s) => s.commentId).length} private replies), ${graph.commentReplies.length} public replies`,
    );
  } finally {
    await desk.stop();
    await graph.close();
  }
  return lines;
}
