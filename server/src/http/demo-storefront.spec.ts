import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CSP, demoStorefront } from './demo-storefront.js';

const KEY = 'pk_demoStorefrontSpecKey01';

describe('the demo pages', () => {
  let server: Server;
  let url: string;
  let key: string | undefined = KEY;

  beforeAll(async () => {
    const app = express();
    app.use(demoStorefront(() => key));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("serves the demo shop's storefront at /demo, with its products, a hint and the widget tag, under the strict CSP", async () => {
    const response = await fetch(`${url}/demo`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(DEMO_CSP);
    expect(DEMO_CSP).toContain("style-src 'self';");
    const html = await response.text();
    expect(html).toContain('<link rel="stylesheet" href="/demo/storefront.css">');
    expect(html).toContain('Speckled Stoneware Mug, 12 oz');
    expect(html).toContain('$34.00');
    expect(html).toContain('Where is my order JL-1042?');
    expect(html).toContain(`<script src="/widget.js" data-key="${KEY}" data-locale="en"`);
    // Nothing inline for the CSP to block: no style attribute, no style element, no inline script.
    expect(html).not.toMatch(/\sstyle=|<style|<script>/);
  });

  it('serves the storefront in Spanish with ?lang=es, the widget included', async () => {
    const html = await (await fetch(`${url}/demo?lang=es`)).text();
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('¿Dónde está mi pedido JL-1042?');
    expect(html).toContain('data-locale="es"');
  });

  it("serves the storefront's stylesheet as CSS, a real layout and no hostile reset", async () => {
    const response = await fetch(`${url}/demo/storefront.css`);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    const css = await response.text();
    expect(css).toContain('.products');
    expect(css).not.toContain('!important');
  });

  it('keeps the hostile test page at /demo/hostile, under the same CSP, with its hostile stylesheet', async () => {
    const response = await fetch(`${url}/demo/hostile?lang=es`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(DEMO_CSP);
    const html = await response.text();
    expect(html).toContain('<link rel="stylesheet" href="/demo/hostile.css">');
    expect(html).toContain('data-locale="es"');
    const css = await (await fetch(`${url}/demo/hostile.css`)).text();
    expect(css).toContain('* { all: unset !important; }');
  });

  it('answers 503 on both pages until the demo key exists', async () => {
    key = undefined;
    try {
      for (const path of ['/demo', '/demo/hostile']) {
        const response = await fetch(`${url}${path}`);
        expect(response.status).toBe(503);
      }
    } finally {
      key = KEY;
    }
  });
});
