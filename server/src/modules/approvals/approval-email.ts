import type { ApprovalEntity } from '@zactonics/db';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { RequestContext } from '../../context.js';

/** The email an approval would send, as the person deciding needs to see it. */
export interface ApprovalEmailView {
  to: string;
  /** The recipient's name, when the hub knows it (the lead's, the customer's). */
  toName: string | null;
  subject: string;
  /** The body as it would go out: the person's edit if any, else as proposed. */
  body: string;
}

/** The outbound email tools (`review: outbound`) and the row their input names. */
const EMAIL_SOURCES: Record<string, { idField: string; sql: string }> = {
  send_email: {
    idField: 'outboxId',
    sql: `SELECT o.id, o."to" AS address, l.name AS name
            FROM email_outbox o LEFT JOIN lead l ON l.id = o.lead_id
           WHERE o.workspace_id = $1 AND o.id = ANY($2::uuid[])`,
  },
  send_invoice_reminder: {
    idField: 'reminderId',
    sql: `SELECT r.id, c.email AS address, coalesce(c.company, c.name) AS name
            FROM invoice_reminder r
            JOIN invoice i ON i.id = r.invoice_id
            JOIN customer c ON c.id = i.customer_id
           WHERE r.workspace_id = $1 AND r.id = ANY($2::uuid[])`,
  },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * For an approval holding an email (send_email, send_invoice_reminder): its recipient, read
 * from the row the tool's input names, and the subject and body from that input. Null for any
 * other approval. A page of the review inbox costs one query per email tool.
 */
export class ApprovalEmailService {
  private readonly loaders = new WeakMap<
    RequestContext,
    DataLoader<string, { address: string; name: string | null } | null>
  >();

  constructor(private readonly dataSource: DataSource) {}

  async email(ctx: RequestContext, approval: ApprovalEntity): Promise<ApprovalEmailView | null> {
    const source = approval.toolName ? EMAIL_SOURCES[approval.toolName] : undefined;
    const input = approval.toolInput;
    if (!source || !input) return null;
    const rowId = input[source.idField];
    const subject = input['subject'];
    if (typeof rowId !== 'string' || !UUID.test(rowId) || typeof subject !== 'string') return null;
    const recipient = await this.loader(ctx).load(`${approval.toolName}:${rowId}`);
    if (!recipient) return null;
    return {
      to: recipient.address,
      toName: recipient.name,
      subject,
      body: approval.editedOutput ?? approval.proposedOutput,
    };
  }

  private loader(ctx: RequestContext) {
    let loader = this.loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader(async (keys) => {
        const found = new Map<string, { address: string; name: string | null }>();
        for (const [tool, source] of Object.entries(EMAIL_SOURCES)) {
          const ids = keys
            .filter((k) => k.startsWith(`${tool}:`))
            .map((k) => k.slice(tool.length + 1));
          if (ids.length === 0) continue;
          const rows = (await this.dataSource.query(source.sql, [ctx.workspaceId, ids])) as {
            id: string;
            address: string;
            name: string | null;
          }[];
          for (const row of rows) found.set(`${tool}:${row.id}`, row);
        }
        return keys.map((k) => found.get(k) ?? null);
      });
      this.loaders.set(ctx, loader);
    }
    return loader;
  }
}
