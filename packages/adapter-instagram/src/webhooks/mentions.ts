import type { GraphApi } from '../graph/graph-api.js';

/**
 * Someone @mentioned the account in a comment or a caption (`mentions` field). Meta's
 * notification names only the media and comment; the text and the author's username
 * are looked up. There is no Instagram-scoped id, so a mention opens no conversation:
 * it goes to `onMention`, and a public answer goes through the comment on their post.
 */
export interface InstagramMention {
  mediaId: string;
  /** Set when the mention is in a comment (else it is in the post's caption). */
  commentId?: string;
  text?: string;
  username?: string;
  at: Date;
}

interface MentionedComment {
  mentioned_comment?: { text?: string; username?: string };
  mentioned_media?: { caption?: string; username?: string };
}

/** The mention with its text and author, as far as the Graph API tells; never fatal. */
export async function lookUpMention(
  graph: GraphApi,
  accountId: string,
  mention: Omit<InstagramMention, 'text' | 'username'>,
  signal: AbortSignal,
): Promise<InstagramMention> {
  const fields = mention.commentId
    ? `mentioned_comment.comment_id(${mention.commentId}){text,username,timestamp}`
    : `mentioned_media.media_id(${mention.mediaId}){caption,username,timestamp}`;
  try {
    const found = await graph.get<MentionedComment>(
      `${accountId}?fields=${encodeURIComponent(fields)}`,
      'the mention lookup',
      signal,
    );
    const text = found.mentioned_comment?.text ?? found.mentioned_media?.caption;
    const username = found.mentioned_comment?.username ?? found.mentioned_media?.username;
    return {
      ...mention,
      ...(text !== undefined && { text }),
      ...(username !== undefined && { username }),
    };
  } catch {
    return mention;
  }
}
