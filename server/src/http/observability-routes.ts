import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import express from 'express';
import type { HubMetrics } from '../observability/metrics.js';
import type { Readiness } from '../observability/readiness.js';
import { listen } from './hub-http-server.js';
import { bearerMatches } from './operator-token.js';

/**
 * GET /metrics on the hub's own port, for callers with `Authorization: Bearer <HUB_METRICS_TOKEN>`
 * only (401 otherwise, without saying whether a token was close). Mounted only when a token is
 * configured: without one the path is the JSON 404 like any unknown path.
 */
export function metricsRoute(metrics: HubMetrics, token: string): express.Router {
  const router = express.Router();
  router.get('/metrics', async (req, res) => {
    if (!bearerMatches(req.headers.authorization, token)) {
      res.status(401).set('WWW-Authenticate', 'Bearer realm="metrics"').json(unauthenticated());
      return;
    }
    const { contentType, body } = await metrics.exposition();
    res.status(200).set('Content-Type', contentType).set('Cache-Control', 'no-store').send(body);
  });
  return router;
}

/** GET /readyz: 200 when this process can do its work, else 503; the body names each check. */
export function readinessRoute(readiness: Readiness): express.Router {
  const router = express.Router();
  router.get('/readyz', async (_req, res) => {
    const { ready, checks } = await readiness.check();
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: ready ? 'ready' : 'unready', checks });
  });
  return router;
}

/**
 * Counts every response by route family and status class (hub_http_responses_total), refusals
 * that never reach GraphQL included. Families, not paths: a path is the client's to choose.
 */
export function httpResponseMetrics(metrics: HubMetrics): express.Handler {
  return (req, res, next) => {
    // Read now: routers mounted at a path rewrite req.url while they handle the request.
    const route = routeFamily(req.path);
    res.once('finish', () => metrics.httpResponse(route, res.statusCode));
    next();
  };
}

const EXACT_ROUTES: Record<string, string> = {
  '/graphql': 'graphql',
  '/widget/graphql': 'widget_graphql',
  '/healthz': 'healthz',
  '/readyz': 'readyz',
  '/metrics': 'metrics',
};

const PREFIX_ROUTES: Array<[string, string]> = [
  ['/auth/', 'auth'],
  ['/hooks/', 'hooks'],
  ['/admin', 'admin'],
  ['/widget', 'widget_assets'],
  ['/demo', 'demo'],
  ['/downloads/', 'downloads'],
];

function routeFamily(path: string): string {
  const exact = EXACT_ROUTES[path];
  if (exact) return exact;
  for (const [prefix, family] of PREFIX_ROUTES) if (path.startsWith(prefix)) return family;
  return 'other';
}

/**
 * /metrics on a listener of its own (HUB_METRICS_PORT), meant for an internal interface: it
 * answers nothing else, and asks for the token too when one is configured.
 */
export async function startMetricsListener(
  metrics: HubMetrics,
  options: { port: number; host: string; token: string | undefined },
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://metrics.invalid').pathname;
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    if (options.token !== undefined && !bearerMatches(req.headers.authorization, options.token)) {
      res
        .writeHead(401, {
          'Content-Type': 'application/json',
          'WWW-Authenticate': 'Bearer realm="metrics"',
        })
        .end(JSON.stringify(unauthenticated()));
      return;
    }
    metrics.exposition().then(
      ({ contentType, body }) =>
        res.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  const { url } = await listen(server, options.port, options.host);
  return {
    url: `${url}/metrics`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

function unauthenticated() {
  const message = 'Metrics need Authorization: Bearer <HUB_METRICS_TOKEN>.';
  return {
    errors: [{ message, extensions: { code: 'UNAUTHENTICATED', errorCode: 'UNAUTHENTICATED' } }],
  };
}
