import type { ChannelContext } from '@parley/core';
import type { ContactBook } from '../contact-book.js';
import { checkIdentity, IDENTITY_HEADER } from '../identity.js';
import type { ApiChannelConfig } from '../options.js';
import { contactRoutes } from '../routes/contacts.js';
import { conversationRoutes } from '../routes/conversations.js';
import type { Route } from '../routes/route.js';
import { contactIdShape, validate } from '../schemas.js';
import { readJson } from './body.js';
import { fingerprintOf, idempotencyKeyOf, idempotent } from './idempotency.js';
import { createTokenCheck, type TokenCheck } from './inbox-token.js';
import { ApiRefusal, json, refusalResponse, refuse } from './respond.js';
import { matchRoute } from './router.js';

const routes: Route[] = [...contactRoutes, ...conversationRoutes];

/**
 * The channel's `fetch`: every check in order — started, inbox token (401), route
 * (404/405), body size and JSON (413/415/400), fields (422), identity (403),
 * idempotency (409 / replay) — then the route. Refusals answer
 * `{ "error": reason, "message": how to fix it }`.
 */
export function createHandler(
  config: ApiChannelConfig,
  context: () => { ctx: ChannelContext; book: ContactBook } | undefined,
): ((request: Request) => Promise<Response>) & { checkToken: TokenCheck } {
  const checkToken = createTokenCheck(
    config.inboxToken,
    () => context()?.ctx.clock.now().getTime() ?? Date.now(),
  );
  const policy = {
    required: config.requireIdentity,
    ...(config.identitySecret !== undefined && { secret: config.identitySecret }),
  };

  async function handle(request: Request): Promise<Response> {
    const running = context();
    if (!running) {
      refuse(
        503,
        'channel_not_started',
        'The API channel is not started: add it to a desk and await desk.start().',
        { headers: { 'retry-after': '5' } },
      );
    }
    const { ctx, book } = running;
    checkToken(request);
    const url = new URL(request.url);
    const route = matchRoute(routes, config.basePath, request.method, url.pathname);
    const idempotencyKey = route.method === 'GET' ? undefined : idempotencyKeyOf(request);
    const raw = route.endpoint.schema ? await readJson(request, config.maxBodyBytes) : undefined;
    const body = route.endpoint.schema ? validate(route.endpoint.schema, raw) : undefined;

    const contactId = route.params.contactId ?? (body as { id?: string } | undefined)?.id;
    let verified = false;
    let contact: Awaited<ReturnType<ContactBook['get']>>;
    if (contactId === undefined) {
      // Only contact creation gets here: the id will be generated, so nothing can vouch for it.
      if (config.requireIdentity || request.headers.has(IDENTITY_HEADER)) {
        refuse(
          422,
          'invalid_field',
          'id: give the contact id (your user id) so Identifier-Hash can be checked against it.',
          { issues: [{ path: 'id', message: 'required with identity validation' }] },
        );
      }
    } else {
      contact = contactIdShape.test(contactId) ? await book.get(contactId) : undefined;
      verified = checkIdentity(policy, request, contactId, contact?.verified ?? false);
      if (verified && contact && !contact.verified) {
        // Proven once: from now on this contact needs its hash (CH7).
        contact = { ...contact, verified: true };
        await book.save(contact);
      }
    }

    const run = () =>
      route.endpoint.handle({
        ctx,
        config,
        book,
        url,
        params: route.params,
        body,
        contact,
        verified,
        idempotencyKey,
      });
    if (idempotencyKey === undefined) return run();
    const fingerprint = fingerprintOf(route.method, url.pathname, raw);
    return idempotent(ctx, idempotencyKey, fingerprint, config.idempotencyTtlMs, run);
  }

  const apiChannelFetch = async (request: Request): Promise<Response> => {
    try {
      return await handle(request);
    } catch (error) {
      if (error instanceof ApiRefusal) return refusalResponse(error);
      context()?.ctx.logger.error('api channel: request failed', { error });
      return json(
        {
          error: 'internal_error',
          message: 'The API channel failed to handle the request; retry later.',
        },
        500,
      );
    }
  };
  return Object.assign(apiChannelFetch, { checkToken });
}
