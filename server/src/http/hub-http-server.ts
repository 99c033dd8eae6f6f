import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { HubDatabase } from '@zactonics/db';
import express from 'express';
import type { HttpConfig } from '../config.js';
import { limitConnectionsPerAddress } from './connection-limits.js';
import { jsonErrorHandler, jsonNotFound } from './json-error-handler.js';

/**
 * The one HTTP server of the hub (one port for HTTP and WebSocket). A client gets so long to send
 * its headers and its whole request (slowloris, slow bodies), checked every second (Node checks
 * every 30 s by default). A WebSocket is past both once upgraded; answering a request is not
 * bounded here.
 */
export function createHubHttpServer(limits: HttpConfig): { app: express.Express; server: Server } {
  const app = express();
  app.disable('x-powered-by');
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: 1_000,
    },
    app,
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  limitConnectionsPerAddress(server, {
    perAddress: limits.maxConnectionsPerAddress,
    perLoopbackAddress: limits.maxConnectionsPerLoopbackAddress,
  });
  return { app, server };
}

export interface UpgradeTarget {
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
}

/** A GraphQL schema served at one path, over HTTP (its router) and WebSocket (its upgrades). */
export interface GraphQLEndpoint extends UpgradeTarget {
  router: express.Router;
  stop(): Promise<void>;
  /** Its WebSocket connections open now and subscriptions streaming on them (metrics). */
  sockets(): { connections: number; subscriptions: number };
}

/** One port for both schemas: each WebSocket path goes to its own server, any other is 404. */
export function routeUpgrades(server: Server, targets: Record<string, UpgradeTarget>): void {
  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://hub.invalid').pathname;
    const target = Object.hasOwn(targets, path) ? targets[path] : undefined;
    if (target) target.handleUpgrade(request, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });
}

/**
 * Mounts what the hub serves, in order, then answers anything else with a JSON 404 and any
 * error with a JSON error (never an HTML page or a stack trace).
 */
export function serveRoutes(
  app: express.Express,
  routes: express.Handler[],
  errors: { development: boolean; log: (message: string, error: unknown) => void },
): void {
  for (const route of routes) app.use(route);
  app.use(jsonNotFound());
  app.use(jsonErrorHandler(errors));
}

/** GET /healthz: the database answers a query (503 when it does not). */
export function healthCheck(database: HubDatabase, provider: string): express.Router {
  const router = express.Router();
  router.get('/healthz', async (_req, res) => {
    try {
      await database.dataSource.query('SELECT 1');
      res.json({ status: 'ok', database: database.kind, provider });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });
  return router;
}

/** Listens; resolves with the port and the URL clients reach the hub at. */
export async function listen(
  server: Server,
  port: number,
  host: string,
): Promise<{ port: number; url: string }> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The hub listens on a TCP port.');
  const hostname = host.includes(':') ? `[${host}]` : host;
  const url = `http://${hostname === '0.0.0.0' ? '127.0.0.1' : hostname}:${address.port}`;
  return { port: address.port, url };
}
