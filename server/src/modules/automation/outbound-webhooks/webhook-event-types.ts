import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@zactonics/db';

export { WEBHOOK_EVENT_TYPES, type WebhookEventType };

/**
 * The GraphQL names of the event types (RUN_SUCCEEDED) and the wire names receivers see in the
 * payload's `type` (run.succeeded). The enum's values are the wire names, so resolvers and the
 * database speak one language and only the schema shows the SCREAMING_SNAKE names.
 */
export const WebhookEventTypeEnum = {
  RUN_SUCCEEDED: 'run.succeeded',
  RUN_FAILED: 'run.failed',
  APPROVAL_REQUESTED: 'approval.requested',
  CONVERSATION_HANDED_OFF: 'conversation.handed_off',
  LEAD_SCORED_HOT: 'lead.scored_hot',
  INVOICE_REMINDER_SENT: 'invoice.reminder_sent',
  REPORT_READY: 'report.ready',
  BUDGET_WARNING: 'budget.warning',
  BUDGET_EXHAUSTED: 'budget.exhausted',
} as const satisfies Record<string, WebhookEventType>;

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === 'string' && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
