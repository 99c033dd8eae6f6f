import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../errors.js';
import { isOriginAllowed, normalizeOrigin } from './origin-policy.js';

describe('normalizeOrigin', () => {
  it.each([
    ['https://shop.example.com', 'https://shop.example.com'],
    ['https://shop.example.com/', 'https://shop.example.com'],
    ['  https://shop.example.com  ', 'https://shop.example.com'],
    ['HTTPS://Shop.EXAMPLE.com', 'https://shop.example.com'],
    ['https://example.com:443', 'https://example.com'],
    ['http://example.com:80', 'http://example.com'],
    ['https://example.com:8443', 'https://example.com:8443'],
    ['http://example.com:443', 'http://example.com:443'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['http://127.0.0.1:5173', 'http://127.0.0.1:5173'],
    ['http://[::1]:8080', 'http://[::1]:8080'],
    ['http://[0:0:0:0:0:0:0:1]', 'http://[::1]'],
    ['https://bücher.example', 'https://xn--bcher-kva.example'],
    ['https://*.example.com', 'https://*.example.com'],
    ['https://*.Example.COM:443/', 'https://*.example.com'],
    ['https://*.shop.example.co.uk:8443', 'https://*.shop.example.co.uk:8443'],
    ['*', '*'],
  ])('canonicalises %j to %j', (raw, canonical) => {
    expect(normalizeOrigin(raw)).toBe(canonical);
  });

  it.each([
    ['', 'empty'],
    ['example.com', 'no scheme'],
    ['ftp://example.com', 'not http(s)'],
    ['javascript://example.com', 'not http(s)'],
    ['https:example.com', 'no //'],
    ['https://', 'no host'],
    ['https://example.com/shop', 'a path'],
    ['https://example.com//', 'more than a lone slash'],
    ['https://example.com?x=1', 'a query'],
    ['https://example.com#top', 'a fragment'],
    ['https://user:pass@example.com', 'user info'],
    ['https://example.com:99999', 'a port out of range'],
    ['https://example.com:https', 'a port that is not a number'],
    ['https://exa mple.com', 'a space in the host'],
    ['https://ex%61mple.com', 'a percent-encoded host'],
    ['https://example.com.', 'a trailing dot'],
    ['https://shop..example.com', 'an empty label'],
    ['https://*.com', 'a wildcard over a single label'],
    ['https://*example.com', 'a wildcard that is not a whole label'],
    ['https://shop.*.example.com', 'a wildcard that is not the first label'],
    ['https://*.*.example.com', 'two wildcards'],
    ['https://*.127.0.0.1', 'a wildcard over an IP address'],
    ['*.example.com', 'a wildcard without a scheme'],
  ])('rejects %j (%s) with INVALID_INPUT naming the entry', (raw) => {
    let thrown: unknown;
    try {
      normalizeOrigin(raw);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).errorCode).toBe('INVALID_INPUT');
    expect((thrown as DomainError).message).toContain(`"${raw}" is not a valid allowed origin: `);
  });
});

describe('isOriginAllowed', () => {
  const allowed = ['https://shop.example.net', 'https://*.example.com', 'http://[::1]:8080'];

  it.each([
    ['https://shop.example.net', true],
    ['https://SHOP.Example.NET', true],
    ['https://shop.example.net:443', true],
    ['https://shop.example.net:8443', false],
    ['http://shop.example.net', false],
    ['https://example.net', false],
    ['https://other.example.net', false],
    ['https://shop.example.net.evil.test', false],
    ['https://shop.example.net.', false],
    ['https://evilshop.example.net', false],
    ['https://shop.example.com', true],
    ['https://a.b.example.com', true],
    ['https://example.com', false],
    ['https://evilexample.com', false],
    ['http://shop.example.com', false],
    ['https://shop.example.com:8443', false],
    ['https://example.com.evil.test', false],
    ['https://shop.example.com.evil.test', false],
    ['http://[::1]:8080', true],
    ['http://[0:0:0:0:0:0:0:1]:8080', true],
    ['http://[::1]', false],
    ['http://localhost:8080', false],
    ['https://shop.example.net/', true],
    ['https://shop.example.net/path', false],
    ['https://user@shop.example.net', false],
    ['not an origin', false],
    ['', false],
    ['null', false],
  ])('%j is %s', (origin, expected) => {
    expect(isOriginAllowed(origin, allowed)).toBe(expected);
  });

  it('never allows a missing origin', () => {
    expect(isOriginAllowed(undefined, allowed)).toBe(false);
    expect(isOriginAllowed(undefined, ['*'])).toBe(false);
  });

  it('lets the development entry "*" allow any http(s) origin but not a missing or opaque one', () => {
    expect(isOriginAllowed('https://anything.test', ['*'])).toBe(true);
    expect(isOriginAllowed('http://localhost:5173', ['*'])).toBe(true);
    expect(isOriginAllowed('null', ['*'])).toBe(false);
    expect(isOriginAllowed('chrome-extension://abcdef', ['*'])).toBe(false);
  });

  it('allows nothing when the list is empty', () => {
    expect(isOriginAllowed('https://shop.example.net', [])).toBe(false);
  });

  it('compares against entries stored before canonicalisation and skips invalid ones', () => {
    expect(isOriginAllowed('https://shop.example.net', ['HTTPS://Shop.Example.net:443/'])).toBe(
      true,
    );
    expect(isOriginAllowed('https://shop.example.net', ['shop.example.net', 'https://*.com'])).toBe(
      false,
    );
  });
});
