import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { AuditEventEntity } from '@zactonics/db';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRoutes } from './hub-http-server.js';
import { openSeededServices, type SeededServices } from '../testing/seeded-services.js';
import { WORKSPACE_EXPORT_PATH, workspaceExportRoute } from './workspace-export-route.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let server: Server;
let url: string;
let ownerKey: string;
let adminKey: string;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:workspace-export-route-spec' });
  const { services, ctx } = fixture;
  ownerKey = await services.apiKeys.create(ctx.workspaceId, 'Owner key');
  ({ plainKey: adminKey } = await services.apiKeys.createForConsole(
    { ...ctx, role: 'OWNER' },
    'Admin key',
  ));
  const app = express();
  // Mounted as the hub mounts its routes: refusals are answered by its JSON error handler.
  serveRoutes(app, [workspaceExportRoute(services, { now: () => NOW })], {
    development: false,
    log: () => undefined,
  });
  server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${WORKSPACE_EXPORT_PATH}`;
}, 120_000);

afterAll(async () => {
  await new Promise((done) => server?.close(done));
  await fixture?.close();
});

const download = (key?: string) =>
  fetch(url, { headers: key ? { authorization: `Bearer ${key}` } : {} });

describe('GET /exports/workspace.jsonl', () => {
  it("gives an owner the workspace's export as a download, and audits it", async () => {
    const response = await download(ownerKey);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="demo-2026-11-26.jsonl"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    const lines = (await response.text()).trimEnd().split('\n');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      workspace: { id: fixture.ctx.workspaceId, slug: 'demo' },
      exportedAt: NOW.toISOString(),
    });
    const trailer = JSON.parse(lines.at(-1) ?? '') as { end: boolean; rows: number };
    expect(trailer).toMatchObject({ end: true, rows: lines.length - 2 });
    const audited = await fixture.db.dataSource.manager.findBy(AuditEventEntity, {
      workspaceId: fixture.ctx.workspaceId,
      action: 'workspace.export',
    });
    expect(audited).toHaveLength(1);
    expect(audited[0]?.data).toMatchObject({ rows: trailer.rows });
  });

  it('refuses anyone but an owner', async () => {
    const anonymous = await download();
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({
      errors: [{ extensions: { errorCode: 'UNAUTHENTICATED' } }],
    });
    const admin = await download(adminKey);
    expect(admin.status).toBe(403);
    expect(await admin.json()).toMatchObject({
      errors: [{ extensions: { errorCode: 'FORBIDDEN' } }],
    });
  });
});
