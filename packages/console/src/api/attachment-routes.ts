import type { MessageContent } from '@parley/core';
import { CHAT_ATTACHMENT_TYPES } from '@parley/core/internal';
import { fileTypeFromBuffer } from 'file-type';
import { z } from 'zod';
import { readBody } from '../http/body.js';
import { ConsoleRefusal } from '../http/respond.js';
import type { Route } from '../http/route.js';

/** What operators may send, recognised by the bytes (never the name or the browser's type). */
export const ATTACHMENT_TYPES = CHAT_ATTACHMENT_TYPES;

const conv = (rest: string) => new RegExp(`^/api/conversations/([^/]+)/${rest}$`);

/**
 * Operators send images and PDFs (a JSON body with the file in base64, so the CSRF and
 * same-origin checks of every change apply), and read the files of their tenant's
 * conversations: bytes kept in the store, or a channel's own link through `readMedia`.
 */
export const attachmentRoutes: Route[] = [
  {
    method: 'POST',
    path: conv('attachment'),
    async run(ctx) {
      const max = ctx.config.maxUploadBytes;
      const body = await readBody(
        ctx.request,
        z.object({
          name: z.string().min(1).max(200),
          data: z.string().min(1),
          caption: z.string().max(1000).optional(),
        }),
        'attachment',
        Math.ceil((max * 4) / 3) + 4_096,
      );
      const bytes = new Uint8Array(Buffer.from(body.data, 'base64'));
      if (bytes.length === 0) throw new ConsoleRefusal(400, 'INPUT_INVALID', 'The file is empty.');
      if (bytes.length > max)
        throw new ConsoleRefusal(
          413,
          'TOO_LARGE',
          `The file is over ${Math.round(max / 1048576)} MB; send a smaller one.`,
        );
      const mimeType = (await fileTypeFromBuffer(bytes))?.mime;
      if (!mimeType || !(ATTACHMENT_TYPES as readonly string[]).includes(mimeType))
        throw new ConsoleRefusal(
          415,
          'INPUT_INVALID',
          `This file is ${mimeType ?? 'of an unknown type'}; send an image (PNG, JPEG, GIF, WebP) or a PDF.`,
        );
      const content: MessageContent = {
        type: 'media',
        kind: mimeType.startsWith('image/') ? 'image' : 'document',
        data: bytes,
        mimeType,
        fileName: body.name,
        ...(body.caption && { caption: body.caption }),
      };
      const sent = await ctx.tenant.inbox.reply(ctx.params[0]!, content, {
        operatorId: ctx.operator.id,
      });
      return { sent: sent.length };
    },
  },
  {
    method: 'GET',
    path: conv('media/([^/]+)'),
    async run(ctx) {
      const [cid, mid] = ctx.params as [string, string];
      // `get` refuses a conversation of another tenant.
      await ctx.tenant.inbox.get(cid);
      const message = (await ctx.tenant.inbox.messages(cid, { limit: 1_000 })).find(
        (m) => m.id === mid,
      );
      const c = message?.content;
      if (c?.type !== 'media') throw new ConsoleRefusal(404, 'NOT_FOUND', 'No such file.');
      const file =
        c.data !== undefined
          ? { mimeType: c.mimeType ?? 'application/octet-stream', data: c.data }
          : c.url && ctx.config.readMedia
            ? await ctx.config.readMedia(c.url)
            : undefined;
      if (!file)
        throw new ConsoleRefusal(404, 'NOT_FOUND', 'The file is gone or not readable here.');
      // Only types checked on the way in are served as themselves; anything else downloads.
      const known = (ATTACHMENT_TYPES as readonly string[]).includes(file.mimeType);
      // Images show in the chat; a PDF downloads (a sandboxed page would block the viewer).
      const inline = known && file.mimeType.startsWith('image/');
      const name = (c.fileName ?? 'file').replace(/[^\w.-]+/g, '_');
      return new Response(new Uint8Array(file.data), {
        headers: {
          'content-type': known ? file.mimeType : 'application/octet-stream',
          'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${name}"`,
          'x-content-type-options': 'nosniff',
          'content-security-policy': "sandbox; default-src 'none'",
          'cache-control': 'private, max-age=3600',
        },
      });
    },
  },
];
