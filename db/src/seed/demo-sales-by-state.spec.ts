import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type HubDatabase } from '../data-source.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { apportion } from './demo-sales-by-state.js';
import { seedDemoWorkspace } from './seed-demo-workspace.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let testDb: TestDatabase;
let db: HubDatabase;
let workspaceId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await openDatabase(testDb.options);
  await migrateDatabase(db);
  workspaceId = (await seedDemoWorkspace(db.dataSource, NOW)).workspace.id;
});

afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

const query = <T>(sql: string) => db.dataSource.query(sql, [workspaceId]) as Promise<T[]>;

describe('apportion', () => {
  it('splits whole units by weight, largest remainder first, always adding up', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(101, [0.5, 0.25, 0.25])).toEqual([51, 25, 25]);
    expect(apportion(7, [0, 0])).toEqual([7, 0]);
  });
});

describe('the demo sales by state', () => {
  it('tie to the books: each month and channel, goods equal the revenue account to the cent', async () => {
    const books = await query<{ month: string; channel: string; cents: string }>(`
      SELECT to_char(l.occurred_on, 'YYYY-MM') AS month,
             CASE a.code WHEN '4010' THEN 'ONLINE' WHEN '4020' THEN 'WHOLESALE' ELSE 'MARKET' END AS channel,
             SUM(l.credit_cents)::text AS cents
        FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
       WHERE l.workspace_id = $1 AND a.code IN ('4010', '4020', '4030')
       GROUP BY 1, 2 ORDER BY 1, 2`);
    const sales = await query<{ month: string; channel: string; cents: string }>(`
      SELECT to_char(sold_on, 'YYYY-MM') AS month, channel, SUM(goods_cents)::text AS cents
        FROM sale WHERE workspace_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`);

    expect(books.length).toBe(75); // 25 months × 3 channels
    expect(sales).toEqual(books);
  });

  it('tie online shipping to 4040 and the tax collected to the credits of 2200, month by month', async () => {
    const books = await query<{ month: string; shipping: string; tax: string }>(`
      SELECT to_char(l.occurred_on, 'YYYY-MM') AS month,
             SUM(CASE WHEN a.code = '4040' THEN l.credit_cents ELSE 0 END)::text AS shipping,
             SUM(CASE WHEN a.code = '2200' THEN l.credit_cents ELSE 0 END)::text AS tax
        FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
       WHERE l.workspace_id = $1 AND a.code IN ('4040', '2200')
       GROUP BY 1 ORDER BY 1`);
    const sales = await query<{ month: string; shipping: string; tax: string }>(`
      SELECT to_char(sold_on, 'YYYY-MM') AS month, SUM(shipping_cents)::text AS shipping,
             SUM(tax_collected_cents)::text AS tax
        FROM sale WHERE workspace_id = $1 GROUP BY 1 ORDER BY 1`);

    expect(sales).toEqual(books);
  });

  it('sell into twelve states, collect tax in Texas only, and stay a few thousand rows', async () => {
    const states = await query<{ state: string; taxed: string }>(`
      SELECT ship_to_state AS state, SUM(tax_collected_cents)::text AS taxed
        FROM sale WHERE workspace_id = $1 GROUP BY 1 ORDER BY 1`);
    const [count] = await query<{ rows: number }>(
      'SELECT count(*)::int AS rows FROM sale WHERE workspace_id = $1',
    );
    const rows = count?.rows ?? 0;
    const registrations = await query<{ state: string }>(
      'SELECT state FROM tax_registration WHERE workspace_id = $1',
    );

    expect(states.map((s) => s.state)).toEqual([
      'AZ',
      'CA',
      'CO',
      'FL',
      'GA',
      'IL',
      'NC',
      'NJ',
      'NY',
      'OK',
      'TX',
      'WA',
    ]);
    expect(states.filter((s) => s.taxed !== '0').map((s) => s.state)).toEqual(['TX']);
    expect(rows).toBeGreaterThan(1_000);
    expect(rows).toBeLessThan(3_000);
    expect(registrations).toEqual([{ state: 'TX' }]);
  });
});
