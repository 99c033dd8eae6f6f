import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isPrivateAddress } from './webhook-url.js';

const production = { allowPrivateNetworks: false };
const development = { allowPrivateNetworks: true };
/** A resolver that answers from a table, as DNS would. */
const dns =
  (table: Record<string, string[]>) =>
  async (host: string): Promise<LookupAddress[]> => {
    const addresses = table[host];
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
const publicDns = dns({
  'hooks.example.com': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
});

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '10.1.2.3',
    '172.20.0.5',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fd00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:a00:1',
    '0:0:0:0:0:ffff:192.168.0.1',
  ])('%s is not the public internet', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700::6810:85e5', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );
});

describe('checkWebhookUrl', () => {
  it('accepts an https or http URL and returns it normalised', async () => {
    expect(
      await checkWebhookUrl(' https://Hooks.Example.com/zactonics?x=1 ', production, publicDns),
    ).toBe('https://hooks.example.com/zactonics?x=1');
    expect(await checkWebhookUrl('http://hooks.example.com', production, publicDns)).toBe(
      'http://hooks.example.com/',
    );
  });

  it.each([
    ['ftp://hooks.example.com/x', 'SCHEME'],
    ['javascript:alert(1)', 'SCHEME'],
    ['hooks.example.com/x', 'MALFORMED'],
    ['https://user:secret@hooks.example.com/x', 'CREDENTIALS'],
    ['https://:secret@hooks.example.com/x', 'CREDENTIALS'],
    [`https://hooks.example.com/${'a'.repeat(2_000)}`, 'LENGTH'],
    ['', 'LENGTH'],
  ])('refuses %s (%s) everywhere', async (url, reason) => {
    await expect(checkWebhookUrl(url, development, publicDns)).rejects.toMatchObject({
      errorCode: 'INVALID_INPUT',
      details: { field: 'url', reason },
    });
  });

  it.each([
    'http://127.0.0.1:8080/hook',
    'http://localhost:3000/hook',
    'http://api.localhost/hook',
    'http://[::1]/hook',
    'http://[::ffff:7f00:1]/hook',
    'http://10.0.0.8/hook',
    'http://169.254.169.254/latest/meta-data',
    'http://2130706433/hook', // 127.0.0.1 written as one number
    'http://internal.example.com/hook', // resolves to a private address
    'http://mixed.example.com/hook', // one of its addresses is private
  ])('in production refuses %s', async (url) => {
    const resolve = dns({
      'internal.example.com': ['10.0.0.12'],
      'mixed.example.com': ['93.184.215.14', '192.168.0.7'],
    });
    await expect(checkWebhookUrl(url, production, resolve)).rejects.toMatchObject({
      errorCode: 'WEBHOOK_URL_NOT_ALLOWED',
    });
  });

  it('in production refuses a host that does not resolve', async () => {
    await expect(
      checkWebhookUrl('https://nowhere.example.com/x', production, publicDns),
    ).rejects.toMatchObject({ errorCode: 'INVALID_INPUT', details: { reason: 'UNRESOLVABLE' } });
  });

  it('outside production allows local receivers', async () => {
    expect(await checkWebhookUrl('http://127.0.0.1:8080/hook', development, publicDns)).toBe(
      'http://127.0.0.1:8080/hook',
    );
    expect(await checkWebhookUrl('http://localhost:3000/hook', development, publicDns)).toBe(
      'http://localhost:3000/hook',
    );
  });
});
