import type { ApprovalEntity, ApprovalStatus, RunEntity } from '@zactonics/db';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ConsoleContext } from '../../console-context.js';
import { ApprovalStatusEnum } from '../../graphql/enums.js';
import { Run } from '../runs/run.type.js';
import { Approval, ApprovalList } from './approval.type.js';

@Resolver(() => Approval)
export class ApprovalResolver {
  @Query(() => ApprovalList, { description: "The workspace's approvals, newest first." })
  approvals(
    @Ctx() ctx: ConsoleContext,
    @Arg('statuses', () => [ApprovalStatusEnum], { nullable: true })
    statuses?: ApprovalStatus[] | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ) {
    return ctx.services.approvals.list(ctx, { statuses, first, offset });
  }

  @Mutation(() => Run, {
    description:
      "Approves the run's pending action, optionally with edited text, and resumes the run.",
  })
  approveRun(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
    @Arg('editedOutput', () => String, { nullable: true }) editedOutput?: string | null,
  ): Promise<RunEntity> {
    return ctx.services.approvals.approve(ctx, id, editedOutput);
  }

  @Mutation(() => Run, {
    description:
      "Rejects the run's pending action: a rejected reply ends the run, a rejected tool call does not run and the agent goes on without it.",
  })
  rejectRun(
    @Ctx() ctx: ConsoleContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ): Promise<RunEntity> {
    return ctx.services.approvals.reject(ctx, id, reason);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether approveRun takes editedOutput: a reply, an email or a post can be edited; a refund or a schedule is approved as proposed.',
  })
  editable(@Ctx() ctx: ConsoleContext, @Root() approval: ApprovalEntity): boolean {
    return ctx.services.approvals.editable(approval);
  }

  @FieldResolver(() => Run)
  run(@Ctx() ctx: ConsoleContext, @Root() approval: ApprovalEntity) {
    return ctx.services.runs.get(ctx, approval.runId);
  }
}

@Resolver(() => Run)
export class RunApprovalsResolver {
  @FieldResolver(() => [Approval], { description: "The run's approvals, oldest first." })
  approvals(@Ctx() ctx: ConsoleContext, @Root() run: RunEntity) {
    return ctx.services.approvals.forRun(ctx, run.id);
  }

  @FieldResolver(() => Approval, { nullable: true, description: 'The decision the run waits for.' })
  async pendingApproval(@Ctx() ctx: ConsoleContext, @Root() run: RunEntity) {
    if (run.status !== 'WAITING_FOR_HUMAN') return null;
    const approvals = await ctx.services.approvals.forRun(ctx, run.id);
    return approvals.find((a) => a.status === 'PENDING') ?? null;
  }
}
