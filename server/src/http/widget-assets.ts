import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { passOnFailure } from './json-error-handler.js';
import { widgetPreviewRoute } from './widget-preview.js';

/** Where `pnpm build` puts the widget bundle (widget/dist), from server/src or server/dist. */
export const WIDGET_DIST = fileURLToPath(new URL('../../../widget/dist/', import.meta.url));

/**
 * Serves the widget as shops embed it: the launcher at /widget.js and the chunk it loads on
 * open under /widget/. Any origin may load them (a module import across origins needs CORS);
 * what the key may do is checked at /widget/graphql. /widget-preview is a page with the widget on
 * it, for the console's embed preview.
 */
export function widgetAssets(): express.Router {
  const router = express.Router();
  const options = {
    fallthrough: false,
    index: false,
    maxAge: '5m',
    setHeaders: (res: express.Response) => {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      res.setHeader('X-Content-Type-Options', 'nosniff');
    },
  };
  router.use(['/widget.js', '/widget'], (_req, res, next) => {
    if (existsSync(WIDGET_DIST)) return next();
    res
      .status(404)
      .type('text/plain')
      .send('The widget is not built: run "pnpm build" (it builds widget/dist).');
  });
  router.get('/widget.js', (_req, res, next) => {
    options.setHeaders(res);
    res.sendFile('widget.js', { root: WIDGET_DIST, maxAge: options.maxAge }, passOnFailure(next));
  });
  router.use('/widget', express.static(`${WIDGET_DIST}widget`, options));
  // The console's live preview of the embed snippet (Settings), framed by the hub only.
  widgetPreviewRoute(router);
  return router;
}
