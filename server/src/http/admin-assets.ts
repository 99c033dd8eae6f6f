import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { passOnFailure } from './json-error-handler.js';

/** Where `pnpm build` puts the console (admin/dist), from server/src or server/dist. */
export const ADMIN_DIST = fileURLToPath(new URL('../../../admin/dist/', import.meta.url));

/**
 * The console's Content Security Policy: scripts and styles only from the hub itself (the page
 * has no inline script; Lit's constructable stylesheets are not inline styles), data from the
 * same origin (fetch and the graphql-ws socket), and no framing by other sites.
 */
export const ADMIN_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self' data:; frame-ancestors 'none'";

/**
 * Serves the console single-page app at /admin: its files (app.js, app.css) as they are, and
 * index.html for /admin and every other /admin/* path (history routing in the browser).
 */
export function adminAssets(): express.Router {
  const router = express.Router();
  const secure = (res: express.Response) => {
    res.setHeader('Content-Security-Policy', ADMIN_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('X-Frame-Options', 'DENY');
  };
  router.use('/admin', (_req, res, next) => {
    secure(res);
    if (existsSync(`${ADMIN_DIST}index.html`)) return next();
    res
      .status(404)
      .type('text/plain')
      .send('The admin console is not built: run "pnpm build" (it builds admin/dist).');
  });
  // Unhashed file names: browsers revalidate (ETag) instead of keeping a stale console.
  router.use(
    '/admin',
    express.static(ADMIN_DIST, { index: false, redirect: false, cacheControl: true, maxAge: 0 }),
  );
  router.get(['/admin', '/admin/{*rest}'], (req, res, next) => {
    // A missing file (a path with an extension) is a 404, not the app.
    if (/\.[a-z0-9]+$/i.test(req.path)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile('index.html', { root: ADMIN_DIST }, passOnFailure(next));
  });
  return router;
}
