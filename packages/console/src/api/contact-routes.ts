import { z } from 'zod';
import { readBody } from '../http/body.js';
import type { Route } from '../http/route.js';

const text = (what: string, max: number) => z.string().trim().min(1, `${what} is empty`).max(max);
const contact = (action: string) => new RegExp(`^/api/contacts/([^/]+)/${action}$`);

/** Contact panel routes (IN2): rename, notes, contact labels. */
export const contactRoutes: Route[] = [
  {
    method: 'POST',
    path: contact('name'),
    async run(ctx) {
      const { name } = await readBody(
        ctx.request,
        z.object({ name: text('The name', 200) }),
        'name',
      );
      return { name: (await ctx.tenant.contacts.rename(ctx.params[0]!, name)).name };
    },
  },
  {
    method: 'POST',
    path: contact('notes'),
    async run(ctx) {
      const { text: note } = await readBody(
        ctx.request,
        z.object({ text: text('The note', 5000) }),
        'note',
      );
      return {
        note: await ctx.tenant.contacts.addNote(ctx.params[0]!, note, {
          author: ctx.operator.name,
        }),
      };
    },
  },
  {
    method: 'POST',
    path: contact('labels'),
    async run(ctx) {
      const { label } = await readBody(
        ctx.request,
        z.object({ label: text('The label', 64) }),
        'label',
      );
      return { labels: (await ctx.tenant.contacts.addLabel(ctx.params[0]!, label)).labels };
    },
  },
  {
    method: 'DELETE',
    path: /^\/api\/contacts\/([^/]+)\/labels\/([^/]+)$/,
    run: async (ctx) => ({
      labels: (await ctx.tenant.contacts.removeLabel(ctx.params[0]!, ctx.params[1]!)).labels,
    }),
  },
];
