import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { AGENT_LIST_TTL_MS, AgentService } from './agent.service.js';

let fixture: SeededServices;

beforeAll(async () => {
  fixture = await openSeededServices({
    now: new Date('2026-11-26T15:00:00Z'),
    actor: 'api_key:agent-spec',
  });
});

afterAll(() => fixture?.close());

describe('AgentService.list', () => {
  it('serves the list from memory within the TTL, then reads changes; invalidate reads at once', async () => {
    let now = Date.parse('2026-11-26T15:00:00Z');
    const agents = new AgentService(fixture.db.dataSource, { now: () => new Date(now) });
    const names = async () => (await agents.list(fixture.ctx)).map((a) => a.name);
    const rename = (name: string) =>
      fixture.db.dataSource.query(`UPDATE agent SET name = $1 WHERE key = 'support'`, [name]);

    expect((await names())[0]).toBe('Customer Support');
    await rename('Help Desk');
    expect((await names())[0]).toBe('Customer Support');

    now += AGENT_LIST_TTL_MS;
    expect((await names())[0]).toBe('Help Desk');

    await rename('Customer Care');
    agents.invalidate(fixture.ctx.workspaceId);
    expect((await names())[0]).toBe('Customer Care');
  });

  it('hands out a copy of the list, so a caller cannot reorder the cached one', async () => {
    const first = await fixture.services.agents.list(fixture.ctx);
    first.reverse();
    const second = await fixture.services.agents.list(fixture.ctx);
    expect(second[0]?.key).toBe('support');
  });

  it('reads a key lookup from the database every time (it decides whether a run may start)', async () => {
    await fixture.services.agents.list(fixture.ctx);
    await fixture.db.dataSource.query(`UPDATE agent SET enabled = false WHERE key = 'tax'`);
    expect((await fixture.services.agents.findByKey(fixture.ctx, 'tax'))?.enabled).toBe(false);
  });
});
