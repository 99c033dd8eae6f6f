import { CustomerFactEntity, WorkspaceEntity, type HubDatabase } from '@zactonics/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../context.js';
import type { DomainError } from '../../errors.js';
import type { HubServices } from '../../services.js';
import { openSeededServices, type SeededServices } from '../../testing/seeded-services.js';

const NOW = new Date('2026-11-26T15:00:00.000Z');

let fixture: SeededServices;
let db: HubDatabase;
let services: HubServices;
let ctx: RequestContext;

beforeAll(async () => {
  fixture = await openSeededServices({ now: NOW, actor: 'api_key:facts-spec' });
  ({ db, services, ctx } = fixture);
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

describe('CustomerFactService', () => {
  it('remembers a fact under the lower-cased email, and a newer value of the key replaces it', async () => {
    await services.customerFacts.remember(ctx, {
      customerEmail: 'Maya.Chen@Example.com',
      key: 'preferred_name',
      value: 'Maya',
    });
    const replaced = await services.customerFacts.remember(ctx, {
      customerEmail: 'maya.chen@example.com',
      key: 'preferred_name',
      value: '  Mai  ',
    });

    expect(replaced).toMatchObject({
      workspaceId: ctx.workspaceId,
      customerEmail: 'maya.chen@example.com',
      key: 'preferred_name',
      value: 'Mai',
      updatedAt: NOW,
    });
    const rows = await db.dataSource.manager.findBy(CustomerFactEntity, {
      customerEmail: 'maya.chen@example.com',
    });
    expect(rows.map((r) => [r.key, r.value])).toEqual([['preferred_name', 'Mai']]);
  });

  it('recalls the most recently updated facts first', async () => {
    const email = 'order@example.com';
    for (const key of ['a_first', 'b_second', 'c_third']) {
      await services.customerFacts.remember(ctx, { customerEmail: email, key, value: 'yes' });
    }
    // The clock is fixed, so date the rows apart by hand.
    await db.dataSource.query(
      `UPDATE customer_fact SET updated_at = $2::timestamptz - (CASE key
         WHEN 'a_first' THEN interval '1 hour' WHEN 'b_second' THEN interval '3 hours'
         ELSE interval '2 hours' END)
       WHERE customer_email = $1`,
      [email, NOW],
    );

    const facts = await services.customerFacts.recall(ctx, email);

    expect(facts.map((f) => f.key)).toEqual(['a_first', 'c_third', 'b_second']);
  });

  it('forgets one fact and says whether there was one', async () => {
    const email = 'forget@example.com';
    await services.customerFacts.remember(ctx, { customerEmail: email, key: 'size', value: 'M' });

    expect(await services.customerFacts.forget(ctx, email, 'size')).toBe(true);
    expect(await services.customerFacts.forget(ctx, email, 'size')).toBe(false);
    expect(await services.customerFacts.recall(ctx, email)).toEqual([]);
  });

  it("never recalls another workspace's facts about the same email", async () => {
    const manager = db.dataSource.manager;
    const other = await manager.save(manager.create(WorkspaceEntity, { slug: 'o', name: 'O' }));
    await services.customerFacts.remember(
      { workspaceId: other.id },
      { customerEmail: 'shared@example.com', key: 'secret', value: 'other shop only' },
    );

    expect(await services.customerFacts.recall(ctx, 'shared@example.com')).toEqual([]);
  });

  it('refuses a key that is not snake_case with INVALID_INPUT, saying what a key looks like', async () => {
    const error = await refusal(
      services.customerFacts.remember(ctx, {
        customerEmail: 'maya.chen@example.com',
        key: 'Preferred-Name',
        value: 'Maya',
      }),
    );

    expect(error.errorCode).toBe('INVALID_INPUT');
    expect(error.message).toBe(
      'The fact key "Preferred-Name" is not valid: use snake_case starting with a letter, at most 64 characters (e.g. preferred_name).',
    );
  });

  it('refuses an empty or over-long value, and an email that is not one', async () => {
    const email = 'maya.chen@example.com';
    const empty = await refusal(
      services.customerFacts.remember(ctx, { customerEmail: email, key: 'note', value: '   ' }),
    );
    const long = await refusal(
      services.customerFacts.remember(ctx, {
        customerEmail: email,
        key: 'note',
        value: 'x'.repeat(501),
      }),
    );
    const notEmail = await refusal(
      services.customerFacts.remember(ctx, { customerEmail: 'maya', key: 'note', value: 'x' }),
    );

    expect([empty.errorCode, long.errorCode, notEmail.errorCode]).toEqual([
      'INVALID_INPUT',
      'INVALID_INPUT',
      'INVALID_INPUT',
    ]);
    expect(empty.message).toBe('A fact value must be 1 to 500 characters.');
  });
});
