/**
 * The demo storefront's stylesheet, served same-origin at /demo/storefront.css (the page's CSP
 * allows no inline style). System fonts only: the CSP loads no font from elsewhere. Mobile first;
 * the layout widens at 700 px and 1000 px.
 */
export const STOREFRONT_CSS = `
:root {
  --ink: #23201c;
  --muted: #6b645b;
  --paper: #fbf8f3;
  --card: #ffffff;
  --line: #e7e0d5;
  --accent: #4f6b4a;
  --accent-ink: #ffffff;
  --radius: 14px;
  color-scheme: light;
}
*, *::before, *::after { box-sizing: border-box; }
html { scroll-behavior: smooth; }
body {
  margin: 0;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--ink);
  background: var(--paper);
}
a { color: inherit; }
h1, h2, h3 { line-height: 1.2; margin: 0 0 0.5rem; }
p { margin: 0 0 0.75rem; }

.announce {
  margin: 0;
  padding: 0.5rem 1rem;
  text-align: center;
  font-size: 0.875rem;
  background: var(--ink);
  color: #f4efe6;
}

.site-header {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 0.75rem 1.5rem;
  max-width: 1180px;
  margin: 0 auto;
  padding: 1rem;
}
.brand {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  font-weight: 700;
  font-size: 1.2rem;
  text-decoration: none;
  letter-spacing: 0.01em;
}
.logo { width: 32px; height: 32px; }
.logo circle { fill: var(--accent); }
.logo path { fill: #e9efe3; }
.site-header nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; order: 3; width: 100%; }
.site-header nav a, .lang { text-decoration: none; color: var(--muted); padding: 0.25rem 0; }
.site-header nav a:hover, .lang:hover { color: var(--ink); text-decoration: underline; }
.header-end { display: flex; align-items: center; gap: 1rem; font-size: 0.95rem; }
.cart { padding: 0.35rem 0.8rem; border: 1px solid var(--line); border-radius: 999px; background: var(--card); }

main { max-width: 1180px; margin: 0 auto; padding: 0 1rem 3rem; }

.hero { display: grid; gap: 1.5rem; padding: 1.5rem 0 2.5rem; }
.hero h1 { font-size: clamp(1.9rem, 5vw, 3rem); letter-spacing: -0.01em; max-width: 18ch; }
.hero-text p { font-size: 1.1rem; color: var(--muted); max-width: 52ch; }
.cta {
  display: inline-block;
  margin-top: 0.5rem;
  padding: 0.8rem 1.4rem;
  border-radius: 999px;
  background: var(--accent);
  color: var(--accent-ink);
  text-decoration: none;
  font-weight: 600;
}
.cta:hover { filter: brightness(1.1); }
.try {
  align-self: start;
  padding: 1.25rem 1.4rem;
  border: 1px solid #cfdcc8;
  border-radius: var(--radius);
  background: #eef3ea;
}
.try h2 { font-size: 1.15rem; }
.try p { color: #3f4a3b; font-size: 0.95rem; }
.try ul { margin: 0; padding-left: 1.1rem; }
.try li { margin: 0.3rem 0; font-weight: 500; }

.section-head { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0.25rem 1rem; margin-bottom: 1rem; }
.section-head h2 { font-size: 1.6rem; margin: 0; }
.section-head p { color: var(--muted); margin: 0; }
.products {
  list-style: none;
  margin: 0;
  padding: 0;
  display: grid;
  grid-template-columns: repeat(2, minmax(0, 1fr));
  gap: 0.9rem;
}
.product {
  display: flex;
  flex-direction: column;
  padding: 0.75rem;
  border: 1px solid var(--line);
  border-radius: var(--radius);
  background: var(--card);
}
.product .art { display: block; width: 100%; height: auto; border-radius: 10px; margin-bottom: 0.7rem; }
.product h3 { font-size: 0.98rem; font-weight: 600; flex: 1; }
.product .price { font-weight: 700; margin-bottom: 0.6rem; }
.add {
  font: inherit;
  font-size: 0.875rem;
  padding: 0.5rem 0.6rem;
  border: 1px solid var(--ink);
  border-radius: 999px;
  background: transparent;
  color: var(--ink);
  cursor: pointer;
}
.add:hover { background: var(--ink); color: var(--paper); }
.add:focus-visible, .cta:focus-visible, a:focus-visible { outline: 3px solid #8fb287; outline-offset: 2px; }

/* Product drawings: a ground, a glazed body, a label and line work, coloured per product. */
.art .ground { fill: #f1ece4; }
.art .line { stroke: #8a7f71; stroke-width: 4; stroke-linecap: round; }
.art .shade { fill: rgba(0, 0, 0, 0.12); }
.art .label { fill: #fbf8f3; }
.art .flame { fill: #e9a23b; }
.art .leaf { fill: #6f8f5f; }
.tone-oat .glaze { fill: #d9ccb6; }
.tone-sage .glaze { fill: #9fb394; }
.tone-clay .glaze { fill: #c98b6b; }
.tone-ink .glaze { fill: #3d4148; }
.tone-lavender .glaze { fill: #a99cc4; }

.info { display: grid; gap: 1rem; margin-top: 2.5rem; }
.info article { padding: 1.25rem 1.4rem; border-radius: var(--radius); background: var(--card); border: 1px solid var(--line); }
.info h2 { font-size: 1.15rem; }
.info p { color: var(--muted); }
.info p + h2 { margin-top: 1rem; }

.site-footer { border-top: 1px solid var(--line); padding: 1.5rem 1rem 6rem; text-align: center; color: var(--muted); font-size: 0.9rem; }
.demo-note { font-size: 0.8rem; }

@media (min-width: 700px) {
  .site-header nav { order: 0; width: auto; }
  .products { grid-template-columns: repeat(3, minmax(0, 1fr)); }
  .info { grid-template-columns: repeat(3, minmax(0, 1fr)); }
}
@media (min-width: 1000px) {
  .hero { grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr); align-items: center; padding: 3rem 0 3.5rem; }
  .products { grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 1.25rem; }
}
`;
