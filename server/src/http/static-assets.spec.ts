import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAssets } from './admin-assets.js';
import { serveRoutes } from './hub-http-server.js';
import { widgetAssets } from './widget-assets.js';

/**
 * The built widget and console as the hub mounts them (`pnpm test` builds both first), followed
 * by the JSON 404 and error handlers: a file served whole must end the request there.
 */
describe('static assets', () => {
  let server: Server;
  let url: string;
  const afterResponse: unknown[] = [];

  beforeAll(async () => {
    const app = express();
    serveRoutes(app, [widgetAssets(), adminAssets()], { development: false, log: () => {} });
    // The JSON error handler passes on what it cannot answer (a response already sent).
    app.use(
      (
        error: unknown,
        _req: express.Request,
        _res: express.Response,
        next: express.NextFunction,
      ) => {
        afterResponse.push(error);
        next();
      },
    );
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it.each(['/widget.js', '/admin', '/admin/runs/some-run'])(
    'serves %s once, without running the 404 handler after the file was sent',
    async (path) => {
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(200);
      expect((await response.text()).length).toBeGreaterThan(100);
      expect(afterResponse).toEqual([]);
    },
  );

  it('answers a missing console file with the JSON 404', async () => {
    const response = await fetch(`${url}/admin/missing.js`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { errorCode: 'NOT_FOUND' } }],
    });
  });
});
