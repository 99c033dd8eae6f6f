import { AdminUserEntity, AgentEntity, ApiKeyEntity, VisitorEntity } from '@zactonics/db';
import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../../context.js';

/** An actor string split at its first colon: `user:<id>` is kind `user`, ref `<id>`. */
function parseActor(actor: string): { kind: string; ref: string } {
  const colon = actor.indexOf(':');
  return colon < 0
    ? { kind: actor, ref: '' }
    : { kind: actor.slice(0, colon), ref: actor.slice(colon + 1) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The audit log's actor strings (`user:<id>`, `api_key:<id>`, `visitor:<id>`, `agent:<key>`,
 * `system:<what>`, ...; context.ts) as the names a person knows: the team member's name, the API
 * key's name, the visitor's name or email, the agent's name. One query per kind for a whole page
 * (a loader per request), always within the caller's workspace: another workspace's ids read as
 * unknown. Whatever cannot be named reads as what it is ("A deleted API key"), never as an id.
 */
export class ActorNameService {
  private readonly loaders = new WeakMap<RequestContext, DataLoader<string, string>>();
  private readonly visitorLoaders = new WeakMap<
    RequestContext,
    DataLoader<string, string | null>
  >();

  constructor(private readonly dataSource: DataSource) {}

  /** The name of one actor, batched with the others asked for in the same tick. */
  name(ctx: RequestContext, actor: string): Promise<string> {
    let loader = this.loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (actors) => {
        const names = await this.names(ctx.workspaceId, actors);
        return actors.map((a) => names.get(a) ?? a);
      });
      this.loaders.set(ctx, loader);
    }
    return loader.load(actor);
  }

  /** A storefront visitor's name, else their email, else null (an anonymous visitor). */
  visitorName(ctx: RequestContext, visitorId: string): Promise<string | null> {
    let loader = this.visitorLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const visitors = await this.byId(
          VisitorEntity,
          'id',
          ctx.workspaceId,
          ids.filter((id) => UUID.test(id)),
        );
        return ids.map((id) => {
          const visitor = visitors.get(id);
          return visitor?.name ?? visitor?.email ?? null;
        });
      });
      this.visitorLoaders.set(ctx, loader);
    }
    return loader.load(visitorId);
  }

  /** The names of many actors at once (the CSV export's pages). */
  async names(workspaceId: string, actors: readonly string[]): Promise<Map<string, string>> {
    const refs = (kind: string) => [
      ...new Set(
        actors
          .map(parseActor)
          .filter((a) => a.kind === kind && (kind === 'agent' || UUID.test(a.ref)))
          .map((a) => a.ref),
      ),
    ];
    const [users, keys, visitors, agents] = await Promise.all([
      this.byId(AdminUserEntity, 'id', workspaceId, refs('user')),
      this.byId(ApiKeyEntity, 'id', workspaceId, refs('api_key')),
      this.byId(VisitorEntity, 'id', workspaceId, refs('visitor')),
      this.byId(AgentEntity, 'key', workspaceId, refs('agent')),
    ]);
    const named = new Map<string, string>();
    for (const actor of actors) {
      const { kind, ref } = parseActor(actor);
      named.set(actor, actorWords(kind, ref, { users, keys, visitors, agents }));
    }
    return named;
  }

  private async byId<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: 'id' | 'key',
    workspaceId: string,
    refs: string[],
  ): Promise<Map<string, T>> {
    if (refs.length === 0) return new Map();
    const rows = await this.dataSource.manager.findBy(entity, {
      workspaceId,
      [column]: In(refs),
    } as never);
    return new Map(rows.map((row) => [String(row[column]), row]));
  }
}

interface Found {
  users: Map<string, AdminUserEntity>;
  keys: Map<string, ApiKeyEntity>;
  visitors: Map<string, VisitorEntity>;
  agents: Map<string, AgentEntity>;
}

function actorWords(kind: string, ref: string, found: Found): string {
  switch (kind) {
    case 'user': {
      const user = found.users.get(ref);
      return user ? user.name || user.email : 'A removed team member';
    }
    case 'api_key': {
      const key = found.keys.get(ref);
      return key ? `API key “${key.name}”` : 'A deleted API key';
    }
    case 'visitor': {
      const visitor = found.visitors.get(ref);
      const who = visitor?.name ?? visitor?.email;
      return who ? `Storefront visitor ${who}` : 'A storefront visitor';
    }
    case 'publishable_key':
      return 'The storefront widget';
    case 'agent': {
      const agent = found.agents.get(ref);
      return `The ${agent?.name ?? ref} agent`;
    }
    case 'run':
      return 'An agent run';
    case 'webhook':
      return 'An inbound webhook';
    case 'system':
      return ref ? `The hub (${ref})` : 'The hub';
    case 'anonymous':
      return 'Someone not signed in';
    default:
      return ref ? `${kind}: ${ref}` : kind;
  }
}
