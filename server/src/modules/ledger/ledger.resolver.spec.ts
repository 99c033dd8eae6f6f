import { ApolloServer } from '@apollo/server';
import { CHART_OF_ACCOUNTS, migrateDatabase, openDatabase, type HubDatabase } from '@zactonics/db';
import { createTestDatabase, type TestDatabase } from '@zactonics/db/testing';
import { buildSchema } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleContext, ConsoleServices } from '../../console-context.js';
import { callerContext, type ConsoleRole } from '../../context.js';
import { domainErrorStatusPlugin, formatError } from '../../graphql/domain-errors.js';
import { consoleAccessPlugin } from '../admin-users/operation-access.js';
import { AuditService } from '../audit/audit.service.js';
import { LedgerResolver } from './ledger.resolver.js';
import { LedgerService } from './ledger.service.js';

// The console's ledger API through Apollo with the console's own role check and error shaping
// (as console-endpoint.ts mounts them), on a real database.

const NOW = new Date('2026-03-15T12:00:00.000Z');

let testDb: TestDatabase;
let db: HubDatabase;
let ledger: LedgerService;
let apollo: ApolloServer<ConsoleContext>;
let shop: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await openDatabase(testDb.options);
  await migrateDatabase(db);
  ledger = new LedgerService(db.dataSource, new AuditService(db.dataSource));
  [{ id: shop }] = (await db.dataSource.query(
    `INSERT INTO workspace (slug, name, time_zone) VALUES ('ledger-api', 'Ledger API', 'America/Los_Angeles')
     RETURNING id`,
  )) as [{ id: string }];
  for (const account of CHART_OF_ACCOUNTS) {
    await db.dataSource.query(
      `INSERT INTO ledger_account (workspace_id, code, name, type, normal_balance, parent_id, postable, schedule_c_line)
       VALUES ($1, $2, $3, $4, $5, (SELECT id FROM ledger_account WHERE workspace_id = $1 AND code = $6), $7, $8)`,
      [
        shop,
        account.code,
        account.name,
        account.type,
        account.normalBalance,
        account.parent,
        account.postable,
        account.scheduleCLine,
      ],
    );
  }
  apollo = new ApolloServer<ConsoleContext>({
    schema: await buildSchema({ resolvers: [LedgerResolver], validate: false }),
    formatError: (formatted, error) =>
      formatError(formatted, error, { development: false, log: () => undefined }),
    plugins: [consoleAccessPlugin(), domainErrorStatusPlugin()],
  });
  await apollo.start();
});

afterAll(async () => {
  await apollo?.stop();
  await db?.close();
  await testDb?.drop();
});

/** A console caller: the resolvers reach only `ledger` and `clock` of the console's services. */
function caller(role: ConsoleRole, who: { userId: string } | { apiKeyId: string }): ConsoleContext {
  const actor = 'userId' in who ? `user:${who.userId}` : `api_key:${who.apiKeyId}`;
  const userId = 'userId' in who ? who.userId : null;
  return {
    ...callerContext(shop, actor, { role, userId }),
    services: { ledger, clock: { now: () => NOW } } as Pick<
      ConsoleServices,
      'ledger' | 'clock'
    > as ConsoleServices,
    loaders: {} as ConsoleContext['loaders'],
  };
}

const OWNER = () => caller('OWNER', { userId: 'owner-1' });
const ADMIN_KEY = () => caller('ADMIN', { apiKeyId: 'key-7' });
const VIEWER = () => caller('VIEWER', { userId: 'viewer-1' });

/** Runs an operation as a caller (made when called: the workspace exists only after beforeAll). */
async function execute(
  as: () => ConsoleContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{
  data?: Record<string, unknown> | null;
  errors?: ReadonlyArray<Record<string, unknown>>;
}> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: as() });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return {
    data: data as Record<string, unknown> | null | undefined,
    errors: errors as ReadonlyArray<Record<string, unknown>> | undefined,
  };
}

async function rows(): Promise<number> {
  const [{ n }] = (await db.dataSource.query(
    `SELECT (SELECT count(*) FROM journal_entry WHERE workspace_id = $1)
          + (SELECT count(*) FROM journal_line WHERE workspace_id = $1)
          + (SELECT count(*) FROM audit_event WHERE workspace_id = $1) AS n`,
    [shop],
  )) as [{ n: string }];
  return Number(n);
}

const POST = `
  mutation Post($input: PostJournalEntryInput!) {
    postJournalEntry(input: $input) {
      id occurredOn memo sourceType sourceId postedByType postedBy totalCents reversesEntryId
      lines { accountCode accountName debitCents creditCents memo }
    }
  }`;

const REVERSE = `
  mutation Reverse($id: ID!, $memo: String!) {
    reverseJournalEntry(id: $id, memo: $memo) { id sourceType sourceId reversesEntryId occurredOn }
  }`;

const TRIAL_BALANCE = `
  query TrialBalance($asOf: String) {
    trialBalance(asOf: $asOf) {
      asOf totalDebitCents totalCreditCents balanced
      rows { code name type normalBalance debitCents creditCents balanceCents }
    }
  }`;

const marketDay = {
  occurredOn: '2026-03-14',
  memo: 'Saturday market',
  lines: [
    { accountCode: '1010', debitCents: 84_050, memo: 'Cash and cards' },
    { accountCode: '4030', creditCents: 84_050 },
  ],
};

describe('postJournalEntry', () => {
  it('refuses an unbalanced entry with INVALID_JOURNAL_ENTRY in extensions.code, writing nothing', async () => {
    const before = await rows();
    const { data, errors } = await execute(OWNER, POST, {
      input: {
        ...marketDay,
        lines: [marketDay.lines[0], { accountCode: '4030', creditCents: 84_000 }],
      },
    });
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors?.[0]).toMatchObject({
      message: 'The journal entry was not posted: debits 840.50 and credits 840.00 differ by 0.50.',
      extensions: {
        code: 'INVALID_JOURNAL_ENTRY',
        errorCode: 'INVALID_JOURNAL_ENTRY',
        violations: [
          { code: 'UNBALANCED', message: 'debits 840.50 and credits 840.00 differ by 0.50' },
        ],
      },
    });
    expect(await rows()).toBe(before);
  });

  it('refuses a viewer (FORBIDDEN) before anything runs', async () => {
    const before = await rows();
    const { errors } = await execute(VIEWER, POST, { input: marketDay });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows()).toBe(before);
  });

  it('posts an ADJUSTMENT as the signed-in user, and as an API key', async () => {
    const { data, errors } = await execute(OWNER, POST, { input: marketDay });
    expect(errors).toBeUndefined();
    expect(data?.postJournalEntry).toEqual({
      id: expect.any(String),
      occurredOn: '2026-03-14',
      memo: 'Saturday market',
      sourceType: 'ADJUSTMENT',
      sourceId: null,
      postedByType: 'USER',
      postedBy: 'owner-1',
      totalCents: 84_050,
      reversesEntryId: null,
      lines: [
        {
          accountCode: '1010',
          accountName: 'Operating checking',
          debitCents: 84_050,
          creditCents: 0,
          memo: 'Cash and cards',
        },
        {
          accountCode: '4030',
          accountName: 'Sales: markets and pop-ups',
          debitCents: 0,
          creditCents: 84_050,
          memo: null,
        },
      ],
    });
    const byKey = await execute(ADMIN_KEY, POST, {
      input: {
        occurredOn: '2026-03-15',
        memo: 'Booth fee',
        lines: [
          { accountCode: '6130', debitCents: 4_500 },
          { accountCode: '1010', creditCents: 4_500 },
        ],
      },
    });
    expect(byKey.data?.postJournalEntry).toMatchObject({
      postedByType: 'API_KEY',
      postedBy: 'key-7',
    });
  });

  it('lets a viewer read the trial balance, as of today on the shop calendar by default', async () => {
    // 12:00 UTC on March 15th is 05:00 in Los Angeles: still March 15th there.
    const { data, errors } = await execute(VIEWER, TRIAL_BALANCE);
    expect(errors).toBeUndefined();
    expect(data?.trialBalance).toEqual({
      asOf: '2026-03-15',
      totalDebitCents: 84_050,
      totalCreditCents: 84_050,
      balanced: true,
      rows: [
        {
          code: '1010',
          name: 'Operating checking',
          type: 'ASSET',
          normalBalance: 'DEBIT',
          debitCents: 79_550,
          creditCents: 0,
          balanceCents: 79_550,
        },
        {
          code: '4030',
          name: 'Sales: markets and pop-ups',
          type: 'REVENUE',
          normalBalance: 'CREDIT',
          debitCents: 0,
          creditCents: 84_050,
          balanceCents: 84_050,
        },
        {
          code: '6130',
          name: 'Taxes and licenses',
          type: 'EXPENSE',
          normalBalance: 'DEBIT',
          debitCents: 4_500,
          creditCents: 0,
          balanceCents: 4_500,
        },
      ],
    });
    const before = await execute(VIEWER, TRIAL_BALANCE, { asOf: '2026-03-14' });
    expect(before.data?.trialBalance).toMatchObject({ totalDebitCents: 84_050 });
  });

  it('refuses a date that is not on the calendar as INVALID_INPUT', async () => {
    const { errors } = await execute(VIEWER, TRIAL_BALANCE, { asOf: '2026-02-30' });
    expect(errors?.[0]?.extensions).toMatchObject({ errorCode: 'INVALID_INPUT' });
  });
});

describe('reverseJournalEntry and the journal', () => {
  it('reverses once; a second reversal is JOURNAL_ENTRY_ALREADY_REVERSED', async () => {
    const posted = await execute(OWNER, POST, {
      input: {
        occurredOn: '2026-03-10',
        memo: 'Mistyped rent',
        lines: [
          { accountCode: '6100', debitCents: 18_000 },
          { accountCode: '1010', creditCents: 18_000 },
        ],
      },
    });
    const { id } = posted.data?.postJournalEntry as { id: string };
    const reversed = await execute(ADMIN_KEY, REVERSE, { id, memo: 'Typo: 180.00, not 1,800.00' });
    expect(reversed.errors).toBeUndefined();
    expect(reversed.data?.reverseJournalEntry).toMatchObject({
      sourceType: 'REVERSAL',
      sourceId: id,
      reversesEntryId: id,
      occurredOn: '2026-03-10',
    });
    const again = await execute(OWNER, REVERSE, { id, memo: 'Again' });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'JOURNAL_ENTRY_ALREADY_REVERSED',
    });
    const viewer = await execute(VIEWER, REVERSE, { id, memo: 'No' });
    expect(viewer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });

    const journal = await execute(
      VIEWER,
      `query Journal($filter: JournalEntryFilter) {
         journalEntries(filter: $filter, first: 2) {
           totalItems items { memo sourceType reversedByEntryId lines { accountCode debitCents creditCents } }
         }
       }`,
      { filter: { accountCode: '6100' } },
    );
    expect(journal.data?.journalEntries).toEqual({
      totalItems: 2,
      items: [
        {
          memo: 'Typo: 180.00, not 1,800.00',
          sourceType: 'REVERSAL',
          reversedByEntryId: null,
          lines: [
            { accountCode: '6100', debitCents: 0, creditCents: 18_000 },
            { accountCode: '1010', debitCents: 18_000, creditCents: 0 },
          ],
        },
        {
          memo: 'Mistyped rent',
          sourceType: 'ADJUSTMENT',
          reversedByEntryId: (reversed.data?.reverseJournalEntry as { id: string }).id,
          lines: [
            { accountCode: '6100', debitCents: 18_000, creditCents: 0 },
            { accountCode: '1010', debitCents: 0, creditCents: 18_000 },
          ],
        },
      ],
    });
  });

  it('lists the chart of accounts with Schedule C lines for a viewer', async () => {
    const { data } = await execute(
      VIEWER,
      `{ accounts { code parentCode postable scheduleCLine scheduleCLineLabel } }`,
    );
    const accounts = data?.accounts as Array<Record<string, unknown>>;
    expect(accounts).toHaveLength(CHART_OF_ACCOUNTS.length);
    expect(accounts.find((a) => a.code === '6010')).toEqual({
      code: '6010',
      parentCode: '6000',
      postable: true,
      scheduleCLine: 'L8_ADVERTISING',
      scheduleCLineLabel: 'Line 8: Advertising',
    });
  });

  it('answers period balances by account', async () => {
    const { data, errors } = await execute(
      VIEWER,
      `{ accountBalances(from: "2026-03-15", asOf: "2026-03-31") { code openingCents debitCents creditCents closingCents } }`,
    );
    expect(errors).toBeUndefined();
    const cash = (data?.accountBalances as Array<Record<string, unknown>>).find(
      (b) => b.code === '1010',
    );
    // Opening: +840.50 market, -180.00 rent, +180.00 reversal (March 10th); then the booth fee.
    expect(cash).toEqual({
      code: '1010',
      openingCents: 84_050,
      debitCents: 0,
      creditCents: 4_500,
      closingCents: 79_550,
    });
  });
});
