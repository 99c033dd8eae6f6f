import type { ErrorCode } from './error-codes.js';
import { ERROR_WORDS_ES } from './error-words-es.js';

/**
 * Every error code in words a shop owner reads: what went wrong, not how the hub names it. The
 * console shows these beside a failed run or a refused action, and e2e checks what it sees
 * against them. Partial so that adding a code never breaks another package's build; the spec
 * beside it fails until every code has its words.
 */
export const ERROR_WORDS: Readonly<Partial<Record<ErrorCode, string>>> = {
  UNAUTHENTICATED: 'You need to sign in (or give a valid API key) first.',
  MALFORMED_QUERY: 'The request could not be read.',
  INVALID_QUERY: 'The request asked for something the hub does not offer.',
  INVALID_INPUT: 'Some of the input was not valid.',
  QUERY_TOO_COMPLEX: 'The request asked for too much at once.',
  REQUEST_TOO_LARGE: 'The request was too large.',
  REQUEST_ABORTED: 'The request was cancelled before it finished.',
  INTERNAL: 'Something went wrong inside the hub.',
  NOT_FOUND: 'That page or file does not exist.',
  MALFORMED_URL: 'The address could not be read.',
  REQUEST_REFUSED: 'The hub refused the request.',
  FORBIDDEN: 'Your role does not allow this.',
  INVALID_CREDENTIALS: 'The email or password is wrong.',
  SESSION_EXPIRED: 'Your session has ended; sign in again.',
  AGENT_NOT_FOUND: 'That agent does not exist.',
  SCENARIO_NOT_FOUND: 'That scenario does not exist.',
  RUN_NOT_FOUND: 'That run does not exist.',
  CONVERSATION_NOT_FOUND: 'That conversation does not exist.',
  APPROVAL_NOT_FOUND: 'That approval does not exist.',
  ARTICLE_NOT_FOUND: 'That knowledge article does not exist.',
  AGENT_DISABLED: 'The agent is switched off.',
  SCENARIO_AGENT_MISMATCH: 'That scenario belongs to another agent.',
  IDEMPOTENCY_KEY_REUSED: 'This request key was already used for a different request.',
  RUN_ALREADY_FINISHED: 'The run has already finished.',
  AFTER_SEQ_OUT_OF_RANGE: 'The run has no steps from that point.',
  MESSAGE_TOO_LONG: 'The message is too long.',
  ARTICLE_SLUG_TAKEN: 'Another article already uses that address.',
  RUN_NOT_WAITING: 'The run is not waiting for a decision (someone may have decided already).',
  APPROVAL_EXPIRED: 'Nobody decided in time, so the waiting action expired.',
  CONVERSATION_STATE_INVALID: 'The conversation cannot do that in its current state.',
  TOOL_NOT_AVAILABLE: 'A tool this scenario needs is not built yet.',
  TOOL_INPUT_INVALID: 'The agent asked a tool with input the tool does not accept.',
  TOOL_FAILED: 'A tool the agent used failed.',
  STEP_LIMIT_REACHED: 'The agent took too many steps and was stopped.',
  MODEL_FAILED: 'The AI model did not answer.',
  RUN_INTERRUPTED: 'The hub stopped while the run was working, so it was not finished.',
  AGENT_CALL_REFUSED: 'The agent may not ask that other agent.',
  CHILD_RUN_FAILED: 'Another agent this run asked for help failed.',
  TIME_ZONE_UNKNOWN: 'The time zone is not one the hub knows.',
  SLOT_TAKEN: 'That meeting time was just taken.',
  NO_FREE_SLOT: 'Nobody on the team is free for a meeting soon.',
  LEAD_NOT_FOUND: 'That lead does not exist.',
  CONSENT_REQUIRED: 'The lead has not agreed to be emailed.',
  MAIL_NOT_CONFIGURED: 'Email sending is not set up.',
  MAIL_DELIVERY_FAILED: 'The email could not be delivered.',
  EMAIL_ALREADY_SENT: 'That email was already sent.',
  WRONG_CURRENT_PASSWORD: 'Your current password is not the one you typed.',
  PASSWORD_LINK_INVALID: 'This link is not valid any more: ask an owner for a new one.',
  COST_BUDGET_NOT_FOUND: 'That budget does not exist.',
  KEY_INVALID: 'The widget key is wrong or revoked.',
  ORIGIN_NOT_ALLOWED: 'The widget is not allowed on that website.',
  VISITOR_TOKEN_INVALID: "The visitor's session is not valid.",
  IDENTITY_INVALID: "The visitor's signed identity does not match.",
  RATE_LIMITED: 'Too many requests in a short time; try again shortly.',
  TOO_MANY_CONNECTIONS: 'Too many live connections are open at once.',
  MESSAGE_NOT_FOUND: 'That message does not exist.',
  MEETING_NOT_OFFERED: 'Meetings are not offered there.',
  PUBLISHABLE_KEY_NOT_FOUND: 'That widget key does not exist.',
  ADMIN_USER_NOT_FOUND: 'That team member does not exist.',
  ADMIN_EMAIL_TAKEN: 'Someone on the team already uses that email.',
  PASSWORD_TOO_SHORT: 'The password is too short.',
  LAST_OWNER: 'The workspace needs at least one owner.',
  CANNOT_REMOVE_SELF: 'You cannot remove yourself.',
  API_KEY_NOT_FOUND: 'That API key does not exist.',
  INVALID_JOURNAL_ENTRY: 'The bookkeeping entry does not balance or is not valid.',
  DUPLICATE_JOURNAL_SOURCE: 'That document is already in the books.',
  JOURNAL_ENTRY_ALREADY_REVERSED: 'That bookkeeping entry was already reversed.',
  BANK_FILE_INVALID: 'The bank file could not be read.',
  BANK_SYNC_NOT_CONFIGURED: 'Bank sync is not set up.',
  ACCOUNT_NOT_FOUND: 'That account does not exist.',
  TRANSACTION_ALREADY_CATEGORIZED: 'That bank transaction is already categorized.',
  REMINDER_NOT_DRAFTED: 'That invoice reminder is not a draft any more.',
  INVOICE_NOT_FOUND: 'That invoice does not exist.',
  PAYMENT_EXCEEDS_BALANCE: 'The payment is more than the invoice still owes.',
  PAYMENT_DATE_INVALID: 'The payment date is not valid.',
  PAYMENT_ID_CONFLICT: 'A different payment already uses that payment id.',
  REPORT_NOT_FOUND: 'That report does not exist.',
  DOWNLOAD_LINK_EXPIRED: 'The download link has expired.',
  CONTENT_NOT_FOUND: 'That content item does not exist.',
  CONTENT_STATE_INVALID: 'The content item cannot do that in its current state.',
  CMS_AUTH_FAILED: 'The website (CMS) refused the hub’s login.',
  CMS_REJECTED: 'The website (CMS) refused the post.',
  CMS_UNAVAILABLE: 'The website (CMS) did not answer.',
  CONTENT_FEED_NOT_FOUND: 'That feed does not exist.',
  CONTENT_FEED_EXISTS: 'That feed is already watched.',
  WEBHOOK_ENDPOINT_NOT_FOUND: 'That webhook endpoint does not exist.',
  WEBHOOK_SIGNATURE_INVALID: 'The webhook signature is wrong.',
  WEBHOOK_TIMESTAMP_EXPIRED: 'The webhook arrived too late.',
  WEBHOOK_REPLAYED: 'That webhook was already received.',
  INVALID_JSON: 'The body is not valid JSON.',
  METHOD_NOT_ALLOWED: 'That kind of request is not allowed here.',
  INVALID_CRON: 'The schedule is not a valid cron expression.',
  SCHEDULE_NOT_FOUND: 'That schedule does not exist.',
  WEBHOOK_SUBSCRIPTION_NOT_FOUND: 'That webhook subscription does not exist.',
  WEBHOOK_SUBSCRIPTION_DISABLED: 'That webhook subscription is switched off.',
  WEBHOOK_DELIVERY_NOT_FOUND: 'That webhook delivery does not exist.',
  WEBHOOK_DELIVERY_PENDING: 'That webhook delivery is still being sent.',
  WEBHOOK_URL_NOT_ALLOWED: 'The hub may not send webhooks to that address.',
};

const BY_LANGUAGE = { en: ERROR_WORDS, es: ERROR_WORDS_ES } as const;
export type ErrorWordsLanguage = keyof typeof BY_LANGUAGE;

/**
 * The words for a code in `language` (English when that language lacks them); a code this build
 * does not know (newer server) reads as itself.
 */
export function errorWords(code: string, language: ErrorWordsLanguage = 'en'): string {
  const words = (catalogue: Readonly<Partial<Record<ErrorCode, string>>>) =>
    (catalogue as Readonly<Record<string, string>>)[code];
  return words(BY_LANGUAGE[language]) ?? words(ERROR_WORDS) ?? code;
}
