import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type HubDatabase } from '../data-source.js';
import { AgentEntity } from '../entities/agent.entity.js';
import { ScenarioEntity } from '../entities/scenario.entity.js';
import { AgentEditedFields1795709750000 } from '../migrations/1795709750000-agent-edited-fields.js';
import { ReportingDimensions1795720000000 } from '../migrations/1795720000000-reporting-dimensions.js';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { convergeReferenceData, type ConvergenceReport } from './converge-reference-data.js';
import { DEMO_AGENTS } from './demo-catalog.js';
import { seedDemoWorkspace } from './seed-demo-workspace.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const NOTHING_CHANGED: ConvergenceReport = {
  agentsAdded: [],
  agentsUpdated: {},
  scenariosAdded: [],
  scenariosUpdated: [],
  directoryDomains: [],
};

let testDb: TestDatabase;
let db: HubDatabase;
let workspaceId: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  db = await openDatabase(testDb.options);
  await migrateDatabase(db);
  ({
    workspace: { id: workspaceId },
  } = await seedDemoWorkspace(db.dataSource, NOW));
});

afterAll(async () => {
  await db?.close();
  await testDb?.drop();
});

const sql = <T>(text: string, parameters: unknown[] = []) =>
  db.dataSource.query(text, parameters) as Promise<T[]>;
const agent = (key: string) =>
  db.dataSource.manager.findOneByOrFail(AgentEntity, { workspaceId, key });
const seeded = (key: string) => {
  const seed = DEMO_AGENTS.find((a) => a.key === key);
  if (!seed) throw new Error(`no built-in agent ${key}`);
  return seed;
};

describe('convergeReferenceData', () => {
  it('changes nothing on a freshly seeded database', async () => {
    expect(await convergeReferenceData(db.dataSource, workspaceId)).toEqual(NOTHING_CHANGED);
  });

  it("brings a database an older release seeded up to this release's catalog, keeping the owner's edits", async () => {
    // As an older release left it: sales without the tool added since, a scenario and a
    // directory company that did not exist yet, an older sample input, a whole agent missing.
    await sql(`UPDATE agent SET tools = array_remove(tools, 'book_meeting') WHERE key = 'sales'`);
    await sql(`DELETE FROM scenario WHERE key = 'meeting-scheduling'`);
    await sql(
      `UPDATE scenario SET sample_input = '{"orderNumber": "JL-1001"}' WHERE key = 'order-tracking'`,
    );
    await sql(`DELETE FROM company_directory WHERE domain = 'brightdesk.example'`);
    await sql(`DELETE FROM agent WHERE key = 'reporting'`);
    // The owner's edits through the agent editor (which records the fields it changed).
    await sql(
      `UPDATE agent SET tools = '{search_knowledge_base,track_order}', edited_fields = '{tools}'
        WHERE key = 'support'`,
    );
    await sql(
      `UPDATE agent SET system_prompt = 'Our own words.', edited_fields = '{systemPrompt}'
        WHERE key = 'finance'`,
    );
    const scenarioIds = await sql<{ key: string; id: string }>('SELECT key, id FROM scenario');

    const report = await convergeReferenceData(db.dataSource, workspaceId);

    expect(report).toEqual({
      agentsAdded: ['reporting'],
      agentsUpdated: { sales: ['tools'] },
      scenariosAdded: [
        'meeting-scheduling',
        ...seeded('reporting').scenarios.map((scenario) => scenario.key),
      ],
      scenariosUpdated: ['order-tracking'],
      directoryDomains: ['brightdesk.example'],
    });
    expect((await agent('sales')).tools).toEqual(seeded('sales').tools);
    expect(await agent('reporting')).toMatchObject({
      tools: seeded('reporting').tools,
      position: DEMO_AGENTS.findIndex((a) => a.key === 'reporting'),
    });
    // The owner's edits stay; the fields they did not edit still follow the release.
    expect(await agent('support')).toMatchObject({
      tools: ['search_knowledge_base', 'track_order'],
      systemPrompt: seeded('support').systemPrompt,
    });
    expect(await agent('finance')).toMatchObject({
      systemPrompt: 'Our own words.',
      tools: seeded('finance').tools,
    });
    const [orderTracking] = await sql<{ sample_input: unknown }>(
      `SELECT sample_input FROM scenario WHERE key = 'order-tracking'`,
    );
    expect(orderTracking?.sample_input).toEqual({ orderNumber: 'JL-1042' });
    // Existing scenarios keep their ids (runs refer to them).
    const after = await sql<{ key: string; id: string }>('SELECT key, id FROM scenario');
    for (const { key, id } of scenarioIds) {
      expect(after.find((row) => row.key === key)?.id).toBe(id);
    }
    const scenarios = await db.dataSource.manager.find(ScenarioEntity, { where: { workspaceId } });
    expect(scenarios).toHaveLength(21);
    const [brightDesk] = await sql<{ name: string; employees: number }>(
      `SELECT name, employees FROM company_directory WHERE domain = 'brightdesk.example'`,
    );
    expect(brightDesk).toEqual({ name: 'BrightDesk', employees: 120 });

    expect(await convergeReferenceData(db.dataSource, workspaceId)).toEqual(NOTHING_CHANGED);
  });
});

// Only PostgreSQL gives two processes their own sessions; PGlite has one process by design.
const onPostgres = process.env.DATABASE_URL ? it : it.skip;

describe('convergeReferenceData from two processes', () => {
  onPostgres('adds a missing scenario once when two hubs start together', async () => {
    await sql(`DELETE FROM scenario WHERE key = 'faq-resolution'`);
    const other = await openDatabase(testDb.options);
    try {
      const reports = await Promise.all([
        convergeReferenceData(db.dataSource, workspaceId),
        convergeReferenceData(other.dataSource, workspaceId),
      ]);

      expect(reports.map((r) => r.scenariosAdded).sort()).toEqual([[], ['faq-resolution']]);
      const [row] = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM scenario WHERE key = 'faq-resolution'`,
      );
      expect(row?.n).toBe(1);
    } finally {
      await other.close();
    }
  });
});

describe('the agent-edited-fields migration', () => {
  it("reads the owner's earlier edits back from the audit log", async () => {
    const finance = await agent('finance');
    await sql(
      `INSERT INTO audit_event (workspace_id, actor, action, target_type, target_id, data)
       VALUES ($1, 'user:owner', 'agent.update', 'agent', $2, $3),
              ($1, 'user:owner', 'agent.update', 'agent', $2, $4),
              ($1, 'user:owner', 'agent.run', 'agent', $2, '{}')`,
      [
        workspaceId,
        finance.id,
        { agentKey: 'finance', changes: { model: {}, 'reviewPolicy.minConfidence': {} } },
        { agentKey: 'finance', changes: { tools: {} } },
      ],
    );
    const migration = new AgentEditedFields1795709750000();
    const runner = db.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    expect((await agent('finance')).editedFields).toEqual(['model', 'reviewPolicy', 'tools']);
    expect((await agent('sales')).editedFields).toEqual([]);
  });
});

describe('the reporting-dimensions migration', () => {
  it("gives an earlier hub's demo chart its departments, and leaves a renamed account unassigned", async () => {
    const departments = () =>
      sql<{ code: string; department: string | null }>(
        `SELECT code, department FROM ledger_account
          WHERE workspace_id = $1 AND type = 'EXPENSE' ORDER BY code`,
        [workspaceId],
      );
    const seededDepartments = await departments();
    await sql(`UPDATE ledger_account SET name = 'Studio rent' WHERE code = '6100'`);
    const migration = new ReportingDimensions1795720000000();
    const runner = db.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    expect(await departments()).toEqual(
      seededDepartments.map((row) => (row.code === '6100' ? { ...row, department: null } : row)),
    );
    expect(seededDepartments.find((row) => row.code === '6100')?.department).toBe(
      'Operations and fulfilment',
    );
    expect(seededDepartments.find((row) => row.code === '6070')?.department).toBeNull();
    expect(await sql(`SELECT naics_code FROM workspace WHERE id = $1`, [workspaceId])).toEqual([
      { naics_code: '459420' },
    ]);
    await sql(`UPDATE ledger_account SET name = 'Rent' WHERE code = '6100'`);
  });
});
