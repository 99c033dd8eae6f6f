import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Per target type of the audit log, the query naming its ids ($1 the workspace, $2 the ids):
 * rows of `id` and `name`. Types not listed here (a schedule, a list, a session) have no name
 * the console could show better than the type itself.
 */
const NAME_QUERIES: Readonly<Record<string, string>> = {
  agent: `SELECT id::text, name FROM agent WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
  admin_user: `SELECT id::text, name FROM admin_user WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
  api_key: `SELECT id::text, 'API key “' || name || '”' AS name
              FROM api_key WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
  run: `SELECT r.id::text, a.name || coalesce(': ' || s.title, '') AS name
          FROM run r JOIN agent a ON a.id = r.agent_id LEFT JOIN scenario s ON s.id = r.scenario_id
         WHERE r.workspace_id = $1 AND r.id = ANY($2::uuid[])`,
  approval: `SELECT p.id::text, a.name || ': ' || p.reason AS name
               FROM approval p JOIN run r ON r.id = p.run_id JOIN agent a ON a.id = r.agent_id
              WHERE p.workspace_id = $1 AND p.id = ANY($2::uuid[])`,
  conversation: `SELECT id::text, coalesce(customer_email, 'A storefront visitor') AS name
                   FROM conversation WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
  lead: `SELECT id::text, name || ' <' || email || '>' AS name
           FROM lead WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
};

/**
 * What an audit event was done to, by name ("Sales & Leads: Book a demo" for a run, the agent's
 * or team member's name, an API key's name), read within the caller's workspace; null when the
 * type has no name or the row is gone. One query per target type for a page of events.
 */
export class TargetNameService {
  private readonly loaders = new WeakMap<RequestContext, DataLoader<string, string | null>>();

  constructor(private readonly dataSource: DataSource) {}

  name(
    ctx: RequestContext,
    targetType: string | null,
    targetId: string | null,
  ): Promise<string | null> {
    if (!targetType || !targetId || !NAME_QUERIES[targetType] || !UUID.test(targetId)) {
      return Promise.resolve(null);
    }
    return this.loader(ctx).load(`${targetType}:${targetId}`);
  }

  private loader(ctx: RequestContext): DataLoader<string, string | null> {
    let loader = this.loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const byType = new Map<string, string[]>();
        for (const key of keys) {
          const [type = '', id = ''] = key.split(':');
          byType.set(type, [...(byType.get(type) ?? []), id]);
        }
        const names = new Map<string, string>();
        for (const [type, ids] of byType) {
          const rows = (await this.dataSource.query(NAME_QUERIES[type] ?? '', [
            ctx.workspaceId,
            ids,
          ])) as { id: string; name: string }[];
          for (const row of rows) names.set(`${type}:${row.id}`, row.name);
        }
        return keys.map((key) => names.get(key) ?? null);
      });
      this.loaders.set(ctx, loader);
    }
    return loader;
  }
}
