import { AuditEventEntity } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { assertPage } from '../paging.js';

export interface AuditQuery {
  /** Matched, case-insensitively and literally, against actor, action, target id and data. */
  search?: string | null | undefined;
  actions?: readonly string[] | null | undefined;
  /** Only this actor's events (the exact actor string, e.g. `user:<id>`). */
  actor?: string | null | undefined;
  /** Only events at or after this instant. */
  from?: Date | null | undefined;
  /** Only events before this instant. */
  to?: Date | null | undefined;
  first: number;
  offset: number;
}

/** Reading the audit log (AuditService appends to it). */
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first. */
  async list(
    ctx: RequestContext,
    query: AuditQuery,
  ): Promise<{ items: AuditEventEntity[]; totalItems: number }> {
    assertPage(query);
    const qb = this.dataSource.manager
      .createQueryBuilder(AuditEventEntity, 'e')
      .where('e.workspace_id = :workspaceId', { workspaceId: ctx.workspaceId })
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(query.first)
      .skip(query.offset);
    if (query.actions?.length) {
      qb.andWhere('e.action IN (:...actions)', { actions: [...query.actions] });
    }
    if (query.actor) qb.andWhere('e.actor = :actor', { actor: query.actor });
    if (query.from) qb.andWhere('e.created_at >= :from', { from: query.from });
    if (query.to) qb.andWhere('e.created_at < :to', { to: query.to });
    const search = query.search?.trim();
    if (search) {
      // A sequential scan of the workspace's events; a pg_trgm index would serve a large log.
      qb.andWhere(
        `(e.actor ILIKE :pattern ESCAPE '\\' OR e.action ILIKE :pattern ESCAPE '\\'
          OR e.target_id ILIKE :pattern ESCAPE '\\' OR e.data::text ILIKE :pattern ESCAPE '\\')`,
        { pattern: `%${escapeLike(search)}%` },
      );
    }
    const [items, totalItems] = await qb.getManyAndCount();
    return { items, totalItems };
  }
}

/** `50%_off\` -> `50\%\_off\\`: the text is matched literally, not as a LIKE pattern. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
