import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../context.js';
import { createConsoleContext } from '../../console-context.js';
import type { DomainError } from '../../errors.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';
import { CredentialRevocations } from '../admin-users/credential-revocations.js';
import { ApiKeyService } from './api-key.service.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let owner: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:spec' });
  owner = createConsoleContext(fixture.services, fixture.ctx.workspaceId, 'user:owner-spec', {
    role: 'OWNER',
  });
});

afterAll(() => fixture?.close());

async function refusal(operation: Promise<unknown>): Promise<DomainError> {
  return operation.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: unknown) => error as DomainError,
  );
}

describe('ApiKeyService in the console', () => {
  it('creates an ADMIN key whose plain text is returned once and stored only hashed', async () => {
    const { apiKey, plainKey } = await fixture.services.apiKeys.createForConsole(owner, ' CI ');

    expect(plainKey).toMatch(/^sk_live_/);
    expect(apiKey).toMatchObject({ name: 'CI', displayPrefix: plainKey.slice(0, 12) });
    const [row] = (await fixture.db.dataSource.query(
      'SELECT key_hash, scopes FROM api_key WHERE id = $1',
      [apiKey.id],
    )) as Array<{ key_hash: string; scopes: string[] }>;
    expect(row?.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.scopes).toEqual(['admin']);
    expect(await fixture.services.apiKeys.authenticate(`Bearer ${plainKey}`)).toMatchObject({
      apiKeyId: apiKey.id,
      role: 'ADMIN',
    });
    expect((await fixture.services.apiKeys.list(owner)).map((k) => k.id)).toContain(apiKey.id);
  });

  it('stops a revoked key at once, despite the verification cache', async () => {
    const { apiKey, plainKey } = await fixture.services.apiKeys.createForConsole(owner, 'temp');
    await fixture.services.apiKeys.authenticate(`Bearer ${plainKey}`); // cached now

    const revoked = await fixture.services.apiKeys.revoke(owner, apiKey.id);

    expect(revoked.revokedAt).toEqual(NOW);
    const error = await refusal(fixture.services.apiKeys.authenticate(`Bearer ${plainKey}`));
    expect(error.errorCode).toBe('UNAUTHENTICATED');
    const audit = (await fixture.db.dataSource.query(
      `SELECT action FROM audit_event WHERE target_id = $1 ORDER BY created_at`,
      [apiKey.id],
    )) as Array<{ action: string }>;
    expect(audit.map((a) => a.action)).toEqual(['api_key.create', 'api_key.revoke']);
  });

  it('stops a key revoked by another process at once in this one, and announces it', async () => {
    // Two processes sharing one pub/sub (as with Redis) and one database.
    const here = fixture.services.apiKeys;
    const there = new ApiKeyService(
      fixture.db.dataSource,
      fixture.services.clock,
      fixture.services.audit,
      new CredentialRevocations(fixture.pubSub),
    );
    const { apiKey, plainKey } = await here.createForConsole(owner, 'shared');
    await here.authenticate(`Bearer ${plainKey}`); // cached here now
    const heard: string[] = [];
    fixture.services.credentialRevocations.watch([{ kind: 'api_key', id: apiKey.id }], (r) =>
      heard.push(r.reason),
    );

    await there.revoke(owner, apiKey.id);
    await new Promise((resolve) => setImmediate(resolve));

    expect(heard).toEqual(['The API key was revoked.']);
    expect((await refusal(here.authenticate(`Bearer ${plainKey}`))).errorCode).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('leaves key management to owners', async () => {
    const admin = createConsoleContext(fixture.services, owner.workspaceId, 'user:a', {
      role: 'ADMIN',
    });

    expect((await refusal(fixture.services.apiKeys.createForConsole(admin, 'x'))).errorCode).toBe(
      'FORBIDDEN',
    );
    expect((await refusal(fixture.services.apiKeys.revoke(owner, 'not-an-id'))).errorCode).toBe(
      'API_KEY_NOT_FOUND',
    );
  });
});
