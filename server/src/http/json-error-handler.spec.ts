import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMalformedUrl, jsonErrorHandler, jsonNotFound } from './json-error-handler.js';

/**
 * The errors come from the real middleware the hub mounts (router, express.static with and
 * without fallthrough, express.json), so each is mapped from what that middleware really throws.
 */
describe('jsonErrorHandler', () => {
  let server: Server;
  let url: string;
  let files: string;
  const logged: unknown[] = [];

  beforeAll(async () => {
    files = await mkdtemp(join(tmpdir(), 'zactonics-static-'));
    await writeFile(join(files, 'app.js'), 'export {};');
    const app = express();
    app.use('/graphql', express.json({ limit: '1kb' }), (_req, res) => void res.json({}));
    app.use('/widget', express.static(files, { fallthrough: false, index: false }));
    app.use('/admin', express.static(files, { index: false, redirect: false }));
    app.get(['/admin', '/admin/{*rest}'], (req, res, next) =>
      /\.[a-z0-9]+$/i.test(req.path) ? next() : void res.send('the app'),
    );
    app.get('/boom', () => {
      throw new Error('secret detail');
    });
    app.use(jsonNotFound());
    app.use(jsonErrorHandler({ development: false, log: (_m, error) => logged.push(error) }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(files, { recursive: true, force: true });
  });

  const answer = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${url}${path}`, init);
    const body = (await response.json()) as {
      errors: Array<{ message: string; extensions: { errorCode: string } }>;
    };
    const [error] = body.errors;
    return {
      status: response.status,
      errorCode: error?.extensions.errorCode,
      message: error?.message,
    };
  };
  const post = (body: string, headers: Record<string, string> = {}) => ({
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

  it('answers a URL that does not decode with 400 MALFORMED_URL, from the router and from static files', async () => {
    const malformed = { status: 400, errorCode: 'MALFORMED_URL', message: 'The URL is malformed.' };
    expect(await answer('/admin/%')).toEqual(malformed);
    expect(await answer('/widget/%E0%A4%A')).toEqual(malformed);
  });

  it('answers a missing file or an unknown path with 404 NOT_FOUND', async () => {
    const notFound = { status: 404, errorCode: 'NOT_FOUND', message: 'Not found' };
    expect(await answer('/widget/chat.js.map')).toEqual(notFound);
    expect(await answer('/admin/app.js.map')).toEqual(notFound);
    expect(await answer('/nothing-here')).toEqual(notFound);
  });

  it('reserves "not valid JSON" for a body that does not parse, and names the limit of one too large', async () => {
    expect(await answer('/graphql', post('{"query":'))).toEqual({
      status: 400,
      errorCode: 'MALFORMED_QUERY',
      message: 'The request body is not valid JSON.',
    });
    expect(await answer('/graphql', post(JSON.stringify({ query: 'x'.repeat(2_000) })))).toEqual({
      status: 413,
      errorCode: 'REQUEST_TOO_LARGE',
      message: 'The request body is larger than 1 KB.',
    });
    expect(
      await answer('/graphql', post('{}', { 'content-type': 'application/json; charset=latin9' })),
    ).toMatchObject({ status: 415, errorCode: 'MALFORMED_QUERY' });
  });

  it('answers an unexpected failure with 500 INTERNAL, logged and without its detail', async () => {
    expect(await answer('/boom')).toEqual({
      status: 500,
      errorCode: 'INTERNAL',
      message: 'Internal error',
    });
    expect(logged).toHaveLength(1);
  });
});

describe('isMalformedUrl', () => {
  it('flags paths that do not percent-decode or decode to a NUL byte, never the query string', () => {
    expect(isMalformedUrl('/admin/%')).toBe(true);
    expect(isMalformedUrl('/a/%E0%A4%A')).toBe(true);
    expect(isMalformedUrl('/a/%00')).toBe(true);
    expect(isMalformedUrl('/admin/agents/x%20y')).toBe(false);
    expect(isMalformedUrl('/widget/graphql?key=%')).toBe(false);
  });
});
