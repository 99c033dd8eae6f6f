import type { AuditEventEntity } from '@zactonics/db';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { AuditEvent, AuditEventList } from './audit-event.type.js';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => AuditEventList, {
    description:
      'The audit log, newest first. `search` matches actor, action, target id or data (case-insensitive, literal); `actions` keeps only those actions, `actor` only that actor (e.g. `user:<id>`), `from`/`to` only events at or after / before those instants.',
  })
  auditEvents(
    @Ctx() ctx: ConsoleContext,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('actions', () => [String], { nullable: true }) actions?: string[] | null,
    @Arg('actor', () => String, { nullable: true }) actor?: string | null,
    @Arg('from', () => Date, { nullable: true }) from?: Date | null,
    @Arg('to', () => Date, { nullable: true }) to?: Date | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ) {
    return ctx.services.auditLog.list(ctx, { search, actions, actor, from, to, first, offset });
  }

  @FieldResolver(() => String, {
    description:
      'The actor by name: the team member, "API key “Zapier”", the storefront visitor, "The Support agent", "The hub".',
  })
  actorName(@Ctx() ctx: ConsoleContext, @Root() event: AuditEventEntity): Promise<string> {
    return ctx.services.actorNames.name(ctx, event.actor);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'What the event was done to, by name: a run as "<agent>: <scenario>", an agent, a team member, an API key, a lead, a conversation. Null when the target has no name (a list, a session) or is gone.',
  })
  targetName(@Ctx() ctx: ConsoleContext, @Root() event: AuditEventEntity): Promise<string | null> {
    return ctx.services.targetNames.name(ctx, event.targetType, event.targetId);
  }
}
