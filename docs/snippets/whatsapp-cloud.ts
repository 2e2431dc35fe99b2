// Prelude of @parley/adapter-whatsapp's README "Cloud API" snippet: a Hono app to mount
// the webhook on, and a desk to send from.
import { createDesk } from '@parley/core';
import { Hono } from 'hono';

export const app = new Hono();
export const desk = createDesk({});
