import type { Method, Route, RouteMethod } from '../routes/route.js';
import { refuse } from './respond.js';

export interface RouteMatch {
  method: Method;
  endpoint: RouteMethod;
  params: Record<string, string>;
}

/** Finds the route of `pathname` (below `basePath`); 404 or 405 with the way out. */
export function matchRoute(
  routes: readonly Route[],
  basePath: string,
  method: string,
  pathname: string,
): RouteMatch {
  const rest = below(basePath, pathname);
  const segments = rest === undefined ? undefined : rest.split('/').filter((s) => s !== '');
  for (const route of segments ? routes : []) {
    const params = matchPath(route.path, segments!);
    if (!params) continue;
    const endpoint = route.methods[method as Method];
    if (!endpoint) {
      const allow = Object.keys(route.methods).join(', ');
      refuse(405, 'method_not_allowed', `${method} is not allowed on ${pathname}; use ${allow}.`, {
        headers: { allow },
      });
    }
    return { method: method as Method, endpoint, params };
  }
  const list = routes
    .flatMap((r) => Object.keys(r.methods).map((m) => `${m} ${basePath}/${r.path.join('/')}`))
    .join(', ');
  return refuse(
    404,
    'route_not_found',
    `No route ${method} ${pathname}. The API channel answers ${list}${basePath ? '' : ' (set basePath when it is mounted below the root)'}.`,
  );
}

function below(basePath: string, pathname: string): string | undefined {
  if (basePath === '') return pathname;
  if (pathname === basePath) return '';
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined;
}

function matchPath(pattern: string[], segments: string[]): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const want = pattern[i]!;
    const got = segments[i]!;
    if (want.startsWith(':')) params[want.slice(1)] = decode(got);
    else if (want !== got) return undefined;
  }
  return params;
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return refuse(
      400,
      'invalid_path',
      `The path segment "${segment}" is not valid percent-encoding.`,
    );
  }
}
