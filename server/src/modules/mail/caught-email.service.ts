import { CaughtEmailEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { isId } from '../ids.js';
import { assertPage } from '../paging.js';
import type { MailDelivery } from './mail-delivery.js';

export interface CaughtEmailQuery {
  first: number;
  offset: number;
}

/**
 * The console's Outbox: email the development catcher kept, newest first. Mail holding a
 * one-time password link is confidential: only owners see it (anyone else holding the link could
 * take over the account it names).
 */
export class CaughtEmailService {
  constructor(
    private readonly dataSource: DataSource,
    /** How this hub delivers email; the Outbox says so when it is not the catcher. */
    readonly delivery: MailDelivery,
  ) {}

  async list(
    ctx: Pick<RequestContext, 'workspaceId' | 'role'>,
    query: CaughtEmailQuery,
  ): Promise<{ items: CaughtEmailEntity[]; totalItems: number }> {
    assertPage(query);
    const qb = this.dataSource.manager
      .createQueryBuilder(CaughtEmailEntity, 'm')
      .where('m.workspace_id = :workspaceId', { workspaceId: ctx.workspaceId })
      .orderBy('m.sent_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .take(query.first)
      .skip(query.offset);
    if (ctx.role !== 'OWNER') qb.andWhere('NOT m.confidential');
    const [items, totalItems] = await qb.getManyAndCount();
    return { items, totalItems };
  }

  /** One caught email of the workspace, or null (unknown, or confidential and not an owner). */
  async get(
    ctx: Pick<RequestContext, 'workspaceId' | 'role'>,
    id: string,
  ): Promise<CaughtEmailEntity | null> {
    if (!isId(id)) return null;
    const email = await this.dataSource.manager.findOneBy(CaughtEmailEntity, {
      workspaceId: ctx.workspaceId,
      id,
    });
    if (!email || (email.confidential && ctx.role !== 'OWNER')) return null;
    return email;
  }
}
