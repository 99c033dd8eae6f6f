import {
  ConversationEntity,
  ConversationMessageEntity,
  HANDOFF_STATES,
  type HandoffState,
} from '@zactonics/db';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { assertPage } from '../paging.js';

export interface ConversationQuery {
  /** Keep only conversations in these states; absent or empty: every state. */
  handoffStates?: readonly HandoffState[] | null | undefined;
  first: number;
  offset: number;
}

/** The console's conversation inbox: a page of conversations and each one's last message. */
export class ConversationListService {
  // One loader per request (keyed by its context), so a page's last messages cost one query.
  private readonly lastMessageLoaders = new WeakMap<
    RequestContext,
    DataLoader<string, ConversationMessageEntity | null>
  >();

  constructor(private readonly dataSource: DataSource) {}

  /**
   * Newest activity first. A conversation's activity is the later of `updated_at` (creation, a new
   * run, a handoff move) and its last message, since a person's message or an agent's reply does
   * not touch the conversation row.
   */
  async list(
    ctx: RequestContext,
    query: ConversationQuery,
  ): Promise<{ items: ConversationEntity[]; totalItems: number }> {
    assertPage(query);
    const params: unknown[] = [ctx.workspaceId];
    let where = 'c.workspace_id = $1';
    const states = [...new Set(query.handoffStates ?? [])].filter((s) =>
      (HANDOFF_STATES as readonly string[]).includes(s),
    );
    if (states.length > 0) {
      const placeholders = states.map((s) => `$${params.push(s)}`);
      where += ` AND c.handoff_state IN (${placeholders.join(', ')})`;
    }
    const [count] = (await this.dataSource.query(
      `SELECT count(*)::int AS total FROM conversation c WHERE ${where}`,
      params,
    )) as { total: number }[];
    const totalItems = Number(count?.total ?? 0);
    if (query.first === 0 || query.offset >= totalItems) return { items: [], totalItems };
    const limit = `$${params.push(query.first)}`;
    const offset = `$${params.push(query.offset)}`;
    const rows = (await this.dataSource.query(
      `SELECT c.id
         FROM conversation c
        WHERE ${where}
        ORDER BY GREATEST(c.updated_at, COALESCE(
                   (SELECT max(m.created_at) FROM conversation_message m WHERE m.conversation_id = c.id),
                   c.updated_at)) DESC,
                 c.id DESC
        LIMIT ${limit} OFFSET ${offset}`,
      params,
    )) as { id: string }[];
    const ids = rows.map((r) => r.id);
    const found = await this.dataSource.manager.findBy(ConversationEntity, {
      workspaceId: ctx.workspaceId,
      id: In(ids),
    });
    const byId = new Map(found.map((c) => [c.id, c]));
    const items = ids.flatMap((id) => byId.get(id) ?? []);
    return { items, totalItems };
  }

  /** The conversation's latest message (highest seq), or null when it has none. */
  lastMessage(
    ctx: RequestContext,
    conversationId: string,
  ): Promise<ConversationMessageEntity | null> {
    let loader = this.lastMessageLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.dataSource.manager
          .createQueryBuilder(ConversationMessageEntity, 'm')
          .distinctOn(['m.conversation_id'])
          .where('m.workspace_id = :workspaceId', { workspaceId: ctx.workspaceId })
          .andWhere('m.conversation_id IN (:...ids)', { ids: [...ids] })
          .orderBy('m.conversation_id')
          .addOrderBy('m.seq', 'DESC')
          .getMany();
        const byConversation = new Map(rows.map((m) => [m.conversationId, m]));
        return ids.map((id) => byConversation.get(id) ?? null);
      });
      this.lastMessageLoaders.set(ctx, loader);
    }
    return loader.load(conversationId);
  }
}
