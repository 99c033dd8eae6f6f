import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseSerpApiConfig } from './serpapi-config.js';

const fail = (message: string): Error => new Error(message);

describe('parseSerpApiConfig', () => {
  it('is absent without HUB_SERPAPI_KEY, and defaults the address to https://serpapi.com', () => {
    expect(parseSerpApiConfig({}, fail)).toBeUndefined();
    const settings = parseSerpApiConfig({ HUB_SERPAPI_KEY: ' secret-key ' }, fail);
    expect(settings?.apiKey).toBe('secret-key');
    expect(settings?.baseUrl).toBe('https://serpapi.com');
  });

  it('takes HUB_SERPAPI_URL without its trailing slash', () => {
    const settings = parseSerpApiConfig(
      { HUB_SERPAPI_KEY: 'k', HUB_SERPAPI_URL: 'http://127.0.0.1:4567/' },
      fail,
    );
    expect(settings?.baseUrl).toBe('http://127.0.0.1:4567');
  });

  it('refuses an address without a key, or one that is not http(s)', () => {
    expect(() => parseSerpApiConfig({ HUB_SERPAPI_URL: 'https://serpapi.com' }, fail)).toThrow(
      'HUB_SERPAPI_URL is set but HUB_SERPAPI_KEY is not',
    );
    expect(() =>
      parseSerpApiConfig({ HUB_SERPAPI_KEY: 'k', HUB_SERPAPI_URL: 'ftp://serpapi.com' }, fail),
    ).toThrow(/HUB_SERPAPI_URL must be an http\(s\) address/);
  });

  it('never prints the key', () => {
    const settings = parseSerpApiConfig({ HUB_SERPAPI_KEY: 'secret-key' }, fail);
    expect(JSON.stringify(settings)).not.toContain('secret-key');
    expect(inspect(settings)).not.toContain('secret-key');
    expect(`${JSON.stringify({ settings })}`).toContain('[hidden]');
  });
});
