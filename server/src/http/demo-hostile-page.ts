/**
 * The widget's torture test: a product page whose global CSS is deliberately hostile (resets every
 * element, huge z-indexes, !important everywhere), served under the same strict CSP as the
 * storefront. Browser tests open it at `/demo/hostile`; the widget must look and work right here.
 */
export const HOSTILE_PAGE_PATH = '/demo/hostile';
export const HOSTILE_CSS_PATH = '/demo/hostile.css';

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function hostilePage(key: string, lang: 'en' | 'es'): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Juniper Lane Goods: Linen Throw Blanket (hostile test page)</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${HOSTILE_CSS_PATH}">
</head>
<body>
<header class="site-header"><a class="brand" href="${HOSTILE_PAGE_PATH}">Juniper Lane Goods</a>
<nav><a href="${HOSTILE_PAGE_PATH}">Home</a> <a href="${HOSTILE_PAGE_PATH}">Shop</a> <a href="${HOSTILE_PAGE_PATH}">Pricing</a> <a href="${HOSTILE_PAGE_PATH}">Contact</a></nav></header>
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
export const HOSTILE_CSS = `
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
