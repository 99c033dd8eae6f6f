import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { AuditEvent, AuditEventList } from './audit-event.type.js';

@Resolver(() => AuditEvent)
export class AuditEventResolver {
  @Query(() => AuditEventList, {
    description:
      'The audit log, newest first. `search` matches actor, action, target id or data (case-insensitive, literal); `actions` keeps only those actions.',
  })
  auditEvents(
    @Ctx() ctx: ConsoleContext,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('actions', () => [String], { nullable: true }) actions?: string[] | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ) {
    return ctx.services.auditLog.list(ctx, { search, actions, first, offset });
  }
}
