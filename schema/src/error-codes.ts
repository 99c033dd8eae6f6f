/**
 * Stable error codes: every GraphQL error the hub returns carries one in `extensions.errorCode`,
 * and a failed run carries one in `Run.errorCode`. Clients branch on these, never on messages.
 */
export const ERROR_CODES = [
  // Request-level
  'UNAUTHENTICATED',
  'MALFORMED_QUERY',
  'INVALID_QUERY',
  'INVALID_INPUT',
  'QUERY_TOO_COMPLEX',
  'REQUEST_TOO_LARGE',
  // The client went away: the work it started stops (never seen by that client, only in logs).
  'REQUEST_ABORTED',
  'INTERNAL',
  // HTTP outside GraphQL: a path the hub does not serve, a URL that does not decode, other 4xx
  'NOT_FOUND',
  'MALFORMED_URL',
  'REQUEST_REFUSED',
  // Admin console sign-in, sessions and roles
  'FORBIDDEN',
  'INVALID_CREDENTIALS',
  'SESSION_EXPIRED',
  // Not found (or not in the caller's workspace: the two are indistinguishable on purpose)
  'AGENT_NOT_FOUND',
  'SCENARIO_NOT_FOUND',
  'RUN_NOT_FOUND',
  'CONVERSATION_NOT_FOUND',
  'APPROVAL_NOT_FOUND',
  'ARTICLE_NOT_FOUND',
  // State
  'AGENT_DISABLED',
  'SCENARIO_AGENT_MISMATCH',
  'IDEMPOTENCY_KEY_REUSED',
  'RUN_ALREADY_FINISHED',
  'AFTER_SEQ_OUT_OF_RANGE',
  'MESSAGE_TOO_LONG',
  'ARTICLE_SLUG_TAKEN',
  'RUN_NOT_WAITING',
  'APPROVAL_EXPIRED',
  'CONVERSATION_STATE_INVALID',
  // Why a run failed
  'TOOL_NOT_AVAILABLE',
  'TOOL_INPUT_INVALID',
  'TOOL_FAILED',
  'STEP_LIMIT_REACHED',
  'MODEL_FAILED',
  'RUN_INTERRUPTED',
  'AGENT_CALL_REFUSED',
  'CHILD_RUN_FAILED',
  // Meeting scheduling
  'TIME_ZONE_UNKNOWN',
  'SLOT_TAKEN',
  'NO_FREE_SLOT',
  // Leads and outbound email
  'LEAD_NOT_FOUND',
  'CONSENT_REQUIRED',
  'MAIL_NOT_CONFIGURED',
  'MAIL_DELIVERY_FAILED',
  'EMAIL_ALREADY_SENT',
  // The embeddable widget
  'KEY_INVALID',
  'ORIGIN_NOT_ALLOWED',
  'VISITOR_TOKEN_INVALID',
  'IDENTITY_INVALID',
  'RATE_LIMITED',
  // Sockets or live subscriptions held at once past a cap (per visitor, address or key)
  'TOO_MANY_CONNECTIONS',
  'MESSAGE_NOT_FOUND',
  'MEETING_NOT_OFFERED',
  'PUBLISHABLE_KEY_NOT_FOUND',
  // Admin users and secret keys
  'ADMIN_USER_NOT_FOUND',
  'ADMIN_EMAIL_TAKEN',
  'PASSWORD_TOO_SHORT',
  'LAST_OWNER',
  'CANNOT_REMOVE_SELF',
  'WRONG_CURRENT_PASSWORD',
  'PASSWORD_LINK_INVALID',
  'API_KEY_NOT_FOUND',
  // Ledger and finance
  'INVALID_JOURNAL_ENTRY',
  'DUPLICATE_JOURNAL_SOURCE',
  'JOURNAL_ENTRY_ALREADY_REVERSED',
  'BANK_FILE_INVALID',
  'BANK_SYNC_NOT_CONFIGURED',
  'ACCOUNT_NOT_FOUND',
  'TRANSACTION_ALREADY_CATEGORIZED',
  'REMINDER_NOT_DRAFTED',
  // A processor's payment against an invoice (the payment-received scenario)
  'INVOICE_NOT_FOUND',
  'PAYMENT_EXCEEDS_BALANCE',
  'PAYMENT_DATE_INVALID',
  'PAYMENT_ID_CONFLICT',
  // Reporting: a filing package or annual report, and its download links
  'REPORT_NOT_FOUND',
  'DOWNLOAD_LINK_EXPIRED',
  // Content marketing: the editorial calendar and publishing to the shop's CMS (WordPress)
  'CONTENT_NOT_FOUND',
  'CONTENT_STATE_INVALID',
  'CMS_AUTH_FAILED',
  'CMS_REJECTED',
  'CMS_UNAVAILABLE',
  // Content marketing: the feeds a shop watches for trends
  'CONTENT_FEED_NOT_FOUND',
  'CONTENT_FEED_EXISTS',
  // Inbound webhooks: signed requests from other systems that start a scenario
  'WEBHOOK_ENDPOINT_NOT_FOUND',
  'WEBHOOK_SIGNATURE_INVALID',
  'WEBHOOK_TIMESTAMP_EXPIRED',
  'WEBHOOK_REPLAYED',
  'INVALID_JSON',
  'METHOD_NOT_ALLOWED',
  // Schedules: scenarios started by cron in the shop's time zone
  'INVALID_CRON',
  'SCHEDULE_NOT_FOUND',
  // Outbound webhooks: subscriptions of other systems to the workspace's events
  'WEBHOOK_SUBSCRIPTION_NOT_FOUND',
  'WEBHOOK_SUBSCRIPTION_DISABLED',
  'WEBHOOK_DELIVERY_NOT_FOUND',
  'WEBHOOK_DELIVERY_PENDING',
  'WEBHOOK_URL_NOT_ALLOWED',
  // Monthly model-cost budgets
  'COST_BUDGET_NOT_FOUND',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
