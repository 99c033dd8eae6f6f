import { AuditEventEntity, WorkspaceEntity } from '@zactonics/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createConsoleContext } from '../../console-context.js';
import type { ConsoleRole } from '../../context.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';

let s: SeededServices;

beforeAll(async () => {
  s = await openSeededServices({ now: new Date('2026-12-04T12:00:00Z'), actor: 'user:owner' });
});
afterAll(async () => {
  await s?.close();
});
beforeEach(async () => {
  await s.db.dataSource.manager.update(
    WorkspaceEntity,
    { id: s.ctx.workspaceId },
    { locale: 'en-US', currency: 'USD', timeZone: 'UTC' },
  );
  await s.db.dataSource.query("DELETE FROM audit_event WHERE action = 'workspace.locale'");
});

const as = (role: ConsoleRole) =>
  createConsoleContext(s.services, s.ctx.workspaceId, `user:${role.toLowerCase()}`, { role });

const stored = () =>
  s.db.dataSource.manager.findOneOrFail(WorkspaceEntity, {
    where: { id: s.ctx.workspaceId },
    select: { locale: true, currency: true, timeZone: true },
  });

const auditRows = () =>
  s.db.dataSource.manager.find(AuditEventEntity, {
    where: { workspaceId: s.ctx.workspaceId, action: 'workspace.locale' },
  });

describe('workspace settings', () => {
  it('saves canonical forms of the locale, currency and time zone and audits each change from and to', async () => {
    const saved = await s.services.workspaceSettings.update(as('OWNER'), {
      locale: 'es-mx',
      currency: 'mxn',
      timeZone: 'america/mexico_city',
    });
    expect(saved).toEqual({ locale: 'es-MX', currency: 'MXN', timeZone: 'America/Mexico_City' });
    expect(await stored()).toMatchObject(saved);
    const [row, ...more] = await auditRows();
    expect(more).toEqual([]);
    expect(row?.actor).toBe('user:owner');
    expect(row?.data).toEqual({
      locale: { from: 'en-US', to: 'es-MX' },
      currency: { from: 'USD', to: 'MXN' },
      timeZone: { from: 'UTC', to: 'America/Mexico_City' },
    });
  });

  it('leaves absent fields as they are and audits nothing when nothing changes', async () => {
    await s.services.workspaceSettings.update(as('OWNER'), { currency: 'EUR' });
    expect(await stored()).toMatchObject({ locale: 'en-US', currency: 'EUR', timeZone: 'UTC' });
    await s.services.workspaceSettings.update(as('OWNER'), { currency: 'EUR', locale: 'en-US' });
    expect((await auditRows()).map((r) => r.data)).toEqual([
      { currency: { from: 'USD', to: 'EUR' } },
    ]);
  });

  it.each([
    [
      'a currency without cents (JPY would show amounts 100 times too large)',
      { currency: 'JPY' },
      'INVALID_INPUT',
      'currency',
    ],
    ['a currency with three decimals', { currency: 'KWD' }, 'INVALID_INPUT', 'currency'],
    ['a made-up currency code', { currency: 'ZZZ' }, 'INVALID_INPUT', 'currency'],
    ['a malformed locale', { locale: 'not a locale!' }, 'INVALID_INPUT', 'locale'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus_Mons' }, 'TIME_ZONE_UNKNOWN', 'timeZone'],
  ] as const)(
    'refuses %s with a typed error and changes nothing',
    async (_, change, code, field) => {
      await expect(
        s.services.workspaceSettings.update(as('OWNER'), { locale: 'es-MX', ...change }),
      ).rejects.toMatchObject({ errorCode: code, details: expect.objectContaining({ field }) });
      expect(await stored()).toMatchObject({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
      expect(await auditRows()).toEqual([]);
    },
  );

  it('lets only owners change them, and everyone read them', async () => {
    for (const role of ['ADMIN', 'VIEWER'] as const) {
      await expect(
        s.services.workspaceSettings.update(as(role), { locale: 'es-MX' }),
      ).rejects.toMatchObject({ errorCode: 'FORBIDDEN' });
      expect(await s.services.workspaceSettings.get(as(role))).toEqual({
        locale: 'en-US',
        currency: 'USD',
        timeZone: 'UTC',
      });
    }
  });
});
