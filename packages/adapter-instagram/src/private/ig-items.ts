import type { MessageContent, Referral } from '@parley/core';
import type { PrivateDirectItem, PrivateThread, PrivateUser } from './client.js';

// Shapes of the private API's JSON, as far as Parley reads them. Ids may arrive as
// numbers or (big ones) as strings, so every id goes through String().

export interface RawUser {
  pk: number | string;
  username: string;
  full_name?: string;
}

export interface RawItem {
  item_id: string | number;
  user_id: number | string;
  /** Microseconds since the epoch. */
  timestamp: string | number;
  item_type: string;
  text?: string;
  like?: string;
  link?: { text?: string };
  reel_share?: { text?: string; type?: string };
  media?: {
    media_type?: number;
    image_versions2?: { candidates?: Array<{ url: string }> };
    video_versions?: Array<{ url: string }>;
  };
  voice_media?: { media?: { audio?: { audio_src?: string } } };
  animated_media?: { images?: { fixed_height?: { url?: string } } };
}

export interface RawThread {
  thread_id: string;
  users: RawUser[];
  items: RawItem[];
  last_activity_at: string | number;
  has_older?: boolean;
  oldest_cursor?: string;
  is_group?: boolean;
}

export function toUser(u: RawUser): PrivateUser {
  return {
    id: String(u.pk),
    username: u.username,
    ...(u.full_name ? { fullName: u.full_name } : {}),
  };
}

/** Instagram direct timestamps are microseconds, often beyond 2^53 as strings. */
export function microsToDate(value: string | number): Date {
  const micros = typeof value === 'string' ? BigInt(value) : BigInt(Math.trunc(value));
  return new Date(Number(micros / 1000n));
}

function itemContent(item: RawItem): { content?: MessageContent; referral?: Referral } {
  switch (item.item_type) {
    case 'text':
      return item.text ? { content: { type: 'text', text: item.text } } : {};
    case 'link':
      return item.link?.text ? { content: { type: 'text', text: item.link.text } } : {};
    case 'like':
      return { content: { type: 'text', text: item.like || '❤️' } };
    case 'media': {
      const video = item.media?.video_versions?.[0]?.url;
      const image = item.media?.image_versions2?.candidates?.[0]?.url;
      if (item.media?.media_type === 2 && video)
        return { content: { type: 'media', kind: 'video', url: video } };
      if (image) return { content: { type: 'media', kind: 'image', url: image } };
      return { content: { type: 'unsupported', description: 'Instagram media without a URL' } };
    }
    case 'voice_media': {
      const url = item.voice_media?.media?.audio?.audio_src;
      return url
        ? { content: { type: 'media', kind: 'audio', url } }
        : { content: { type: 'unsupported', description: 'Instagram voice message' } };
    }
    case 'animated_media': {
      const url = item.animated_media?.images?.fixed_height?.url;
      return url
        ? { content: { type: 'media', kind: 'image', url, mimeType: 'image/gif' } }
        : { content: { type: 'unsupported', description: 'Instagram GIF' } };
    }
    case 'reel_share': {
      const referral = { source: 'instagram_story_reply' };
      return item.reel_share?.text
        ? { content: { type: 'text', text: item.reel_share.text }, referral }
        : { content: { type: 'unsupported', description: 'Instagram story reaction' }, referral };
    }
    case 'action_log':
    case 'placeholder':
      return {};
    default:
      return { content: { type: 'unsupported', description: `Instagram ${item.item_type}` } };
  }
}

export function toItem(item: RawItem): PrivateDirectItem {
  const { content, referral } = itemContent(item);
  return {
    id: String(item.item_id),
    userId: String(item.user_id),
    at: microsToDate(item.timestamp),
    ...(content !== undefined && { content }),
    ...(referral !== undefined && { referral }),
  };
}

export function toThread(t: RawThread): PrivateThread {
  return {
    id: String(t.thread_id),
    users: t.users.map(toUser),
    lastActivityAt: microsToDate(t.last_activity_at),
    items: t.items.map(toItem),
    ...(t.has_older && t.oldest_cursor ? { olderCursor: t.oldest_cursor } : {}),
  };
}
