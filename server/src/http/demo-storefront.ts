import express from 'express';

/**
 * A storefront to try the widget on after `pnpm start`: a product page that embeds the widget
 * with the one script tag a shop would paste. Its global CSS is deliberately hostile (resets
 * every element, huge z-indexes, !important everywhere) and it is served under a strict
 * Content-Security-Policy (no inline script or style), as a demanding shop's page would be.
 */
export function demoStorefront(publishableKey: () => string | undefined): express.Router {
  const router = express.Router();
  router.get('/demo', (req, res) => {
    const key = publishableKey();
    if (!key) {
      res.status(503).type('text/plain').send('The demo key is not ready yet.');
      return;
    }
    const lang = req.query.lang === 'es' ? 'es' : 'en';
    res.setHeader(
      'Content-Security-Policy',
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.type('html').send(page(key, lang));
  });
  router.get('/demo/storefront.css', (_req, res) => {
    res.type('text/css').send(HOSTILE_CSS);
  });
  return router;
}

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(key: string, lang: 'en' | 'es'): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Juniper Lane Goods: Linen Throw Blanket</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/demo/storefront.css">
</head>
<body>
<header class="site-header"><a class="brand" href="/demo">Juniper Lane Goods</a>
<nav><a href="/demo">Home</a> <a href="/demo">Shop</a> <a href="/demo">Pricing</a> <a href="/demo">Contact</a></nav></header>
<main class="product">
  <h1>Linen Throw Blanket</h1>
  <p class="price">$89.00</p>
  <p>Stonewashed European flax, 130 x 170 cm. Free shipping over $75; 30-day returns.</p>
  <button class="buy" type="button">Add to cart</button>
  <section class="details"><h2>Details</h2>
  <ul><li>100% linen, OEKO-TEX certified</li><li>Machine wash cold</li><li>Ships in 2 business days</li></ul>
  </section>
</main>
<div class="promo-overlay">Winter sale: 20% off with code WINTER</div>
<footer>&copy; Juniper Lane Goods</footer>
<script src="/widget.js" data-key="${escape(key)}" data-locale="${lang}" data-greeting="${
    lang === 'es' ? '¡Hola! ¿En qué podemos ayudarte?' : 'Hi! How can we help?'
  }" async></script>
</body>
</html>`;
}

/** A shop's worst global styles: the widget must look right regardless (shadow DOM, own z-index). */
const HOSTILE_CSS = `
* { all: unset !important; }
head, script, style, link, title { display: none !important; }
html, body, header, nav, main, section, footer, h1, h2, p, ul, li, div { display: block !important; }
body { font: 18px/1.6 Georgia, serif !important; color: #222 !important; background: #fdf8f0 !important; padding: 24px !important; }
a { color: #0b5394 !important; text-decoration: underline !important; margin-right: 12px !important; cursor: pointer !important; }
h1 { font-size: 40px !important; margin: 16px 0 !important; }
.price { font-size: 28px !important; font-weight: bold !important; }
.buy { display: inline-block !important; background: #222 !important; color: #fff !important; padding: 12px 24px !important; }
.site-header { display: flex !important; justify-content: space-between !important; }
button, input, textarea { font-size: 30px !important; border: 5px dashed red !important; background: yellow !important; }
div, section, button { z-index: 2147483647 !important; position: relative !important; }
.promo-overlay { position: fixed !important; bottom: 0 !important; left: 0 !important; right: 0 !important; background: #c00 !important; color: #fff !important; padding: 8px !important; z-index: 2147483647 !important; }
`;
