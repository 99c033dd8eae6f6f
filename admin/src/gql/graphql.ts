/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A feed to watch. */
export type AddContentFeedInput = {
  /** Omitted: the feed's own title, taken at its first refresh. */
  title?: string | null | undefined;
  /** The niche it watches ("loose-leaf tea"). */
  topic: string;
  /** The full http(s) address of an RSS, Atom or JSON feed. */
  url: string;
};

/** OWNER: everything, including console users and keys; ADMIN: every other change; VIEWER: read only. */
export const AdminRole = {
  Admin: 'ADMIN',
  Owner: 'OWNER',
  Viewer: 'VIEWER'
} as const;

export type AdminRole = typeof AdminRole[keyof typeof AdminRole];
/** A draft being edited, to score live. */
export type AnalyzeDraftInput = {
  /** Markdown. */
  body: string;
  /** The post being edited: left out of its own link suggestions and slug clashes. */
  contentItemId?: string | number | null | undefined;
  focusKeyword: string;
  metaDescription?: string | null | undefined;
  secondaryKeywords?: Array<string> | null | undefined;
  slug?: string | null | undefined;
  title: string;
};

/** SEND_REPLY: a reply to the customer; TOOL_CALL: a tool with effects (refund, email); MODEL_CALL: paid model calls once a monthly cost budget is spent (policy REQUIRE_APPROVAL). */
export const ApprovalActionKind = {
  ModelCall: 'MODEL_CALL',
  SendReply: 'SEND_REPLY',
  ToolCall: 'TOOL_CALL'
} as const;

export type ApprovalActionKind = typeof ApprovalActionKind[keyof typeof ApprovalActionKind];
/** PENDING until a person decides; WITHDRAWN when the run ended first. */
export const ApprovalStatus = {
  Approved: 'APPROVED',
  Expired: 'EXPIRED',
  Pending: 'PENDING',
  Rejected: 'REJECTED',
  Withdrawn: 'WITHDRAWN'
} as const;

export type ApprovalStatus = typeof ApprovalStatus[keyof typeof ApprovalStatus];
/** UNCATEGORIZED as imported; NEEDS_REVIEW when the classifier was not confident (its suggestion is kept); CATEGORIZED once posted to the ledger. */
export const BankTransactionStatus = {
  Categorized: 'CATEGORIZED',
  NeedsReview: 'NEEDS_REVIEW',
  Uncategorized: 'UNCATEGORIZED'
} as const;

export type BankTransactionStatus = typeof BankTransactionStatus[keyof typeof BankTransactionStatus];
/** Which date put an item on a calendar day: the day it was published, else the day it is scheduled for, else the day it is planned for. */
export const CalendarBasis = {
  Planned: 'PLANNED',
  Published: 'PUBLISHED',
  Scheduled: 'SCHEDULED'
} as const;

export type CalendarBasis = typeof CalendarBasis[keyof typeof CalendarBasis];
/** Who categorized a transaction: the classifier (MODEL), a merchant rule (RULE), a person, a match with an invoice or bill, or the demo's seed. */
export const Categorizer = {
  Match: 'MATCH',
  Model: 'MODEL',
  Person: 'PERSON',
  Rule: 'RULE',
  Seed: 'SEED'
} as const;

export type Categorizer = typeof Categorizer[keyof typeof Categorizer];
export type ChangePasswordInput = {
  /** Checked like a sign-in (and throttled like one). */
  currentPassword: string;
  /** At least 12 characters; stored only as an argon2id hash. */
  newPassword: string;
};

/** An edit of an item in IDEA, DRAFTING or IN_REVIEW, stored as given. A field left out is unchanged; title and body null are unchanged too; the other fields null or empty are cleared. */
export type ContentDraftInput = {
  /** Markdown, at most 100,000 characters. */
  body?: string | null | undefined;
  focusKeyword?: string | null | undefined;
  /** At most 320 characters. */
  metaDescription?: string | null | undefined;
  /** YYYY-MM-DD. */
  plannedFor?: string | null | undefined;
  /** A blog post’s slug: lower-case letters and digits joined by hyphens; unique. */
  slug?: string | null | undefined;
  /** 3 to 300 characters. */
  title?: string | null | undefined;
};

/** What a feed fetch answered: OK (read), NOT_MODIFIED (HTTP 304, nothing new) or ERROR. */
export const ContentFeedStatus = {
  Error: 'ERROR',
  NotModified: 'NOT_MODIFIED',
  Ok: 'OK'
} as const;

export type ContentFeedStatus = typeof ContentFeedStatus[keyof typeof ContentFeedStatus];
/** Where a gap candidate came from: a requested topic, a rising topic, a stored keyword filed under a requested topic, or a recent feed headline. */
export const ContentGapOrigin = {
  Headline: 'HEADLINE',
  Keyword: 'KEYWORD',
  Requested: 'REQUESTED',
  Rising: 'RISING'
} as const;

export type ContentGapOrigin = typeof ContentGapOrigin[keyof typeof ContentGapOrigin];
/** A blog post idea for the editorial calendar. */
export type ContentIdeaInput = {
  /** Stored lower-case. */
  focusKeyword?: string | null | undefined;
  /** YYYY-MM-DD: the day it is planned for. */
  plannedFor?: string | null | undefined;
  /** 3 to 300 characters. */
  title: string;
};

/** BLOG_POST: an article for the shop blog; SOCIAL_POST: a post for one social network. */
export const ContentItemKind = {
  BlogPost: 'BLOG_POST',
  SocialPost: 'SOCIAL_POST'
} as const;

export type ContentItemKind = typeof ContentItemKind[keyof typeof ContentItemKind];
/** The editorial calendar: IDEA -> DRAFTING -> IN_REVIEW -> APPROVED -> SCHEDULED -> PUBLISHED; back moves IN_REVIEW -> DRAFTING and APPROVED/SCHEDULED -> IN_REVIEW. SCHEDULED and PUBLISHED only through an approved publication. */
export const ContentItemState = {
  Approved: 'APPROVED',
  Drafting: 'DRAFTING',
  Idea: 'IDEA',
  InReview: 'IN_REVIEW',
  Published: 'PUBLISHED',
  Scheduled: 'SCHEDULED'
} as const;

export type ContentItemState = typeof ContentItemState[keyof typeof ContentItemState];
/** CUSTOMER: the visitor; AGENT: the bot's reply; HUMAN: a person of the shop. */
export const ConversationMessageRole = {
  Agent: 'AGENT',
  Customer: 'CUSTOMER',
  Human: 'HUMAN'
} as const;

export type ConversationMessageRole = typeof ConversationMessageRole[keyof typeof ConversationMessageRole];
/** The workspace's budget (no agentId) or an agent's: saving replaces that budget's settings. */
export type CostBudgetInput = {
  /** An agent of this workspace (AGENT_NOT_FOUND otherwise); null for the workspace's. */
  agentId?: string | number | null | undefined;
  /** The monthly limit in cents, 1 to 100,000,000 (INVALID_INPUT otherwise). */
  limitCents: number;
  policy: CostBudgetPolicy;
  /** The warning percentage, 1 to 99; 80 when absent. */
  warnPercent?: number | null | undefined;
};

/** What happens to a paid model call once the month is at or over the limit. FALLBACK_OFFLINE: the call goes to the offline provider and the run says so in a step; REQUIRE_APPROVAL: the run waits for a person (an approval of kind MODEL_CALL; approving lets that run go on with paid calls, rejecting sends its calls to the offline provider); ALERT_ONLY: calls go on, only the alerts fire. */
export const CostBudgetPolicy = {
  AlertOnly: 'ALERT_ONLY',
  FallbackOffline: 'FALLBACK_OFFLINE',
  RequireApproval: 'REQUIRE_APPROVAL'
} as const;

export type CostBudgetPolicy = typeof CostBudgetPolicy[keyof typeof CostBudgetPolicy];
/** OK: under the warning percentage; WARNING: at or over it; EXHAUSTED: at or over the limit. */
export const CostBudgetStatus = {
  Exhausted: 'EXHAUSTED',
  Ok: 'OK',
  Warning: 'WARNING'
} as const;

export type CostBudgetStatus = typeof CostBudgetStatus[keyof typeof CostBudgetStatus];
export type CreateAdminUserInput = {
  /** Unique in the workspace; stored lower-case. */
  email: string;
  name: string;
  /** At least 12 characters; stored only as an argon2id hash. */
  password: string;
  role: AdminRole;
};

export type CreateKnowledgeArticleInput = {
  body: string;
  /** Defaults to true. */
  published?: boolean | null | undefined;
  /** Lower-case words joined by dashes; made from the title when left out. */
  slug?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title: string;
};

export type CreatePublishableKeyInput = {
  allowedOrigins: Array<string>;
  name: string;
};

export type CreateWebhookEndpointInput = {
  /** 1 to 100 characters, e.g. "Website lead form". */
  name: string;
  /** The scenario each delivery starts, e.g. lead-qualification. */
  scenarioKey: string;
};

export type CreateWebhookSubscriptionInput = {
  /** At most 500 characters. */
  description?: string | null | undefined;
  /** At least one. */
  eventTypes: Array<WebhookEventType>;
  /** http(s), at most 2,000 characters, no user name or password. In production, loopback and private addresses are refused unless HUB_WEBHOOKS_ALLOW_PRIVATE=true. */
  url: string;
};

/** Revenue and expenses are fitted; cash is projected from them. */
export const ForecastSeriesKey = {
  Cash: 'CASH',
  Expenses: 'EXPENSES',
  Revenue: 'REVENUE'
} as const;

export type ForecastSeriesKey = typeof ForecastSeriesKey[keyof typeof ForecastSeriesKey];
/** Who answers the visitor: BOT -> HUMAN_REQUESTED -> HUMAN -> RESOLVED, or back to BOT (docs/SUPPORT-AGENT.md). */
export const HandoffState = {
  Bot: 'BOT',
  Human: 'HUMAN',
  HumanRequested: 'HUMAN_REQUESTED',
  Resolved: 'RESOLVED'
} as const;

export type HandoffState = typeof HandoffState[keyof typeof HandoffState];
/** A bank statement file, as text (CSV, OFX or QFX). */
export type ImportBankFileInput = {
  bankAccountId: string | number;
  /** The file content, at most 5 MB. */
  content: string;
  /** YMD, MDY or DMY; detected when omitted. */
  dateOrder?: string | null | undefined;
  /** Its name; the extension (.csv, .ofx, .qfx) helps detect the format. */
  fileName: string;
  /** SINGLE_AMOUNT, DEBIT_CREDIT or AMOUNT_WITH_TYPE; detected when omitted. */
  layout?: string | null | undefined;
  /** NEGATIVE_IS_OUTFLOW (most bank accounts, the default) or POSITIVE_IS_OUTFLOW (many card exports). */
  signConvention?: string | null | undefined;
};

/** ACCEPTED: it started a run. REJECTED: it was refused (errorCode says why). */
export const InboundDeliveryStatus = {
  Accepted: 'ACCEPTED',
  Rejected: 'REJECTED'
} as const;

export type InboundDeliveryStatus = typeof InboundDeliveryStatus[keyof typeof InboundDeliveryStatus];
export type InviteAdminUserInput = {
  /** Unique in the workspace; stored lower-case. */
  email: string;
  name: string;
  /** OWNER, ADMIN, VIEWER */
  role: AdminRole;
};

/** NEW when captured, QUALIFIED once scored, CONTACTED once an email was sent. */
export const LeadStage = {
  Contacted: 'CONTACTED',
  New: 'NEW',
  Qualified: 'QUALIFIED'
} as const;

export type LeadStage = typeof LeadStage[keyof typeof LeadStage];
/** HOT: score over 70; WARM: 40 to 70; COLD: below 40. */
export const LeadTier = {
  Cold: 'COLD',
  Hot: 'HOT',
  Warm: 'WARM'
} as const;

export type LeadTier = typeof LeadTier[keyof typeof LeadTier];
/** ASSET, LIABILITY and EQUITY are the balance sheet; REVENUE, COGS and EXPENSE profit and loss. */
export const LedgerAccountType = {
  Asset: 'ASSET',
  Cogs: 'COGS',
  Equity: 'EQUITY',
  Expense: 'EXPENSE',
  Liability: 'LIABILITY',
  Revenue: 'REVENUE'
} as const;

export type LedgerAccountType = typeof LedgerAccountType[keyof typeof LedgerAccountType];
/** How the hub delivers email. SMTP: through HUB_SMTP_URL; CATCHER: kept in the Outbox (no HUB_SMTP_URL, not in production); NONE: not at all (production without HUB_SMTP_URL: sends fail with MAIL_NOT_CONFIGURED). */
export const MailDelivery = {
  Catcher: 'CATCHER',
  None: 'NONE',
  Smtp: 'SMTP'
} as const;

export type MailDelivery = typeof MailDelivery[keyof typeof MailDelivery];
/** What a schedule does with ticks missed while no hub was running (older than the grace period, HUB_SCHEDULE_GRACE_SECONDS): RUN_ONCE starts one run, marked late, for the latest of them; SKIP starts none. Either way the missed ticks are audited and the schedule moves on to its next tick. */
export const MissedTickPolicy = {
  RunOnce: 'RUN_ONCE',
  Skip: 'SKIP'
} as const;

export type MissedTickPolicy = typeof MissedTickPolicy[keyof typeof MissedTickPolicy];
/** PENDING: being attempted (retries follow 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h). DELIVERED: the receiver answered 2xx. FAILED: the last attempt failed, or the subscription was disabled. */
export const OutboundDeliveryStatus = {
  Delivered: 'DELIVERED',
  Failed: 'FAILED',
  Pending: 'PENDING'
} as const;

export type OutboundDeliveryStatus = typeof OutboundDeliveryStatus[keyof typeof OutboundDeliveryStatus];
/** Flesch's bands for Reading Ease: 90+ very easy, 80 easy, 70 fairly easy, 60 standard, 50 fairly difficult, 30 difficult, below 30 very difficult. */
export const ReadingEaseLevel = {
  Difficult: 'DIFFICULT',
  Easy: 'EASY',
  FairlyDifficult: 'FAIRLY_DIFFICULT',
  FairlyEasy: 'FAIRLY_EASY',
  Standard: 'STANDARD',
  VeryDifficult: 'VERY_DIFFICULT',
  VeryEasy: 'VERY_EASY'
} as const;

export type ReadingEaseLevel = typeof ReadingEaseLevel[keyof typeof ReadingEaseLevel];
export const ReportFormat = {
  Csv: 'CSV',
  Pdf: 'PDF',
  Xlsx: 'XLSX'
} as const;

export type ReportFormat = typeof ReportFormat[keyof typeof ReportFormat];
/** FILING_PACKAGE covers a quarter (or a month); ANNUAL_REPORT a year; SALES_TAX_FILING is a state sales tax return's CPA packet (filingPacket). */
export const ReportKind = {
  AnnualReport: 'ANNUAL_REPORT',
  FilingPackage: 'FILING_PACKAGE',
  SalesTaxFiling: 'SALES_TAX_FILING'
} as const;

export type ReportKind = typeof ReportKind[keyof typeof ReportKind];
/** Review thresholds to change; absent fields keep their value. Null is refused except for minConfidence, where it turns the rule off. */
export type ReviewPolicyInput = {
  /** Minutes an approval stays open (1..43,200). */
  approvalTtlMinutes?: number | null | undefined;
  /** Hold replies touching legal matters. */
  legalTopics?: boolean | null | undefined;
  /** Hold replies whose confidence is below this (0..1); null turns the rule off. */
  minConfidence?: number | null | undefined;
  /** When false, every outbound email and publication waits for a person. */
  outboundTrusted?: boolean | null | undefined;
  /** Refunds above this many cents wait for a person (0 or more). */
  refundLimitCents?: number | null | undefined;
};

export type RunFilter = {
  agentKey?: string | null | undefined;
  scenarioKey?: string | null | undefined;
  statuses?: Array<RunStatus> | null | undefined;
};

/** QUEUED -> RUNNING -> (WAITING_FOR_HUMAN <-> RUNNING) -> SUCCEEDED | FAILED | CANCELLED */
export const RunStatus = {
  Cancelled: 'CANCELLED',
  Failed: 'FAILED',
  Queued: 'QUEUED',
  Running: 'RUNNING',
  Succeeded: 'SUCCEEDED',
  WaitingForHuman: 'WAITING_FOR_HUMAN'
} as const;

export type RunStatus = typeof RunStatus[keyof typeof RunStatus];
/** What a run step records; see docs/RUN-STREAM.md. COMPLETED, FAILED and CANCELLED are terminal. */
export const RunStepKind = {
  Approval: 'APPROVAL',
  Cancelled: 'CANCELLED',
  Completed: 'COMPLETED',
  Context: 'CONTEXT',
  Failed: 'FAILED',
  Feedback: 'FEEDBACK',
  Guardrail: 'GUARDRAIL',
  HumanDecision: 'HUMAN_DECISION',
  Reasoning: 'REASONING',
  Response: 'RESPONSE',
  ToolCall: 'TOOL_CALL',
  ToolResult: 'TOOL_RESULT',
  Trigger: 'TRIGGER'
} as const;

export type RunStepKind = typeof RunStepKind[keyof typeof RunStepKind];
/** Where goods ship to: the ZIP (or ZIP+4) resolves the local rates. */
export type SalesTaxAddressInput = {
  city?: string | null | undefined;
  line1?: string | null | undefined;
  postalCode: string;
  /** Two-letter state code. */
  state: string;
};

/** One line to quote. */
export type SalesTaxLineInput = {
  /** general, clothing, grocery, digital or gift-card. */
  category: string;
  description?: string | null | undefined;
  /** Default line-1, line-2, ... */
  id?: string | null | undefined;
  quantity: number;
  /** Price of one unit, cents, 0 or more. */
  unitPriceCents: number;
};

/** A sale to quote, shipped from the shop's place of business. */
export type SalesTaxQuoteInput = {
  /** YYYY-MM-DD; default today on the shop's calendar. */
  date?: string | null | undefined;
  lines: Array<SalesTaxLineInput>;
  shipTo: SalesTaxAddressInput;
  /** Separately stated delivery. */
  shippingCents?: number | null | undefined;
};

/** A scenario's schedule, created or replaced as given (one per scenario). Its next tick is computed from now. */
export type ScheduleInput = {
  /** Five-field cron (minute hour day-of-month month day-of-week; names, L, W and # allowed). INVALID_CRON when it does not parse or never fires. */
  cron: string;
  enabled?: boolean;
  /** The runs' input, checked by the scenario's schema now (INVALID_INPUT); null: derived from each tick, or the scenario's sample input. */
  input?: Record<string, unknown> | null | undefined;
  missedTickPolicy?: MissedTickPolicy;
  scenarioKey: string;
  /** IANA time zone, e.g. America/Chicago; null or absent: the workspace's (TIME_ZONE_UNKNOWN for an unknown zone). */
  timeZone?: string | null | undefined;
};

/** The SEO checks (docs/content/drafting.md): the focus keyword in the title, H1, first 100 words and meta description; keyword density 0.5%-2.5%; meta description present and at most 160 characters; slug; a link to a related post of the blog; image alt text; one H1 with H2 sections and no skipped level; at least 300 words. */
export const SeoCheckId = {
  HeadingStructure: 'HEADING_STRUCTURE',
  ImageAltText: 'IMAGE_ALT_TEXT',
  InternalLinks: 'INTERNAL_LINKS',
  KeywordDensity: 'KEYWORD_DENSITY',
  KeywordInH1: 'KEYWORD_IN_H1',
  KeywordInIntro: 'KEYWORD_IN_INTRO',
  KeywordInMetaDescription: 'KEYWORD_IN_META_DESCRIPTION',
  KeywordInTitle: 'KEYWORD_IN_TITLE',
  Length: 'LENGTH',
  MetaDescriptionLength: 'META_DESCRIPTION_LENGTH',
  Slug: 'SLUG'
} as const;

export type SeoCheckId = typeof SeoCheckId[keyof typeof SeoCheckId];
/** The social network a post is written for. */
export const SocialChannel = {
  Facebook: 'FACEBOOK',
  Instagram: 'INSTAGRAM',
  Linkedin: 'LINKEDIN',
  X: 'X'
} as const;

export type SocialChannel = typeof SocialChannel[keyof typeof SocialChannel];
export type StartRunInput = {
  /** Without it, input.message is required and the hub routes the message to an agent (see Run.routing). */
  agentKey?: string | null | undefined;
  /** Continues a conversation (see startConversation): the run sees its earlier exchanges. */
  conversationId?: string | number | null | undefined;
  /** The same key returns the same run (1-200 chars). */
  idempotencyKey?: string | null | undefined;
  /** The scenario's input; defaults to the scenario's sampleInput. */
  input?: Record<string, unknown> | null | undefined;
  /** Defaults to the agent's general scenario. */
  scenarioKey?: string | null | undefined;
};

/** What a threshold trigger watches. INVOICE_OVERDUE {graceDays: int >= 0 = 0}: each open invoice past its due date plus grace, on the shop calendar. NEXUS_EXPOSURE {percent: 1..100 = 80}: each state, not registered, whose sales or transactions reach percent of its economic-nexus threshold. CASH_BELOW_FLOOR {floorCents: int}: the cash balance (bank accounts in the ledger plus bank lines not yet categorized) below the floor. NEGATIVE_SENTIMENT_SPIKE {count: int >= 2 = 3, windowMinutes = 60}: at least count negative customer messages within the window. */
export const ThresholdCondition = {
  CashBelowFloor: 'CASH_BELOW_FLOOR',
  InvoiceOverdue: 'INVOICE_OVERDUE',
  NegativeSentimentSpike: 'NEGATIVE_SENTIMENT_SPIKE',
  NexusExposure: 'NEXUS_EXPOSURE'
} as const;

export type ThresholdCondition = typeof ThresholdCondition[keyof typeof ThresholdCondition];
/** A new threshold trigger (without id) or changes to one (with id). */
export type ThresholdTriggerInput = {
  condition: ThresholdCondition;
  enabled?: boolean;
  id?: string | number | null | undefined;
  /** Validated per condition (see ThresholdCondition); absent keys take defaults. */
  params?: Record<string, unknown> | null | undefined;
  /** The scenario each crossing runs. */
  scenarioKey: string;
};

/** RISING: up at least 15% on the same weeks last year (without a year of history, on the prior 12 weeks); SEASONAL_PEAK: up 15% on the prior 12 weeks but level with last year; FALLING: down 15% on last year; STEADY: anything else. */
export const TrendStatus = {
  Falling: 'FALLING',
  Rising: 'RISING',
  SeasonalPeak: 'SEASONAL_PEAK',
  Steady: 'STEADY'
} as const;

export type TrendStatus = typeof TrendStatus[keyof typeof TrendStatus];
/** Agent settings to change; absent fields keep their value and null is refused. Takes effect on the next run. */
export type UpdateAgentInput = {
  enabled?: boolean | null | undefined;
  /** Most reasoning rounds of a run: 1 to 50. */
  maxSteps?: number | null | undefined;
  /** One of agentOptions.models. */
  model?: string | null | undefined;
  reviewPolicy?: ReviewPolicyInput | null | undefined;
  /** 1 to 20,000 characters, not blank. */
  systemPrompt?: string | null | undefined;
  /** 0 to 1, at most two decimals. */
  temperature?: number | null | undefined;
  /** Registered tool names (agentOptions.tools), each at most once; a tool the agent already lists may stay. */
  tools?: Array<string> | null | undefined;
};

export type UpdateKnowledgeArticleInput = {
  body?: string | null | undefined;
  published?: boolean | null | undefined;
  slug?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
};

/** What to change; absent fields stay as they are. */
export type UpdateWebhookSubscriptionInput = {
  /** Empty clears it. */
  description?: string | null | undefined;
  /** true enables it again with its failure count reset; false stops deliveries (pending ones are marked FAILED). */
  enabled?: boolean | null | undefined;
  eventTypes?: Array<WebhookEventType> | null | undefined;
  url?: string | null | undefined;
};

/** An event other systems can be told about. The payload's `type` is the wire name: run.succeeded, run.failed, approval.requested, conversation.handed_off, lead.scored_hot, invoice.reminder_sent, report.ready. */
export const WebhookEventType = {
  /** approval.requested: a run waits for a person to decide. */
  ApprovalRequested: 'APPROVAL_REQUESTED',
  BudgetExhausted: 'BUDGET_EXHAUSTED',
  BudgetWarning: 'BUDGET_WARNING',
  /** conversation.handed_off: a conversation was handed to a person. */
  ConversationHandedOff: 'CONVERSATION_HANDED_OFF',
  /** invoice.reminder_sent: an overdue invoice's reminder was emailed. */
  InvoiceReminderSent: 'INVOICE_REMINDER_SENT',
  /** lead.scored_hot: a scoring put a lead in the HOT tier. */
  LeadScoredHot: 'LEAD_SCORED_HOT',
  /** report.ready: a filing package or annual report was prepared and stored. */
  ReportReady: 'REPORT_READY',
  /** run.failed: a run ended in an error. */
  RunFailed: 'RUN_FAILED',
  /** run.succeeded: a run finished with an answer. */
  RunSucceeded: 'RUN_SUCCEEDED'
} as const;

export type WebhookEventType = typeof WebhookEventType[keyof typeof WebhookEventType];
/** The settings to change; an absent field stays as it is. */
export type WorkspaceSettingsInput = {
  currency?: string | null | undefined;
  locale?: string | null | undefined;
  timeZone?: string | null | undefined;
};

export type AgentFieldsFragment = { key: string, name: string, description: string, enabled: boolean, model: string, systemPrompt: string, temperature: number, maxSteps: number, tools: Array<string>, reviewPolicy: { refundLimitCents: number, legalTopics: boolean, minConfidence: number | null, outboundTrusted: boolean, approvalTtlMinutes: number } };

export type StepFieldsFragment = { seq: number, kind: RunStepKind, title: string, detail: string | null, data: Record<string, unknown>, durationMs: number, inputTokens: number, outputTokens: number, costUsd: number, streaming: boolean, startedAt: string };

export type RunSummaryFieldsFragment = { id: string, status: RunStatus, trigger: string, triggerSummary: string, createdAt: string, startedAt: string | null, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null };

export type ApprovalFieldsFragment = { id: string, status: ApprovalStatus, actionKind: ApprovalActionKind, policy: string, reason: string, toolName: string | null, amountCents: number | null, proposedOutput: string, editedOutput: string | null, editable: boolean, decidedBy: string | null, decisionNote: string | null, createdAt: string, expiresAt: string, email: { to: string, toName: string | null, subject: string, body: string } | null };

export type AgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentsQuery = { agents: Array<{ key: string, name: string, description: string, enabled: boolean, model: string, systemPrompt: string, temperature: number, maxSteps: number, tools: Array<string>, reviewPolicy: { refundLimitCents: number, legalTopics: boolean, minConfidence: number | null, outboundTrusted: boolean, approvalTtlMinutes: number } }>, agentOptions: { models: Array<string>, tools: Array<string> } };

export type UpdateAgentMutationVariables = Exact<{
  key: string;
  input: UpdateAgentInput;
}>;


export type UpdateAgentMutation = { updateAgent: { key: string, name: string, description: string, enabled: boolean, model: string, systemPrompt: string, temperature: number, maxSteps: number, tools: Array<string>, reviewPolicy: { refundLimitCents: number, legalTopics: boolean, minConfidence: number | null, outboundTrusted: boolean, approvalTtlMinutes: number } } };

export type AgentListQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentListQuery = { agents: Array<{ key: string, name: string, enabled: boolean }> };

export type ScenariosQueryVariables = Exact<{
  agentKey?: string | null | undefined;
}>;


export type ScenariosQuery = { scenarios: Array<{ key: string, title: string, description: string, sampleInput: Record<string, unknown> }> };

export type StartRunMutationVariables = Exact<{
  input: StartRunInput;
}>;


export type StartRunMutation = { startRun: { id: string, status: RunStatus, trigger: string, triggerSummary: string, createdAt: string, startedAt: string | null, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null } };

export type RunStepsSubscriptionVariables = Exact<{
  runId: string | number;
  afterSeq?: number | null | undefined;
}>;


export type RunStepsSubscription = { runSteps: { seq: number, kind: RunStepKind, title: string, detail: string | null, data: Record<string, unknown>, durationMs: number, inputTokens: number, outputTokens: number, costUsd: number, streaming: boolean, startedAt: string } };

export type RunUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RunUpdatedSubscription = { runUpdated: { id: string, status: RunStatus, trigger: string, triggerSummary: string, createdAt: string, startedAt: string | null, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null } };

export type RunsQueryVariables = Exact<{
  filter?: RunFilter | null | undefined;
  first: number;
  offset: number;
}>;


export type RunsQuery = { runs: { totalItems: number, items: Array<{ startedBy: string, id: string, status: RunStatus, trigger: string, triggerSummary: string, createdAt: string, startedAt: string | null, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null }> } };

export type RunQueryVariables = Exact<{
  id: string | number;
}>;


export type RunQuery = { run: { startedBy: string, input: Record<string, unknown>, output: Record<string, unknown> | null, error: string | null, provider: string | null, inputTokens: number, outputTokens: number, startedAt: string | null, lastSeq: number, id: string, status: RunStatus, trigger: string, triggerSummary: string, createdAt: string, finishedAt: string | null, costUsd: number, errorCode: string | null, steps: Array<{ seq: number, kind: RunStepKind, title: string, detail: string | null, data: Record<string, unknown>, durationMs: number, inputTokens: number, outputTokens: number, costUsd: number, streaming: boolean, startedAt: string }>, parentRun: { id: string, status: RunStatus, trigger: string, triggerSummary: string, createdAt: string, startedAt: string | null, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null } | null, childRuns: Array<{ id: string, status: RunStatus, trigger: string, triggerSummary: string, createdAt: string, startedAt: string | null, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null }>, approvals: Array<{ id: string, status: ApprovalStatus, actionKind: ApprovalActionKind, policy: string, reason: string, toolName: string | null, amountCents: number | null, proposedOutput: string, editedOutput: string | null, editable: boolean, decidedBy: string | null, decisionNote: string | null, createdAt: string, expiresAt: string, email: { to: string, toName: string | null, subject: string, body: string } | null }>, pendingApproval: { id: string, status: ApprovalStatus, actionKind: ApprovalActionKind, policy: string, reason: string, toolName: string | null, amountCents: number | null, proposedOutput: string, editedOutput: string | null, editable: boolean, decidedBy: string | null, decisionNote: string | null, createdAt: string, expiresAt: string, email: { to: string, toName: string | null, subject: string, body: string } | null } | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null } | null };

export type ApprovalsQueryVariables = Exact<{
  statuses?: Array<ApprovalStatus> | ApprovalStatus | null | undefined;
}>;


export type ApprovalsQuery = { approvals: { totalItems: number, items: Array<{ id: string, status: ApprovalStatus, actionKind: ApprovalActionKind, policy: string, reason: string, toolName: string | null, amountCents: number | null, proposedOutput: string, editedOutput: string | null, editable: boolean, decidedBy: string | null, decisionNote: string | null, createdAt: string, expiresAt: string, run: { id: string, status: RunStatus, trigger: string, triggerSummary: string, createdAt: string, startedAt: string | null, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null }, email: { to: string, toName: string | null, subject: string, body: string } | null }> } };

export type ApproveRunMutationVariables = Exact<{
  id: string | number;
  editedOutput?: string | null | undefined;
}>;


export type ApproveRunMutation = { approveRun: { id: string, status: RunStatus, trigger: string, triggerSummary: string, createdAt: string, startedAt: string | null, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null } };

export type RejectRunMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectRunMutation = { rejectRun: { id: string, status: RunStatus, trigger: string, triggerSummary: string, createdAt: string, startedAt: string | null, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null } };

export type CostBudgetsQueryVariables = Exact<{ [key: string]: never; }>;


export type CostBudgetsQuery = { costBudgets: Array<{ id: string, limitCents: number, policy: CostBudgetPolicy, warnPercent: number, month: string, spentUsd: string, percent: number, status: CostBudgetStatus, agent: { id: string, key: string, name: string } | null }> };

export type CostBudgetAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CostBudgetAgentsQuery = { agents: Array<{ id: string, key: string, name: string }> };

export type SaveCostBudgetMutationVariables = Exact<{
  input: CostBudgetInput;
}>;


export type SaveCostBudgetMutation = { saveCostBudget: { id: string, status: CostBudgetStatus } };

export type DeleteCostBudgetMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteCostBudgetMutation = { deleteCostBudget: boolean };

export type WorkspaceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkspaceSettingsQuery = { workspaceSettings: { locale: string, currency: string, timeZone: string } };

export type UpdateWorkspaceSettingsMutationVariables = Exact<{
  input: WorkspaceSettingsInput;
}>;


export type UpdateWorkspaceSettingsMutation = { updateWorkspaceSettings: { locale: string, currency: string, timeZone: string } };

export type ChangeMyPasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangeMyPasswordMutation = { changeMyPassword: { id: string } };

export type AccountPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountPeopleQuery = { adminUsers: Array<{ id: string, email: string, name: string, role: AdminRole, invitedAt: string | null, lastSignInAt: string | null }> };

export type InviteAdminUserMutationVariables = Exact<{
  input: InviteAdminUserInput;
}>;


export type InviteAdminUserMutation = { inviteAdminUser: { link: string, emailed: boolean, expiresAt: string, user: { id: string, email: string, name: string, role: AdminRole, invitedAt: string | null, lastSignInAt: string | null } } };

export type IssuePasswordResetMutationVariables = Exact<{
  userId: string | number;
}>;


export type IssuePasswordResetMutation = { issuePasswordReset: { link: string, emailed: boolean, expiresAt: string, user: { id: string, email: string, name: string, role: AdminRole, invitedAt: string | null, lastSignInAt: string | null } } };

export type IssuedPasswordLinkFieldsFragment = { link: string, emailed: boolean, expiresAt: string, user: { id: string, email: string, name: string, role: AdminRole, invitedAt: string | null, lastSignInAt: string | null } };

export type AuditQueryVariables = Exact<{
  search?: string | null | undefined;
  actions?: Array<string> | string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first: number;
  offset: number;
}>;


export type AuditQuery = { auditEvents: { totalItems: number, items: Array<{ id: string, action: string, actor: string, actorName: string, targetType: string | null, targetId: string | null, targetName: string | null, data: Record<string, unknown>, createdAt: string }> } };

export type AutomationScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type AutomationScenariosQuery = { scenarios: Array<{ key: string, title: string, sampleInput: Record<string, unknown>, agent: { key: string, name: string } }> };

export type ScheduleFieldsFragment = { id: string, scenarioKey: string, scenarioTitle: string, agentKey: string, cron: string, timeZone: string, followsWorkspaceTimeZone: boolean, enabled: boolean, missedTickPolicy: MissedTickPolicy, input: Record<string, unknown> | null, description: string, nextFireTimes: Array<string>, lastTickAt: string | null, lastRunId: string | null };

export type AutomationSchedulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AutomationSchedulesQuery = { schedules: Array<{ id: string, scenarioKey: string, scenarioTitle: string, agentKey: string, cron: string, timeZone: string, followsWorkspaceTimeZone: boolean, enabled: boolean, missedTickPolicy: MissedTickPolicy, input: Record<string, unknown> | null, description: string, nextFireTimes: Array<string>, lastTickAt: string | null, lastRunId: string | null }> };

export type SchedulePreviewQueryVariables = Exact<{
  cron: string;
  timeZone?: string | null | undefined;
}>;


export type SchedulePreviewQuery = { schedulePreview: { description: string, timeZone: string, nextFireTimes: Array<string> } };

export type SaveScheduleMutationVariables = Exact<{
  input: ScheduleInput;
}>;


export type SaveScheduleMutation = { saveSchedule: { id: string, scenarioKey: string, scenarioTitle: string, agentKey: string, cron: string, timeZone: string, followsWorkspaceTimeZone: boolean, enabled: boolean, missedTickPolicy: MissedTickPolicy, input: Record<string, unknown> | null, description: string, nextFireTimes: Array<string>, lastTickAt: string | null, lastRunId: string | null } };

export type DeleteScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteScheduleMutation = { deleteSchedule: boolean };

export type WebhookEndpointFieldsFragment = { id: string, name: string, scenarioKey: string, agentKey: string, url: string, enabled: boolean, secretHint: string, createdAt: string, lastDeliveryAt: string | null, deliveries: Array<{ id: string, messageId: string | null, eventType: string | null, status: InboundDeliveryStatus, errorCode: string | null, error: string | null, runId: string | null, receivedAt: string }> };

export type AutomationInboundQueryVariables = Exact<{ [key: string]: never; }>;


export type AutomationInboundQuery = { webhookEndpoints: Array<{ id: string, name: string, scenarioKey: string, agentKey: string, url: string, enabled: boolean, secretHint: string, createdAt: string, lastDeliveryAt: string | null, deliveries: Array<{ id: string, messageId: string | null, eventType: string | null, status: InboundDeliveryStatus, errorCode: string | null, error: string | null, runId: string | null, receivedAt: string }> }> };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, name: string, scenarioKey: string, agentKey: string, url: string, enabled: boolean, secretHint: string, createdAt: string, lastDeliveryAt: string | null, deliveries: Array<{ id: string, messageId: string | null, eventType: string | null, status: InboundDeliveryStatus, errorCode: string | null, error: string | null, runId: string | null, receivedAt: string }> } } };

export type RotateWebhookEndpointSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateWebhookEndpointSecretMutation = { rotateWebhookEndpointSecret: { secret: string, endpoint: { id: string, name: string, scenarioKey: string, agentKey: string, url: string, enabled: boolean, secretHint: string, createdAt: string, lastDeliveryAt: string | null, deliveries: Array<{ id: string, messageId: string | null, eventType: string | null, status: InboundDeliveryStatus, errorCode: string | null, error: string | null, runId: string | null, receivedAt: string }> } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  name?: string | null | undefined;
  enabled?: boolean | null | undefined;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string, name: string, scenarioKey: string, agentKey: string, url: string, enabled: boolean, secretHint: string, createdAt: string, lastDeliveryAt: string | null, deliveries: Array<{ id: string, messageId: string | null, eventType: string | null, status: InboundDeliveryStatus, errorCode: string | null, error: string | null, runId: string | null, receivedAt: string }> } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: boolean };

export type OutboundDeliveryFieldsFragment = { id: string, eventType: WebhookEventType, status: OutboundDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, createdAt: string, payload: Record<string, unknown>, attemptLog: Array<{ at: string, statusCode: number | null, error: string | null, durationMs: number }> };

export type WebhookSubscriptionFieldsFragment = { id: string, url: string, description: string | null, eventTypes: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, secretHint: string, consecutiveFailures: number, createdAt: string, deliveries: Array<{ id: string, eventType: WebhookEventType, status: OutboundDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, createdAt: string, payload: Record<string, unknown>, attemptLog: Array<{ at: string, statusCode: number | null, error: string | null, durationMs: number }> }> };

export type AutomationOutboundQueryVariables = Exact<{ [key: string]: never; }>;


export type AutomationOutboundQuery = { webhookSubscriptions: Array<{ id: string, url: string, description: string | null, eventTypes: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, secretHint: string, consecutiveFailures: number, createdAt: string, deliveries: Array<{ id: string, eventType: WebhookEventType, status: OutboundDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, createdAt: string, payload: Record<string, unknown>, attemptLog: Array<{ at: string, statusCode: number | null, error: string | null, durationMs: number }> }> }> };

export type CreateWebhookSubscriptionMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type CreateWebhookSubscriptionMutation = { createWebhookSubscription: { secret: string, subscription: { id: string, url: string, description: string | null, eventTypes: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, secretHint: string, consecutiveFailures: number, createdAt: string, deliveries: Array<{ id: string, eventType: WebhookEventType, status: OutboundDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, createdAt: string, payload: Record<string, unknown>, attemptLog: Array<{ at: string, statusCode: number | null, error: string | null, durationMs: number }> }> } } };

export type UpdateWebhookSubscriptionMutationVariables = Exact<{
  id: string | number;
  input: UpdateWebhookSubscriptionInput;
}>;


export type UpdateWebhookSubscriptionMutation = { updateWebhookSubscription: { id: string, url: string, description: string | null, eventTypes: Array<WebhookEventType>, enabled: boolean, disabledReason: string | null, secretHint: string, consecutiveFailures: number, createdAt: string, deliveries: Array<{ id: string, eventType: WebhookEventType, status: OutboundDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, createdAt: string, payload: Record<string, unknown>, attemptLog: Array<{ at: string, statusCode: number | null, error: string | null, durationMs: number }> }> } };

export type DeleteWebhookSubscriptionMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookSubscriptionMutation = { deleteWebhookSubscription: boolean };

export type RedeliverWebhookMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type RedeliverWebhookMutation = { redeliverWebhook: { id: string, eventType: WebhookEventType, status: OutboundDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, createdAt: string, payload: Record<string, unknown>, attemptLog: Array<{ at: string, statusCode: number | null, error: string | null, durationMs: number }> } };

export type SendTestWebhookMutationVariables = Exact<{
  subscriptionId: string | number;
}>;


export type SendTestWebhookMutation = { sendTestWebhook: { id: string, eventType: WebhookEventType, status: OutboundDeliveryStatus, attempts: number, lastStatusCode: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, createdAt: string, payload: Record<string, unknown>, attemptLog: Array<{ at: string, statusCode: number | null, error: string | null, durationMs: number }> } };

export type ThresholdTriggerFieldsFragment = { id: string, condition: ThresholdCondition, params: Record<string, unknown>, description: string, scenarioKey: string, agentKey: string, enabled: boolean, createdAt: string, crossings: Array<{ id: string, subject: string, detail: string, value: number | null, crossedAt: string, clearedAt: string | null, runId: string | null, baseline: boolean, runError: string | null }> };

export type AutomationThresholdsQueryVariables = Exact<{ [key: string]: never; }>;


export type AutomationThresholdsQuery = { thresholdTriggers: Array<{ id: string, condition: ThresholdCondition, params: Record<string, unknown>, description: string, scenarioKey: string, agentKey: string, enabled: boolean, createdAt: string, crossings: Array<{ id: string, subject: string, detail: string, value: number | null, crossedAt: string, clearedAt: string | null, runId: string | null, baseline: boolean, runError: string | null }> }> };

export type SaveThresholdTriggerMutationVariables = Exact<{
  input: ThresholdTriggerInput;
}>;


export type SaveThresholdTriggerMutation = { saveThresholdTrigger: { id: string, condition: ThresholdCondition, params: Record<string, unknown>, description: string, scenarioKey: string, agentKey: string, enabled: boolean, createdAt: string, crossings: Array<{ id: string, subject: string, detail: string, value: number | null, crossedAt: string, clearedAt: string | null, runId: string | null, baseline: boolean, runError: string | null }> } };

export type DeleteThresholdTriggerMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteThresholdTriggerMutation = { deleteThresholdTrigger: boolean };

export type ContentItemFieldsFragment = { id: string, kind: ContentItemKind, channel: SocialChannel | null, state: ContentItemState, nextStates: Array<ContentItemState>, title: string, slug: string | null, focusKeyword: string | null, plannedFor: string | null, scheduledFor: string | null, publishedAt: string | null, externalUrl: string | null, updatedAt: string };

export type ContentCalendarQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ContentCalendarQuery = { contentItems: { items: Array<{ id: string, kind: ContentItemKind, channel: SocialChannel | null, state: ContentItemState, nextStates: Array<ContentItemState>, title: string, slug: string | null, focusKeyword: string | null, plannedFor: string | null, scheduledFor: string | null, publishedAt: string | null, externalUrl: string | null, updatedAt: string }> }, editorialCalendar: { from: string, to: string, timeZone: string, days: Array<{ date: string, weekday: number, entries: Array<{ basis: CalendarBasis, at: string | null, item: { id: string, kind: ContentItemKind, channel: SocialChannel | null, state: ContentItemState, nextStates: Array<ContentItemState>, title: string, slug: string | null, focusKeyword: string | null, plannedFor: string | null, scheduledFor: string | null, publishedAt: string | null, externalUrl: string | null, updatedAt: string } }> }> } };

export type PlanContentIdeaMutationVariables = Exact<{
  input: ContentIdeaInput;
}>;


export type PlanContentIdeaMutation = { planContentIdea: { id: string, kind: ContentItemKind, channel: SocialChannel | null, state: ContentItemState, nextStates: Array<ContentItemState>, title: string, slug: string | null, focusKeyword: string | null, plannedFor: string | null, scheduledFor: string | null, publishedAt: string | null, externalUrl: string | null, updatedAt: string } };

export type MoveContentItemMutationVariables = Exact<{
  id: string | number;
  state: ContentItemState;
  reason: string;
}>;


export type MoveContentItemMutation = { moveContentItem: { id: string, kind: ContentItemKind, channel: SocialChannel | null, state: ContentItemState, nextStates: Array<ContentItemState>, title: string, slug: string | null, focusKeyword: string | null, plannedFor: string | null, scheduledFor: string | null, publishedAt: string | null, externalUrl: string | null, updatedAt: string } };

export type ContentFeedFieldsFragment = { id: string, title: string, url: string, topic: string, lastFetchedAt: string | null, lastStatus: ContentFeedStatus | null, lastError: string | null, itemCount: number, latestItemAt: string | null };

export type TrendHeadlineFieldsFragment = { id: string, title: string, url: string | null, summary: string, feed: string, publishedAt: string | null };

export type ContentTrendsQueryVariables = Exact<{
  topics: Array<string> | string;
}>;


export type ContentTrendsQuery = { trendReport: { asOf: string, requestedTopics: Array<string>, source: string, notes: Array<string>, topics: Array<{ topic: string, status: TrendStatus, score: number, latestWeek: string | null, growthOnPriorPct: number | null, growthOnLastYearPct: number | null, keyword: string | null, monthlyVolume: number | null, difficulty: number | null, difficultyBand: string | null, reason: string, requested: boolean }>, gaps: Array<{ topic: string, origin: ContentGapOrigin, reason: string, suggestedTitle: string, trendScore: number | null, bestMatch: { title: string } | null, mentionedIn: Array<{ id: string, title: string, url: string | null, summary: string, feed: string, publishedAt: string | null }>, inProgress: { contentItemId: string, title: string, state: ContentItemState } | null }>, headlines: Array<{ id: string, title: string, url: string | null, summary: string, feed: string, publishedAt: string | null }>, freshness: { lastFeedFetchAt: string | null, feedCount: number, seriesLastWeek: string | null, keywordMetricsAsOf: string | null, archivePosts: number } }, searchInterest: Array<{ topic: string, source: string, points: Array<{ weekStart: string, interest: number }> }>, contentFeeds: Array<{ id: string, title: string, url: string, topic: string, lastFetchedAt: string | null, lastStatus: ContentFeedStatus | null, lastError: string | null, itemCount: number, latestItemAt: string | null }> };

export type ContentFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type ContentFeedsQuery = { contentFeeds: Array<{ id: string, title: string, url: string, topic: string, lastFetchedAt: string | null, lastStatus: ContentFeedStatus | null, lastError: string | null, itemCount: number, latestItemAt: string | null }> };

export type RefreshContentFeedsMutationVariables = Exact<{
  ids?: Array<string | number> | string | number | null | undefined;
}>;


export type RefreshContentFeedsMutation = { refreshContentFeeds: Array<{ feedId: string, title: string, status: ContentFeedStatus, newItems: number, itemsInFeed: number, error: string | null }> };

export type AddContentFeedMutationVariables = Exact<{
  input: AddContentFeedInput;
}>;


export type AddContentFeedMutation = { addContentFeed: { id: string, title: string, url: string, topic: string, lastFetchedAt: string | null, lastStatus: ContentFeedStatus | null, lastError: string | null, itemCount: number, latestItemAt: string | null } };

export type RemoveContentFeedMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveContentFeedMutation = { removeContentFeed: { id: string, title: string } };

export type ContentDraftsQueryVariables = Exact<{
  states?: Array<ContentItemState> | ContentItemState | null | undefined;
}>;


export type ContentDraftsQuery = { contentItems: { totalItems: number, items: Array<{ id: string, kind: ContentItemKind, channel: SocialChannel | null, state: ContentItemState, nextStates: Array<ContentItemState>, title: string, slug: string | null, focusKeyword: string | null, plannedFor: string | null, scheduledFor: string | null, publishedAt: string | null, externalUrl: string | null, updatedAt: string, pendingApproval: { id: string, toolName: string | null } | null }> } };

export type ContentDraftQueryVariables = Exact<{
  id: string | number;
}>;


export type ContentDraftQuery = { contentItem: { body: string, metaDescription: string | null, brief: Record<string, unknown> | null, runId: string | null, id: string, kind: ContentItemKind, channel: SocialChannel | null, state: ContentItemState, nextStates: Array<ContentItemState>, title: string, slug: string | null, focusKeyword: string | null, plannedFor: string | null, scheduledFor: string | null, publishedAt: string | null, externalUrl: string | null, updatedAt: string, pendingApproval: { id: string, runId: string, toolName: string | null, reason: string, expiresAt: string } | null } };

export type AnalyzeDraftQueryVariables = Exact<{
  input: AnalyzeDraftInput;
}>;


export type AnalyzeDraftQuery = { analyzeDraft: { suggestedSlug: string, seo: { score: number, wordCount: number, keywordOccurrences: number, keywordDensity: number, checks: Array<{ id: SeoCheckId, label: string, passed: boolean, detail: string, weight: number }>, imageSuggestions: Array<{ section: string, alt: string, markdown: string }> }, readability: { words: number, sentences: number, syllables: number, fleschReadingEase: number | null, fleschKincaidGrade: number | null, level: ReadingEaseLevel | null }, internalLinks: Array<{ postId: string, title: string, href: string, anchorText: string, reason: string }> } };

export type UpdateContentDraftMutationVariables = Exact<{
  id: string | number;
  input: ContentDraftInput;
}>;


export type UpdateContentDraftMutation = { updateContentDraft: { body: string, metaDescription: string | null, id: string, kind: ContentItemKind, channel: SocialChannel | null, state: ContentItemState, nextStates: Array<ContentItemState>, title: string, slug: string | null, focusKeyword: string | null, plannedFor: string | null, scheduledFor: string | null, publishedAt: string | null, externalUrl: string | null, updatedAt: string } };

export type ContentSocialQueryVariables = Exact<{ [key: string]: never; }>;


export type ContentSocialQuery = { contentItems: { totalItems: number, items: Array<{ body: string, parts: Array<string> | null, hashtags: Array<string>, id: string, kind: ContentItemKind, channel: SocialChannel | null, state: ContentItemState, nextStates: Array<ContentItemState>, title: string, slug: string | null, focusKeyword: string | null, plannedFor: string | null, scheduledFor: string | null, publishedAt: string | null, externalUrl: string | null, updatedAt: string, sourceItem: { id: string, title: string, externalUrl: string | null } | null }> }, socialQueue: { totalItems: number, dueCount: number, items: Array<{ id: string, channel: SocialChannel, title: string, scheduledFor: string | null, due: boolean, sourceTitle: string | null }> } };

export type PreviewSocialPostQueryVariables = Exact<{
  platform: SocialChannel;
  text: string;
}>;


export type PreviewSocialPostQuery = { previewSocialPost: { length: number, limit: number, overLimit: boolean, hashtagCount: number, hashtagLimit: number | null, notes: Array<string>, hook: { length: number, limit: number, withinLimit: boolean } | null } };

export type MarkSocialPostPublishedMutationVariables = Exact<{
  id: string | number;
  url: string;
}>;


export type MarkSocialPostPublishedMutation = { markSocialPostPublished: { id: string, state: ContentItemState, externalUrl: string | null, publishedAt: string | null } };

export type ConversationFieldsFragment = { id: string, handoffState: HandoffState, customerEmail: string | null, visitorId: string | null, visitorName: string | null, updatedAt: string, lastMessage: { role: ConversationMessageRole, text: string, createdAt: string } | null, messages: Array<{ role: ConversationMessageRole, text: string, createdAt: string }> };

export type ConversationsQueryVariables = Exact<{
  handoffStates?: Array<HandoffState> | HandoffState | null | undefined;
  first: number;
  offset: number;
}>;


export type ConversationsQuery = { conversations: { totalItems: number, items: Array<{ id: string, handoffState: HandoffState, customerEmail: string | null, visitorId: string | null, visitorName: string | null, updatedAt: string, lastMessage: { role: ConversationMessageRole, text: string, createdAt: string } | null, messages: Array<{ role: ConversationMessageRole, text: string, createdAt: string }> }> } };

export type ConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type ConversationQuery = { conversation: { id: string, handoffState: HandoffState, customerEmail: string | null, visitorId: string | null, visitorName: string | null, updatedAt: string, lastMessage: { role: ConversationMessageRole, text: string, createdAt: string } | null, messages: Array<{ role: ConversationMessageRole, text: string, createdAt: string }> } | null };

export type ConversationEventsSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ConversationEventsSubscription = { conversationEvents: { handoffState: HandoffState | null, message: { id: string } | null } };

export type TakeOverMutationVariables = Exact<{
  id: string | number;
}>;


export type TakeOverMutation = { takeOverConversation: { id: string, handoffState: HandoffState, customerEmail: string | null, visitorId: string | null, visitorName: string | null, updatedAt: string, lastMessage: { role: ConversationMessageRole, text: string, createdAt: string } | null, messages: Array<{ role: ConversationMessageRole, text: string, createdAt: string }> } };

export type HandBackMutationVariables = Exact<{
  id: string | number;
}>;


export type HandBackMutation = { handBackToBot: { id: string, handoffState: HandoffState, customerEmail: string | null, visitorId: string | null, visitorName: string | null, updatedAt: string, lastMessage: { role: ConversationMessageRole, text: string, createdAt: string } | null, messages: Array<{ role: ConversationMessageRole, text: string, createdAt: string }> } };

export type ResolveMutationVariables = Exact<{
  id: string | number;
}>;


export type ResolveMutation = { resolveConversation: { id: string, handoffState: HandoffState, customerEmail: string | null, visitorId: string | null, visitorName: string | null, updatedAt: string, lastMessage: { role: ConversationMessageRole, text: string, createdAt: string } | null, messages: Array<{ role: ConversationMessageRole, text: string, createdAt: string }> } };

export type SendHumanMutationVariables = Exact<{
  conversationId: string | number;
  text: string;
}>;


export type SendHumanMutation = { sendHumanMessage: { id: string } };

export type DashboardQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DashboardQuery = { dashboard: { escalations: number, handoffs: number, openApprovals: number, runsPerDay: Array<{ day: string, agentKey: string, runs: number }>, agents: Array<{ agentKey: string, agentName: string, runs: number, succeeded: number, failed: number, unavailable: number, successRate: number | null, medianDurationMs: number | null, p95DurationMs: number | null, inputTokens: number, outputTokens: number, costUsd: number }> } };

export type FinanceReviewQueueQueryVariables = Exact<{
  status: BankTransactionStatus;
  first: number;
  offset: number;
}>;


export type FinanceReviewQueueQuery = { bankTransactions: { totalCount: number, items: Array<{ id: string, postedOn: string, amountCents: number, description: string, merchant: string, reference: string | null, status: BankTransactionStatus, accountCode: string | null, accountName: string | null, confidence: number | null, categorizedBy: Categorizer | null, journalEntryId: string | null }> } };

export type FinanceAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type FinanceAccountsQuery = { accounts: Array<{ id: string, code: string, name: string, type: LedgerAccountType, postable: boolean }> };

export type CategorizeBankTransactionMutationVariables = Exact<{
  id: string | number;
  accountCode: string;
}>;


export type CategorizeBankTransactionMutation = { categorizeBankTransaction: { alsoApplied: number, transaction: { id: string, status: BankTransactionStatus, accountCode: string | null, accountName: string | null, categorizedBy: Categorizer | null, journalEntryId: string | null } } };

export type FinanceBankImportsQueryVariables = Exact<{
  first: number;
  offset: number;
}>;


export type FinanceBankImportsQuery = { bankAccounts: Array<{ id: string, name: string, institution: string, last4: string }>, bankImports: { totalCount: number, items: Array<{ id: string, bankAccountId: string, fileName: string, format: string, layout: string, rowCount: number, importedCount: number, duplicateCount: number, importedBy: string, importedAt: string }> } };

export type ImportBankFileMutationVariables = Exact<{
  input: ImportBankFileInput;
}>;


export type ImportBankFileMutation = { importBankFile: { id: string, fileName: string, format: string, layout: string, rowCount: number, importedCount: number, duplicateCount: number } };

export type FinanceReceivablesQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type FinanceReceivablesQuery = { receivablesAging: { asOf: string, totalOpenCents: number, overdueCents: number, buckets: Array<{ bucket: string, count: number, openCents: number }>, rows: Array<{ invoiceId: string, number: string, customer: string, issuedOn: string, dueOn: string, amountCents: number, openCents: number, daysOverdue: number, bucket: string, draftedStages: Array<number>, stageDue: number | null }> } };

export type FinanceRemindersQueryVariables = Exact<{
  first: number;
}>;


export type FinanceRemindersQuery = { invoiceReminders: Array<{ id: string, invoiceId: string, invoiceNumber: string, customer: string, stage: number, daysOverdue: number, subject: string, body: string, status: string, sentAt: string | null, createdAt: string }> };

export type SendInvoiceReminderMutationVariables = Exact<{
  id: string | number;
}>;


export type SendInvoiceReminderMutation = { sendInvoiceReminder: { id: string, invoiceId: string, invoiceNumber: string, customer: string, stage: number, daysOverdue: number, subject: string, body: string, status: string, sentAt: string | null, createdAt: string } };

export type FinanceCashFlowQueryVariables = Exact<{
  weekEnding?: string | null | undefined;
  historyWeeks: number;
}>;


export type FinanceCashFlowQuery = { cashFlowReport: { week: { start: string, end: string, totalInCents: number, totalOutCents: number, netCents: number }, priorWeek: { start: string, end: string, totalInCents: number, totalOutCents: number, netCents: number }, sameWeekLastYear: { start: string, end: string, totalInCents: number, totalOutCents: number, netCents: number }, inflows: Array<{ category: string, amountCents: number, count: number }>, outflows: Array<{ category: string, amountCents: number, count: number }>, trend: Array<{ start: string, end: string, totalInCents: number, totalOutCents: number, netCents: number }>, anomalies: Array<{ category: string, direction: string, deviation: string, amountCents: number, medianCents: number, score: number | null, explanation: string }>, runway: { cashBalanceCents: number, averageWeeklyNetCents: number, weeksOfRunway: number | null, weeksCounted: number, explanation: string } } };

export type ArticleFieldsFragment = { id: string, slug: string, title: string, body: string, tags: Array<string>, published: boolean, updatedAt: string };

export type ArticlesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ArticlesQuery = { knowledgeArticles: { totalItems: number, items: Array<{ id: string, slug: string, title: string, body: string, tags: Array<string>, published: boolean, updatedAt: string }> } };

export type CreateArticleMutationVariables = Exact<{
  input: CreateKnowledgeArticleInput;
}>;


export type CreateArticleMutation = { createKnowledgeArticle: { id: string, slug: string, title: string, body: string, tags: Array<string>, published: boolean, updatedAt: string } };

export type UpdateArticleMutationVariables = Exact<{
  id: string | number;
  input: UpdateKnowledgeArticleInput;
}>;


export type UpdateArticleMutation = { updateKnowledgeArticle: { id: string, slug: string, title: string, body: string, tags: Array<string>, published: boolean, updatedAt: string } };

export type DeleteArticleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteArticleMutation = { deleteKnowledgeArticle: boolean };

export type LeadsQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadsQuery = { leads: Array<{ id: string, name: string, email: string, company: string | null, score: number | null, tier: LeadTier | null, stage: LeadStage, createdAt: string, scoreFactors: Array<{ feature: string, label: string, value: number | null, contribution: number }> }> };

export type OutboxQueryVariables = Exact<{
  first: number;
  offset: number;
}>;


export type OutboxQuery = { caughtEmails: { delivery: MailDelivery, totalItems: number, items: Array<{ id: string, messageId: string, fromAddress: string, toAddress: string, subject: string, textBody: string, htmlBody: string | null, headers: Record<string, unknown>, confidential: boolean, sentAt: string }> } };

export type ReportStatementFieldsFragment = { kind: string, title: string, notes: Array<string>, period: { key: string, label: string, from: string, to: string }, priorPeriod: { key: string, label: string } | null, lastYearPeriod: { key: string, label: string } | null, sections: Array<{ key: string, label: string, rows: Array<{ key: string, label: string, accounts: Array<string>, group: string | null, currentCents: number, priorCents: number | null, lastYearCents: number | null, varianceCents: number | null, variancePercent: number | null, isTotal: boolean }> }>, checks: Array<{ name: string, holds: boolean, detail: string }> };

export type ReportStatementsQueryVariables = Exact<{
  period: string;
  comparePrior: boolean;
  compareLastYear: boolean;
}>;


export type ReportStatementsQuery = { incomeStatement: { kind: string, title: string, notes: Array<string>, period: { key: string, label: string, from: string, to: string }, priorPeriod: { key: string, label: string } | null, lastYearPeriod: { key: string, label: string } | null, sections: Array<{ key: string, label: string, rows: Array<{ key: string, label: string, accounts: Array<string>, group: string | null, currentCents: number, priorCents: number | null, lastYearCents: number | null, varianceCents: number | null, variancePercent: number | null, isTotal: boolean }> }>, checks: Array<{ name: string, holds: boolean, detail: string }> }, balanceSheet: { kind: string, title: string, notes: Array<string>, period: { key: string, label: string, from: string, to: string }, priorPeriod: { key: string, label: string } | null, lastYearPeriod: { key: string, label: string } | null, sections: Array<{ key: string, label: string, rows: Array<{ key: string, label: string, accounts: Array<string>, group: string | null, currentCents: number, priorCents: number | null, lastYearCents: number | null, varianceCents: number | null, variancePercent: number | null, isTotal: boolean }> }>, checks: Array<{ name: string, holds: boolean, detail: string }> }, cashFlowStatement: { kind: string, title: string, notes: Array<string>, period: { key: string, label: string, from: string, to: string }, priorPeriod: { key: string, label: string } | null, lastYearPeriod: { key: string, label: string } | null, sections: Array<{ key: string, label: string, rows: Array<{ key: string, label: string, accounts: Array<string>, group: string | null, currentCents: number, priorCents: number | null, lastYearCents: number | null, varianceCents: number | null, variancePercent: number | null, isTotal: boolean }> }>, checks: Array<{ name: string, holds: boolean, detail: string }> } };

export type ReportForecastQueryVariables = Exact<{
  months: number;
}>;


export type ReportForecastQuery = { forecast: { asOf: string, assumptions: Array<string>, history: Array<{ month: string, revenueCents: number, expensesCents: number, netIncomeCents: number, grossMarginPercent: number | null, cashCents: number }>, series: Array<{ key: ForecastSeriesKey, method: string, points: Array<{ month: string, baseCents: number, conservativeCents: number, aggressiveCents: number, lower80Cents: number, upper80Cents: number, lower95Cents: number, upper95Cents: number }> }> } };

export type ReportRatiosQueryVariables = Exact<{
  asOf: string;
}>;


export type ReportRatiosQuery = { financialRatios: { asOf: string, naicsCode: string | null, window: { from: string, to: string, days: number }, benchmark: { shortCitation: string, publisher: string, title: string, table: string, dataPeriod: string, publicationDate: string, urls: Array<string>, rangeMethod: string, caveats: Array<string>, naicsCode: string, matchedCode: string, industryLabel: string, note: string } | null, ratios: Array<{ key: string, label: string, unit: string, formula: string, higherIsBetter: boolean | null, value: number | null, nullReason: string | null, benchmarkMissingReason: string | null, benchmark: { low: number, high: number } | null, alert: { severity: string, text: string } | null, numerator: { label: string, cents: number, isAverage: boolean, sources: Array<{ statement: string, label: string, accounts: Array<string>, from: string | null, to: string, cents: number }> }, denominator: { label: string, cents: number, isAverage: boolean, sources: Array<{ statement: string, label: string, accounts: Array<string>, from: string | null, to: string, cents: number }> } }> } };

export type FilingPackageFieldsFragment = { id: string, kind: ReportKind, period: string, title: string, preparedAt: string, preparedBy: string, files: Array<{ id: string, format: ReportFormat, filename: string, bytes: number, sha256: string, url: string, expiresAt: string }> };

export type ReportFilingPackagesQueryVariables = Exact<{
  first: number;
}>;


export type ReportFilingPackagesQuery = { filingPackages: Array<{ id: string, kind: ReportKind, period: string, title: string, preparedAt: string, preparedBy: string, files: Array<{ id: string, format: ReportFormat, filename: string, bytes: number, sha256: string, url: string, expiresAt: string }> }> };

export type PrepareFilingPackageMutationVariables = Exact<{
  period: string;
}>;


export type PrepareFilingPackageMutation = { prepareFilingPackage: { id: string, kind: ReportKind, period: string, title: string, preparedAt: string, preparedBy: string, files: Array<{ id: string, format: ReportFormat, filename: string, bytes: number, sha256: string, url: string, expiresAt: string }> } };

export type ScenarioGridQueryVariables = Exact<{ [key: string]: never; }>;


export type ScenarioGridQuery = { agents: Array<{ key: string, name: string, enabled: boolean, scenarios: Array<{ id: string, key: string, title: string, description: string, sampleInput: Record<string, unknown>, inputSchema: Record<string, unknown> | null, available: boolean, unavailableReason: string | null, lastRun: { id: string, status: RunStatus, createdAt: string, startedAt: string | null, finishedAt: string | null } | null }> }> };

export type PublishableKeyFieldsFragment = { id: string, name: string, key: string, allowedOrigins: Array<string>, createdAt: string, revokedAt: string | null };

export type ApiKeyFieldsFragment = { id: string, name: string, displayPrefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null };

export type AdminUserFieldsFragment = { id: string, email: string, name: string, role: AdminRole, createdAt: string, lastSignInAt: string | null };

export type PublishableKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type PublishableKeysQuery = { publishableKeys: Array<{ id: string, name: string, key: string, allowedOrigins: Array<string>, createdAt: string, revokedAt: string | null }> };

export type CreatePkMutationVariables = Exact<{
  input: CreatePublishableKeyInput;
}>;


export type CreatePkMutation = { createPublishableKey: { id: string, name: string, key: string, allowedOrigins: Array<string>, createdAt: string, revokedAt: string | null } };

export type SetOriginsMutationVariables = Exact<{
  id: string | number;
  allowedOrigins: Array<string> | string;
}>;


export type SetOriginsMutation = { setPublishableKeyOrigins: { id: string, name: string, key: string, allowedOrigins: Array<string>, createdAt: string, revokedAt: string | null } };

export type RevokePkMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokePkMutation = { revokePublishableKey: { id: string, name: string, key: string, allowedOrigins: Array<string>, createdAt: string, revokedAt: string | null } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, displayPrefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type CreateApiKeyMutationVariables = Exact<{
  name: string;
}>;


export type CreateApiKeyMutation = { createApiKey: { plainKey: string, apiKey: { id: string, name: string, displayPrefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, name: string, displayPrefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } };

export type AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUsersQuery = { adminUsers: Array<{ id: string, email: string, name: string, role: AdminRole, createdAt: string, lastSignInAt: string | null }> };

export type CreateAdminUserMutationVariables = Exact<{
  input: CreateAdminUserInput;
}>;


export type CreateAdminUserMutation = { createAdminUser: { id: string, email: string, name: string, role: AdminRole, createdAt: string, lastSignInAt: string | null } };

export type SetRoleMutationVariables = Exact<{
  id: string | number;
  role: AdminRole;
}>;


export type SetRoleMutation = { setAdminUserRole: { id: string, email: string, name: string, role: AdminRole, createdAt: string, lastSignInAt: string | null } };

export type RemoveAdminUserMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveAdminUserMutation = { removeAdminUser: boolean };

export type TaxRuleFieldsFragment = { ruleId: string, concept: string, ruleSetVersion: string, value: string, note: string | null, citation: { publisher: string, title: string, section: string, url: string, published: string } };

export type TaxFigureFieldsFragment = { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> };

export type TaxNexusExposureQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type TaxNexusExposureQuery = { nexusExposure: { asOf: string, timeZone: string, ruleSetVersion: string, registerNow: Array<string>, watch: Array<string>, statesSoldInto: Array<string>, states: Array<{ state: string, stateName: string, status: string, registered: boolean, registeredOn: string | null, actionKind: string, action: string, reason: string, rule: { id: string, summary: string, effectiveFrom: string, effectiveTo: string | null, citation: { publisher: string, title: string, section: string, url: string, published: string } } | null, decidingWindow: { from: string, to: string, label: string, salesCents: number, transactions: number, percent: string, met: boolean } | null }> } };

export type TaxDeductionSummaryQueryVariables = Exact<{
  taxYear: number;
}>;


export type TaxDeductionSummaryQuery = { deductionSummary: { taxYear: number, ruleSetVersion: string, booksThrough: string | null, period: { from: string, to: string }, profile: { filingStatus: string, businessForm: string, note: string } | null, grossReceipts: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, returnsAndAllowances: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, costOfGoodsSold: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, grossIncome: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, lines: Array<{ line: string, label: string, ledgerCents: number, adjustment: string | null, accounts: Array<{ code: string, name: string, cents: number }>, deduction: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> } }>, vehicle: { description: string, businessMiles: number, totalMiles: number, chosen: string, why: string, standardMileage: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, actualExpenses: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, deduction: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> } } | null, section179: { properties: Array<{ description: string, placedInServiceOn: string, reason: string, businessCost: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, elected: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> } }>, dollarLimit: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, threshold: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, dollarLimitation: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, businessIncome: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, businessIncomeLimitation: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, deduction: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, carryover: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> } } | null, homeOffice: { officeSquareFeet: number, homeSquareFeet: number, chosen: string, why: string, carryoverOperatingCents: number, carryoverDepreciationCents: number, simplified: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, actual: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, deduction: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> } } | null, totalExpenses: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, tentativeProfit: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, homeOfficeDeduction: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, netProfit: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, missedDeductions: Array<{ kind: string, cents: number, text: string }>, rulesUsed: Array<{ ruleId: string, concept: string, ruleSetVersion: string, value: string, note: string | null, citation: { publisher: string, title: string, section: string, url: string, published: string } }> } };

export type TaxSalesTaxLiabilityQueryVariables = Exact<{
  state: string;
  period: string;
}>;


export type TaxSalesTaxLiabilityQuery = { salesTaxLiability: { state: string, registered: boolean, registeredOn: string | null, orderCount: number, grossSalesCents: number, exemptSalesCents: number, resaleSalesCents: number, taxableSalesCents: number, shippingCents: number, taxableShippingCents: number, stateTaxOwedCents: number, localTaxOwedCents: number, taxOwedCents: number, taxCollectedCents: number, ledgerCollectedCents: number, differenceCents: number, differenceReasons: Array<string>, notes: Array<string>, ruleSetVersion: string, jurisdictionTableVersion: string, period: { key: string, kind: string, start: string, end: string }, exemptByReason: Array<{ code: string, reason: string, cents: number }>, jurisdictions: Array<{ level: string, code: string, name: string, rate: string, taxableSalesCents: number, taxOwedCents: number, ruleIds: Array<string> }>, locations: Array<{ label: string, channel: string, city: string | null, postalCode: string | null, combinedRate: string, grossSalesCents: number, taxableSalesCents: number, taxCollectedCents: number }>, rulesUsed: Array<{ id: string, concept: string, citation: { title: string, url: string, published: string } }> } };

export type TaxSalesTaxQuoteQueryVariables = Exact<{
  input: SalesTaxQuoteInput;
}>;


export type TaxSalesTaxQuoteQuery = { salesTaxQuote: { state: string, date: string, sourcing: string, sourcingReason: string, combinedRate: string, subtotalCents: number, taxableCents: number, totalTaxCents: number, totalCents: number, ruleSetVersion: string, address: { postalCode: string, city: string | null, state: string, regionName: string, combinedRate: string, matchedBy: string, note: string | null, tableSource: string, tableAsOf: string }, originAddress: { postalCode: string, city: string | null, regionName: string } | null, jurisdictions: Array<{ level: string, code: string, name: string, rate: string, taxableCents: number, taxCents: number, ruleIds: Array<string> }>, lines: Array<{ id: string, category: string, amountCents: number, taxableCents: number, exemptCents: number, taxCents: number, treatment: string, reason: string, ruleIds: Array<string> }>, shipping: { amountCents: number, taxableCents: number, taxCents: number, reason: string }, rounding: { mode: string, method: string, reason: string }, rulesUsed: Array<{ id: string, concept: string, citation: { title: string, url: string, published: string } }> } };

export type SalesTaxFilingPacketFieldsFragment = { id: string, state: string, period: string, status: string, preparedAt: string, preparedBy: string, returnWorksheet: { formTitle: string, filingFrequency: string, periodStart: string, periodEnd: string, deadlineStatus: string, prepaymentDiscountIfPrepaidCents: number | null, notes: Array<string>, dueDate: { due: string, nominal: string, skipped: Array<string> }, prepaymentDueDate: { due: string } | null, lines: Array<{ key: string, item: string, label: string, formEntry: string, cents: number, formula: string }>, reconciliation: { taxOwedCents: number, taxCollectedCents: number, differenceCents: number, keptOnTimelyReturnCents: number } }, checklist: Array<{ key: string, title: string, status: string, detail: string }>, files: Array<{ id: string, format: ReportFormat, filename: string, bytes: number, sha256: string, url: string, expiresAt: string }> };

export type TaxPrepareSalesTaxFilingMutationVariables = Exact<{
  state: string;
  period: string;
  preliminary: boolean;
}>;


export type TaxPrepareSalesTaxFilingMutation = { prepareSalesTaxFiling: { id: string, state: string, period: string, status: string, preparedAt: string, preparedBy: string, returnWorksheet: { formTitle: string, filingFrequency: string, periodStart: string, periodEnd: string, deadlineStatus: string, prepaymentDiscountIfPrepaidCents: number | null, notes: Array<string>, dueDate: { due: string, nominal: string, skipped: Array<string> }, prepaymentDueDate: { due: string } | null, lines: Array<{ key: string, item: string, label: string, formEntry: string, cents: number, formula: string }>, reconciliation: { taxOwedCents: number, taxCollectedCents: number, differenceCents: number, keptOnTimelyReturnCents: number } }, checklist: Array<{ key: string, title: string, status: string, detail: string }>, files: Array<{ id: string, format: ReportFormat, filename: string, bytes: number, sha256: string, url: string, expiresAt: string }> } };

export type TaxEstimatedTaxPlanQueryVariables = Exact<{
  taxYear: number;
}>;


export type TaxEstimatedTaxPlanQuery = { estimatedTaxPlan: { taxYear: number, asOf: string, filingStatus: string, booksThrough: string | null, ruleSetVersion: string, netProfitBasis: string, netProfitBasisExplanation: string, qbiExplanation: string, marginalRate: string, paymentsRequired: boolean, paymentsRequiredReason: string, basis: string, paidToDateCents: number, behind: boolean, warnings: Array<string>, notes: Array<string>, netProfitToDate: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, projectedNetProfit: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, selfEmploymentTax: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, deductibleHalfOfSelfEmploymentTax: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, adjustedGrossIncome: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, taxableIncomeBeforeQbi: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, qbiDeduction: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, taxableIncome: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, incomeTax: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, additionalMedicareTax: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, totalTax: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, priorYearOption: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> } | null, currentYearOption: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, requiredAnnualPayment: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, installments: Array<{ number: number, nominalDueDate: string, dueDate: string, paidByDueDate: number | null, shortfall: number | null, status: string, amount: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, cumulative: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> } }>, payments: Array<{ id: string, paidOn: string, amountCents: number, note: string }>, standardVsItemized: { chosen: string, why: string, notes: Array<string>, standardDeduction: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, standardTotal: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, mortgageInterest: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, saltPaid: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, saltLimit: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, salt: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, charitable: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, itemizedTotal: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, deduction: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> }, difference: { cents: number, formula: string, rules: Array<{ ruleId: string, value: string }> } }, rulesUsed: Array<{ ruleId: string, concept: string, ruleSetVersion: string, value: string, note: string | null, citation: { publisher: string, title: string, section: string, url: string, published: string } }> } };

export type TaxComplianceCalendarQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type TaxComplianceCalendarQuery = { complianceCalendar: { from: string, to: string, today: string, timeZone: string, holidayNote: string, ruleSetVersion: string, events: Array<{ id: string, kind: string, state: string | null, title: string, detail: string, dueDate: string, nominalDueDate: string, moved: string | null, remindOn: string, status: string, sourceRule: string, citation: { publisher: string, title: string, section: string, url: string, published: string } }> }, exemptionCertificates: { asOf: string, uncoveredCents: number, certificates: Array<{ id: string, buyerName: string, state: string, kind: string, number: string, expiresOn: string | null, daysToExpiry: number | null, status: string, message: string }>, uncoveredSales: Array<{ saleId: string, soldOn: string, state: string, treatment: string, buyerName: string | null, goodsCents: number, reason: string, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AgentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AgentFields on Agent {
  key
  name
  description
  enabled
  model
  systemPrompt
  temperature
  maxSteps
  tools
  reviewPolicy {
    refundLimitCents
    legalTopics
    minConfidence
    outboundTrusted
    approvalTtlMinutes
  }
}
    `, {"fragmentName":"AgentFields"}) as unknown as TypedDocumentString<AgentFieldsFragment, unknown>;
export const StepFieldsFragmentDoc = new TypedDocumentString(`
    fragment StepFields on RunStep {
  seq
  kind
  title
  detail
  data
  durationMs
  inputTokens
  outputTokens
  costUsd
  streaming
  startedAt
}
    `, {"fragmentName":"StepFields"}) as unknown as TypedDocumentString<StepFieldsFragment, unknown>;
export const RunSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment RunSummaryFields on Run {
  id
  status
  trigger
  triggerSummary
  createdAt
  startedAt
  finishedAt
  costUsd
  errorCode
  agent {
    key
    name
  }
  scenario {
    key
    title
  }
}
    `, {"fragmentName":"RunSummaryFields"}) as unknown as TypedDocumentString<RunSummaryFieldsFragment, unknown>;
export const ApprovalFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApprovalFields on Approval {
  id
  status
  actionKind
  policy
  reason
  toolName
  amountCents
  proposedOutput
  editedOutput
  editable
  email {
    to
    toName
    subject
    body
  }
  decidedBy
  decisionNote
  createdAt
  expiresAt
}
    `, {"fragmentName":"ApprovalFields"}) as unknown as TypedDocumentString<ApprovalFieldsFragment, unknown>;
export const IssuedPasswordLinkFieldsFragmentDoc = new TypedDocumentString(`
    fragment IssuedPasswordLinkFields on PasswordLink {
  link
  emailed
  expiresAt
  user {
    id
    email
    name
    role
    invitedAt
    lastSignInAt
  }
}
    `, {"fragmentName":"IssuedPasswordLinkFields"}) as unknown as TypedDocumentString<IssuedPasswordLinkFieldsFragment, unknown>;
export const ScheduleFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScheduleFields on Schedule {
  id
  scenarioKey
  scenarioTitle
  agentKey
  cron
  timeZone
  followsWorkspaceTimeZone
  enabled
  missedTickPolicy
  input
  description
  nextFireTimes(count: 5)
  lastTickAt
  lastRunId
}
    `, {"fragmentName":"ScheduleFields"}) as unknown as TypedDocumentString<ScheduleFieldsFragment, unknown>;
export const WebhookEndpointFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  name
  scenarioKey
  agentKey
  url
  enabled
  secretHint
  createdAt
  lastDeliveryAt
  deliveries(first: 20) {
    id
    messageId
    eventType
    status
    errorCode
    error
    runId
    receivedAt
  }
}
    `, {"fragmentName":"WebhookEndpointFields"}) as unknown as TypedDocumentString<WebhookEndpointFieldsFragment, unknown>;
export const OutboundDeliveryFieldsFragmentDoc = new TypedDocumentString(`
    fragment OutboundDeliveryFields on OutboundDelivery {
  id
  eventType
  status
  attempts
  lastStatusCode
  lastError
  nextAttemptAt
  deliveredAt
  createdAt
  payload
  attemptLog {
    at
    statusCode
    error
    durationMs
  }
}
    `, {"fragmentName":"OutboundDeliveryFields"}) as unknown as TypedDocumentString<OutboundDeliveryFieldsFragment, unknown>;
export const WebhookSubscriptionFieldsFragmentDoc = new TypedDocumentString(`
    fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  url
  description
  eventTypes
  enabled
  disabledReason
  secretHint
  consecutiveFailures
  createdAt
  deliveries(first: 20) {
    ...OutboundDeliveryFields
  }
}
    fragment OutboundDeliveryFields on OutboundDelivery {
  id
  eventType
  status
  attempts
  lastStatusCode
  lastError
  nextAttemptAt
  deliveredAt
  createdAt
  payload
  attemptLog {
    at
    statusCode
    error
    durationMs
  }
}`, {"fragmentName":"WebhookSubscriptionFields"}) as unknown as TypedDocumentString<WebhookSubscriptionFieldsFragment, unknown>;
export const ThresholdTriggerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ThresholdTriggerFields on ThresholdTrigger {
  id
  condition
  params
  description
  scenarioKey
  agentKey
  enabled
  createdAt
  crossings(first: 20) {
    id
    subject
    detail
    value
    crossedAt
    clearedAt
    runId
    baseline
    runError
  }
}
    `, {"fragmentName":"ThresholdTriggerFields"}) as unknown as TypedDocumentString<ThresholdTriggerFieldsFragment, unknown>;
export const ContentItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContentItemFields on ContentItem {
  id
  kind
  channel
  state
  nextStates
  title
  slug
  focusKeyword
  plannedFor
  scheduledFor
  publishedAt
  externalUrl
  updatedAt
}
    `, {"fragmentName":"ContentItemFields"}) as unknown as TypedDocumentString<ContentItemFieldsFragment, unknown>;
export const ContentFeedFieldsFragmentDoc = new TypedDocumentString(`
    fragment ContentFeedFields on ContentFeedView {
  id
  title
  url
  topic
  lastFetchedAt
  lastStatus
  lastError
  itemCount
  latestItemAt
}
    `, {"fragmentName":"ContentFeedFields"}) as unknown as TypedDocumentString<ContentFeedFieldsFragment, unknown>;
export const TrendHeadlineFieldsFragmentDoc = new TypedDocumentString(`
    fragment TrendHeadlineFields on TrendHeadlineView {
  id
  title
  url
  summary
  feed
  publishedAt
}
    `, {"fragmentName":"TrendHeadlineFields"}) as unknown as TypedDocumentString<TrendHeadlineFieldsFragment, unknown>;
export const ConversationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConversationFields on Conversation {
  id
  handoffState
  customerEmail
  visitorId
  visitorName
  updatedAt
  lastMessage {
    role
    text
    createdAt
  }
  messages {
    role
    text
    createdAt
  }
}
    `, {"fragmentName":"ConversationFields"}) as unknown as TypedDocumentString<ConversationFieldsFragment, unknown>;
export const ArticleFieldsFragmentDoc = new TypedDocumentString(`
    fragment ArticleFields on KnowledgeArticle {
  id
  slug
  title
  body
  tags
  published
  updatedAt
}
    `, {"fragmentName":"ArticleFields"}) as unknown as TypedDocumentString<ArticleFieldsFragment, unknown>;
export const ReportStatementFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReportStatementFields on FinancialStatementView {
  kind
  title
  period {
    key
    label
    from
    to
  }
  priorPeriod {
    key
    label
  }
  lastYearPeriod {
    key
    label
  }
  sections {
    key
    label
    rows {
      key
      label
      accounts
      group
      currentCents
      priorCents
      lastYearCents
      varianceCents
      variancePercent
      isTotal
    }
  }
  checks {
    name
    holds
    detail
  }
  notes
}
    `, {"fragmentName":"ReportStatementFields"}) as unknown as TypedDocumentString<ReportStatementFieldsFragment, unknown>;
export const FilingPackageFieldsFragmentDoc = new TypedDocumentString(`
    fragment FilingPackageFields on FilingPackage {
  id
  kind
  period
  title
  preparedAt
  preparedBy
  files {
    id
    format
    filename
    bytes
    sha256
    url
    expiresAt
  }
}
    `, {"fragmentName":"FilingPackageFields"}) as unknown as TypedDocumentString<FilingPackageFieldsFragment, unknown>;
export const PublishableKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublishableKeyFields on PublishableKey {
  id
  name
  key
  allowedOrigins
  createdAt
  revokedAt
}
    `, {"fragmentName":"PublishableKeyFields"}) as unknown as TypedDocumentString<PublishableKeyFieldsFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = new TypedDocumentString(`
    fragment ApiKeyFields on ApiKey {
  id
  name
  displayPrefix
  createdAt
  lastUsedAt
  revokedAt
}
    `, {"fragmentName":"ApiKeyFields"}) as unknown as TypedDocumentString<ApiKeyFieldsFragment, unknown>;
export const AdminUserFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminUserFields on AdminUser {
  id
  email
  name
  role
  createdAt
  lastSignInAt
}
    `, {"fragmentName":"AdminUserFields"}) as unknown as TypedDocumentString<AdminUserFieldsFragment, unknown>;
export const TaxRuleFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaxRuleFields on TaxRuleUseView {
  ruleId
  concept
  ruleSetVersion
  value
  note
  citation {
    publisher
    title
    section
    url
    published
  }
}
    `, {"fragmentName":"TaxRuleFields"}) as unknown as TypedDocumentString<TaxRuleFieldsFragment, unknown>;
export const TaxFigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment TaxFigureFields on TaxFigureView {
  cents
  formula
  rules {
    ruleId
    value
  }
}
    `, {"fragmentName":"TaxFigureFields"}) as unknown as TypedDocumentString<TaxFigureFieldsFragment, unknown>;
export const SalesTaxFilingPacketFieldsFragmentDoc = new TypedDocumentString(`
    fragment SalesTaxFilingPacketFields on SalesTaxFilingPacket {
  id
  state
  period
  status
  preparedAt
  preparedBy
  returnWorksheet {
    formTitle
    filingFrequency
    periodStart
    periodEnd
    deadlineStatus
    dueDate {
      due
      nominal
      skipped
    }
    prepaymentDueDate {
      due
    }
    prepaymentDiscountIfPrepaidCents
    lines {
      key
      item
      label
      formEntry
      cents
      formula
    }
    reconciliation {
      taxOwedCents
      taxCollectedCents
      differenceCents
      keptOnTimelyReturnCents
    }
    notes
  }
  checklist {
    key
    title
    status
    detail
  }
  files {
    id
    format
    filename
    bytes
    sha256
    url
    expiresAt
  }
}
    `, {"fragmentName":"SalesTaxFilingPacketFields"}) as unknown as TypedDocumentString<SalesTaxFilingPacketFieldsFragment, unknown>;
export const AgentsDocument = new TypedDocumentString(`
    query Agents {
  agents {
    ...AgentFields
  }
  agentOptions {
    models
    tools
  }
}
    fragment AgentFields on Agent {
  key
  name
  description
  enabled
  model
  systemPrompt
  temperature
  maxSteps
  tools
  reviewPolicy {
    refundLimitCents
    legalTopics
    minConfidence
    outboundTrusted
    approvalTtlMinutes
  }
}`) as unknown as TypedDocumentString<AgentsQuery, AgentsQueryVariables>;
export const UpdateAgentDocument = new TypedDocumentString(`
    mutation UpdateAgent($key: String!, $input: UpdateAgentInput!) {
  updateAgent(key: $key, input: $input) {
    ...AgentFields
  }
}
    fragment AgentFields on Agent {
  key
  name
  description
  enabled
  model
  systemPrompt
  temperature
  maxSteps
  tools
  reviewPolicy {
    refundLimitCents
    legalTopics
    minConfidence
    outboundTrusted
    approvalTtlMinutes
  }
}`) as unknown as TypedDocumentString<UpdateAgentMutation, UpdateAgentMutationVariables>;
export const AgentListDocument = new TypedDocumentString(`
    query AgentList {
  agents {
    key
    name
    enabled
  }
}
    `) as unknown as TypedDocumentString<AgentListQuery, AgentListQueryVariables>;
export const ScenariosDocument = new TypedDocumentString(`
    query Scenarios($agentKey: String) {
  scenarios(agentKey: $agentKey) {
    key
    title
    description
    sampleInput
  }
}
    `) as unknown as TypedDocumentString<ScenariosQuery, ScenariosQueryVariables>;
export const StartRunDocument = new TypedDocumentString(`
    mutation StartRun($input: StartRunInput!) {
  startRun(input: $input) {
    ...RunSummaryFields
  }
}
    fragment RunSummaryFields on Run {
  id
  status
  trigger
  triggerSummary
  createdAt
  startedAt
  finishedAt
  costUsd
  errorCode
  agent {
    key
    name
  }
  scenario {
    key
    title
  }
}`) as unknown as TypedDocumentString<StartRunMutation, StartRunMutationVariables>;
export const RunStepsDocument = new TypedDocumentString(`
    subscription RunSteps($runId: ID!, $afterSeq: Int) {
  runSteps(runId: $runId, afterSeq: $afterSeq) {
    ...StepFields
  }
}
    fragment StepFields on RunStep {
  seq
  kind
  title
  detail
  data
  durationMs
  inputTokens
  outputTokens
  costUsd
  streaming
  startedAt
}`) as unknown as TypedDocumentString<RunStepsSubscription, RunStepsSubscriptionVariables>;
export const RunUpdatedDocument = new TypedDocumentString(`
    subscription RunUpdated {
  runUpdated {
    ...RunSummaryFields
  }
}
    fragment RunSummaryFields on Run {
  id
  status
  trigger
  triggerSummary
  createdAt
  startedAt
  finishedAt
  costUsd
  errorCode
  agent {
    key
    name
  }
  scenario {
    key
    title
  }
}`) as unknown as TypedDocumentString<RunUpdatedSubscription, RunUpdatedSubscriptionVariables>;
export const RunsDocument = new TypedDocumentString(`
    query Runs($filter: RunFilter, $first: Int!, $offset: Int!) {
  runs(filter: $filter, first: $first, offset: $offset) {
    totalItems
    items {
      ...RunSummaryFields
      startedBy
    }
  }
}
    fragment RunSummaryFields on Run {
  id
  status
  trigger
  triggerSummary
  createdAt
  startedAt
  finishedAt
  costUsd
  errorCode
  agent {
    key
    name
  }
  scenario {
    key
    title
  }
}`) as unknown as TypedDocumentString<RunsQuery, RunsQueryVariables>;
export const RunDocument = new TypedDocumentString(`
    query Run($id: ID!) {
  run(id: $id) {
    ...RunSummaryFields
    startedBy
    input
    output
    error
    provider
    inputTokens
    outputTokens
    startedAt
    lastSeq
    steps {
      ...StepFields
    }
    parentRun {
      ...RunSummaryFields
    }
    childRuns {
      ...RunSummaryFields
    }
    approvals {
      ...ApprovalFields
    }
    pendingApproval {
      ...ApprovalFields
    }
  }
}
    fragment StepFields on RunStep {
  seq
  kind
  title
  detail
  data
  durationMs
  inputTokens
  outputTokens
  costUsd
  streaming
  startedAt
}
fragment RunSummaryFields on Run {
  id
  status
  trigger
  triggerSummary
  createdAt
  startedAt
  finishedAt
  costUsd
  errorCode
  agent {
    key
    name
  }
  scenario {
    key
    title
  }
}
fragment ApprovalFields on Approval {
  id
  status
  actionKind
  policy
  reason
  toolName
  amountCents
  proposedOutput
  editedOutput
  editable
  email {
    to
    toName
    subject
    body
  }
  decidedBy
  decisionNote
  createdAt
  expiresAt
}`) as unknown as TypedDocumentString<RunQuery, RunQueryVariables>;
export const ApprovalsDocument = new TypedDocumentString(`
    query Approvals($statuses: [ApprovalStatus!]) {
  approvals(statuses: $statuses, first: 50) {
    totalItems
    items {
      ...ApprovalFields
      run {
        ...RunSummaryFields
      }
    }
  }
}
    fragment RunSummaryFields on Run {
  id
  status
  trigger
  triggerSummary
  createdAt
  startedAt
  finishedAt
  costUsd
  errorCode
  agent {
    key
    name
  }
  scenario {
    key
    title
  }
}
fragment ApprovalFields on Approval {
  id
  status
  actionKind
  policy
  reason
  toolName
  amountCents
  proposedOutput
  editedOutput
  editable
  email {
    to
    toName
    subject
    body
  }
  decidedBy
  decisionNote
  createdAt
  expiresAt
}`) as unknown as TypedDocumentString<ApprovalsQuery, ApprovalsQueryVariables>;
export const ApproveRunDocument = new TypedDocumentString(`
    mutation ApproveRun($id: ID!, $editedOutput: String) {
  approveRun(id: $id, editedOutput: $editedOutput) {
    ...RunSummaryFields
  }
}
    fragment RunSummaryFields on Run {
  id
  status
  trigger
  triggerSummary
  createdAt
  startedAt
  finishedAt
  costUsd
  errorCode
  agent {
    key
    name
  }
  scenario {
    key
    title
  }
}`) as unknown as TypedDocumentString<ApproveRunMutation, ApproveRunMutationVariables>;
export const RejectRunDocument = new TypedDocumentString(`
    mutation RejectRun($id: ID!, $reason: String!) {
  rejectRun(id: $id, reason: $reason) {
    ...RunSummaryFields
  }
}
    fragment RunSummaryFields on Run {
  id
  status
  trigger
  triggerSummary
  createdAt
  startedAt
  finishedAt
  costUsd
  errorCode
  agent {
    key
    name
  }
  scenario {
    key
    title
  }
}`) as unknown as TypedDocumentString<RejectRunMutation, RejectRunMutationVariables>;
export const CostBudgetsDocument = new TypedDocumentString(`
    query CostBudgets {
  costBudgets {
    id
    agent {
      id
      key
      name
    }
    limitCents
    policy
    warnPercent
    month
    spentUsd
    percent
    status
  }
}
    `) as unknown as TypedDocumentString<CostBudgetsQuery, CostBudgetsQueryVariables>;
export const CostBudgetAgentsDocument = new TypedDocumentString(`
    query CostBudgetAgents {
  agents {
    id
    key
    name
  }
}
    `) as unknown as TypedDocumentString<CostBudgetAgentsQuery, CostBudgetAgentsQueryVariables>;
export const SaveCostBudgetDocument = new TypedDocumentString(`
    mutation SaveCostBudget($input: CostBudgetInput!) {
  saveCostBudget(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SaveCostBudgetMutation, SaveCostBudgetMutationVariables>;
export const DeleteCostBudgetDocument = new TypedDocumentString(`
    mutation DeleteCostBudget($id: ID!) {
  deleteCostBudget(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteCostBudgetMutation, DeleteCostBudgetMutationVariables>;
export const WorkspaceSettingsDocument = new TypedDocumentString(`
    query WorkspaceSettings {
  workspaceSettings {
    locale
    currency
    timeZone
  }
}
    `) as unknown as TypedDocumentString<WorkspaceSettingsQuery, WorkspaceSettingsQueryVariables>;
export const UpdateWorkspaceSettingsDocument = new TypedDocumentString(`
    mutation UpdateWorkspaceSettings($input: WorkspaceSettingsInput!) {
  updateWorkspaceSettings(input: $input) {
    locale
    currency
    timeZone
  }
}
    `) as unknown as TypedDocumentString<UpdateWorkspaceSettingsMutation, UpdateWorkspaceSettingsMutationVariables>;
export const ChangeMyPasswordDocument = new TypedDocumentString(`
    mutation ChangeMyPassword($input: ChangePasswordInput!) {
  changeMyPassword(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ChangeMyPasswordMutation, ChangeMyPasswordMutationVariables>;
export const AccountPeopleDocument = new TypedDocumentString(`
    query AccountPeople {
  adminUsers {
    id
    email
    name
    role
    invitedAt
    lastSignInAt
  }
}
    `) as unknown as TypedDocumentString<AccountPeopleQuery, AccountPeopleQueryVariables>;
export const InviteAdminUserDocument = new TypedDocumentString(`
    mutation InviteAdminUser($input: InviteAdminUserInput!) {
  inviteAdminUser(input: $input) {
    ...IssuedPasswordLinkFields
  }
}
    fragment IssuedPasswordLinkFields on PasswordLink {
  link
  emailed
  expiresAt
  user {
    id
    email
    name
    role
    invitedAt
    lastSignInAt
  }
}`) as unknown as TypedDocumentString<InviteAdminUserMutation, InviteAdminUserMutationVariables>;
export const IssuePasswordResetDocument = new TypedDocumentString(`
    mutation IssuePasswordReset($userId: ID!) {
  issuePasswordReset(userId: $userId) {
    ...IssuedPasswordLinkFields
  }
}
    fragment IssuedPasswordLinkFields on PasswordLink {
  link
  emailed
  expiresAt
  user {
    id
    email
    name
    role
    invitedAt
    lastSignInAt
  }
}`) as unknown as TypedDocumentString<IssuePasswordResetMutation, IssuePasswordResetMutationVariables>;
export const AuditDocument = new TypedDocumentString(`
    query Audit($search: String, $actions: [String!], $from: DateTimeISO, $to: DateTimeISO, $first: Int!, $offset: Int!) {
  auditEvents(
    search: $search
    actions: $actions
    from: $from
    to: $to
    first: $first
    offset: $offset
  ) {
    totalItems
    items {
      id
      action
      actor
      actorName
      targetType
      targetId
      targetName
      data
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<AuditQuery, AuditQueryVariables>;
export const AutomationScenariosDocument = new TypedDocumentString(`
    query AutomationScenarios {
  scenarios {
    key
    title
    sampleInput
    agent {
      key
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AutomationScenariosQuery, AutomationScenariosQueryVariables>;
export const AutomationSchedulesDocument = new TypedDocumentString(`
    query AutomationSchedules {
  schedules {
    ...ScheduleFields
  }
}
    fragment ScheduleFields on Schedule {
  id
  scenarioKey
  scenarioTitle
  agentKey
  cron
  timeZone
  followsWorkspaceTimeZone
  enabled
  missedTickPolicy
  input
  description
  nextFireTimes(count: 5)
  lastTickAt
  lastRunId
}`) as unknown as TypedDocumentString<AutomationSchedulesQuery, AutomationSchedulesQueryVariables>;
export const SchedulePreviewDocument = new TypedDocumentString(`
    query SchedulePreview($cron: String!, $timeZone: String) {
  schedulePreview(cron: $cron, timeZone: $timeZone, count: 5) {
    description
    timeZone
    nextFireTimes
  }
}
    `) as unknown as TypedDocumentString<SchedulePreviewQuery, SchedulePreviewQueryVariables>;
export const SaveScheduleDocument = new TypedDocumentString(`
    mutation SaveSchedule($input: ScheduleInput!) {
  saveSchedule(input: $input) {
    ...ScheduleFields
  }
}
    fragment ScheduleFields on Schedule {
  id
  scenarioKey
  scenarioTitle
  agentKey
  cron
  timeZone
  followsWorkspaceTimeZone
  enabled
  missedTickPolicy
  input
  description
  nextFireTimes(count: 5)
  lastTickAt
  lastRunId
}`) as unknown as TypedDocumentString<SaveScheduleMutation, SaveScheduleMutationVariables>;
export const DeleteScheduleDocument = new TypedDocumentString(`
    mutation DeleteSchedule($id: ID!) {
  deleteSchedule(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteScheduleMutation, DeleteScheduleMutationVariables>;
export const AutomationInboundDocument = new TypedDocumentString(`
    query AutomationInbound {
  webhookEndpoints {
    ...WebhookEndpointFields
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  name
  scenarioKey
  agentKey
  url
  enabled
  secretHint
  createdAt
  lastDeliveryAt
  deliveries(first: 20) {
    id
    messageId
    eventType
    status
    errorCode
    error
    runId
    receivedAt
  }
}`) as unknown as TypedDocumentString<AutomationInboundQuery, AutomationInboundQueryVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint {
      ...WebhookEndpointFields
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  name
  scenarioKey
  agentKey
  url
  enabled
  secretHint
  createdAt
  lastDeliveryAt
  deliveries(first: 20) {
    id
    messageId
    eventType
    status
    errorCode
    error
    runId
    receivedAt
  }
}`) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const RotateWebhookEndpointSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookEndpointSecret($id: ID!) {
  rotateWebhookEndpointSecret(id: $id) {
    secret
    endpoint {
      ...WebhookEndpointFields
    }
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  name
  scenarioKey
  agentKey
  url
  enabled
  secretHint
  createdAt
  lastDeliveryAt
  deliveries(first: 20) {
    id
    messageId
    eventType
    status
    errorCode
    error
    runId
    receivedAt
  }
}`) as unknown as TypedDocumentString<RotateWebhookEndpointSecretMutation, RotateWebhookEndpointSecretMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($id: ID!, $name: String, $enabled: Boolean) {
  updateWebhookEndpoint(id: $id, name: $name, enabled: $enabled) {
    ...WebhookEndpointFields
  }
}
    fragment WebhookEndpointFields on WebhookEndpoint {
  id
  name
  scenarioKey
  agentKey
  url
  enabled
  secretHint
  createdAt
  lastDeliveryAt
  deliveries(first: 20) {
    id
    messageId
    eventType
    status
    errorCode
    error
    runId
    receivedAt
  }
}`) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const AutomationOutboundDocument = new TypedDocumentString(`
    query AutomationOutbound {
  webhookSubscriptions {
    ...WebhookSubscriptionFields
  }
}
    fragment OutboundDeliveryFields on OutboundDelivery {
  id
  eventType
  status
  attempts
  lastStatusCode
  lastError
  nextAttemptAt
  deliveredAt
  createdAt
  payload
  attemptLog {
    at
    statusCode
    error
    durationMs
  }
}
fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  url
  description
  eventTypes
  enabled
  disabledReason
  secretHint
  consecutiveFailures
  createdAt
  deliveries(first: 20) {
    ...OutboundDeliveryFields
  }
}`) as unknown as TypedDocumentString<AutomationOutboundQuery, AutomationOutboundQueryVariables>;
export const CreateWebhookSubscriptionDocument = new TypedDocumentString(`
    mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret
    subscription {
      ...WebhookSubscriptionFields
    }
  }
}
    fragment OutboundDeliveryFields on OutboundDelivery {
  id
  eventType
  status
  attempts
  lastStatusCode
  lastError
  nextAttemptAt
  deliveredAt
  createdAt
  payload
  attemptLog {
    at
    statusCode
    error
    durationMs
  }
}
fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  url
  description
  eventTypes
  enabled
  disabledReason
  secretHint
  consecutiveFailures
  createdAt
  deliveries(first: 20) {
    ...OutboundDeliveryFields
  }
}`) as unknown as TypedDocumentString<CreateWebhookSubscriptionMutation, CreateWebhookSubscriptionMutationVariables>;
export const UpdateWebhookSubscriptionDocument = new TypedDocumentString(`
    mutation UpdateWebhookSubscription($id: ID!, $input: UpdateWebhookSubscriptionInput!) {
  updateWebhookSubscription(id: $id, input: $input) {
    ...WebhookSubscriptionFields
  }
}
    fragment OutboundDeliveryFields on OutboundDelivery {
  id
  eventType
  status
  attempts
  lastStatusCode
  lastError
  nextAttemptAt
  deliveredAt
  createdAt
  payload
  attemptLog {
    at
    statusCode
    error
    durationMs
  }
}
fragment WebhookSubscriptionFields on WebhookSubscription {
  id
  url
  description
  eventTypes
  enabled
  disabledReason
  secretHint
  consecutiveFailures
  createdAt
  deliveries(first: 20) {
    ...OutboundDeliveryFields
  }
}`) as unknown as TypedDocumentString<UpdateWebhookSubscriptionMutation, UpdateWebhookSubscriptionMutationVariables>;
export const DeleteWebhookSubscriptionDocument = new TypedDocumentString(`
    mutation DeleteWebhookSubscription($id: ID!) {
  deleteWebhookSubscription(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookSubscriptionMutation, DeleteWebhookSubscriptionMutationVariables>;
export const RedeliverWebhookDocument = new TypedDocumentString(`
    mutation RedeliverWebhook($deliveryId: ID!) {
  redeliverWebhook(deliveryId: $deliveryId) {
    ...OutboundDeliveryFields
  }
}
    fragment OutboundDeliveryFields on OutboundDelivery {
  id
  eventType
  status
  attempts
  lastStatusCode
  lastError
  nextAttemptAt
  deliveredAt
  createdAt
  payload
  attemptLog {
    at
    statusCode
    error
    durationMs
  }
}`) as unknown as TypedDocumentString<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const SendTestWebhookDocument = new TypedDocumentString(`
    mutation SendTestWebhook($subscriptionId: ID!) {
  sendTestWebhook(subscriptionId: $subscriptionId) {
    ...OutboundDeliveryFields
  }
}
    fragment OutboundDeliveryFields on OutboundDelivery {
  id
  eventType
  status
  attempts
  lastStatusCode
  lastError
  nextAttemptAt
  deliveredAt
  createdAt
  payload
  attemptLog {
    at
    statusCode
    error
    durationMs
  }
}`) as unknown as TypedDocumentString<SendTestWebhookMutation, SendTestWebhookMutationVariables>;
export const AutomationThresholdsDocument = new TypedDocumentString(`
    query AutomationThresholds {
  thresholdTriggers {
    ...ThresholdTriggerFields
  }
}
    fragment ThresholdTriggerFields on ThresholdTrigger {
  id
  condition
  params
  description
  scenarioKey
  agentKey
  enabled
  createdAt
  crossings(first: 20) {
    id
    subject
    detail
    value
    crossedAt
    clearedAt
    runId
    baseline
    runError
  }
}`) as unknown as TypedDocumentString<AutomationThresholdsQuery, AutomationThresholdsQueryVariables>;
export const SaveThresholdTriggerDocument = new TypedDocumentString(`
    mutation SaveThresholdTrigger($input: ThresholdTriggerInput!) {
  saveThresholdTrigger(input: $input) {
    ...ThresholdTriggerFields
  }
}
    fragment ThresholdTriggerFields on ThresholdTrigger {
  id
  condition
  params
  description
  scenarioKey
  agentKey
  enabled
  createdAt
  crossings(first: 20) {
    id
    subject
    detail
    value
    crossedAt
    clearedAt
    runId
    baseline
    runError
  }
}`) as unknown as TypedDocumentString<SaveThresholdTriggerMutation, SaveThresholdTriggerMutationVariables>;
export const DeleteThresholdTriggerDocument = new TypedDocumentString(`
    mutation DeleteThresholdTrigger($id: ID!) {
  deleteThresholdTrigger(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteThresholdTriggerMutation, DeleteThresholdTriggerMutationVariables>;
export const ContentCalendarDocument = new TypedDocumentString(`
    query ContentCalendar($from: String!, $to: String!) {
  contentItems(states: [IDEA, DRAFTING, IN_REVIEW, APPROVED], first: 100) {
    items {
      ...ContentItemFields
    }
  }
  editorialCalendar(from: $from, to: $to) {
    from
    to
    timeZone
    days {
      date
      weekday
      entries {
        basis
        at
        item {
          ...ContentItemFields
        }
      }
    }
  }
}
    fragment ContentItemFields on ContentItem {
  id
  kind
  channel
  state
  nextStates
  title
  slug
  focusKeyword
  plannedFor
  scheduledFor
  publishedAt
  externalUrl
  updatedAt
}`) as unknown as TypedDocumentString<ContentCalendarQuery, ContentCalendarQueryVariables>;
export const PlanContentIdeaDocument = new TypedDocumentString(`
    mutation PlanContentIdea($input: ContentIdeaInput!) {
  planContentIdea(input: $input) {
    ...ContentItemFields
  }
}
    fragment ContentItemFields on ContentItem {
  id
  kind
  channel
  state
  nextStates
  title
  slug
  focusKeyword
  plannedFor
  scheduledFor
  publishedAt
  externalUrl
  updatedAt
}`) as unknown as TypedDocumentString<PlanContentIdeaMutation, PlanContentIdeaMutationVariables>;
export const MoveContentItemDocument = new TypedDocumentString(`
    mutation MoveContentItem($id: ID!, $state: ContentItemState!, $reason: String!) {
  moveContentItem(id: $id, state: $state, reason: $reason) {
    ...ContentItemFields
  }
}
    fragment ContentItemFields on ContentItem {
  id
  kind
  channel
  state
  nextStates
  title
  slug
  focusKeyword
  plannedFor
  scheduledFor
  publishedAt
  externalUrl
  updatedAt
}`) as unknown as TypedDocumentString<MoveContentItemMutation, MoveContentItemMutationVariables>;
export const ContentTrendsDocument = new TypedDocumentString(`
    query ContentTrends($topics: [String!]!) {
  trendReport(topics: $topics) {
    asOf
    requestedTopics
    topics {
      topic
      status
      score
      latestWeek
      growthOnPriorPct
      growthOnLastYearPct
      keyword
      monthlyVolume
      difficulty
      difficultyBand
      reason
      requested
    }
    gaps {
      topic
      origin
      reason
      suggestedTitle
      trendScore
      bestMatch {
        title
      }
      mentionedIn {
        ...TrendHeadlineFields
      }
      inProgress {
        contentItemId
        title
        state
      }
    }
    headlines {
      ...TrendHeadlineFields
    }
    freshness {
      lastFeedFetchAt
      feedCount
      seriesLastWeek
      keywordMetricsAsOf
      archivePosts
    }
    source
    notes
  }
  searchInterest(topics: $topics) {
    topic
    source
    points {
      weekStart
      interest
    }
  }
  contentFeeds {
    ...ContentFeedFields
  }
}
    fragment ContentFeedFields on ContentFeedView {
  id
  title
  url
  topic
  lastFetchedAt
  lastStatus
  lastError
  itemCount
  latestItemAt
}
fragment TrendHeadlineFields on TrendHeadlineView {
  id
  title
  url
  summary
  feed
  publishedAt
}`) as unknown as TypedDocumentString<ContentTrendsQuery, ContentTrendsQueryVariables>;
export const ContentFeedsDocument = new TypedDocumentString(`
    query ContentFeeds {
  contentFeeds {
    ...ContentFeedFields
  }
}
    fragment ContentFeedFields on ContentFeedView {
  id
  title
  url
  topic
  lastFetchedAt
  lastStatus
  lastError
  itemCount
  latestItemAt
}`) as unknown as TypedDocumentString<ContentFeedsQuery, ContentFeedsQueryVariables>;
export const RefreshContentFeedsDocument = new TypedDocumentString(`
    mutation RefreshContentFeeds($ids: [ID!]) {
  refreshContentFeeds(ids: $ids) {
    feedId
    title
    status
    newItems
    itemsInFeed
    error
  }
}
    `) as unknown as TypedDocumentString<RefreshContentFeedsMutation, RefreshContentFeedsMutationVariables>;
export const AddContentFeedDocument = new TypedDocumentString(`
    mutation AddContentFeed($input: AddContentFeedInput!) {
  addContentFeed(input: $input) {
    ...ContentFeedFields
  }
}
    fragment ContentFeedFields on ContentFeedView {
  id
  title
  url
  topic
  lastFetchedAt
  lastStatus
  lastError
  itemCount
  latestItemAt
}`) as unknown as TypedDocumentString<AddContentFeedMutation, AddContentFeedMutationVariables>;
export const RemoveContentFeedDocument = new TypedDocumentString(`
    mutation RemoveContentFeed($id: ID!) {
  removeContentFeed(id: $id) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<RemoveContentFeedMutation, RemoveContentFeedMutationVariables>;
export const ContentDraftsDocument = new TypedDocumentString(`
    query ContentDrafts($states: [ContentItemState!]) {
  contentItems(kind: BLOG_POST, states: $states, first: 100) {
    totalItems
    items {
      ...ContentItemFields
      pendingApproval {
        id
        toolName
      }
    }
  }
}
    fragment ContentItemFields on ContentItem {
  id
  kind
  channel
  state
  nextStates
  title
  slug
  focusKeyword
  plannedFor
  scheduledFor
  publishedAt
  externalUrl
  updatedAt
}`) as unknown as TypedDocumentString<ContentDraftsQuery, ContentDraftsQueryVariables>;
export const ContentDraftDocument = new TypedDocumentString(`
    query ContentDraft($id: ID!) {
  contentItem(id: $id) {
    ...ContentItemFields
    body
    metaDescription
    brief
    runId
    pendingApproval {
      id
      runId
      toolName
      reason
      expiresAt
    }
  }
}
    fragment ContentItemFields on ContentItem {
  id
  kind
  channel
  state
  nextStates
  title
  slug
  focusKeyword
  plannedFor
  scheduledFor
  publishedAt
  externalUrl
  updatedAt
}`) as unknown as TypedDocumentString<ContentDraftQuery, ContentDraftQueryVariables>;
export const AnalyzeDraftDocument = new TypedDocumentString(`
    query AnalyzeDraft($input: AnalyzeDraftInput!) {
  analyzeDraft(input: $input) {
    seo {
      score
      checks {
        id
        label
        passed
        detail
        weight
      }
      wordCount
      keywordOccurrences
      keywordDensity
      imageSuggestions {
        section
        alt
        markdown
      }
    }
    readability {
      words
      sentences
      syllables
      fleschReadingEase
      fleschKincaidGrade
      level
    }
    internalLinks {
      postId
      title
      href
      anchorText
      reason
    }
    suggestedSlug
  }
}
    `) as unknown as TypedDocumentString<AnalyzeDraftQuery, AnalyzeDraftQueryVariables>;
export const UpdateContentDraftDocument = new TypedDocumentString(`
    mutation UpdateContentDraft($id: ID!, $input: ContentDraftInput!) {
  updateContentDraft(id: $id, input: $input) {
    ...ContentItemFields
    body
    metaDescription
  }
}
    fragment ContentItemFields on ContentItem {
  id
  kind
  channel
  state
  nextStates
  title
  slug
  focusKeyword
  plannedFor
  scheduledFor
  publishedAt
  externalUrl
  updatedAt
}`) as unknown as TypedDocumentString<UpdateContentDraftMutation, UpdateContentDraftMutationVariables>;
export const ContentSocialDocument = new TypedDocumentString(`
    query ContentSocial {
  contentItems(kind: SOCIAL_POST, first: 100) {
    totalItems
    items {
      ...ContentItemFields
      body
      parts
      hashtags
      sourceItem {
        id
        title
        externalUrl
      }
    }
  }
  socialQueue {
    totalItems
    dueCount
    items {
      id
      channel
      title
      scheduledFor
      due
      sourceTitle
    }
  }
}
    fragment ContentItemFields on ContentItem {
  id
  kind
  channel
  state
  nextStates
  title
  slug
  focusKeyword
  plannedFor
  scheduledFor
  publishedAt
  externalUrl
  updatedAt
}`) as unknown as TypedDocumentString<ContentSocialQuery, ContentSocialQueryVariables>;
export const PreviewSocialPostDocument = new TypedDocumentString(`
    query PreviewSocialPost($platform: SocialChannel!, $text: String!) {
  previewSocialPost(platform: $platform, text: $text) {
    length
    limit
    overLimit
    hook {
      length
      limit
      withinLimit
    }
    hashtagCount
    hashtagLimit
    notes
  }
}
    `) as unknown as TypedDocumentString<PreviewSocialPostQuery, PreviewSocialPostQueryVariables>;
export const MarkSocialPostPublishedDocument = new TypedDocumentString(`
    mutation MarkSocialPostPublished($id: ID!, $url: String!) {
  markSocialPostPublished(id: $id, url: $url) {
    id
    state
    externalUrl
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<MarkSocialPostPublishedMutation, MarkSocialPostPublishedMutationVariables>;
export const ConversationsDocument = new TypedDocumentString(`
    query Conversations($handoffStates: [HandoffState!], $first: Int!, $offset: Int!) {
  conversations(handoffStates: $handoffStates, first: $first, offset: $offset) {
    totalItems
    items {
      ...ConversationFields
    }
  }
}
    fragment ConversationFields on Conversation {
  id
  handoffState
  customerEmail
  visitorId
  visitorName
  updatedAt
  lastMessage {
    role
    text
    createdAt
  }
  messages {
    role
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<ConversationsQuery, ConversationsQueryVariables>;
export const ConversationDocument = new TypedDocumentString(`
    query Conversation($id: ID!) {
  conversation(id: $id) {
    ...ConversationFields
  }
}
    fragment ConversationFields on Conversation {
  id
  handoffState
  customerEmail
  visitorId
  visitorName
  updatedAt
  lastMessage {
    role
    text
    createdAt
  }
  messages {
    role
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<ConversationQuery, ConversationQueryVariables>;
export const ConversationEventsDocument = new TypedDocumentString(`
    subscription ConversationEvents($id: ID!) {
  conversationEvents(conversationId: $id) {
    handoffState
    message {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConversationEventsSubscription, ConversationEventsSubscriptionVariables>;
export const TakeOverDocument = new TypedDocumentString(`
    mutation TakeOver($id: ID!) {
  takeOverConversation(id: $id) {
    ...ConversationFields
  }
}
    fragment ConversationFields on Conversation {
  id
  handoffState
  customerEmail
  visitorId
  visitorName
  updatedAt
  lastMessage {
    role
    text
    createdAt
  }
  messages {
    role
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<TakeOverMutation, TakeOverMutationVariables>;
export const HandBackDocument = new TypedDocumentString(`
    mutation HandBack($id: ID!) {
  handBackToBot(id: $id) {
    ...ConversationFields
  }
}
    fragment ConversationFields on Conversation {
  id
  handoffState
  customerEmail
  visitorId
  visitorName
  updatedAt
  lastMessage {
    role
    text
    createdAt
  }
  messages {
    role
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<HandBackMutation, HandBackMutationVariables>;
export const ResolveDocument = new TypedDocumentString(`
    mutation Resolve($id: ID!) {
  resolveConversation(id: $id) {
    ...ConversationFields
  }
}
    fragment ConversationFields on Conversation {
  id
  handoffState
  customerEmail
  visitorId
  visitorName
  updatedAt
  lastMessage {
    role
    text
    createdAt
  }
  messages {
    role
    text
    createdAt
  }
}`) as unknown as TypedDocumentString<ResolveMutation, ResolveMutationVariables>;
export const SendHumanDocument = new TypedDocumentString(`
    mutation SendHuman($conversationId: ID!, $text: String!) {
  sendHumanMessage(conversationId: $conversationId, text: $text) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendHumanMutation, SendHumanMutationVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) {
  dashboard(from: $from, to: $to) {
    runsPerDay {
      day
      agentKey
      runs
    }
    escalations
    handoffs
    openApprovals
    agents {
      agentKey
      agentName
      runs
      succeeded
      failed
      unavailable
      successRate
      medianDurationMs
      p95DurationMs
      inputTokens
      outputTokens
      costUsd
    }
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const FinanceReviewQueueDocument = new TypedDocumentString(`
    query FinanceReviewQueue($status: BankTransactionStatus!, $first: Int!, $offset: Int!) {
  bankTransactions(status: $status, first: $first, offset: $offset) {
    totalCount
    items {
      id
      postedOn
      amountCents
      description
      merchant
      reference
      status
      accountCode
      accountName
      confidence
      categorizedBy
      journalEntryId
    }
  }
}
    `) as unknown as TypedDocumentString<FinanceReviewQueueQuery, FinanceReviewQueueQueryVariables>;
export const FinanceAccountsDocument = new TypedDocumentString(`
    query FinanceAccounts {
  accounts {
    id
    code
    name
    type
    postable
  }
}
    `) as unknown as TypedDocumentString<FinanceAccountsQuery, FinanceAccountsQueryVariables>;
export const CategorizeBankTransactionDocument = new TypedDocumentString(`
    mutation CategorizeBankTransaction($id: ID!, $accountCode: String!) {
  categorizeBankTransaction(id: $id, accountCode: $accountCode) {
    alsoApplied
    transaction {
      id
      status
      accountCode
      accountName
      categorizedBy
      journalEntryId
    }
  }
}
    `) as unknown as TypedDocumentString<CategorizeBankTransactionMutation, CategorizeBankTransactionMutationVariables>;
export const FinanceBankImportsDocument = new TypedDocumentString(`
    query FinanceBankImports($first: Int!, $offset: Int!) {
  bankAccounts {
    id
    name
    institution
    last4
  }
  bankImports(first: $first, offset: $offset) {
    totalCount
    items {
      id
      bankAccountId
      fileName
      format
      layout
      rowCount
      importedCount
      duplicateCount
      importedBy
      importedAt
    }
  }
}
    `) as unknown as TypedDocumentString<FinanceBankImportsQuery, FinanceBankImportsQueryVariables>;
export const ImportBankFileDocument = new TypedDocumentString(`
    mutation ImportBankFile($input: ImportBankFileInput!) {
  importBankFile(input: $input) {
    id
    fileName
    format
    layout
    rowCount
    importedCount
    duplicateCount
  }
}
    `) as unknown as TypedDocumentString<ImportBankFileMutation, ImportBankFileMutationVariables>;
export const FinanceReceivablesDocument = new TypedDocumentString(`
    query FinanceReceivables($asOf: String) {
  receivablesAging(asOf: $asOf) {
    asOf
    totalOpenCents
    overdueCents
    buckets {
      bucket
      count
      openCents
    }
    rows {
      invoiceId
      number
      customer
      issuedOn
      dueOn
      amountCents
      openCents
      daysOverdue
      bucket
      draftedStages
      stageDue
    }
  }
}
    `) as unknown as TypedDocumentString<FinanceReceivablesQuery, FinanceReceivablesQueryVariables>;
export const FinanceRemindersDocument = new TypedDocumentString(`
    query FinanceReminders($first: Int!) {
  invoiceReminders(first: $first) {
    id
    invoiceId
    invoiceNumber
    customer
    stage
    daysOverdue
    subject
    body
    status
    sentAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<FinanceRemindersQuery, FinanceRemindersQueryVariables>;
export const SendInvoiceReminderDocument = new TypedDocumentString(`
    mutation SendInvoiceReminder($id: ID!) {
  sendInvoiceReminder(id: $id) {
    id
    invoiceId
    invoiceNumber
    customer
    stage
    daysOverdue
    subject
    body
    status
    sentAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<SendInvoiceReminderMutation, SendInvoiceReminderMutationVariables>;
export const FinanceCashFlowDocument = new TypedDocumentString(`
    query FinanceCashFlow($weekEnding: String, $historyWeeks: Int!) {
  cashFlowReport(weekEnding: $weekEnding, historyWeeks: $historyWeeks) {
    week {
      start
      end
      totalInCents
      totalOutCents
      netCents
    }
    priorWeek {
      start
      end
      totalInCents
      totalOutCents
      netCents
    }
    sameWeekLastYear {
      start
      end
      totalInCents
      totalOutCents
      netCents
    }
    inflows {
      category
      amountCents
      count
    }
    outflows {
      category
      amountCents
      count
    }
    trend {
      start
      end
      totalInCents
      totalOutCents
      netCents
    }
    anomalies {
      category
      direction
      deviation
      amountCents
      medianCents
      score
      explanation
    }
    runway {
      cashBalanceCents
      averageWeeklyNetCents
      weeksOfRunway
      weeksCounted
      explanation
    }
  }
}
    `) as unknown as TypedDocumentString<FinanceCashFlowQuery, FinanceCashFlowQueryVariables>;
export const ArticlesDocument = new TypedDocumentString(`
    query Articles($search: String) {
  knowledgeArticles(search: $search, first: 100) {
    totalItems
    items {
      ...ArticleFields
    }
  }
}
    fragment ArticleFields on KnowledgeArticle {
  id
  slug
  title
  body
  tags
  published
  updatedAt
}`) as unknown as TypedDocumentString<ArticlesQuery, ArticlesQueryVariables>;
export const CreateArticleDocument = new TypedDocumentString(`
    mutation CreateArticle($input: CreateKnowledgeArticleInput!) {
  createKnowledgeArticle(input: $input) {
    ...ArticleFields
  }
}
    fragment ArticleFields on KnowledgeArticle {
  id
  slug
  title
  body
  tags
  published
  updatedAt
}`) as unknown as TypedDocumentString<CreateArticleMutation, CreateArticleMutationVariables>;
export const UpdateArticleDocument = new TypedDocumentString(`
    mutation UpdateArticle($id: ID!, $input: UpdateKnowledgeArticleInput!) {
  updateKnowledgeArticle(id: $id, input: $input) {
    ...ArticleFields
  }
}
    fragment ArticleFields on KnowledgeArticle {
  id
  slug
  title
  body
  tags
  published
  updatedAt
}`) as unknown as TypedDocumentString<UpdateArticleMutation, UpdateArticleMutationVariables>;
export const DeleteArticleDocument = new TypedDocumentString(`
    mutation DeleteArticle($id: ID!) {
  deleteKnowledgeArticle(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteArticleMutation, DeleteArticleMutationVariables>;
export const LeadsDocument = new TypedDocumentString(`
    query Leads {
  leads(first: 100) {
    id
    name
    email
    company
    score
    tier
    stage
    createdAt
    scoreFactors {
      feature
      label
      value
      contribution
    }
  }
}
    `) as unknown as TypedDocumentString<LeadsQuery, LeadsQueryVariables>;
export const OutboxDocument = new TypedDocumentString(`
    query Outbox($first: Int!, $offset: Int!) {
  caughtEmails(first: $first, offset: $offset) {
    delivery
    totalItems
    items {
      id
      messageId
      fromAddress
      toAddress
      subject
      textBody
      htmlBody
      headers
      confidential
      sentAt
    }
  }
}
    `) as unknown as TypedDocumentString<OutboxQuery, OutboxQueryVariables>;
export const ReportStatementsDocument = new TypedDocumentString(`
    query ReportStatements($period: String!, $comparePrior: Boolean!, $compareLastYear: Boolean!) {
  incomeStatement(
    period: $period
    comparePrior: $comparePrior
    compareLastYear: $compareLastYear
  ) {
    ...ReportStatementFields
  }
  balanceSheet(
    period: $period
    comparePrior: $comparePrior
    compareLastYear: $compareLastYear
  ) {
    ...ReportStatementFields
  }
  cashFlowStatement(
    period: $period
    comparePrior: $comparePrior
    compareLastYear: $compareLastYear
  ) {
    ...ReportStatementFields
  }
}
    fragment ReportStatementFields on FinancialStatementView {
  kind
  title
  period {
    key
    label
    from
    to
  }
  priorPeriod {
    key
    label
  }
  lastYearPeriod {
    key
    label
  }
  sections {
    key
    label
    rows {
      key
      label
      accounts
      group
      currentCents
      priorCents
      lastYearCents
      varianceCents
      variancePercent
      isTotal
    }
  }
  checks {
    name
    holds
    detail
  }
  notes
}`) as unknown as TypedDocumentString<ReportStatementsQuery, ReportStatementsQueryVariables>;
export const ReportForecastDocument = new TypedDocumentString(`
    query ReportForecast($months: Int!) {
  forecast(months: $months) {
    asOf
    history {
      month
      revenueCents
      expensesCents
      netIncomeCents
      grossMarginPercent
      cashCents
    }
    series {
      key
      method
      points {
        month
        baseCents
        conservativeCents
        aggressiveCents
        lower80Cents
        upper80Cents
        lower95Cents
        upper95Cents
      }
    }
    assumptions
  }
}
    `) as unknown as TypedDocumentString<ReportForecastQuery, ReportForecastQueryVariables>;
export const ReportRatiosDocument = new TypedDocumentString(`
    query ReportRatios($asOf: String!) {
  financialRatios(asOf: $asOf) {
    asOf
    window {
      from
      to
      days
    }
    naicsCode
    benchmark {
      shortCitation
      publisher
      title
      table
      dataPeriod
      publicationDate
      urls
      rangeMethod
      caveats
      naicsCode
      matchedCode
      industryLabel
      note
    }
    ratios {
      key
      label
      unit
      formula
      higherIsBetter
      value
      nullReason
      benchmark {
        low
        high
      }
      benchmarkMissingReason
      alert {
        severity
        text
      }
      numerator {
        label
        cents
        isAverage
        sources {
          statement
          label
          accounts
          from
          to
          cents
        }
      }
      denominator {
        label
        cents
        isAverage
        sources {
          statement
          label
          accounts
          from
          to
          cents
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportRatiosQuery, ReportRatiosQueryVariables>;
export const ReportFilingPackagesDocument = new TypedDocumentString(`
    query ReportFilingPackages($first: Int!) {
  filingPackages(first: $first) {
    ...FilingPackageFields
  }
}
    fragment FilingPackageFields on FilingPackage {
  id
  kind
  period
  title
  preparedAt
  preparedBy
  files {
    id
    format
    filename
    bytes
    sha256
    url
    expiresAt
  }
}`) as unknown as TypedDocumentString<ReportFilingPackagesQuery, ReportFilingPackagesQueryVariables>;
export const PrepareFilingPackageDocument = new TypedDocumentString(`
    mutation PrepareFilingPackage($period: String!) {
  prepareFilingPackage(period: $period) {
    ...FilingPackageFields
  }
}
    fragment FilingPackageFields on FilingPackage {
  id
  kind
  period
  title
  preparedAt
  preparedBy
  files {
    id
    format
    filename
    bytes
    sha256
    url
    expiresAt
  }
}`) as unknown as TypedDocumentString<PrepareFilingPackageMutation, PrepareFilingPackageMutationVariables>;
export const ScenarioGridDocument = new TypedDocumentString(`
    query ScenarioGrid {
  agents {
    key
    name
    enabled
    scenarios {
      id
      key
      title
      description
      sampleInput
      inputSchema
      available
      unavailableReason
      lastRun {
        id
        status
        createdAt
        startedAt
        finishedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScenarioGridQuery, ScenarioGridQueryVariables>;
export const PublishableKeysDocument = new TypedDocumentString(`
    query PublishableKeys {
  publishableKeys {
    ...PublishableKeyFields
  }
}
    fragment PublishableKeyFields on PublishableKey {
  id
  name
  key
  allowedOrigins
  createdAt
  revokedAt
}`) as unknown as TypedDocumentString<PublishableKeysQuery, PublishableKeysQueryVariables>;
export const CreatePkDocument = new TypedDocumentString(`
    mutation CreatePk($input: CreatePublishableKeyInput!) {
  createPublishableKey(input: $input) {
    ...PublishableKeyFields
  }
}
    fragment PublishableKeyFields on PublishableKey {
  id
  name
  key
  allowedOrigins
  createdAt
  revokedAt
}`) as unknown as TypedDocumentString<CreatePkMutation, CreatePkMutationVariables>;
export const SetOriginsDocument = new TypedDocumentString(`
    mutation SetOrigins($id: ID!, $allowedOrigins: [String!]!) {
  setPublishableKeyOrigins(id: $id, allowedOrigins: $allowedOrigins) {
    ...PublishableKeyFields
  }
}
    fragment PublishableKeyFields on PublishableKey {
  id
  name
  key
  allowedOrigins
  createdAt
  revokedAt
}`) as unknown as TypedDocumentString<SetOriginsMutation, SetOriginsMutationVariables>;
export const RevokePkDocument = new TypedDocumentString(`
    mutation RevokePk($id: ID!) {
  revokePublishableKey(id: $id) {
    ...PublishableKeyFields
  }
}
    fragment PublishableKeyFields on PublishableKey {
  id
  name
  key
  allowedOrigins
  createdAt
  revokedAt
}`) as unknown as TypedDocumentString<RevokePkMutation, RevokePkMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys {
  apiKeys {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  displayPrefix
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($name: String!) {
  createApiKey(name: $name) {
    plainKey
    apiKey {
      ...ApiKeyFields
    }
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  displayPrefix
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    ...ApiKeyFields
  }
}
    fragment ApiKeyFields on ApiKey {
  id
  name
  displayPrefix
  createdAt
  lastUsedAt
  revokedAt
}`) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AdminUsersDocument = new TypedDocumentString(`
    query AdminUsers {
  adminUsers {
    ...AdminUserFields
  }
}
    fragment AdminUserFields on AdminUser {
  id
  email
  name
  role
  createdAt
  lastSignInAt
}`) as unknown as TypedDocumentString<AdminUsersQuery, AdminUsersQueryVariables>;
export const CreateAdminUserDocument = new TypedDocumentString(`
    mutation CreateAdminUser($input: CreateAdminUserInput!) {
  createAdminUser(input: $input) {
    ...AdminUserFields
  }
}
    fragment AdminUserFields on AdminUser {
  id
  email
  name
  role
  createdAt
  lastSignInAt
}`) as unknown as TypedDocumentString<CreateAdminUserMutation, CreateAdminUserMutationVariables>;
export const SetRoleDocument = new TypedDocumentString(`
    mutation SetRole($id: ID!, $role: AdminRole!) {
  setAdminUserRole(id: $id, role: $role) {
    ...AdminUserFields
  }
}
    fragment AdminUserFields on AdminUser {
  id
  email
  name
  role
  createdAt
  lastSignInAt
}`) as unknown as TypedDocumentString<SetRoleMutation, SetRoleMutationVariables>;
export const RemoveAdminUserDocument = new TypedDocumentString(`
    mutation RemoveAdminUser($id: ID!) {
  removeAdminUser(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveAdminUserMutation, RemoveAdminUserMutationVariables>;
export const TaxNexusExposureDocument = new TypedDocumentString(`
    query TaxNexusExposure($asOf: String) {
  nexusExposure(asOf: $asOf) {
    asOf
    timeZone
    ruleSetVersion
    registerNow
    watch
    statesSoldInto
    states {
      state
      stateName
      status
      registered
      registeredOn
      actionKind
      action
      reason
      rule {
        id
        summary
        effectiveFrom
        effectiveTo
        citation {
          publisher
          title
          section
          url
          published
        }
      }
      decidingWindow {
        from
        to
        label
        salesCents
        transactions
        percent
        met
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TaxNexusExposureQuery, TaxNexusExposureQueryVariables>;
export const TaxDeductionSummaryDocument = new TypedDocumentString(`
    query TaxDeductionSummary($taxYear: Int!) {
  deductionSummary(taxYear: $taxYear) {
    taxYear
    ruleSetVersion
    period {
      from
      to
    }
    booksThrough
    profile {
      filingStatus
      businessForm
      note
    }
    grossReceipts {
      ...TaxFigureFields
    }
    returnsAndAllowances {
      ...TaxFigureFields
    }
    costOfGoodsSold {
      ...TaxFigureFields
    }
    grossIncome {
      ...TaxFigureFields
    }
    lines {
      line
      label
      ledgerCents
      adjustment
      accounts {
        code
        name
        cents
      }
      deduction {
        ...TaxFigureFields
      }
    }
    vehicle {
      description
      businessMiles
      totalMiles
      chosen
      why
      standardMileage {
        ...TaxFigureFields
      }
      actualExpenses {
        ...TaxFigureFields
      }
      deduction {
        ...TaxFigureFields
      }
    }
    section179 {
      properties {
        description
        placedInServiceOn
        reason
        businessCost {
          ...TaxFigureFields
        }
        elected {
          ...TaxFigureFields
        }
      }
      dollarLimit {
        ...TaxFigureFields
      }
      threshold {
        ...TaxFigureFields
      }
      dollarLimitation {
        ...TaxFigureFields
      }
      businessIncome {
        ...TaxFigureFields
      }
      businessIncomeLimitation {
        ...TaxFigureFields
      }
      deduction {
        ...TaxFigureFields
      }
      carryover {
        ...TaxFigureFields
      }
    }
    homeOffice {
      officeSquareFeet
      homeSquareFeet
      chosen
      why
      carryoverOperatingCents
      carryoverDepreciationCents
      simplified {
        ...TaxFigureFields
      }
      actual {
        ...TaxFigureFields
      }
      deduction {
        ...TaxFigureFields
      }
    }
    totalExpenses {
      ...TaxFigureFields
    }
    tentativeProfit {
      ...TaxFigureFields
    }
    homeOfficeDeduction {
      ...TaxFigureFields
    }
    netProfit {
      ...TaxFigureFields
    }
    missedDeductions {
      kind
      cents
      text
    }
    rulesUsed {
      ...TaxRuleFields
    }
  }
}
    fragment TaxRuleFields on TaxRuleUseView {
  ruleId
  concept
  ruleSetVersion
  value
  note
  citation {
    publisher
    title
    section
    url
    published
  }
}
fragment TaxFigureFields on TaxFigureView {
  cents
  formula
  rules {
    ruleId
    value
  }
}`) as unknown as TypedDocumentString<TaxDeductionSummaryQuery, TaxDeductionSummaryQueryVariables>;
export const TaxSalesTaxLiabilityDocument = new TypedDocumentString(`
    query TaxSalesTaxLiability($state: String!, $period: String!) {
  salesTaxLiability(state: $state, period: $period) {
    state
    registered
    registeredOn
    period {
      key
      kind
      start
      end
    }
    orderCount
    grossSalesCents
    exemptSalesCents
    exemptByReason {
      code
      reason
      cents
    }
    resaleSalesCents
    taxableSalesCents
    shippingCents
    taxableShippingCents
    stateTaxOwedCents
    localTaxOwedCents
    taxOwedCents
    taxCollectedCents
    ledgerCollectedCents
    differenceCents
    differenceReasons
    notes
    ruleSetVersion
    jurisdictionTableVersion
    jurisdictions {
      level
      code
      name
      rate
      taxableSalesCents
      taxOwedCents
      ruleIds
    }
    locations {
      label
      channel
      city
      postalCode
      combinedRate
      grossSalesCents
      taxableSalesCents
      taxCollectedCents
    }
    rulesUsed {
      id
      concept
      citation {
        title
        url
        published
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TaxSalesTaxLiabilityQuery, TaxSalesTaxLiabilityQueryVariables>;
export const TaxSalesTaxQuoteDocument = new TypedDocumentString(`
    query TaxSalesTaxQuote($input: SalesTaxQuoteInput!) {
  salesTaxQuote(input: $input) {
    state
    date
    sourcing
    sourcingReason
    combinedRate
    address {
      postalCode
      city
      state
      regionName
      combinedRate
      matchedBy
      note
      tableSource
      tableAsOf
    }
    originAddress {
      postalCode
      city
      regionName
    }
    jurisdictions {
      level
      code
      name
      rate
      taxableCents
      taxCents
      ruleIds
    }
    lines {
      id
      category
      amountCents
      taxableCents
      exemptCents
      taxCents
      treatment
      reason
      ruleIds
    }
    shipping {
      amountCents
      taxableCents
      taxCents
      reason
    }
    rounding {
      mode
      method
      reason
    }
    subtotalCents
    taxableCents
    totalTaxCents
    totalCents
    ruleSetVersion
    rulesUsed {
      id
      concept
      citation {
        title
        url
        published
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TaxSalesTaxQuoteQuery, TaxSalesTaxQuoteQueryVariables>;
export const TaxPrepareSalesTaxFilingDocument = new TypedDocumentString(`
    mutation TaxPrepareSalesTaxFiling($state: String!, $period: String!, $preliminary: Boolean!) {
  prepareSalesTaxFiling(state: $state, period: $period, preliminary: $preliminary) {
    ...SalesTaxFilingPacketFields
  }
}
    fragment SalesTaxFilingPacketFields on SalesTaxFilingPacket {
  id
  state
  period
  status
  preparedAt
  preparedBy
  returnWorksheet {
    formTitle
    filingFrequency
    periodStart
    periodEnd
    deadlineStatus
    dueDate {
      due
      nominal
      skipped
    }
    prepaymentDueDate {
      due
    }
    prepaymentDiscountIfPrepaidCents
    lines {
      key
      item
      label
      formEntry
      cents
      formula
    }
    reconciliation {
      taxOwedCents
      taxCollectedCents
      differenceCents
      keptOnTimelyReturnCents
    }
    notes
  }
  checklist {
    key
    title
    status
    detail
  }
  files {
    id
    format
    filename
    bytes
    sha256
    url
    expiresAt
  }
}`) as unknown as TypedDocumentString<TaxPrepareSalesTaxFilingMutation, TaxPrepareSalesTaxFilingMutationVariables>;
export const TaxEstimatedTaxPlanDocument = new TypedDocumentString(`
    query TaxEstimatedTaxPlan($taxYear: Int!) {
  estimatedTaxPlan(taxYear: $taxYear) {
    taxYear
    asOf
    filingStatus
    booksThrough
    ruleSetVersion
    netProfitBasis
    netProfitBasisExplanation
    netProfitToDate {
      ...TaxFigureFields
    }
    projectedNetProfit {
      ...TaxFigureFields
    }
    selfEmploymentTax {
      ...TaxFigureFields
    }
    deductibleHalfOfSelfEmploymentTax {
      ...TaxFigureFields
    }
    adjustedGrossIncome {
      ...TaxFigureFields
    }
    taxableIncomeBeforeQbi {
      ...TaxFigureFields
    }
    qbiDeduction {
      ...TaxFigureFields
    }
    qbiExplanation
    taxableIncome {
      ...TaxFigureFields
    }
    incomeTax {
      ...TaxFigureFields
    }
    marginalRate
    additionalMedicareTax {
      ...TaxFigureFields
    }
    totalTax {
      ...TaxFigureFields
    }
    paymentsRequired
    paymentsRequiredReason
    priorYearOption {
      ...TaxFigureFields
    }
    currentYearOption {
      ...TaxFigureFields
    }
    basis
    requiredAnnualPayment {
      ...TaxFigureFields
    }
    installments {
      number
      nominalDueDate
      dueDate
      amount {
        ...TaxFigureFields
      }
      cumulative {
        ...TaxFigureFields
      }
      paidByDueDate
      shortfall
      status
    }
    paidToDateCents
    behind
    payments {
      id
      paidOn
      amountCents
      note
    }
    warnings
    notes
    standardVsItemized {
      chosen
      why
      standardDeduction {
        ...TaxFigureFields
      }
      standardTotal {
        ...TaxFigureFields
      }
      mortgageInterest {
        ...TaxFigureFields
      }
      saltPaid {
        ...TaxFigureFields
      }
      saltLimit {
        ...TaxFigureFields
      }
      salt {
        ...TaxFigureFields
      }
      charitable {
        ...TaxFigureFields
      }
      itemizedTotal {
        ...TaxFigureFields
      }
      deduction {
        ...TaxFigureFields
      }
      difference {
        ...TaxFigureFields
      }
      notes
    }
    rulesUsed {
      ...TaxRuleFields
    }
  }
}
    fragment TaxRuleFields on TaxRuleUseView {
  ruleId
  concept
  ruleSetVersion
  value
  note
  citation {
    publisher
    title
    section
    url
    published
  }
}
fragment TaxFigureFields on TaxFigureView {
  cents
  formula
  rules {
    ruleId
    value
  }
}`) as unknown as TypedDocumentString<TaxEstimatedTaxPlanQuery, TaxEstimatedTaxPlanQueryVariables>;
export const TaxComplianceCalendarDocument = new TypedDocumentString(`
    query TaxComplianceCalendar($from: String, $to: String) {
  complianceCalendar(from: $from, to: $to) {
    from
    to
    today
    timeZone
    holidayNote
    ruleSetVersion
    events {
      id
      kind
      state
      title
      detail
      dueDate
      nominalDueDate
      moved
      remindOn
      status
      sourceRule
      citation {
        publisher
        title
        section
        url
        published
      }
    }
  }
  exemptionCertificates(asOf: $from) {
    asOf
    uncoveredCents
    certificates {
      id
      buyerName
      state
      kind
      number
      expiresOn
      daysToExpiry
      status
      message
    }
    uncoveredSales {
      saleId
      soldOn
      state
      treatment
      buyerName
      goodsCents
      reason
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TaxComplianceCalendarQuery, TaxComplianceCalendarQueryVariables>;