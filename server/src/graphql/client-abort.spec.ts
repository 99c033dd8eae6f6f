import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSchema, graphql } from 'graphql';
import {
  signalForResponse,
  SocketOperationSignals,
  stopResolvingWhenClientLeaves,
} from './client-abort.js';

describe('client-abort', () => {
  let server: Server | undefined;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  /** A real HTTP server whose handler hands out its response's signal. */
  async function serve(handle: (signal: AbortSignal, end: () => void) => void): Promise<string> {
    const listening = createServer((_req, res) =>
      handle(signalForResponse(res), () => res.end('done')),
    );
    server = listening;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(listening.address() as AddressInfo).port}/`;
  }

  it('aborts the request signal when the client disconnects before the answer', async () => {
    let serverSignal: AbortSignal | undefined;
    const url = await serve((signal) => (serverSignal = signal));
    const client = new AbortController();
    const request = fetch(url, { signal: client.signal }).catch(() => 'client gave up');
    await expect.poll(() => serverSignal).toBeDefined();
    expect(serverSignal?.aborted).toBe(false);
    client.abort();
    await request;
    await expect.poll(() => serverSignal?.aborted).toBe(true);
  });

  it('leaves the signal alone when the answer was sent in full', async () => {
    let serverSignal: AbortSignal | undefined;
    const url = await serve((signal, end) => {
      serverSignal = signal;
      end();
    });
    expect(await (await fetch(url)).text()).toBe('done');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(serverSignal?.aborted).toBe(false);
  });

  it('stops resolving fields once the signal is aborted, with REQUEST_ABORTED', async () => {
    const schema = buildSchema('type Query { a: Int b: Int }');
    let resolved = 0;
    const rootValue = { a: () => ++resolved, b: () => ++resolved };
    for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
      field.resolve = (root: typeof rootValue, _args, _ctx, info) =>
        root[info.fieldName as 'a' | 'b']();
    }
    stopResolvingWhenClientLeaves(schema);
    const controller = new AbortController();
    const run = () =>
      graphql({
        schema,
        source: '{ a b }',
        rootValue,
        contextValue: { signal: controller.signal },
      });
    expect(await run()).toEqual({ data: { a: 1, b: 2 } });
    controller.abort();
    const aborted = await run();
    expect(resolved).toBe(2);
    expect(aborted.errors?.map((e) => e.extensions.errorCode)).toEqual([
      'REQUEST_ABORTED',
      'REQUEST_ABORTED',
    ]);
  });

  it('aborts one socket operation when it completes, and every one when the socket closes', () => {
    const signals = new SocketOperationSignals();
    const first = signals.begin('1');
    const second = signals.begin('2');
    signals.end('1');
    expect([first.aborted, second.aborted]).toEqual([true, false]);
    const third = signals.begin('3');
    signals.endAll();
    expect([second.aborted, third.aborted]).toEqual([true, true]);
  });
});
