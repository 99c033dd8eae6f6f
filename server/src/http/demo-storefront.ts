import express from 'express';
import {
  HOSTILE_CSS,
  HOSTILE_CSS_PATH,
  HOSTILE_PAGE_PATH,
  hostilePage,
} from './demo-hostile-page.js';
import { STOREFRONT_CSS } from './demo-storefront.styles.js';

export const STOREFRONT_CSS_PATH = '/demo/storefront.css';

/**
 * The demo shop to try the widget on after `pnpm start`: Juniper Lane Goods, the seeded
 * workspace's shop, with its real products, policies and a hint of what to ask (the seeded order
 * JL-1042, Canada shipping, a wholesale quote), embedding the widget with the one script tag a
 * shop would paste. Both pages are served under a strict Content-Security-Policy (no inline
 * script or style), as a demanding shop's pages would be; `/demo/hostile` is the widget's
 * torture test (see demo-hostile-page.ts).
 */
export function demoStorefront(publishableKey: () => string | undefined): express.Router {
  const router = express.Router();
  const serve =
    (render: (key: string, lang: Lang) => string): express.RequestHandler =>
    (req, res) => {
      const key = publishableKey();
      if (!key) {
        res.status(503).type('text/plain').send('The demo key is not ready yet.');
        return;
      }
      const lang: Lang = req.query.lang === 'es' ? 'es' : 'en';
      res.setHeader('Content-Security-Policy', DEMO_CSP);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.type('html').send(render(key, lang));
    };
  router.get('/demo', serve(storefrontPage));
  router.get(HOSTILE_PAGE_PATH, serve(hostilePage));
  router.get(STOREFRONT_CSS_PATH, (_req, res) => {
    res.type('text/css').send(STOREFRONT_CSS);
  });
  router.get(HOSTILE_CSS_PATH, (_req, res) => {
    res.type('text/css').send(HOSTILE_CSS);
  });
  return router;
}

/** What a strict shop allows: its own scripts, styles, images and API calls, nothing inline. */
export const DEMO_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

type Lang = 'en' | 'es';

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

type Art = 'mug' | 'bowl' | 'planter' | 'candle' | 'tin' | 'tea' | 'gift';

interface Product {
  sku: string;
  name: Record<Lang, string>;
  priceCents: number;
  art: Art;
  /** A glaze or label colour class (see the stylesheet's `.tone-*`). */
  tone: string;
}

// The seeded catalog's products (db/src/seed/demo-business.ts), so what the chat says about an
// order matches what the page sells.
const PRODUCTS: readonly Product[] = [
  {
    sku: 'MUG-SPK-12',
    name: { en: 'Speckled Stoneware Mug, 12 oz', es: 'Taza de gres moteado, 350 ml' },
    priceCents: 3400,
    art: 'mug',
    tone: 'tone-oat',
  },
  {
    sku: 'MUG-SGE-16',
    name: { en: 'Sage Glaze Stoneware Mug, 16 oz', es: 'Taza de gres esmalte salvia, 470 ml' },
    priceCents: 3800,
    art: 'mug',
    tone: 'tone-sage',
  },
  {
    sku: 'BWL-NDL-7',
    name: { en: 'Stoneware Noodle Bowl, 7 in', es: 'Bol de gres para fideos, 18 cm' },
    priceCents: 4800,
    art: 'bowl',
    tone: 'tone-clay',
  },
  {
    sku: 'PLT-HNG-6',
    name: { en: 'Hanging Stoneware Planter, 6 in', es: 'Maceta colgante de gres, 15 cm' },
    priceCents: 5200,
    art: 'planter',
    tone: 'tone-sage',
  },
  {
    sku: 'CDL-CED-8',
    name: { en: 'Cedar & Smoke Soy Candle, 8 oz', es: 'Vela de soja cedro y humo, 225 g' },
    priceCents: 2600,
    art: 'candle',
    tone: 'tone-ink',
  },
  {
    sku: 'CDL-LAV-4',
    name: { en: 'Lavender Travel Tin Candle, 4 oz', es: 'Vela de viaje de lavanda, 115 g' },
    priceCents: 1400,
    art: 'tin',
    tone: 'tone-lavender',
  },
  {
    sku: 'TEA-EGC-50',
    name: { en: 'Earl Grey Cream Loose-Leaf Tea, 50 g', es: 'Té Earl Grey Cream a granel, 50 g' },
    priceCents: 1400,
    art: 'tea',
    tone: 'tone-clay',
  },
  {
    sku: 'GFT-TEA-SET',
    name: { en: 'Tea for One Gift Set', es: 'Set de regalo Té para uno' },
    priceCents: 6800,
    art: 'gift',
    tone: 'tone-oat',
  },
];

/** Simple drawings of each kind of product: inline SVG needs no image request and no inline style. */
const ART: Record<Art, string> = {
  mug: `<rect class="ground" x="0" y="0" width="160" height="120"/><path class="glaze" d="M50 36h52v46a12 12 0 0 1-12 12H62a12 12 0 0 1-12-12z"/><path class="line" d="M102 48h8a12 12 0 0 1 0 24h-8" fill="none"/><ellipse class="shade" cx="76" cy="36" rx="26" ry="5"/>`,
  bowl: `<rect class="ground" x="0" y="0" width="160" height="120"/><path class="glaze" d="M34 52h92a46 40 0 0 1-92 0z"/><ellipse class="shade" cx="80" cy="52" rx="46" ry="8"/><rect class="glaze" x="66" y="88" width="28" height="6" rx="3"/>`,
  planter: `<rect class="ground" x="0" y="0" width="160" height="120"/><path class="line" d="M80 4v36M62 40 80 4l18 36" fill="none"/><path class="leaf" d="M80 52c-14-18-30-14-30-14s4 18 30 14zm0 0c14-18 30-14 30-14s-4 18-30 14z"/><path class="glaze" d="M52 52h56l-8 40H60z"/>`,
  candle: `<rect class="ground" x="0" y="0" width="160" height="120"/><rect class="glaze" x="56" y="40" width="48" height="58" rx="6"/><rect class="label" x="62" y="58" width="36" height="20" rx="2"/><path class="flame" d="M80 18c6 8 6 14 0 18-6-4-6-10 0-18z"/>`,
  tin: `<rect class="ground" x="0" y="0" width="160" height="120"/><ellipse class="glaze" cx="80" cy="74" rx="40" ry="16"/><rect class="glaze" x="40" y="58" width="80" height="16"/><ellipse class="label" cx="80" cy="58" rx="40" ry="14"/><path class="flame" d="M80 34c5 7 5 12 0 16-5-4-5-9 0-16z"/>`,
  tea: `<rect class="ground" x="0" y="0" width="160" height="120"/><path class="glaze" d="M56 30h48l6 66H50z"/><rect class="label" x="60" y="52" width="40" height="24" rx="2"/><path class="line" d="M56 30l8-8h32l8 8" fill="none"/>`,
  gift: `<rect class="ground" x="0" y="0" width="160" height="120"/><rect class="glaze" x="40" y="46" width="80" height="52" rx="4"/><rect class="label" x="74" y="46" width="12" height="52"/><rect class="glaze" x="36" y="36" width="88" height="14" rx="3"/><path class="line" d="M80 36c-10-14-24-10-18-2 4 4 18 2 18 2zm0 0c10-14 24-10 18-2-4 4-18 2-18 2z" fill="none"/>`,
};

/** The page's words in each language the widget speaks. */
const COPY = {
  en: {
    title: 'Juniper Lane Goods: stoneware, soy candles and loose-leaf tea',
    announce: 'Free US shipping on orders of $75 or more · 30-day returns',
    shop: 'Shop',
    about: 'Our studio',
    shipping: 'Shipping & returns',
    wholesale: 'Wholesale',
    cart: 'Cart (0)',
    heroTitle: 'Everyday stoneware, candles and tea, made in Austin',
    heroText:
      'Small-batch mugs and bowls thrown and glazed in our Texas studio, hand-poured soy candles and loose-leaf tea we brew ourselves.',
    heroCta: 'Shop the collection',
    tryTitle: 'Try our support chat',
    tryText:
      'Open the chat bubble at the bottom right and ask anything. A few things to try with this demo shop:',
    try1: 'Where is my order JL-1042?',
    try2: 'Do you ship to Canada?',
    try3: 'My mug arrived broken, can I get a refund?',
    try4: 'We need 60 mugs for a corporate gift: can I get a quote?',
    shopTitle: 'Bestsellers',
    shopText: 'Glazes vary a little from piece to piece: that is the point.',
    add: 'Add to cart',
    aboutTitle: 'Our studio',
    aboutText:
      'Juniper Lane Goods is a two-kiln studio in Austin, Texas. Every stoneware piece is fired twice, food safe and dishwasher safe; our candles are poured from soy wax with cotton wicks.',
    shipTitle: 'Shipping',
    shipText:
      'In-stock orders leave the studio within 1-2 business days. Standard shipping is $7.95, free from $75; we ship to all 50 states and to Canada.',
    returnsTitle: 'Returns',
    returnsText:
      'Return unused items within 30 days of delivery. Something arrived broken? Send us a photo within 7 days and we ship a replacement for free.',
    wholesaleTitle: 'Wholesale & gifting',
    wholesaleText:
      'Cafés, shops and teams order from 24 pieces with their own glaze or label. Ask the chat for a quote and book a call with us.',
    footer: 'Juniper Lane Goods · Austin, Texas · help@juniperlanegoods.example',
    demoNote:
      'A demo shop of Zactonics Agent Hub: products and orders are the seeded demo data; nothing is sold.',
    greeting: 'Hi! How can we help?',
  },
  es: {
    title: 'Juniper Lane Goods: gres, velas de soja y té a granel',
    announce: 'Envío gratis en EE. UU. desde $75 · devoluciones en 30 días',
    shop: 'Tienda',
    about: 'Nuestro taller',
    shipping: 'Envíos y devoluciones',
    wholesale: 'Mayoristas',
    cart: 'Carrito (0)',
    heroTitle: 'Gres, velas y té para cada día, hechos en Austin',
    heroText:
      'Tazas y boles en pequeños lotes, torneados y esmaltados en nuestro taller de Texas, velas de soja vertidas a mano y té a granel que probamos nosotros mismos.',
    heroCta: 'Ver la colección',
    tryTitle: 'Prueba nuestro chat de ayuda',
    tryText:
      'Abre la burbuja del chat abajo a la derecha y pregunta lo que quieras. Algunas ideas para esta tienda de demostración:',
    try1: '¿Dónde está mi pedido JL-1042?',
    try2: '¿Hacen envíos a Canadá?',
    try3: 'Mi taza llegó rota, ¿me devuelven el dinero?',
    try4: 'Necesitamos 60 tazas para un regalo de empresa: ¿me dan un presupuesto?',
    shopTitle: 'Los más vendidos',
    shopText: 'Los esmaltes varían un poco de una pieza a otra: esa es la gracia.',
    add: 'Añadir al carrito',
    aboutTitle: 'Nuestro taller',
    aboutText:
      'Juniper Lane Goods es un taller con dos hornos en Austin, Texas. Cada pieza de gres se cuece dos veces y es apta para alimentos y lavavajillas; nuestras velas son de cera de soja con mecha de algodón.',
    shipTitle: 'Envíos',
    shipText:
      'Los pedidos con stock salen del taller en 1-2 días hábiles. El envío estándar cuesta $7.95 y es gratis desde $75; enviamos a los 50 estados y a Canadá.',
    returnsTitle: 'Devoluciones',
    returnsText:
      'Devuelve artículos sin usar en los 30 días posteriores a la entrega. ¿Algo llegó roto? Envíanos una foto en 7 días y te mandamos un reemplazo gratis.',
    wholesaleTitle: 'Mayoristas y regalos',
    wholesaleText:
      'Cafeterías, tiendas y empresas piden desde 24 piezas con su propio esmalte o etiqueta. Pide un presupuesto en el chat y reserva una llamada.',
    footer: 'Juniper Lane Goods · Austin, Texas · help@juniperlanegoods.example',
    demoNote:
      'Una tienda de demostración de Zactonics Agent Hub: productos y pedidos son los datos de ejemplo; no se vende nada.',
    greeting: '¡Hola! ¿En qué podemos ayudarte?',
  },
} satisfies Record<Lang, Record<string, string>>;

function price(cents: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'es' ? 'es-US' : 'en-US', {
    style: 'currency',
    currency: 'USD',
  }).format(cents / 100);
}

function productCard(product: Product, lang: Lang, add: string): string {
  const name = escape(product.name[lang]);
  return `<li class="product ${product.tone}" data-sku="${product.sku}">
  <svg class="art" viewBox="0 0 160 120" role="img" aria-label="${name}">${ART[product.art]}</svg>
  <h3>${name}</h3>
  <p class="price">${price(product.priceCents, lang)}</p>
  <button class="add" type="button">${escape(add)}</button>
</li>`;
}

export function storefrontPage(key: string, lang: Lang): string {
  const t = COPY[lang];
  const other =
    lang === 'es'
      ? { href: '/demo', label: 'English' }
      : { href: '/demo?lang=es', label: 'Español' };
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${STOREFRONT_CSS_PATH}">
</head>
<body>
<p class="announce">${t.announce}</p>
<header class="site-header">
  <a class="brand" href="/demo${lang === 'es' ? '?lang=es' : ''}"><svg class="logo" viewBox="0 0 32 32" aria-hidden="true"><circle cx="16" cy="16" r="15"/><path d="M16 6c5 6 5 14 0 20-5-6-5-14 0-20z"/></svg><span>Juniper Lane Goods</span></a>
  <nav aria-label="${t.shop}">
    <a href="#shop">${t.shop}</a><a href="#about">${t.about}</a><a href="#shipping">${t.shipping}</a><a href="#wholesale">${t.wholesale}</a>
  </nav>
  <div class="header-end"><a class="lang" href="${other.href}" lang="${lang === 'es' ? 'en' : 'es'}">${other.label}</a><span class="cart">${t.cart}</span></div>
</header>
<main>
  <section class="hero">
    <div class="hero-text">
      <h1>${t.heroTitle}</h1>
      <p>${t.heroText}</p>
      <a class="cta" href="#shop">${t.heroCta}</a>
    </div>
    <aside class="try" aria-labelledby="try-title" data-demo-hint>
      <h2 id="try-title">${t.tryTitle}</h2>
      <p>${t.tryText}</p>
      <ul>
        <li>“${t.try1}”</li>
        <li>“${t.try2}”</li>
        <li>“${t.try3}”</li>
        <li>“${t.try4}”</li>
      </ul>
    </aside>
  </section>
  <section id="shop" class="shop" aria-labelledby="shop-title">
    <div class="section-head"><h2 id="shop-title">${t.shopTitle}</h2><p>${t.shopText}</p></div>
    <ul class="products">
${PRODUCTS.map((p) => productCard(p, lang, t.add)).join('\n')}
    </ul>
  </section>
  <section class="info" aria-label="${t.shipping}">
    <article id="about"><h2>${t.aboutTitle}</h2><p>${t.aboutText}</p></article>
    <article id="shipping"><h2>${t.shipTitle}</h2><p>${t.shipText}</p><h2>${t.returnsTitle}</h2><p>${t.returnsText}</p></article>
    <article id="wholesale"><h2>${t.wholesaleTitle}</h2><p>${t.wholesaleText}</p></article>
  </section>
</main>
<footer class="site-footer">
  <p>${t.footer}</p>
  <p class="demo-note">${t.demoNote}</p>
</footer>
<script src="/widget.js" data-key="${escape(key)}" data-locale="${lang}" data-greeting="${escape(t.greeting)}" async></script>
</body>
</html>`;
}
