import { CustomerFactEntity, RunEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { Clock } from '../../runtime/clock.js';
import { requireCustomerEmail } from './customer-email.js';
import { customerOfRun } from './run-customer.js';

/** snake_case, as the database checks it: `preferred_name`, `gift_wrap_preference`. */
export const FACT_KEY_PATTERN = /^[a-z][a-z0-9_]{0,63}$/;
export const FACT_VALUE_MAX_LENGTH = 500;
/**
 * The most facts one recall returns. A fact costs at least a few tokens, so a context budget of a
 * couple of thousand tokens could never use more; the newest ones are the ones kept.
 */
export const RECALL_LIMIT = 200;

/** Services here are called by resolvers and by the runtime alike; both know the workspace. */
type WorkspaceScope = Pick<RequestContext, 'workspaceId'>;

export interface RememberFactCommand {
  customerEmail: string;
  key: string;
  value: string;
  /** The run that learned the fact, for provenance. */
  sourceRunId?: string | null | undefined;
}

/** Long-term facts about a workspace's customers, one value per key (a newer value replaces). */
export class CustomerFactService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Stores the fact, replacing any earlier value of the same key for the same customer. */
  async remember(scope: WorkspaceScope, command: RememberFactCommand): Promise<CustomerFactEntity> {
    const customerEmail = requireCustomerEmail(command.customerEmail);
    const key = validKey(command.key);
    const value = validValue(command.value);
    const now = this.clock.now();
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(CustomerFactEntity)
      .values({
        workspaceId: scope.workspaceId,
        customerEmail,
        key,
        value,
        sourceRunId: command.sourceRunId ?? null,
        createdAt: now,
        updatedAt: now,
      })
      // One statement, so two runs learning the same key at once cannot both insert.
      .orUpdate(['value', 'source_run_id', 'updated_at'], ['workspace_id', 'customer_email', 'key'])
      .execute();
    return this.dataSource.manager.findOneByOrFail(CustomerFactEntity, {
      workspaceId: scope.workspaceId,
      customerEmail,
      key,
    });
  }

  /** The customer's facts, most recently learned first. */
  recall(
    scope: WorkspaceScope,
    customerEmail: string,
    limit = RECALL_LIMIT,
  ): Promise<CustomerFactEntity[]> {
    return this.dataSource.manager.find(CustomerFactEntity, {
      where: { workspaceId: scope.workspaceId, customerEmail: requireCustomerEmail(customerEmail) },
      order: { updatedAt: 'DESC', key: 'ASC' },
      take: limit,
    });
  }

  /** Removes one fact; false when there was none. */
  async forget(scope: WorkspaceScope, customerEmail: string, key: string): Promise<boolean> {
    const result = await this.dataSource.manager.delete(CustomerFactEntity, {
      workspaceId: scope.workspaceId,
      customerEmail: requireCustomerEmail(customerEmail),
      key: validKey(key),
    });
    return (result.affected ?? 0) > 0;
  }

  /** The customer a run of the workspace is about (see customerOfRun), or null. */
  async customerOfRun(scope: WorkspaceScope, runId: string): Promise<string | null> {
    const run = await this.dataSource.manager.findOne(RunEntity, {
      select: { id: true, workspaceId: true, conversationId: true, input: true },
      where: { id: runId, workspaceId: scope.workspaceId },
    });
    return run ? customerOfRun(this.dataSource.manager, run) : null;
  }
}

function validKey(key: string): string {
  if (!FACT_KEY_PATTERN.test(key)) {
    throw new DomainError(
      'INVALID_INPUT',
      `The fact key "${key}" is not valid: use snake_case starting with a letter, at most 64 characters (e.g. preferred_name).`,
      { field: 'key' },
    );
  }
  return key;
}

function validValue(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length < 1 || trimmed.length > FACT_VALUE_MAX_LENGTH) {
    throw new DomainError(
      'INVALID_INPUT',
      `A fact value must be 1 to ${FACT_VALUE_MAX_LENGTH} characters.`,
      { field: 'value' },
    );
  }
  return trimmed;
}
