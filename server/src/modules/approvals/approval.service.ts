import {
  ApprovalEntity,
  type ApprovalActionKind,
  type ApprovalStatus,
  type RunEntity,
} from '@zactonics/db';
import type { DataSource, EntityManager } from 'typeorm';
import type { RequestContext } from '../../context.js';
import { DomainError } from '../../errors.js';
import type { RunQueue } from '../../queue/run-queue.js';
import type { Clock } from '../../runtime/clock.js';
import {
  claimExecution,
  markExecutedWithin,
  settleWithin,
} from '../../runtime/approval-lifecycle.js';
import { redactDeep } from '../../runtime/guardrails/pii-redaction.js';
import { editableTextField, type ApprovalRequest } from '../../runtime/review-policy.js';
import { isTerminal } from '../../runtime/run-lifecycle.js';
import {
  RunFinishedElsewhere,
  type JournalTransaction,
  type RunJournal,
} from '../../runtime/run-journal.js';
import type { ToolRegistry } from '../../runtime/tool-registry.js';
import type { AuditService } from '../audit/audit.service.js';
import { emitApprovalRequested } from '../automation/outbound-webhooks/webhook-emissions.js';
import { assertPage } from '../paging.js';
import type { RunService } from '../runs/run.service.js';

export interface ApprovalQuery {
  statuses?: ApprovalStatus[] | null | undefined;
  first: number;
  offset: number;
}

/** Edited replies and email bodies are bounded like any other stored text. */
export const MAX_EDITED_OUTPUT_CHARS = 20_000;
const MAX_REASON_CHARS = 2_000;

type Decision =
  { status: 'APPROVED'; editedOutput: string | null } | { status: 'REJECTED'; reason: string };

/**
 * Human review: a run that needs a person waits (WAITING_FOR_HUMAN) with one pending approval;
 * approving or rejecting resumes it, an approval left past its expiry fails it. Every decision
 * takes the run's row lock first, so of two people deciding at once exactly one wins, and the
 * approved action is claimed once (`executed_at`) before it runs.
 */
export class ApprovalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: RunService,
    private readonly journal: RunJournal,
    private readonly queue: RunQueue,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly tools: ToolRegistry,
  ) {}

  /** Puts a RUNNING run in WAITING_FOR_HUMAN with a pending approval (called by the executor). */
  async request(runId: string, proposed: ApprovalRequest): Promise<ApprovalEntity> {
    // What waits for review is stored like every step: without card numbers or SSNs.
    const request = redactDeep(proposed).value;
    const now = this.clock.now();
    return this.journal.transaction(async (uow) => {
      const tx = uow.manager;
      const run = await uow.lock(runId);
      if (!run || run.status !== 'RUNNING') throw new RunFinishedElsewhere(runId);
      const approval = await tx.save(
        tx.create(ApprovalEntity, {
          workspaceId: run.workspaceId,
          runId,
          status: 'PENDING',
          actionKind: request.actionKind,
          policy: request.policy,
          reason: request.reason,
          amountCents: request.amountCents ?? null,
          expiresAt: new Date(now.getTime() + request.ttlMinutes * 60_000),
          ...(request.actionKind === 'SEND_REPLY'
            ? {
                proposedOutput: request.answer.text,
                answer: request.answer as unknown as Record<string, unknown>,
              }
            : request.actionKind === 'MODEL_CALL'
              ? { proposedOutput: request.proposedOutput }
              : {
                  proposedOutput: request.proposedOutput,
                  toolName: request.call.name,
                  toolCallId: request.call.id,
                  toolInput: request.call.input,
                }),
        }),
      );
      await uow.move(run, 'await_human', {
        kind: 'APPROVAL',
        title:
          request.actionKind === 'SEND_REPLY'
            ? 'Waiting for a person to approve the reply'
            : request.actionKind === 'MODEL_CALL'
              ? 'Budget reached: waiting for a person to approve paid model calls'
              : `Waiting for a person to approve ${request.call.name}`,
        detail: request.reason,
        data: {
          approvalId: approval.id,
          actionKind: approval.actionKind,
          policy: approval.policy,
          amountCents: approval.amountCents,
          expiresAt: approval.expiresAt.toISOString(),
          // The calls of the same round that wait their turn, so the run resumes with them.
          ...(request.actionKind === 'TOOL_CALL'
            ? { notStartedCalls: request.notStartedCalls }
            : {}),
        },
      });
      await emitApprovalRequested(tx, run, approval);
      return approval;
    });
  }

  /** Approves the run's pending action (optionally with edited text) and resumes the run. */
  async approve(
    ctx: RequestContext,
    runId: string,
    editedOutput?: string | null,
  ): Promise<RunEntity> {
    if (editedOutput !== null && editedOutput !== undefined) {
      if (editedOutput.trim().length === 0 || editedOutput.length > MAX_EDITED_OUTPUT_CHARS) {
        throw new DomainError(
          'INVALID_INPUT',
          `editedOutput must be 1 to ${MAX_EDITED_OUTPUT_CHARS} characters.`,
        );
      }
    }
    return this.decide(ctx, runId, { status: 'APPROVED', editedOutput: editedOutput ?? null });
  }

  /** Rejects the run's pending action: a reply is not sent (the run ends), a tool does not run. */
  async reject(ctx: RequestContext, runId: string, reason: string): Promise<RunEntity> {
    if (reason.trim().length === 0 || reason.length > MAX_REASON_CHARS) {
      throw new DomainError('INVALID_INPUT', `reason must be 1 to ${MAX_REASON_CHARS} characters.`);
    }
    return this.decide(ctx, runId, { status: 'REJECTED', reason: reason.trim() });
  }

  /** Fails every run whose approval expired undecided; returns their ids. */
  async expireDue(): Promise<string[]> {
    const due = await this.dataSource.manager
      .createQueryBuilder(ApprovalEntity, 'a')
      .select(['a.id', 'a.runId'])
      .where("a.status = 'PENDING' AND a.expires_at <= :now", { now: this.clock.now() })
      .getMany();
    const failed: string[] = [];
    for (const { runId } of due) {
      const expired = await this.journal.transaction(async (uow) => {
        const run = await uow.lock(runId);
        if (!run || run.status !== 'WAITING_FOR_HUMAN') return false;
        const approval = await this.pendingOf(uow.manager, runId);
        if (!approval || approval.expiresAt > this.clock.now()) return false;
        await this.expireWithin(uow, run, approval);
        return true;
      });
      if (expired) failed.push(runId);
    }
    return failed;
  }

  /**
   * Marks a decided action as executed, once: true for the one caller that claimed it. The
   * executor runs the approved tool only after winning this claim.
   */
  claimExecution(approvalId: string): Promise<boolean> {
    return claimExecution(this.dataSource.manager, approvalId, this.clock.now());
  }

  /** The latest decided action of a run that was not carried out yet (for a resumed run). */
  undone(runId: string): Promise<ApprovalEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(ApprovalEntity, 'a')
      .where("a.run_id = :runId AND a.status IN ('APPROVED', 'REJECTED')", { runId })
      .andWhere('a.executed_at IS NULL')
      .orderBy('a.decided_at', 'DESC')
      .getOne();
  }

  async list(
    ctx: RequestContext,
    query: ApprovalQuery,
  ): Promise<{ items: ApprovalEntity[]; totalItems: number }> {
    assertPage(query);
    const qb = this.dataSource.manager
      .createQueryBuilder(ApprovalEntity, 'a')
      .where('a.workspace_id = :workspaceId', { workspaceId: ctx.workspaceId })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .take(query.first)
      .skip(query.offset);
    if (query.statuses?.length) {
      qb.andWhere('a.status IN (:...statuses)', { statuses: query.statuses });
    }
    const [items, totalItems] = await qb.getManyAndCount();
    return { items, totalItems };
  }

  forRun(ctx: RequestContext, runId: string): Promise<ApprovalEntity[]> {
    return this.dataSource.manager.find(ApprovalEntity, {
      where: { runId, workspaceId: ctx.workspaceId },
      order: { createdAt: 'ASC' },
    });
  }

  private async decide(ctx: RequestContext, runId: string, decision: Decision): Promise<RunEntity> {
    await this.runs.get(ctx, runId); // RUN_NOT_FOUND for unknown ids and other workspaces
    const now = this.clock.now();
    const result = await this.journal.transaction(async (uow) => {
      const tx = uow.manager;
      const run = await uow.lock(runId);
      if (!run) throw new DomainError('RUN_NOT_FOUND', `No run with id "${runId}".`, { runId });
      if (isTerminal(run.status)) {
        throw new DomainError('RUN_ALREADY_FINISHED', `The run already finished (${run.status}).`, {
          status: run.status,
        });
      }
      const approval = run.status === 'WAITING_FOR_HUMAN' ? await this.pendingOf(tx, runId) : null;
      if (!approval) {
        throw new DomainError(
          'RUN_NOT_WAITING',
          `The run is ${run.status}, not waiting for a decision.`,
          { status: run.status },
        );
      }
      if (
        decision.status === 'APPROVED' &&
        decision.editedOutput !== null &&
        !this.editable(approval)
      ) {
        throw new DomainError(
          'INVALID_INPUT',
          `The ${approval.toolName ?? 'action'} call has no text to edit; approve or reject it as proposed.`,
        );
      }
      if (approval.expiresAt <= now) {
        await this.expireWithin(uow, run, approval);
        return { expiredAt: approval.expiresAt, run };
      }
      await settleWithin(tx, approval, { ...decision, by: ctx.actor }, now);
      await this.audit.record(
        ctx.workspaceId,
        {
          actor: ctx.actor,
          action: decision.status === 'APPROVED' ? 'approval.approve' : 'approval.reject',
          targetType: 'approval',
          targetId: approval.id,
          data: { runId, edited: approval.editedOutput !== null },
        },
        tx,
      );
      await this.applyWithin(uow, run, approval, ctx.actor);
      return { expiredAt: null, run };
    });
    if (result.expiredAt) {
      throw new DomainError(
        'APPROVAL_EXPIRED',
        `The approval expired at ${result.expiredAt.toISOString()}; the run failed.`,
        { runId },
      );
    }
    if (result.run.status === 'RUNNING') await this.queue.enqueue(runId);
    return result.run;
  }

  /** A rejected reply ends the run; anything else resumes it for the executor to carry out. */
  private async applyWithin(
    uow: JournalTransaction,
    run: RunEntity,
    approval: ApprovalEntity,
    actor: string,
  ): Promise<void> {
    const approved = approval.status === 'APPROVED';
    const what = describeAction(approval.actionKind, approval.toolName);
    const decision = {
      kind: 'HUMAN_DECISION' as const,
      title: approved ? `Approved ${what}` : `Rejected ${what}`,
      detail: approved
        ? approval.editedOutput !== null
          ? 'Approved with edits.'
          : 'Approved as proposed.'
        : approval.decisionNote,
      data: {
        approvalId: approval.id,
        decision: approval.status,
        decidedBy: actor,
        edited: approval.editedOutput !== null,
      },
    };
    await uow.move(run, 'resume', decision);
    // A rejected tool call or paid model call resumes the run: the agent sees the refusal, or
    // goes on with the offline provider.
    if (approved || approval.actionKind !== 'SEND_REPLY') return;
    // Nothing is left to do for a rejected reply: it is never sent and the run ends here.
    await markExecutedWithin(uow.manager, approval.id, this.clock.now());
    await uow.finish(run, {
      status: 'CANCELLED',
      reason: `The reply was rejected by ${actor}: ${approval.decisionNote ?? ''}`,
    });
  }

  private async expireWithin(
    uow: JournalTransaction,
    run: RunEntity,
    approval: ApprovalEntity,
  ): Promise<void> {
    await settleWithin(uow.manager, approval, { status: 'EXPIRED' }, this.clock.now());
    await uow.finish(run, {
      status: 'FAILED',
      errorCode: 'APPROVAL_EXPIRED',
      error: `Nobody approved ${describeAction(approval.actionKind, approval.toolName)} before ${approval.expiresAt.toISOString()} (${approval.reason})`,
      title: 'The approval expired',
    });
  }

  /** Replies, outbound messages and a post's text can be edited; a refund or a schedule cannot. */
  editable(approval: ApprovalEntity): boolean {
    if (approval.actionKind === 'SEND_REPLY') return true;
    const review = this.tools.reviewOf(approval.toolName ?? '', approval.toolInput ?? {})?.review;
    return editableTextField(review) !== null;
  }

  private pendingOf(tx: EntityManager, runId: string): Promise<ApprovalEntity | null> {
    return tx.findOne(ApprovalEntity, {
      where: { runId, status: 'PENDING' },
      lock: { mode: 'pessimistic_write' },
    });
  }
}

function describeAction(kind: ApprovalActionKind, toolName: string | null): string {
  switch (kind) {
    case 'SEND_REPLY':
      return 'the reply';
    case 'MODEL_CALL':
      return 'paid model calls over budget';
    case 'TOOL_CALL':
      return `the ${toolName ?? 'tool'} call`;
    default:
      return kind satisfies never;
  }
}
