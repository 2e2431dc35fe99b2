// Next.js App Router: app/api/parley/[...path]/route.ts. A route handler already takes a
// Web Request and returns a Response, so it forwards to the channel as is. The desk is a
// long-running object (timers, sockets): `next start` on a Node server keeps it alive
// between requests; on serverless, run Parley as its own service (docs/mounting.md).
import { parley } from '../../../../lib/parley.js';

export const runtime = 'nodejs'; // not the edge runtime: Parley needs Node APIs
export const dynamic = 'force-dynamic';

async function handle(request: Request): Promise<Response> {
  return (await parley()).api.fetch(request);
}

export const GET = handle;
export const POST = handle;
export const PUT = handle;
export const PATCH = handle;
export const DELETE = handle;
