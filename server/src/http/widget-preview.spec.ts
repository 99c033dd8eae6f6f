import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { widgetAssets } from './widget-assets.js';
import { WIDGET_PREVIEW_CSP } from './widget-preview.js';

const KEY = 'pk_previewSpecKey01';

describe('the widget preview page', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const app = express();
    app.use(widgetAssets());
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('loads the real widget with the snippet options, framed by the hub only, nothing inline', async () => {
    const response = await fetch(
      `${url}/widget-preview?key=${KEY}&accent=%23047857&position=left&locale=es`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(WIDGET_PREVIEW_CSP);
    expect(WIDGET_PREVIEW_CSP).toContain("frame-ancestors 'self'");
    expect(response.headers.get('x-frame-options')).toBeNull();
    const html = await response.text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain(
      `<script src="/widget.js" data-key="${KEY}" data-position="left" data-accent="#047857" data-locale="es" async></script>`,
    );
    expect(html).not.toMatch(/\sstyle=|<style|<script>/);
  });

  it('takes the key alone, leaving the other options to the widget', async () => {
    const html = await (await fetch(`${url}/widget-preview?key=${KEY}`)).text();
    expect(html).toContain(`<script src="/widget.js" data-key="${KEY}" async></script>`);
  });

  it.each([
    ['no key', '', 'key must be a publishable key'],
    ['a secret key', '?key=sk_live_x', 'key must be a publishable key'],
    ['markup in the key', `?key=pk_"><script>`, 'key must be a publishable key'],
    ['a CSS name for the accent', `?key=${KEY}&accent=red`, 'accent must be a colour'],
    ['another corner', `?key=${KEY}&position=top`, 'position must be left or right'],
    ['another language', `?key=${KEY}&locale=fr`, 'locale must be en or es'],
  ])('refuses %s with a 400 that does not echo the input', async (_case, query, reason) => {
    const response = await fetch(`${url}/widget-preview${query}`);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain(reason);
    expect(text).not.toContain('<script');
  });
});
