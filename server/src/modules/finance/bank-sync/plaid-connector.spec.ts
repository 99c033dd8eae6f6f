import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../../errors.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import { BankFeedService } from '../bank-feed.service.js';
import { PlaidConnector, parsePlaidCredentials } from './plaid-connector.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

/**
 * A local stand-in for Plaid's /transactions/sync speaking its JSON: two pages on the first sync
 * (the second ending the history), then one new transaction for the cursor after them.
 */
function fakePlaid(): { server: Server; requests: Array<Record<string, unknown>> } {
  const requests: Array<Record<string, unknown>> = [];
  const pages: Record<string, unknown> = {
    '': {
      added: [
        { transaction_id: 'tx-1', amount: 12.5, date: '2026-11-24', name: 'SQ *CUPPA CORNER 8812' },
        { transaction_id: 'tx-2', amount: -1234.56, date: '2026-11-24', name: 'SHOPIFY PAYOUT' },
        { transaction_id: 'tx-p', amount: 9, date: '2026-11-25', name: 'PENDING', pending: true },
      ],
      next_cursor: 'c1',
      has_more: true,
    },
    c1: {
      added: [{ transaction_id: 'tx-3', amount: 0.1, date: '2026-11-25', name: 'BANK FEE' }],
      next_cursor: 'c2',
      has_more: false,
    },
    c2: {
      added: [{ transaction_id: 'tx-4', amount: 45, date: '2026-11-26', name: 'USPS PO 4819' }],
      next_cursor: 'c3',
      has_more: false,
    },
  };
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const parsed = JSON.parse(body) as Record<string, unknown>;
      requests.push({ url: request.url, ...parsed });
      const page = pages[(parsed.cursor as string | undefined) ?? ''];
      response.writeHead(page ? 200 : 400, { 'content-type': 'application/json' });
      response.end(JSON.stringify(page ?? { error_code: 'INVALID_CURSOR' }));
    });
  });
  return { server, requests };
}

let s: SeededServices;
let plaid: ReturnType<typeof fakePlaid>;
let feed: BankFeedService;
let checkingId: string;

beforeAll(async () => {
  s = await openSeededServices({ now: NOW, actor: 'api_key:plaid-spec' });
  plaid = fakePlaid();
  await new Promise<void>((resolve) => plaid.server.listen(0, '127.0.0.1', resolve));
  const { port } = plaid.server.address() as AddressInfo;
  const credentials = parsePlaidCredentials(
    {
      PLAID_CLIENT_ID: 'client',
      PLAID_SECRET: 'secret',
      PLAID_ACCESS_TOKEN: 'access-token',
      PLAID_BASE_URL: `http://127.0.0.1:${port}/`,
    },
    (message) => new Error(message),
  );
  feed = new BankFeedService(
    s.db.dataSource,
    { now: () => NOW },
    new PlaidConnector(credentials as NonNullable<typeof credentials>),
  );
  const [checking] = await feed.bankAccounts(s.ctx.workspaceId);
  checkingId = checking?.id as string;
});
afterAll(async () => {
  await new Promise((resolve) => plaid?.server.close(resolve));
  await s?.close();
});

const synced = () =>
  s.db.dataSource.query(
    `SELECT reference, amount_cents::int AS cents FROM bank_transaction
      WHERE fingerprint LIKE 'plaid:%' ORDER BY reference`,
  ) as Promise<Array<{ reference: string; cents: number }>>;

describe('bank sync through Plaid', () => {
  it('pulls every page of posted transactions, in cents with money out negative, skipping pending ones', async () => {
    const imports = await feed.sync(s.ctx, checkingId);
    expect(imports.map((i) => [i.format, i.layout, i.importedCount])).toEqual([
      ['SYNC', 'PLAID', 2],
      ['SYNC', 'PLAID', 1],
    ]);
    expect(await synced()).toEqual([
      { reference: 'tx-1', cents: -1250 },
      { reference: 'tx-2', cents: 123_456 },
      { reference: 'tx-3', cents: -10 },
    ]);
    expect(plaid.requests[0]).toMatchObject({
      url: '/transactions/sync',
      client_id: 'client',
      secret: 'secret',
      access_token: 'access-token',
    });
  });

  it('continues from the stored cursor next time, importing only what is new', async () => {
    const imports = await feed.sync(s.ctx, checkingId);
    expect(imports.map((i) => i.importedCount)).toEqual([1]);
    expect(plaid.requests.at(-1)).toMatchObject({ cursor: 'c2' });
    expect((await synced()).map((r) => r.reference)).toEqual(['tx-1', 'tx-2', 'tx-3', 'tx-4']);
  });

  it('says sync is not configured when no provider has credentials, inventing nothing', async () => {
    const error = await s.services.bankFeed.sync(s.ctx, checkingId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).errorCode).toBe('BANK_SYNC_NOT_CONFIGURED');
  });

  it('refuses half a set of credentials at start', () => {
    expect(() =>
      parsePlaidCredentials({ PLAID_CLIENT_ID: 'x' }, (message) => new Error(message)),
    ).toThrow('PLAID_CLIENT_ID, PLAID_SECRET, PLAID_ACCESS_TOKEN must be set together');
    expect(parsePlaidCredentials({}, (message) => new Error(message))).toBeUndefined();
  });
});
