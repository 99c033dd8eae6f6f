import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../context.js';
import { createConsoleContext } from '../../console-context.js';
import type { DomainError } from '../../errors.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { identityHash, proveIdentity } from './access/index.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');
const HOUR_MS = 60 * 60 * 1000;

let fixture: SeededServices;
let owner: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'user:secret-spec' });
  owner = createConsoleContext(fixture.services, fixture.ctx.workspaceId, 'user:owner', {
    role: 'OWNER',
  });
});

afterAll(() => fixture?.close());

const secrets = () => fixture.services.identitySecrets.verifying(owner.workspaceId);

describe('the widget identity secret', () => {
  it('is shown once, to an owner rotating it; the status never holds it', async () => {
    const before = await fixture.services.identitySecrets.status(owner);
    const rotated = await fixture.services.identitySecrets.rotate(owner);
    const after = await fixture.services.identitySecrets.status(owner);

    expect(before).toEqual({ rotatedAt: null, previousSecretValidUntil: null });
    expect(rotated.secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    expect(rotated.rotatedAt).toEqual(NOW);
    expect(rotated.previousSecretValidUntil).toEqual(new Date(NOW.getTime() + 24 * HOUR_MS));
    expect(after).toEqual({
      rotatedAt: NOW,
      previousSecretValidUntil: new Date(NOW.getTime() + 24 * HOUR_MS),
    });
    expect(JSON.stringify(after)).not.toContain(rotated.secret);
  });

  it.each(['ADMIN', 'VIEWER'] as const)(
    'refuses a rotation by an %s with FORBIDDEN',
    async (role) => {
      const ctx = createConsoleContext(fixture.services, owner.workspaceId, `user:${role}`, {
        role,
      });
      const before = await secrets();

      const error = await fixture.services.identitySecrets.rotate(ctx).catch((e: unknown) => e);

      expect((error as DomainError).errorCode).toBe('FORBIDDEN');
      expect(await secrets()).toEqual(before);
    },
  );

  it('keeps the replaced secret verifying for the grace period, and not a second longer', async () => {
    const first = await fixture.services.identitySecrets.rotate(owner);
    fixture.setNow(new Date(NOW.getTime() + HOUR_MS));
    const second = await fixture.services.identitySecrets.rotate(owner);
    const signedWithFirst = identityHash('cust_1', first.secret);

    const during = proveIdentity({ id: 'cust_1' }, signedWithFirst, await secrets());
    fixture.setNow(new Date(NOW.getTime() + 25 * HOUR_MS + 1000));
    const afterGrace = proveIdentity({ id: 'cust_1' }, signedWithFirst, await secrets());
    const current = proveIdentity(
      { id: 'cust_1' },
      identityHash('cust_1', second.secret),
      await secrets(),
    );

    expect(during).toEqual({ emailVerified: false });
    expect(afterGrace).toBeNull();
    expect(current).toEqual({ emailVerified: false });
    expect(await fixture.services.identitySecrets.status(owner)).toMatchObject({
      previousSecretValidUntil: null,
    });
    fixture.setNow(NOW);
  });

  it('records each rotation in the audit log, without the secret', async () => {
    const { secret } = await fixture.services.identitySecrets.rotate(owner);
    const rows = await fixture.db.dataSource.query<{ actor: string; data: unknown }[]>(
      `SELECT actor, data FROM audit_event WHERE action = 'widget_identity_secret.rotate' ORDER BY created_at`,
    );

    expect(rows.length).toBeGreaterThanOrEqual(1);
    expect(rows.at(-1)?.actor).toBe('user:owner');
    expect(JSON.stringify(rows)).not.toContain(secret);
    expect(JSON.stringify(rows)).not.toContain('whsec_');
  });
});
