import express from 'express';

/**
 * `GET /` (and `HEAD /`): a person who opens the hub's address lands on the console's sign-in
 * page (which says where the demo storefront is) instead of a JSON 404. 302, not 301: a browser
 * must not remember it for good, in case the hub's front page becomes something else.
 */
export function rootRedirect(): express.Router {
  const router = express.Router();
  router.get('/', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.redirect(302, '/admin/');
  });
  return router;
}
