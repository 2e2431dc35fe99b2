// Fastify 5: Parley's routes live in their own plugin whose content-type parser leaves
// the body unread, so the channel gets the raw bytes (signatures are over them); the
// handler hijacks the reply and @hono/node-server answers on the raw Node objects.
import { getRequestListener } from '@hono/node-server';
import { widgetScript } from '@parley/adapter-livechat';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Parley } from './parley.js';

export async function fastifyApp(parley: Parley): Promise<FastifyInstance> {
  const app = Fastify();
  const toParley = getRequestListener((request) => parley.api.fetch(request));
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    scope.all('/parley/api/*', async (request, reply) => {
      reply.hijack();
      await toParley(request.raw, reply.raw);
    });
  });
  // `request.url` keeps `?part=`: the widget loads its forms and languages from here too.
  app.get('/widget.js', async (request, reply) =>
    reply.type('text/javascript').send(await widgetScript(request.url)),
  );
  // Your own routes keep Fastify's JSON parsing.
  app.post('/orders', async (request, reply) => reply.code(201).send({ received: request.body }));
  // The live-chat socket on Fastify's node:http server (ws at /parley/livechat).
  parley.chat.attach(app.server);
  return app;
}
