// GET /widget-preview: a blank page with the widget on it, as the console's Settings shows it in a
// frame next to the embed snippet. It loads the real /widget.js with the options the snippet
// would carry, so what the owner sees is what the shop gets.
import type express from 'express';

/** The preview's policy: the hub's own scripts, styles and API only; framed by the hub only. */
export const WIDGET_PREVIEW_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

export interface WidgetPreviewOptions {
  key: string;
  accent?: string;
  position?: 'left' | 'right';
  locale?: 'en' | 'es';
}

const KEY = /^pk_[A-Za-z0-9_-]{1,200}$/;
const ACCENT = /^#[0-9a-fA-F]{6}$/;

/** The options a query names, or why it cannot be shown (the page never echoes bad input). */
export function previewOptions(
  query: Record<string, unknown>,
): { ok: true; options: WidgetPreviewOptions } | { ok: false; reason: string } {
  const { key, accent, position, locale } = query;
  if (typeof key !== 'string' || !KEY.test(key)) {
    return { ok: false, reason: 'key must be a publishable key (pk_...).' };
  }
  if (accent !== undefined && (typeof accent !== 'string' || !ACCENT.test(accent))) {
    return { ok: false, reason: 'accent must be a colour like #1d4ed8.' };
  }
  if (position !== undefined && position !== 'left' && position !== 'right') {
    return { ok: false, reason: 'position must be left or right.' };
  }
  if (locale !== undefined && locale !== 'en' && locale !== 'es') {
    return { ok: false, reason: 'locale must be en or es.' };
  }
  return { ok: true, options: { key, accent, position, locale } };
}

/** The preview page; every value was checked by previewOptions, so none needs escaping. */
export function widgetPreviewPage(options: WidgetPreviewOptions): string {
  const attributes = [
    `data-key="${options.key}"`,
    options.position ? `data-position="${options.position}"` : '',
    options.accent ? `data-accent="${options.accent}"` : '',
    options.locale ? `data-locale="${options.locale}"` : '',
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${options.locale ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>Widget preview</title>
</head>
<body>
<script src="/widget.js" ${attributes.join(' ')} async></script>
</body>
</html>
`;
}

export function widgetPreviewRoute(router: express.Router): void {
  router.get('/widget-preview', (req, res) => {
    res.setHeader('Content-Security-Policy', WIDGET_PREVIEW_CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('Cache-Control', 'no-store');
    const parsed = previewOptions(req.query as Record<string, unknown>);
    if (!parsed.ok) {
      res.status(400).type('text/plain').send(parsed.reason);
      return;
    }
    res.type('html').send(widgetPreviewPage(parsed.options));
  });
}
