import { EmailOutboxEntity, LeadEntity, WorkspaceEntity, type EmailPersona } from '@zactonics/db';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../../context.js';
import { DomainError } from '../../../errors.js';
import type { Clock } from '../../../runtime/clock.js';
import { headerLine, plainTextBody } from '../../../engines/lead-text/lead-text.js';
import type { Mailer } from './smtp-mailer.js';

type WorkspaceScope = Pick<RequestContext, 'workspaceId'>;

export interface DraftCommand {
  lead: LeadEntity;
  persona: EmailPersona;
  subject: string;
  body: string;
  runId: string | null;
}

export interface SendCommand {
  outboxId: string;
  subject: string;
  body: string;
  runId: string | null;
  /** The approval that allowed the send; one email per approval (unique index). */
  approvalId: string | null;
}

/**
 * Emails to leads: drafts are recorded first, then sent once through the mailer. Sending claims
 * the draft in one statement (`claimed_at`) before talking to the SMTP server, so two executors
 * or a retried call can never deliver the same draft twice; the outcome (SENT with the message
 * id, or FAILED with the error) is recorded after the attempt.
 */
export class EmailOutboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    /** SMTP or the development catcher; null when neither (production without HUB_SMTP_URL). */
    private readonly mailer: Mailer | null,
    private readonly from: string,
  ) {}

  draft(scope: WorkspaceScope, command: DraftCommand): Promise<EmailOutboxEntity> {
    const now = this.clock.now();
    return this.dataSource.manager.save(
      this.dataSource.manager.create(EmailOutboxEntity, {
        workspaceId: scope.workspaceId,
        leadId: command.lead.id,
        to: command.lead.email,
        persona: command.persona,
        // The last gate before SMTP, whoever wrote the text: the subject is one header line
        // (a CR/LF would start a new header), the body plain text without control characters.
        subject: headerLine(command.subject),
        body: plainTextBody(command.body),
        draftedBody: plainTextBody(command.body),
        status: 'DRAFT',
        runId: command.runId,
        createdAt: now,
        updatedAt: now,
      }),
    );
  }

  /** The name emails to leads are signed with: the shop's (the workspace's) name. */
  async senderName(scope: WorkspaceScope): Promise<string> {
    const workspace = await this.dataSource.manager.findOneByOrFail(WorkspaceEntity, {
      id: scope.workspaceId,
    });
    return workspace.name;
  }

  find(scope: WorkspaceScope, id: string): Promise<EmailOutboxEntity | null> {
    return this.dataSource.manager.findOneBy(EmailOutboxEntity, {
      workspaceId: scope.workspaceId,
      id,
    });
  }

  list(scope: WorkspaceScope, limit = 100): Promise<EmailOutboxEntity[]> {
    return this.dataSource.manager.find(EmailOutboxEntity, {
      where: { workspaceId: scope.workspaceId },
      order: { createdAt: 'DESC' },
      take: limit,
    });
  }

  /**
   * Sends a draft to its lead (never elsewhere: the recipient comes from the draft). Refused
   * without consent or mail configuration, before anything changes. A second call for the same
   * approval returns the first outcome instead of sending again.
   */
  async send(scope: WorkspaceScope, command: SendCommand): Promise<EmailOutboxEntity> {
    const draft = await this.requireDraft(scope, command);
    if (draft.status !== 'DRAFT' || draft.claimedAt) return draft;
    const lead = await this.dataSource.manager.findOneByOrFail(LeadEntity, { id: draft.leadId });
    if (!lead.consent) {
      throw new DomainError(
        'CONSENT_REQUIRED',
        `${lead.email} has not consented to emails, so the follow-up was not sent.`,
      );
    }
    if (!this.mailer) {
      throw new DomainError(
        'MAIL_NOT_CONFIGURED',
        'Outbound email is not configured (set HUB_SMTP_URL; in production there is no mail catcher), so the follow-up was not sent; the draft is kept.',
      );
    }
    const subject = headerLine(command.subject);
    const body = plainTextBody(command.body);
    const claimedAt = this.clock.now();
    const claim = await this.dataSource
      .createQueryBuilder()
      .update(EmailOutboxEntity)
      .set({
        subject,
        body,
        approvalId: command.approvalId,
        runId: command.runId ?? draft.runId,
        claimedAt,
        updatedAt: claimedAt,
      })
      .where("id = :id AND status = 'DRAFT' AND claimed_at IS NULL", { id: draft.id })
      .execute();
    // Someone else claimed it between the read and here: theirs is the one attempt.
    if ((claim.affected ?? 0) !== 1) return this.reload(draft.id);

    let outcome: Partial<EmailOutboxEntity>;
    try {
      const { messageId } = await this.mailer.send({
        workspaceId: draft.workspaceId,
        from: this.from,
        to: draft.to,
        subject,
        text: body,
      });
      const sentAt = this.clock.now();
      outcome = { status: 'SENT', messageId, sentAt, updatedAt: sentAt };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      outcome = { status: 'FAILED', error: message, updatedAt: this.clock.now() };
    }
    await this.dataSource.manager.update(EmailOutboxEntity, { id: draft.id }, outcome);
    if (outcome.status === 'SENT') {
      await this.dataSource.manager.update(
        LeadEntity,
        { id: lead.id },
        { stage: 'CONTACTED', updatedAt: this.clock.now() },
      );
    }
    return this.reload(draft.id);
  }

  private async requireDraft(
    scope: WorkspaceScope,
    command: SendCommand,
  ): Promise<EmailOutboxEntity> {
    if (command.approvalId) {
      const earlier = await this.dataSource.manager.findOneBy(EmailOutboxEntity, {
        approvalId: command.approvalId,
      });
      if (earlier) return earlier;
    }
    const draft = await this.find(scope, command.outboxId);
    if (!draft) {
      throw new DomainError('INVALID_INPUT', `No drafted email with the id ${command.outboxId}.`, {
        field: 'outboxId',
      });
    }
    if (draft.status === 'SENT' || draft.claimedAt) {
      throw new DomainError(
        'EMAIL_ALREADY_SENT',
        `The email ${draft.id} to ${draft.to} was already ${draft.status === 'SENT' ? 'sent' : 'attempted'}; it is not sent again.`,
      );
    }
    return draft;
  }

  private reload(id: string): Promise<EmailOutboxEntity> {
    return this.dataSource.manager.findOneByOrFail(EmailOutboxEntity, { id });
  }
}
