import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  DEMO_CHECKING,
  migrateDatabase,
  openDatabase,
  RunEntity,
  seedDemoWorkspace,
  type BankAccountEntity,
  type HubDatabase,
} from '@zactonics/db';
import { createTestDatabase } from '@zactonics/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleContext } from '../../../console-context.js';
import type { RequestContext } from '../../../context.js';
import { InMemoryPubSub } from '../../../events/in-memory-pub-sub.js';
import { parsePlaidCredentials } from '../../../modules/finance/bank-sync/plaid-connector.js';
import { InProcessRunQueue } from '../../../queue/in-process-run-queue.js';
import { createHubServices, type HubServices } from '../../../services.js';
import { openSeededServices, type SeededServices } from '../../../testing/seeded-services.js';
import type { CategorizationOutput } from './categorize-expenses.tool.js';
import { linkedBankAccount, type BankSyncOutput } from './sync-bank-feed.tool.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

/**
 * A local stand-in for Plaid's /transactions/sync (as in plaid-connector.spec.ts): the first sync
 * is two pages of card purchases from merchants the demo books know (plus a pending one, which
 * is skipped), the cursor after them has one more.
 */
function fakePlaid(): Server {
  const pages: Record<string, unknown> = {
    '': {
      added: [
        {
          transaction_id: 'p-1',
          amount: 250,
          date: '2026-11-25',
          name: 'LAGUNA CLAY CO 626-330-0631 CA',
        },
        {
          transaction_id: 'p-2',
          amount: 120.4,
          date: '2026-11-25',
          name: 'CANDLESCIENCE.COM 919-2300 NC',
        },
        { transaction_id: 'p-x', amount: 9, date: '2026-11-26', name: 'PENDING', pending: true },
      ],
      next_cursor: 'c1',
      has_more: true,
    },
    c1: {
      added: [
        {
          transaction_id: 'p-3',
          amount: 86.12,
          date: '2026-11-26',
          name: 'MAYCO COLORS HILLIARD OH',
        },
      ],
      next_cursor: 'c2',
      has_more: false,
    },
    c2: {
      added: [
        { transaction_id: 'p-4', amount: 42, date: '2026-11-26', name: 'MAYCO COLORS HILLIARD OH' },
      ],
      next_cursor: 'c3',
      has_more: false,
    },
    c3: { added: [], next_cursor: 'c3', has_more: false },
  };
  return createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const cursor = (JSON.parse(body) as { cursor?: string }).cursor ?? '';
      const page = request.url === '/transactions/sync' ? pages[cursor] : undefined;
      response.writeHead(page ? 200 : 400, { 'content-type': 'application/json' });
      response.end(JSON.stringify(page ?? { error_code: 'INVALID_CURSOR' }));
    });
  });
}

interface PlaidHub {
  db: HubDatabase;
  services: HubServices;
  ctx: RequestContext;
  close(): Promise<void>;
}

/** The hub's services on a seeded database, with Plaid pointed at the fake. */
async function openHubWithPlaid(plaidUrl: string): Promise<PlaidHub> {
  const testDb = await createTestDatabase();
  const db = await openDatabase(testDb.options);
  await migrateDatabase(db);
  const { workspace } = await seedDemoWorkspace(db.dataSource, NOW);
  const plaid = parsePlaidCredentials(
    {
      PLAID_CLIENT_ID: 'client',
      PLAID_SECRET: 'secret',
      PLAID_ACCESS_TOKEN: 'access-token',
      PLAID_BASE_URL: plaidUrl,
    },
    (message) => new Error(message),
  );
  const services = createHubServices({
    dataSource: db.dataSource,
    pubSub: new InMemoryPubSub(),
    queue: new InProcessRunQueue(1, () => undefined),
    clock: { now: () => NOW },
    runLeaseMs: 30_000,
    plaid,
  });
  return {
    db,
    services,
    ctx: createConsoleContext(services, workspace.id, 'api_key:bank-sync-spec'),
    async close() {
      await db.close();
      await testDb.drop();
    },
  };
}

/** Runs the expense-categorization scenario to the end on the offline provider. */
async function categorizationRun(hub: Pick<PlaidHub, 'db' | 'services' | 'ctx'>) {
  const started = await hub.services.runs.start(hub.ctx, {
    agentKey: 'finance',
    scenarioKey: 'expense-categorization',
  });
  await hub.services.executor.execute(started.id);
  const run = await hub.db.dataSource.manager.findOneByOrFail(RunEntity, { id: started.id });
  const steps = await hub.services.runs.steps(hub.ctx, run.id);
  const reply = run.output as { text: string; data: { categorization: CategorizationOutput } };
  return {
    run,
    reply,
    toolCalls: steps.filter((s) => s.kind === 'TOOL_CALL').map((s) => s.data?.tool),
  };
}

const plaidRows = (db: HubDatabase) =>
  db.dataSource.query(
    `SELECT t.id, t.reference, t.amount_cents::int AS cents, t.status, i.imported_by AS "importedBy"
       FROM bank_transaction t JOIN bank_import i ON i.id = t.import_id
      WHERE t.fingerprint LIKE 'plaid:%' ORDER BY t.reference`,
  ) as Promise<
    Array<{ id: string; reference: string; cents: number; status: string; importedBy: string }>
  >;

describe('expense categorization with Plaid configured', () => {
  let plaid: Server;
  let hub: PlaidHub;

  beforeAll(async () => {
    plaid = fakePlaid();
    await new Promise<void>((resolve) => plaid.listen(0, '127.0.0.1', resolve));
    const { port } = plaid.address() as AddressInfo;
    hub = await openHubWithPlaid(`http://127.0.0.1:${port}`);
  });
  afterAll(async () => {
    await new Promise((resolve) => plaid?.close(resolve));
    await hub?.close();
  });

  it('syncs the checking account first, then categorizes what came in with the month, and says how many came in', async () => {
    const { run, reply, toolCalls } = await categorizationRun(hub);
    expect(run.status).toBe('SUCCEEDED');
    // The plan is the same single call as without Plaid: the tool syncs before categorizing.
    expect(toolCalls).toEqual(['categorize_expenses']);

    const { bankSync, categorized, queuedForReview } = reply.data.categorization;
    expect(bankSync).toMatchObject({
      bankAccount: { name: DEMO_CHECKING.name, last4: DEMO_CHECKING.last4 },
      imported: 3,
      duplicates: 0,
      skipped: null,
    });
    expect(reply.text).toMatch(
      new RegExp(
        `^Bank sync brought in 3 new transaction\\(s\\) to ${DEMO_CHECKING.name}\\. Categorized and posted`,
      ),
    );

    // Imported by the agent, two pages, the pending one skipped, Plaid's sign flipped (money out).
    const rows = await plaidRows(hub.db);
    expect(rows.map((r) => [r.reference, r.cents, r.importedBy])).toEqual([
      ['p-1', -25_000, 'agent:finance'],
      ['p-2', -12_040, 'agent:finance'],
      ['p-3', -8_612, 'agent:finance'],
    ]);
    // Then categorized in the same run with the month's: the two the classifier is sure of are posted,
    // the clay order (85.6%, under the 90% threshold) waits in the review queue.
    expect(rows.map((r) => [r.reference, r.status])).toEqual([
      ['p-1', 'NEEDS_REVIEW'],
      ['p-2', 'CATEGORIZED'],
      ['p-3', 'CATEGORIZED'],
    ]);
    const decision = (list: typeof categorized, reference: string) =>
      list.find((d) => d.transactionId === rows.find((r) => r.reference === reference)?.id);
    expect(decision(categorized, 'p-2')).toMatchObject({ accountCode: '5010', by: 'MODEL' });
    expect(decision(categorized, 'p-3')).toMatchObject({ accountCode: '5010', by: 'MODEL' });
    expect(decision(queuedForReview, 'p-1')).toMatchObject({ accountCode: '5010' });
  });

  it('offers sync_bank_feed on its own, which continues from the stored cursor and only imports', async () => {
    expect(hub.services.tools.has('sync_bank_feed')).toBe(true);
    const outcome = await hub.services.tools.call(
      { workspaceId: hub.ctx.workspaceId, runId: randomUUID(), agentKey: 'finance', now: NOW },
      'sync_bank_feed',
      {},
    );
    expect(outcome).toMatchObject({
      ok: true,
      output: { imported: 1, duplicates: 0, skipped: null } satisfies Partial<BankSyncOutput>,
    });
    const rows = await plaidRows(hub.db);
    expect(rows.map((r) => [r.reference, r.status])).toContainEqual(['p-4', 'UNCATEGORIZED']);
  });

  it('says the sync brought in nothing when the bank has nothing new', async () => {
    const { run, reply } = await categorizationRun(hub);
    expect([run.status, run.error]).toEqual(['SUCCEEDED', null]);
    expect(reply.data.categorization.bankSync?.imported).toBe(0);
    expect(reply.text).toMatch(/^Bank sync brought in 0 new transaction\(s\) to /);
    // The one sync_bank_feed brought in alone is categorized now.
    const p4 = (await plaidRows(hub.db)).find((r) => r.reference === 'p-4');
    expect(p4?.status).not.toBe('UNCATEGORIZED');
  });
});

describe('expense categorization without Plaid', () => {
  let s: SeededServices;

  beforeAll(async () => {
    s = await openSeededServices({ now: NOW, actor: 'api_key:bank-sync-spec' });
  });
  afterAll(() => s?.close());

  it('is as before: no sync tool, one call, no sync in the output or the reply, nothing synced', async () => {
    expect(s.services.bankFeed.syncConfigured).toBe(false);
    expect(s.services.tools.has('sync_bank_feed')).toBe(false);
    const { run, reply, toolCalls } = await categorizationRun(s);
    expect(run.status).toBe('SUCCEEDED');
    expect(toolCalls).toEqual(['categorize_expenses']);
    expect(reply.data.categorization).not.toHaveProperty('bankSync');
    expect(reply.text).toMatch(/^Categorized and posted \d+ bank transaction/);
    expect(await s.db.dataSource.query(`SELECT id FROM bank_import WHERE format = 'SYNC'`)).toEqual(
      [],
    );
  });
});

describe('linkedBankAccount', () => {
  const account = (name: string, syncCursor: string | null) =>
    ({ id: randomUUID(), name, last4: '0000', syncCursor }) as BankAccountEntity;

  it('is the account that has synced before, among several', () => {
    const savings = account('Savings', null);
    const checking = account('Checking', 'c9');
    expect(linkedBankAccount([savings, checking])).toEqual({ account: checking });
  });

  it("is the shop's only account before any sync", () => {
    const checking = account('Checking', null);
    expect(linkedBankAccount([checking])).toEqual({ account: checking });
  });

  it('is none, saying why, when several accounts could be it or none exists', () => {
    expect(linkedBankAccount([account('A', null), account('B', null)])).toEqual({
      skipped: expect.stringContaining('Of 2 bank accounts none has synced yet'),
    });
    expect(linkedBankAccount([account('A', 'c1'), account('B', 'c2')])).toEqual({
      skipped: expect.stringContaining('Of 2 bank accounts 2 have synced before'),
    });
    expect(linkedBankAccount([])).toEqual({
      skipped: 'The workspace has no bank account to sync into.',
    });
  });
});
