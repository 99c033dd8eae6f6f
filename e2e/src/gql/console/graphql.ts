/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** OWNER: everything, including console users and keys; ADMIN: every other change; VIEWER: read only. */
export const AdminRole = {
  Admin: 'ADMIN',
  Owner: 'OWNER',
  Viewer: 'VIEWER'
} as const;

export type AdminRole = typeof AdminRole[keyof typeof AdminRole];
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
/** The carrier's latest estimate, the date promised to the customer, or 7 business days after the order. */
export const ArrivalEstimateSource = {
  Carrier: 'CARRIER',
  Promised: 'PROMISED',
  TransitRule: 'TRANSIT_RULE'
} as const;

export type ArrivalEstimateSource = typeof ArrivalEstimateSource[keyof typeof ArrivalEstimateSource];
export type ChangePasswordInput = {
  /** Checked like a sign-in (and throttled like one). */
  currentPassword: string;
  /** At least 12 characters; stored only as an argon2id hash. */
  newPassword: string;
};

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

/** A debit or a credit (exactly one of the two positive) on an account. */
export type JournalLineInput = {
  /** A postable account of the chart (e.g. "1010"). */
  accountCode: string;
  /** In cents. */
  creditCents?: number;
  /** In cents. */
  debitCents?: number;
  memo?: string | null | undefined;
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
/** Where an order stands, from its carrier scans (they win over the order's row). */
export const OrderTrackingStatus = {
  Cancelled: 'CANCELLED',
  Delivered: 'DELIVERED',
  Exception: 'EXCEPTION',
  InTransit: 'IN_TRANSIT',
  LabelCreated: 'LABEL_CREATED',
  OutForDelivery: 'OUT_FOR_DELIVERY',
  Processing: 'PROCESSING'
} as const;

export type OrderTrackingStatus = typeof OrderTrackingStatus[keyof typeof OrderTrackingStatus];
/** PENDING: being attempted (retries follow 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h). DELIVERED: the receiver answered 2xx. FAILED: the last attempt failed, or the subscription was disabled. */
export const OutboundDeliveryStatus = {
  Delivered: 'DELIVERED',
  Failed: 'FAILED',
  Pending: 'PENDING'
} as const;

export type OutboundDeliveryStatus = typeof OutboundDeliveryStatus[keyof typeof OutboundDeliveryStatus];
/** A journal entry posted by hand (an ADJUSTMENT): at least two lines, debits equal to credits. */
export type PostJournalEntryInput = {
  lines: Array<JournalLineInput>;
  memo: string;
  /** YYYY-MM-DD. */
  occurredOn: string;
};

/** NONE; OFFERED: the reply offers a person; WAITING_FOR_HUMAN: a person will answer (the run waits for one, or the reply was held back for review). */
export const PublicHandoff = {
  None: 'NONE',
  Offered: 'OFFERED',
  WaitingForHuman: 'WAITING_FOR_HUMAN'
} as const;

export type PublicHandoff = typeof PublicHandoff[keyof typeof PublicHandoff];
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

/** The social network a post is written for. */
export const SocialChannel = {
  Facebook: 'FACEBOOK',
  Instagram: 'INSTAGRAM',
  Linkedin: 'LINKEDIN',
  X: 'X'
} as const;

export type SocialChannel = typeof SocialChannel[keyof typeof SocialChannel];
export type StartConversationInput = {
  /** The customer's email, when known: links the conversation to their long-term facts. */
  customerEmail?: string | null | undefined;
};

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

/** A lead as a form captures it; a known email updates that lead. */
export type SubmitLeadInput = {
  company?: string | null | undefined;
  /** Omitted: unchanged (false when new). */
  consent?: boolean | null | undefined;
  email: string;
  /** This visit; added to earlier visits. */
  minutesOnSite?: number | null | undefined;
  name: string;
  /** This visit; added to earlier visits. */
  pagesViewed?: number | null | undefined;
  /** This visit; added to earlier visits. */
  pricingPageVisits?: number | null | undefined;
  sourcePage?: string | null | undefined;
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

/** URGENT: a legal matter; HIGH: a very upset customer or a repeated problem. */
export const TicketPriority = {
  High: 'HIGH',
  Low: 'LOW',
  Normal: 'NORMAL',
  Urgent: 'URGENT'
} as const;

export type TicketPriority = typeof TicketPriority[keyof typeof TicketPriority];
/** OPEN until its conversation is resolved. */
export const TicketStatus = {
  Open: 'OPEN',
  Resolved: 'RESOLVED'
} as const;

export type TicketStatus = typeof TicketStatus[keyof typeof TicketStatus];
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
export type WatchedRunUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WatchedRunUpdatesSubscription = { runUpdated: { id: string, status: RunStatus } };

export type IntegrationApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type IntegrationApiKeyMutation = { createApiKey: { plainKey: string, apiKey: { id: string } } };

export type RevokeIntegrationApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeIntegrationApiKeyMutation = { revokeApiKey: { id: string } };

export type RemoveConsoleUserMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveConsoleUserMutation = { removeAdminUser: boolean };

export type SearchedArticlesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type SearchedArticlesQuery = { knowledgeArticles: { totalItems: number, items: Array<{ slug: string }> } };

export type RotateIdentitySecretWithGraceMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateIdentitySecretWithGraceMutation = { rotateWidgetIdentitySecret: { secret: string, previousSecretValidUntil: string | null } };

export type RotateIdentitySecretForClaimsMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateIdentitySecretForClaimsMutation = { rotateWidgetIdentitySecret: { secret: string } };

export type CreateSecondShopKeyMutationVariables = Exact<{
  input: CreatePublishableKeyInput;
}>;


export type CreateSecondShopKeyMutation = { createPublishableKey: { key: string } };

export type BrowserOutboxLeadMutationVariables = Exact<{
  input: SubmitLeadInput;
}>;


export type BrowserOutboxLeadMutation = { submitLead: { id: string } };

export type BrowserOutboxWaitingQueryVariables = Exact<{
  id: string | number;
}>;


export type BrowserOutboxWaitingQuery = { run: { status: RunStatus } | null };

export type BrowserOutboxApproveMutationVariables = Exact<{
  id: string | number;
}>;


export type BrowserOutboxApproveMutation = { approveRun: { id: string } };

export type BrowserInviteMutationVariables = Exact<{
  input: InviteAdminUserInput;
}>;


export type BrowserInviteMutation = { inviteAdminUser: { link: string } };

export type ChangeMyPasswordE2eMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangeMyPasswordE2eMutation = { changeMyPassword: { id: string, email: string } };

export type InviteColleagueE2eMutationVariables = Exact<{
  input: InviteAdminUserInput;
}>;


export type InviteColleagueE2eMutation = { inviteAdminUser: { link: string, emailed: boolean, expiresAt: string, user: { id: string, email: string, role: AdminRole, invitedAt: string | null } } };

export type CaughtInvitationsE2eQueryVariables = Exact<{ [key: string]: never; }>;


export type CaughtInvitationsE2eQuery = { caughtEmails: { items: Array<{ toAddress: string, subject: string, textBody: string, confidential: boolean }> } };

export type CreatePersonMutationVariables = Exact<{
  input: CreateAdminUserInput;
}>;


export type CreatePersonMutation = { createAdminUser: { id: string, role: AdminRole } };

export type SignedInPersonQueryVariables = Exact<{ [key: string]: never; }>;


export type SignedInPersonQuery = { me: { email: string, role: AdminRole, lastSignInAt: string | null } | null };

export type ViewerReadsAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerReadsAgentsQuery = { agents: Array<{ key: string }> };

export type AdminWritesArticleMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminWritesArticleMutation = { createKnowledgeArticle: { slug: string } };

export type ConsoleApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleApiKeyMutation = { createApiKey: { plainKey: string, apiKey: { id: string, name: string, displayPrefix: string, revokedAt: string | null } } };

export type ConsoleApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleApiKeysQuery = { apiKeys: Array<{ id: string, name: string, displayPrefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null }> };

export type RevokeConsoleApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeConsoleApiKeyMutation = { revokeApiKey: { revokedAt: string | null } };

export type RunWithChildrenQueryVariables = Exact<{
  id: string | number;
}>;


export type RunWithChildrenQuery = { run: { id: string, status: RunStatus, error: string | null, errorCode: string | null, output: Record<string, unknown> | null, depth: number, trigger: string, parentRun: { id: string } | null, steps: Array<{ kind: RunStepKind, data: Record<string, unknown> }>, childRuns: Array<{ id: string, status: RunStatus, error: string | null, errorCode: string | null, output: Record<string, unknown> | null, depth: number, trigger: string, input: Record<string, unknown>, agent: { key: string }, parentRun: { id: string, depth: number } | null, childRuns: Array<{ id: string }> }> } | null };

export type ReviewedApprovalFieldsFragment = { id: string, status: ApprovalStatus, actionKind: ApprovalActionKind, policy: string, reason: string, toolName: string | null, amountCents: number | null, proposedOutput: string, editedOutput: string | null, decidedBy: string | null, decisionNote: string | null, expiresAt: string, executedAt: string | null };

export type WaitingQueryVariables = Exact<{
  id: string | number;
}>;


export type WaitingQuery = { run: { id: string, status: RunStatus, pendingApproval: { id: string, status: ApprovalStatus, actionKind: ApprovalActionKind, policy: string, reason: string, toolName: string | null, amountCents: number | null, proposedOutput: string, editedOutput: string | null, decidedBy: string | null, decisionNote: string | null, expiresAt: string, executedAt: string | null } | null } | null };

export type ApproveMutationVariables = Exact<{
  id: string | number;
  editedOutput?: string | null | undefined;
}>;


export type ApproveMutation = { approveRun: { id: string, status: RunStatus } };

export type RejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectMutation = { rejectRun: { id: string, status: RunStatus } };

export type ReviewedApprovalsQueryVariables = Exact<{
  statuses?: Array<ApprovalStatus> | ApprovalStatus | null | undefined;
}>;


export type ReviewedApprovalsQuery = { approvals: { totalItems: number, items: Array<{ id: string, status: ApprovalStatus, actionKind: ApprovalActionKind, policy: string, reason: string, toolName: string | null, amountCents: number | null, proposedOutput: string, editedOutput: string | null, decidedBy: string | null, decisionNote: string | null, expiresAt: string, executedAt: string | null, run: { id: string } }> } };

export type KindsSubscriptionVariables = Exact<{
  runId: string | number;
}>;


export type KindsSubscription = { runSteps: { seq: number, kind: RunStepKind } };

export type RunCountQueryVariables = Exact<{ [key: string]: never; }>;


export type RunCountQuery = { runs: { totalItems: number } };

export type AgentKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentKeysQuery = { agents: Array<{ key: string }> };

export type SucceededSupportRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type SucceededSupportRunsQuery = { runs: { totalItems: number, items: Array<{ agent: { key: string } }> } };

export type CatalogQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogQuery = { agents: Array<{ key: string, name: string, enabled: boolean, model: string, scenarios: Array<{ key: string, title: string, agent: { key: string } }> }> };

export type FoundAndMissingQueryVariables = Exact<{ [key: string]: never; }>;


export type FoundAndMissingQuery = { found: { key: string, name: string } | null, missing: { key: string } | null };

export type SupportScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type SupportScenariosQuery = { scenarios: Array<{ key: string }> };

export type AllScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type AllScenariosQuery = { scenarios: Array<{ key: string }> };

export type EditedAgentFieldsFragment = { key: string, enabled: boolean, model: string, systemPrompt: string, temperature: number, maxSteps: number, tools: Array<string>, reviewPolicy: { refundLimitCents: number, legalTopics: boolean, minConfidence: number | null, outboundTrusted: boolean, approvalTtlMinutes: number } };

export type AgentQueryVariables = Exact<{
  key: string;
}>;


export type AgentQuery = { agent: { key: string, enabled: boolean, model: string, systemPrompt: string, temperature: number, maxSteps: number, tools: Array<string>, reviewPolicy: { refundLimitCents: number, legalTopics: boolean, minConfidence: number | null, outboundTrusted: boolean, approvalTtlMinutes: number } } | null };

export type UpdateAgentMutationVariables = Exact<{
  key: string;
  input: UpdateAgentInput;
}>;


export type UpdateAgentMutation = { updateAgent: { key: string, enabled: boolean, model: string, systemPrompt: string, temperature: number, maxSteps: number, tools: Array<string>, reviewPolicy: { refundLimitCents: number, legalTopics: boolean, minConfidence: number | null, outboundTrusted: boolean, approvalTtlMinutes: number } } };

export type StartConversationMutationVariables = Exact<{ [key: string]: never; }>;


export type StartConversationMutation = { startConversation: { id: string } };

export type RequestHumanMutationVariables = Exact<{
  id: string | number;
}>;


export type RequestHumanMutation = { requestHuman: { id: string } };

export type ConversationsQueryVariables = Exact<{
  handoffStates?: Array<HandoffState> | HandoffState | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type ConversationsQuery = { conversations: { totalItems: number, items: Array<{ id: string, handoffState: HandoffState, visitorId: string | null, lastMessage: { role: ConversationMessageRole, text: string, runId: string | null } | null }> } };

export type DashboardQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DashboardQuery = { dashboard: { escalations: number, handoffs: number, openApprovals: number, runsPerDay: Array<{ day: string, agentKey: string, runs: number }>, agents: Array<{ agentKey: string, agentName: string, runs: number, succeeded: number, failed: number, successRate: number | null, medianDurationMs: number | null, p95DurationMs: number | null, inputTokens: number, outputTokens: number, costUsd: number }> } };

export type AuditQueryVariables = Exact<{
  search?: string | null | undefined;
  actions?: Array<string> | string | null | undefined;
}>;


export type AuditQuery = { auditEvents: { totalItems: number, items: Array<{ id: string, actor: string, action: string, targetType: string | null, targetId: string | null, data: Record<string, unknown>, createdAt: string }> } };

export type ContentWaitingRunQueryVariables = Exact<{
  id: string | number;
}>;


export type ContentWaitingRunQuery = { run: { id: string, status: RunStatus, pendingApproval: { id: string, toolName: string | null, proposedOutput: string, editable: boolean } | null } | null };

export type ContentApproveMutationVariables = Exact<{
  id: string | number;
  editedOutput?: string | null | undefined;
}>;


export type ContentApproveMutation = { approveRun: { id: string } };

export type ContentRejectMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ContentRejectMutation = { rejectRun: { id: string } };

export type ContentItemStateQueryVariables = Exact<{
  id: string | number;
}>;


export type ContentItemStateQuery = { contentItem: { id: string, state: ContentItemState, title: string, body: string, externalUrl: string | null, publishedAt: string | null, scheduledFor: string | null } };

export type ContentRetitleMutationVariables = Exact<{
  id: string | number;
  title: string;
}>;


export type ContentRetitleMutation = { updateContentDraft: { id: string } };

export type ContentSocialQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ContentSocialQueueQuery = { socialQueue: { totalItems: number, items: Array<{ id: string, channel: SocialChannel, state: ContentItemState, due: boolean }> } };

export type SaveCostBudgetE2eMutationVariables = Exact<{
  input: CostBudgetInput;
}>;


export type SaveCostBudgetE2eMutation = { saveCostBudget: { id: string, limitCents: number, policy: CostBudgetPolicy, spentUsd: string, percent: number, status: CostBudgetStatus } };

export type CostBudgetsE2eQueryVariables = Exact<{ [key: string]: never; }>;


export type CostBudgetsE2eQuery = { costBudgets: Array<{ id: string, month: string, spentUsd: string, percent: number, status: CostBudgetStatus, agent: { key: string } | null }> };

export type CreateCostBudgetWebhookE2eMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type CreateCostBudgetWebhookE2eMutation = { createWebhookSubscription: { subscription: { id: string } } };

export type CostBudgetWaitingE2eQueryVariables = Exact<{
  id: string | number;
}>;


export type CostBudgetWaitingE2eQuery = { run: { id: string, status: RunStatus, pendingApproval: { id: string, actionKind: ApprovalActionKind, policy: string, reason: string, proposedOutput: string } | null } | null };

export type ApproveCostBudgetE2eMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveCostBudgetE2eMutation = { approveRun: { id: string, status: RunStatus } };

export type RejectCostBudgetE2eMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectCostBudgetE2eMutation = { rejectRun: { id: string, status: RunStatus } };

export type FinanceRunQueryVariables = Exact<{
  id: string | number;
}>;


export type FinanceRunQuery = { run: { id: string, status: RunStatus, errorCode: string | null, error: string | null, output: Record<string, unknown> | null } | null };

export type FinanceAgingQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type FinanceAgingQuery = { receivablesAging: { asOf: string, totalOpenCents: number, overdueCents: number, buckets: Array<{ bucket: string, count: number, openCents: number }>, rows: Array<{ number: string, daysOverdue: number, bucket: string, draftedStages: Array<number>, stageDue: number | null }> } };

export type FinanceCashFlowQueryVariables = Exact<{
  weekEnding?: string | null | undefined;
}>;


export type FinanceCashFlowQuery = { cashFlowReport: { week: { start: string, end: string, totalInCents: number, totalOutCents: number, netCents: number }, trend: Array<{ start: string }>, runway: { cashBalanceCents: number } } };

export type FinanceImportMutationVariables = Exact<{
  input: ImportBankFileInput;
}>;


export type FinanceImportMutation = { importBankFile: { importedCount: number, duplicateCount: number } };

export type FinanceBankAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type FinanceBankAccountsQuery = { bankAccounts: Array<{ id: string, name: string }> };

export type ArrangeRunMutationVariables = Exact<{
  input: StartRunInput;
}>;


export type ArrangeRunMutation = { startRun: { id: string } };

export type ArrangeConversationMutationVariables = Exact<{ [key: string]: never; }>;


export type ArrangeConversationMutation = { startConversation: { id: string } };

export type ArrangeTakeOverMutationVariables = Exact<{
  id: string | number;
}>;


export type ArrangeTakeOverMutation = { takeOverConversation: { id: string } };

export type ArrangeArticleMutationVariables = Exact<{
  input: CreateKnowledgeArticleInput;
}>;


export type ArrangeArticleMutation = { createKnowledgeArticle: { id: string } };

export type ArrangePublishableKeyMutationVariables = Exact<{
  input: CreatePublishableKeyInput;
}>;


export type ArrangePublishableKeyMutation = { createPublishableKey: { id: string } };

export type ArrangeApiKeyMutationVariables = Exact<{ [key: string]: never; }>;


export type ArrangeApiKeyMutation = { createApiKey: { apiKey: { id: string } } };

export type RunWithInputQueryVariables = Exact<{
  id: string | number;
}>;


export type RunWithInputQuery = { run: { id: string, status: RunStatus, input: Record<string, unknown>, output: Record<string, unknown> | null, error: string | null, errorCode: string | null, lastSeq: number, steps: Array<{ id: string, seq: number, kind: RunStepKind, title: string, detail: string | null, data: Record<string, unknown>, durationMs: number, startedAt: string, inputTokens: number, outputTokens: number, costUsd: number }> } | null };

export type RunFlagsQueryVariables = Exact<{
  id: string | number;
}>;


export type RunFlagsQuery = { run: { id: string, flags: Array<string> } | null };

export type PublicViewQueryVariables = Exact<{
  id: string | number;
}>;


export type PublicViewQuery = { run: { status: RunStatus, publicView: { runId: string, status: RunStatus, replyText: string | null, typing: boolean, handoff: PublicHandoff, lastSeq: number, citations: Array<{ title: string, slug: string }> } } | null };

export type AgentPromptsQueryVariables = Exact<{ [key: string]: never; }>;


export type AgentPromptsQuery = { agents: Array<{ key: string, systemPrompt: string, tools: Array<string> }> };

export type InboundEndpointFieldsFragment = { id: string, name: string, scenarioKey: string, agentKey: string, url: string, enabled: boolean, secretHint: string, createdAt: string, lastDeliveryAt: string | null };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type CreateWebhookEndpointMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, name: string, scenarioKey: string, agentKey: string, url: string, enabled: boolean, secretHint: string, createdAt: string, lastDeliveryAt: string | null } } };

export type RotateWebhookEndpointSecretMutationVariables = Exact<{
  id: string | number;
}>;


export type RotateWebhookEndpointSecretMutation = { rotateWebhookEndpointSecret: { secret: string, endpoint: { id: string, secretHint: string } } };

export type UpdateWebhookEndpointMutationVariables = Exact<{
  id: string | number;
  name?: string | null | undefined;
  enabled?: boolean | null | undefined;
}>;


export type UpdateWebhookEndpointMutation = { updateWebhookEndpoint: { id: string, name: string, enabled: boolean } };

export type DeleteWebhookEndpointMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteWebhookEndpointMutation = { deleteWebhookEndpoint: boolean };

export type WebhookEndpointsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type WebhookEndpointsQuery = { webhookEndpoints: Array<{ id: string, name: string, scenarioKey: string, agentKey: string, url: string, enabled: boolean, secretHint: string, createdAt: string, lastDeliveryAt: string | null, deliveries: Array<{ id: string, messageId: string | null, eventType: string | null, status: InboundDeliveryStatus, errorCode: string | null, error: string | null, runId: string | null, receivedAt: string }> }> };

export type WebhookRunQueryVariables = Exact<{
  id: string | number;
}>;


export type WebhookRunQuery = { run: { id: string, status: RunStatus, trigger: string, triggerDetail: Record<string, unknown>, triggerSummary: string, input: Record<string, unknown>, output: Record<string, unknown> | null, agent: { key: string }, scenario: { key: string } | null, steps: Array<{ kind: RunStepKind, detail: string | null, data: Record<string, unknown> }> } | null };

export type KnowledgeArticleFieldsFragment = { id: string, slug: string, title: string, body: string, tags: Array<string>, published: boolean };

export type CreateMutationVariables = Exact<{
  input: CreateKnowledgeArticleInput;
}>;


export type CreateMutation = { createKnowledgeArticle: { id: string, slug: string, title: string, body: string, tags: Array<string>, published: boolean } };

export type UpdateMutationVariables = Exact<{
  id: string | number;
  input: UpdateKnowledgeArticleInput;
}>;


export type UpdateMutation = { updateKnowledgeArticle: { id: string, slug: string, title: string, body: string, tags: Array<string>, published: boolean } };

export type DeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteMutation = { deleteKnowledgeArticle: boolean };

export type ArticleQueryVariables = Exact<{
  slug: string;
}>;


export type ArticleQuery = { knowledgeArticle: { id: string, slug: string, title: string, body: string, tags: Array<string>, published: boolean } | null };

export type ArticlesQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ArticlesQuery = { knowledgeArticles: { totalItems: number, items: Array<{ slug: string }> } };

export type SubmitExportedLeadMutationVariables = Exact<{
  input: SubmitLeadInput;
}>;


export type SubmitExportedLeadMutation = { submitLead: { id: string } };

export type ExportedLeadsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportedLeadsQuery = { leads: Array<{ name: string, email: string, company: string | null, score: number | null, tier: LeadTier | null, stage: LeadStage }> };

export type MeetingRunQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingRunQuery = { run: { id: string, status: RunStatus, error: string | null, errorCode: string | null, output: Record<string, unknown> | null, steps: Array<{ kind: RunStepKind, data: Record<string, unknown> }>, childRuns: Array<{ status: RunStatus, output: Record<string, unknown> | null, agent: { key: string } }> } | null };

export type BookingsQueryVariables = Exact<{
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type BookingsQuery = { bookings: Array<{ id: string, status: string, startsAt: string, endsAt: string, timeZone: string, localStart: string, leadEmail: string, videoUrl: string, ics: string, member: { name: string, email: string, timeZone: string } }> };

export type StartRememberedConversationMutationVariables = Exact<{
  input?: StartConversationInput | null | undefined;
}>;


export type StartRememberedConversationMutation = { startConversation: { id: string, customerEmail: string | null, createdAt: string, updatedAt: string } };

export type RememberedConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type RememberedConversationQuery = { conversation: { id: string, customerEmail: string | null, updatedAt: string, runs: Array<{ id: string, status: RunStatus }> } | null };

export type StepFieldsFragment = { id: string, seq: number, kind: RunStepKind, title: string, detail: string | null, data: Record<string, unknown>, durationMs: number, startedAt: string, inputTokens: number, outputTokens: number, costUsd: number };

export type StartRunMutationVariables = Exact<{
  input: StartRunInput;
}>;


export type StartRunMutation = { startRun: { id: string, status: RunStatus, lastSeq: number, idempotencyKey: string | null, agent: { key: string }, scenario: { key: string } | null } };

export type RunQueryVariables = Exact<{
  id: string | number;
}>;


export type RunQuery = { run: { id: string, status: RunStatus, error: string | null, errorCode: string | null, output: Record<string, unknown> | null, provider: string | null, lastSeq: number, startedAt: string | null, finishedAt: string | null, inputTokens: number, outputTokens: number, costUsd: number, steps: Array<{ id: string, seq: number, kind: RunStepKind, title: string, detail: string | null, data: Record<string, unknown>, durationMs: number, startedAt: string, inputTokens: number, outputTokens: number, costUsd: number }> } | null };

export type RunStepsSubscriptionVariables = Exact<{
  runId: string | number;
  afterSeq?: number | null | undefined;
}>;


export type RunStepsSubscription = { runSteps: { id: string, seq: number, kind: RunStepKind, title: string, detail: string | null, data: Record<string, unknown>, durationMs: number, startedAt: string, inputTokens: number, outputTokens: number, costUsd: number } };

export type RunStepsStreamedSubscriptionVariables = Exact<{
  runId: string | number;
  afterSeq?: number | null | undefined;
}>;


export type RunStepsStreamedSubscription = { runSteps: { streaming: boolean, id: string, seq: number, kind: RunStepKind, title: string, detail: string | null, data: Record<string, unknown>, durationMs: number, startedAt: string, inputTokens: number, outputTokens: number, costUsd: number, textDelta: { offset: number, text: string } | null } };

export type CancelMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelMutation = { cancelRun: { id: string, status: RunStatus } };

export type CreateAdminUserMutationVariables = Exact<{
  input: CreateAdminUserInput;
}>;


export type CreateAdminUserMutation = { createAdminUser: { id: string } };

export type OrderQueryVariables = Exact<{
  number: string;
}>;


export type OrderQuery = { order: { number: string, status: OrderTrackingStatus, carrier: string | null, trackingNumber: string | null, promisedAt: string | null, promisedOn: string | null, estimatedArrival: string | null, estimateSource: ArrivalEstimateSource | null, delayed: boolean, daysLate: number, timeZone: string, trackingSource: string, lastEvent: { status: string, location: string, occurredAt: string } | null, events: Array<{ status: string }> } | null };

export type DelayedOrdersQueryVariables = Exact<{ [key: string]: never; }>;


export type DelayedOrdersQuery = { delayedOrders: Array<{ number: string, delayed: boolean, daysLate: number, status: OrderTrackingStatus }> };

export type CreateWebhookSubscriptionMutationVariables = Exact<{
  input: CreateWebhookSubscriptionInput;
}>;


export type CreateWebhookSubscriptionMutation = { createWebhookSubscription: { secret: string, subscription: { id: string, url: string, eventTypes: Array<WebhookEventType>, enabled: boolean, secretHint: string } } };

export type WebhookDeliveryLogQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhookDeliveryLogQuery = { webhookSubscriptions: Array<{ id: string, consecutiveFailures: number, deliveries: Array<{ id: string, eventType: WebhookEventType, status: OutboundDeliveryStatus, attempts: number, lastStatusCode: number | null, payload: Record<string, unknown>, attemptLog: Array<{ statusCode: number | null, error: string | null, durationMs: number }> }> }> };

export type RedeliverWebhookMutationVariables = Exact<{
  deliveryId: string | number;
}>;


export type RedeliverWebhookMutation = { redeliverWebhook: { id: string, status: OutboundDeliveryStatus, attempts: number, lastStatusCode: number | null, nextAttemptAt: string | null, attemptLog: Array<{ statusCode: number | null }> } };

export type OutboundRunStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type OutboundRunStatusQuery = { run: { id: string, status: RunStatus } | null };

export type ApproveAcrossHubsMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveAcrossHubsMutation = { approveRun: { id: string, status: RunStatus } };

export type RunUpdatesAcrossHubsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RunUpdatesAcrossHubsSubscription = { runUpdated: { id: string, status: RunStatus, finishedAt: string | null, agent: { key: string } } };

export type ReferenceAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferenceAgentsQuery = { agents: Array<{ key: string, tools: Array<string>, systemPrompt: string, scenarios: Array<{ key: string, sampleInput: Record<string, unknown> }> }> };

export type EditAgentToolsMutationVariables = Exact<{
  key: string;
  tools?: Array<string> | string | null | undefined;
}>;


export type EditAgentToolsMutation = { updateAgent: { key: string } };

export type ReportingRunQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportingRunQuery = { run: { id: string, status: RunStatus, errorCode: string | null, error: string | null, output: Record<string, unknown> | null } | null };

export type ReportingStatementsQueryVariables = Exact<{
  period: string;
}>;


export type ReportingStatementsQuery = { balanceSheet: { checks: Array<{ name: string, holds: boolean }> }, cashFlowStatement: { checks: Array<{ holds: boolean }> } };

export type ReportingRatiosQueryVariables = Exact<{
  asOf: string;
}>;


export type ReportingRatiosQuery = { financialRatios: { ratios: Array<{ key: string, value: number | null }>, alerts: Array<{ text: string }> } };

export type StartRoutedMutationVariables = Exact<{
  input: StartRunInput;
}>;


export type StartRoutedMutation = { startRun: { id: string, status: RunStatus, routing: Record<string, unknown> | null, input: Record<string, unknown>, output: Record<string, unknown> | null, agent: { key: string }, scenario: { key: string } | null } };

export type RoutedRunQueryVariables = Exact<{
  id: string | number;
}>;


export type RoutedRunQuery = { run: { id: string, status: RunStatus, errorCode: string | null, provider: string | null, input: Record<string, unknown>, output: Record<string, unknown> | null, routing: Record<string, unknown> | null, agent: { key: string }, steps: Array<{ kind: RunStepKind, title: string, data: Record<string, unknown> }> } | null };

export type RouteQueryVariables = Exact<{
  text: string;
}>;


export type RouteQuery = { routeMessage: { agentKey: string, confidence: number, needsClarification: boolean, clarifyingQuestion: string | null, alternatives: Array<{ agentKey: string, confidence: number }> } };

export type RunStatusUpdatesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RunStatusUpdatesSubscription = { runUpdated: { id: string, status: RunStatus } };

export type NarrowRunStepsSubscriptionVariables = Exact<{
  runId: string | number;
}>;


export type NarrowRunStepsSubscription = { runSteps: { seq: number, kind: RunStepKind } };

export type AliasedRunStepsSubscriptionVariables = Exact<{
  runId: string | number;
}>;


export type AliasedRunStepsSubscription = { runSteps: { title: string, n: number } };

export type SubmitSalesLeadMutationVariables = Exact<{
  input: SubmitLeadInput;
}>;


export type SubmitSalesLeadMutation = { submitLead: { id: string, email: string, captures: number, pagesViewed: number, score: number | null, tier: LeadTier | null } };

export type LeadByEmailQueryVariables = Exact<{
  email: string;
}>;


export type LeadByEmailQuery = { lead: { email: string, score: number | null, tier: LeadTier | null, stage: LeadStage, consent: boolean, scoreFactors: Array<{ feature: string, label: string, value: number | null, contribution: number }> } | null };

export type FollowUpWaitingQueryVariables = Exact<{
  id: string | number;
}>;


export type FollowUpWaitingQuery = { run: { id: string, status: RunStatus, pendingApproval: { id: string, toolName: string | null, policy: string, proposedOutput: string } | null } | null };

export type ApproveFollowUpMutationVariables = Exact<{
  id: string | number;
  editedOutput?: string | null | undefined;
}>;


export type ApproveFollowUpMutation = { approveRun: { id: string, status: RunStatus } };

export type RejectFollowUpMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectFollowUpMutation = { rejectRun: { id: string, status: RunStatus } };

export type FollowUpOutboxQueryVariables = Exact<{ [key: string]: never; }>;


export type FollowUpOutboxQuery = { caughtEmails: { delivery: MailDelivery, totalItems: number, items: Array<{ id: string, messageId: string, fromAddress: string, toAddress: string, subject: string, textBody: string, headers: Record<string, unknown>, sentAt: string }> } };

export type SampleScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type SampleScenariosQuery = { scenarios: Array<{ key: string, title: string, agent: { key: string } }> };

export type SampleRunQueryVariables = Exact<{
  id: string | number;
}>;


export type SampleRunQuery = { run: { id: string, status: RunStatus, errorCode: string | null, error: string | null, pendingApproval: { toolName: string | null } | null } | null };

export type ScheduleFieldsFragment = { id: string, scenarioKey: string, scenarioTitle: string, agentKey: string, cron: string, timeZone: string, enabled: boolean, missedTickPolicy: MissedTickPolicy, input: Record<string, unknown> | null, description: string, nextFireTimes: Array<string>, lastTickAt: string | null, lastRunId: string | null };

export type SchedulesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchedulesQuery = { schedules: Array<{ id: string, scenarioKey: string, scenarioTitle: string, agentKey: string, cron: string, timeZone: string, enabled: boolean, missedTickPolicy: MissedTickPolicy, input: Record<string, unknown> | null, description: string, nextFireTimes: Array<string>, lastTickAt: string | null, lastRunId: string | null }> };

export type SaveScheduleMutationVariables = Exact<{
  input: ScheduleInput;
}>;


export type SaveScheduleMutation = { saveSchedule: { id: string, scenarioKey: string, scenarioTitle: string, agentKey: string, cron: string, timeZone: string, enabled: boolean, missedTickPolicy: MissedTickPolicy, input: Record<string, unknown> | null, description: string, nextFireTimes: Array<string>, lastTickAt: string | null, lastRunId: string | null } };

export type DeleteScheduleMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteScheduleMutation = { deleteSchedule: boolean };

export type SchedulePreviewQueryVariables = Exact<{
  cron: string;
  timeZone?: string | null | undefined;
}>;


export type SchedulePreviewQuery = { schedulePreview: { description: string, nextFireTimes: Array<string> } };

export type ScheduledRunQueryVariables = Exact<{
  id: string | number;
}>;


export type ScheduledRunQuery = { run: { id: string, trigger: string, triggerDetail: Record<string, unknown>, triggerSummary: string, input: Record<string, unknown>, scenario: { key: string } | null, steps: Array<{ kind: RunStepKind, title: string, detail: string | null, data: Record<string, unknown> }> } | null };

export type ScheduledRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type ScheduledRunsQuery = { runs: { items: Array<{ id: string, trigger: string, triggerDetail: Record<string, unknown> }> } };

export type SettledRunStepsSubscriptionVariables = Exact<{
  runId: string | number;
}>;


export type SettledRunStepsSubscription = { runSteps: { seq: number, kind: RunStepKind, streaming: boolean, detail: string | null } };

export type ThresholdTriggersQueryVariables = Exact<{ [key: string]: never; }>;


export type ThresholdTriggersQuery = { thresholdTriggers: Array<{ id: string, condition: ThresholdCondition, description: string, scenarioKey: string, crossings: Array<{ subject: string, detail: string, runId: string | null, clearedAt: string | null }> }> };

export type SaveThresholdTriggerMutationVariables = Exact<{
  input: ThresholdTriggerInput;
}>;


export type SaveThresholdTriggerMutation = { saveThresholdTrigger: { id: string, description: string, crossings: Array<{ subject: string }> } };

export type ThresholdCashQueryVariables = Exact<{
  weekEnding?: string | null | undefined;
}>;


export type ThresholdCashQuery = { cashFlowReport: { runway: { cashBalanceCents: number } } };

export type ThresholdSpendMutationVariables = Exact<{
  input: PostJournalEntryInput;
}>;


export type ThresholdSpendMutation = { postJournalEntry: { id: string } };

export type ThresholdRunQueryVariables = Exact<{
  id: string | number;
}>;


export type ThresholdRunQuery = { run: { id: string, status: RunStatus, trigger: string, triggerDetail: Record<string, unknown>, triggerSummary: string, scenario: { key: string } | null } | null };

export type StartEscalatedConversationMutationVariables = Exact<{
  input?: StartConversationInput | null | undefined;
}>;


export type StartEscalatedConversationMutation = { startConversation: { id: string, handoffState: HandoffState } };

export type EscalatedConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type EscalatedConversationQuery = { conversation: { id: string, handoffState: HandoffState, handoffChangedAt: string, messages: Array<{ role: ConversationMessageRole, text: string, runId: string | null }>, tickets: Array<{ number: string, status: TicketStatus, priority: TicketPriority, subject: string, customerEmail: string | null, runId: string | null, brief: Record<string, unknown> }> } | null };

export type TakeOverEscalatedMutationVariables = Exact<{
  id: string | number;
}>;


export type TakeOverEscalatedMutation = { moved: { id: string, handoffState: HandoffState } };

export type HandBackEscalatedMutationVariables = Exact<{
  id: string | number;
}>;


export type HandBackEscalatedMutation = { moved: { id: string, handoffState: HandoffState } };

export type ResolveEscalatedMutationVariables = Exact<{
  id: string | number;
}>;


export type ResolveEscalatedMutation = { moved: { id: string, handoffState: HandoffState } };

export type SendEscalatedHumanMessageMutationVariables = Exact<{
  conversationId: string | number;
  text: string;
}>;


export type SendEscalatedHumanMessageMutation = { sendHumanMessage: { role: ConversationMessageRole, text: string, runId: string | null } };

export type RotateIdentitySecretMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateIdentitySecretMutation = { rotateWidgetIdentitySecret: { secret: string } };

export type TakeOverMutationVariables = Exact<{
  id: string | number;
}>;


export type TakeOverMutation = { takeOverConversation: { handoffState: HandoffState } };

export type SendHumanMessageMutationVariables = Exact<{
  id: string | number;
  text: string;
}>;


export type SendHumanMessageMutation = { sendHumanMessage: { id: string } };

export type ConversationEventsSubscriptionVariables = Exact<{
  id: string | number;
  after?: number | null | undefined;
}>;


export type ConversationEventsSubscription = { conversationEvents: { handoffState: HandoffState | null, message: { seq: number, role: ConversationMessageRole, text: string } | null } };

export type CreatePublishableKeyMutationVariables = Exact<{
  input: CreatePublishableKeyInput;
}>;


export type CreatePublishableKeyMutation = { createPublishableKey: { id: string, key: string, allowedOrigins: Array<string> } };

export type RevokePublishableKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokePublishableKeyMutation = { revokePublishableKey: { revokedAt: string | null } };

export type RotateShopIdentitySecretMutationVariables = Exact<{ [key: string]: never; }>;


export type RotateShopIdentitySecretMutation = { rotateWidgetIdentitySecret: { secret: string } };

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
export const ReviewedApprovalFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewedApprovalFields on Approval {
  id
  status
  actionKind
  policy
  reason
  toolName
  amountCents
  proposedOutput
  editedOutput
  decidedBy
  decisionNote
  expiresAt
  executedAt
}
    `, {"fragmentName":"ReviewedApprovalFields"}) as unknown as TypedDocumentString<ReviewedApprovalFieldsFragment, unknown>;
export const EditedAgentFieldsFragmentDoc = new TypedDocumentString(`
    fragment EditedAgentFields on Agent {
  key
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
    `, {"fragmentName":"EditedAgentFields"}) as unknown as TypedDocumentString<EditedAgentFieldsFragment, unknown>;
export const InboundEndpointFieldsFragmentDoc = new TypedDocumentString(`
    fragment InboundEndpointFields on WebhookEndpoint {
  id
  name
  scenarioKey
  agentKey
  url
  enabled
  secretHint
  createdAt
  lastDeliveryAt
}
    `, {"fragmentName":"InboundEndpointFields"}) as unknown as TypedDocumentString<InboundEndpointFieldsFragment, unknown>;
export const KnowledgeArticleFieldsFragmentDoc = new TypedDocumentString(`
    fragment KnowledgeArticleFields on KnowledgeArticle {
  id
  slug
  title
  body
  tags
  published
}
    `, {"fragmentName":"KnowledgeArticleFields"}) as unknown as TypedDocumentString<KnowledgeArticleFieldsFragment, unknown>;
export const StepFieldsFragmentDoc = new TypedDocumentString(`
    fragment StepFields on RunStep {
  id
  seq
  kind
  title
  detail
  data
  durationMs
  startedAt
  inputTokens
  outputTokens
  costUsd
}
    `, {"fragmentName":"StepFields"}) as unknown as TypedDocumentString<StepFieldsFragment, unknown>;
export const ScheduleFieldsFragmentDoc = new TypedDocumentString(`
    fragment ScheduleFields on Schedule {
  id
  scenarioKey
  scenarioTitle
  agentKey
  cron
  timeZone
  enabled
  missedTickPolicy
  input
  description
  nextFireTimes(count: 3)
  lastTickAt
  lastRunId
}
    `, {"fragmentName":"ScheduleFields"}) as unknown as TypedDocumentString<ScheduleFieldsFragment, unknown>;
export const WatchedRunUpdatesDocument = new TypedDocumentString(`
    subscription WatchedRunUpdates {
  runUpdated {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<WatchedRunUpdatesSubscription, WatchedRunUpdatesSubscriptionVariables>;
export const IntegrationApiKeyDocument = new TypedDocumentString(`
    mutation IntegrationApiKey {
  createApiKey(name: "Zapier") {
    plainKey
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<IntegrationApiKeyMutation, IntegrationApiKeyMutationVariables>;
export const RevokeIntegrationApiKeyDocument = new TypedDocumentString(`
    mutation RevokeIntegrationApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeIntegrationApiKeyMutation, RevokeIntegrationApiKeyMutationVariables>;
export const RemoveConsoleUserDocument = new TypedDocumentString(`
    mutation RemoveConsoleUser($id: ID!) {
  removeAdminUser(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveConsoleUserMutation, RemoveConsoleUserMutationVariables>;
export const SearchedArticlesDocument = new TypedDocumentString(`
    query SearchedArticles($search: String) {
  knowledgeArticles(search: $search) {
    totalItems
    items {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<SearchedArticlesQuery, SearchedArticlesQueryVariables>;
export const RotateIdentitySecretWithGraceDocument = new TypedDocumentString(`
    mutation RotateIdentitySecretWithGrace {
  rotateWidgetIdentitySecret {
    secret
    previousSecretValidUntil
  }
}
    `) as unknown as TypedDocumentString<RotateIdentitySecretWithGraceMutation, RotateIdentitySecretWithGraceMutationVariables>;
export const RotateIdentitySecretForClaimsDocument = new TypedDocumentString(`
    mutation RotateIdentitySecretForClaims {
  rotateWidgetIdentitySecret {
    secret
  }
}
    `) as unknown as TypedDocumentString<RotateIdentitySecretForClaimsMutation, RotateIdentitySecretForClaimsMutationVariables>;
export const CreateSecondShopKeyDocument = new TypedDocumentString(`
    mutation CreateSecondShopKey($input: CreatePublishableKeyInput!) {
  createPublishableKey(input: $input) {
    key
  }
}
    `) as unknown as TypedDocumentString<CreateSecondShopKeyMutation, CreateSecondShopKeyMutationVariables>;
export const BrowserOutboxLeadDocument = new TypedDocumentString(`
    mutation BrowserOutboxLead($input: SubmitLeadInput!) {
  submitLead(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<BrowserOutboxLeadMutation, BrowserOutboxLeadMutationVariables>;
export const BrowserOutboxWaitingDocument = new TypedDocumentString(`
    query BrowserOutboxWaiting($id: ID!) {
  run(id: $id) {
    status
  }
}
    `) as unknown as TypedDocumentString<BrowserOutboxWaitingQuery, BrowserOutboxWaitingQueryVariables>;
export const BrowserOutboxApproveDocument = new TypedDocumentString(`
    mutation BrowserOutboxApprove($id: ID!) {
  approveRun(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<BrowserOutboxApproveMutation, BrowserOutboxApproveMutationVariables>;
export const BrowserInviteDocument = new TypedDocumentString(`
    mutation BrowserInvite($input: InviteAdminUserInput!) {
  inviteAdminUser(input: $input) {
    link
  }
}
    `) as unknown as TypedDocumentString<BrowserInviteMutation, BrowserInviteMutationVariables>;
export const ChangeMyPasswordE2eDocument = new TypedDocumentString(`
    mutation ChangeMyPasswordE2e($input: ChangePasswordInput!) {
  changeMyPassword(input: $input) {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<ChangeMyPasswordE2eMutation, ChangeMyPasswordE2eMutationVariables>;
export const InviteColleagueE2eDocument = new TypedDocumentString(`
    mutation InviteColleagueE2e($input: InviteAdminUserInput!) {
  inviteAdminUser(input: $input) {
    link
    emailed
    expiresAt
    user {
      id
      email
      role
      invitedAt
    }
  }
}
    `) as unknown as TypedDocumentString<InviteColleagueE2eMutation, InviteColleagueE2eMutationVariables>;
export const CaughtInvitationsE2eDocument = new TypedDocumentString(`
    query CaughtInvitationsE2e {
  caughtEmails(first: 20) {
    items {
      toAddress
      subject
      textBody
      confidential
    }
  }
}
    `) as unknown as TypedDocumentString<CaughtInvitationsE2eQuery, CaughtInvitationsE2eQueryVariables>;
export const CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($input: CreateAdminUserInput!) {
  createAdminUser(input: $input) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export const SignedInPersonDocument = new TypedDocumentString(`
    query SignedInPerson {
  me {
    email
    role
    lastSignInAt
  }
}
    `) as unknown as TypedDocumentString<SignedInPersonQuery, SignedInPersonQueryVariables>;
export const ViewerReadsAgentsDocument = new TypedDocumentString(`
    query ViewerReadsAgents {
  agents {
    key
  }
}
    `) as unknown as TypedDocumentString<ViewerReadsAgentsQuery, ViewerReadsAgentsQueryVariables>;
export const AdminWritesArticleDocument = new TypedDocumentString(`
    mutation AdminWritesArticle {
  createKnowledgeArticle(input: {title: "Gift wrapping", body: "Yes, for $3."}) {
    slug
  }
}
    `) as unknown as TypedDocumentString<AdminWritesArticleMutation, AdminWritesArticleMutationVariables>;
export const ConsoleApiKeyDocument = new TypedDocumentString(`
    mutation ConsoleApiKey {
  createApiKey(name: "Zapier") {
    plainKey
    apiKey {
      id
      name
      displayPrefix
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ConsoleApiKeyMutation, ConsoleApiKeyMutationVariables>;
export const ConsoleApiKeysDocument = new TypedDocumentString(`
    query ConsoleApiKeys {
  apiKeys {
    id
    name
    displayPrefix
    createdAt
    lastUsedAt
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<ConsoleApiKeysQuery, ConsoleApiKeysQueryVariables>;
export const RevokeConsoleApiKeyDocument = new TypedDocumentString(`
    mutation RevokeConsoleApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeConsoleApiKeyMutation, RevokeConsoleApiKeyMutationVariables>;
export const RunWithChildrenDocument = new TypedDocumentString(`
    query RunWithChildren($id: ID!) {
  run(id: $id) {
    id
    status
    error
    errorCode
    output
    depth
    trigger
    parentRun {
      id
    }
    steps {
      kind
      data
    }
    childRuns {
      id
      status
      error
      errorCode
      output
      depth
      trigger
      input
      agent {
        key
      }
      parentRun {
        id
        depth
      }
      childRuns {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RunWithChildrenQuery, RunWithChildrenQueryVariables>;
export const WaitingDocument = new TypedDocumentString(`
    query Waiting($id: ID!) {
  run(id: $id) {
    id
    status
    pendingApproval {
      ...ReviewedApprovalFields
    }
  }
}
    fragment ReviewedApprovalFields on Approval {
  id
  status
  actionKind
  policy
  reason
  toolName
  amountCents
  proposedOutput
  editedOutput
  decidedBy
  decisionNote
  expiresAt
  executedAt
}`) as unknown as TypedDocumentString<WaitingQuery, WaitingQueryVariables>;
export const ApproveDocument = new TypedDocumentString(`
    mutation Approve($id: ID!, $editedOutput: String) {
  approveRun(id: $id, editedOutput: $editedOutput) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveMutation, ApproveMutationVariables>;
export const RejectDocument = new TypedDocumentString(`
    mutation Reject($id: ID!, $reason: String!) {
  rejectRun(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectMutation, RejectMutationVariables>;
export const ReviewedApprovalsDocument = new TypedDocumentString(`
    query ReviewedApprovals($statuses: [ApprovalStatus!]) {
  approvals(statuses: $statuses) {
    totalItems
    items {
      ...ReviewedApprovalFields
      run {
        id
      }
    }
  }
}
    fragment ReviewedApprovalFields on Approval {
  id
  status
  actionKind
  policy
  reason
  toolName
  amountCents
  proposedOutput
  editedOutput
  decidedBy
  decisionNote
  expiresAt
  executedAt
}`) as unknown as TypedDocumentString<ReviewedApprovalsQuery, ReviewedApprovalsQueryVariables>;
export const KindsDocument = new TypedDocumentString(`
    subscription Kinds($runId: ID!) {
  runSteps(runId: $runId) {
    seq
    kind
  }
}
    `) as unknown as TypedDocumentString<KindsSubscription, KindsSubscriptionVariables>;
export const RunCountDocument = new TypedDocumentString(`
    query RunCount {
  runs {
    totalItems
  }
}
    `) as unknown as TypedDocumentString<RunCountQuery, RunCountQueryVariables>;
export const AgentKeysDocument = new TypedDocumentString(`
    query AgentKeys {
  agents {
    key
  }
}
    `) as unknown as TypedDocumentString<AgentKeysQuery, AgentKeysQueryVariables>;
export const SucceededSupportRunsDocument = new TypedDocumentString(`
    query SucceededSupportRuns {
  runs(first: 2, filter: {agentKey: "support", statuses: [SUCCEEDED]}) {
    totalItems
    items {
      agent {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SucceededSupportRunsQuery, SucceededSupportRunsQueryVariables>;
export const CatalogDocument = new TypedDocumentString(`
    query Catalog {
  agents {
    key
    name
    enabled
    model
    scenarios {
      key
      title
      agent {
        key
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogQuery, CatalogQueryVariables>;
export const FoundAndMissingDocument = new TypedDocumentString(`
    query FoundAndMissing {
  found: agent(key: "reporting") {
    key
    name
  }
  missing: agent(key: "astrology") {
    key
  }
}
    `) as unknown as TypedDocumentString<FoundAndMissingQuery, FoundAndMissingQueryVariables>;
export const SupportScenariosDocument = new TypedDocumentString(`
    query SupportScenarios {
  scenarios(agentKey: "support") {
    key
  }
}
    `) as unknown as TypedDocumentString<SupportScenariosQuery, SupportScenariosQueryVariables>;
export const AllScenariosDocument = new TypedDocumentString(`
    query AllScenarios {
  scenarios {
    key
  }
}
    `) as unknown as TypedDocumentString<AllScenariosQuery, AllScenariosQueryVariables>;
export const AgentDocument = new TypedDocumentString(`
    query Agent($key: String!) {
  agent(key: $key) {
    ...EditedAgentFields
  }
}
    fragment EditedAgentFields on Agent {
  key
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
}`) as unknown as TypedDocumentString<AgentQuery, AgentQueryVariables>;
export const UpdateAgentDocument = new TypedDocumentString(`
    mutation UpdateAgent($key: String!, $input: UpdateAgentInput!) {
  updateAgent(key: $key, input: $input) {
    ...EditedAgentFields
  }
}
    fragment EditedAgentFields on Agent {
  key
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
export const StartConversationDocument = new TypedDocumentString(`
    mutation StartConversation {
  startConversation {
    id
  }
}
    `) as unknown as TypedDocumentString<StartConversationMutation, StartConversationMutationVariables>;
export const RequestHumanDocument = new TypedDocumentString(`
    mutation RequestHuman($id: ID!) {
  requestHuman(conversationId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RequestHumanMutation, RequestHumanMutationVariables>;
export const ConversationsDocument = new TypedDocumentString(`
    query Conversations($handoffStates: [HandoffState!], $first: Int, $offset: Int) {
  conversations(handoffStates: $handoffStates, first: $first, offset: $offset) {
    totalItems
    items {
      id
      handoffState
      visitorId
      lastMessage {
        role
        text
        runId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ConversationsQuery, ConversationsQueryVariables>;
export const DashboardDocument = new TypedDocumentString(`
    query Dashboard($from: DateTimeISO!, $to: DateTimeISO!) {
  dashboard(from: $from, to: $to) {
    runsPerDay {
      day
      agentKey
      runs
    }
    agents {
      agentKey
      agentName
      runs
      succeeded
      failed
      successRate
      medianDurationMs
      p95DurationMs
      inputTokens
      outputTokens
      costUsd
    }
    escalations
    handoffs
    openApprovals
  }
}
    `) as unknown as TypedDocumentString<DashboardQuery, DashboardQueryVariables>;
export const AuditDocument = new TypedDocumentString(`
    query Audit($search: String, $actions: [String!]) {
  auditEvents(search: $search, actions: $actions) {
    totalItems
    items {
      id
      actor
      action
      targetType
      targetId
      data
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<AuditQuery, AuditQueryVariables>;
export const ContentWaitingRunDocument = new TypedDocumentString(`
    query ContentWaitingRun($id: ID!) {
  run(id: $id) {
    id
    status
    pendingApproval {
      id
      toolName
      proposedOutput
      editable
    }
  }
}
    `) as unknown as TypedDocumentString<ContentWaitingRunQuery, ContentWaitingRunQueryVariables>;
export const ContentApproveDocument = new TypedDocumentString(`
    mutation ContentApprove($id: ID!, $editedOutput: String) {
  approveRun(id: $id, editedOutput: $editedOutput) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentApproveMutation, ContentApproveMutationVariables>;
export const ContentRejectDocument = new TypedDocumentString(`
    mutation ContentReject($id: ID!, $reason: String!) {
  rejectRun(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentRejectMutation, ContentRejectMutationVariables>;
export const ContentItemStateDocument = new TypedDocumentString(`
    query ContentItemState($id: ID!) {
  contentItem(id: $id) {
    id
    state
    title
    body
    externalUrl
    publishedAt
    scheduledFor
  }
}
    `) as unknown as TypedDocumentString<ContentItemStateQuery, ContentItemStateQueryVariables>;
export const ContentRetitleDocument = new TypedDocumentString(`
    mutation ContentRetitle($id: ID!, $title: String!) {
  updateContentDraft(id: $id, input: {title: $title}) {
    id
  }
}
    `) as unknown as TypedDocumentString<ContentRetitleMutation, ContentRetitleMutationVariables>;
export const ContentSocialQueueDocument = new TypedDocumentString(`
    query ContentSocialQueue {
  socialQueue {
    totalItems
    items {
      id
      channel
      state
      due
    }
  }
}
    `) as unknown as TypedDocumentString<ContentSocialQueueQuery, ContentSocialQueueQueryVariables>;
export const SaveCostBudgetE2eDocument = new TypedDocumentString(`
    mutation SaveCostBudgetE2e($input: CostBudgetInput!) {
  saveCostBudget(input: $input) {
    id
    limitCents
    policy
    spentUsd
    percent
    status
  }
}
    `) as unknown as TypedDocumentString<SaveCostBudgetE2eMutation, SaveCostBudgetE2eMutationVariables>;
export const CostBudgetsE2eDocument = new TypedDocumentString(`
    query CostBudgetsE2e {
  costBudgets {
    id
    agent {
      key
    }
    month
    spentUsd
    percent
    status
  }
}
    `) as unknown as TypedDocumentString<CostBudgetsE2eQuery, CostBudgetsE2eQueryVariables>;
export const CreateCostBudgetWebhookE2eDocument = new TypedDocumentString(`
    mutation CreateCostBudgetWebhookE2e($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    subscription {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCostBudgetWebhookE2eMutation, CreateCostBudgetWebhookE2eMutationVariables>;
export const CostBudgetWaitingE2eDocument = new TypedDocumentString(`
    query CostBudgetWaitingE2e($id: ID!) {
  run(id: $id) {
    id
    status
    pendingApproval {
      id
      actionKind
      policy
      reason
      proposedOutput
    }
  }
}
    `) as unknown as TypedDocumentString<CostBudgetWaitingE2eQuery, CostBudgetWaitingE2eQueryVariables>;
export const ApproveCostBudgetE2eDocument = new TypedDocumentString(`
    mutation ApproveCostBudgetE2e($id: ID!) {
  approveRun(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveCostBudgetE2eMutation, ApproveCostBudgetE2eMutationVariables>;
export const RejectCostBudgetE2eDocument = new TypedDocumentString(`
    mutation RejectCostBudgetE2e($id: ID!, $reason: String!) {
  rejectRun(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectCostBudgetE2eMutation, RejectCostBudgetE2eMutationVariables>;
export const FinanceRunDocument = new TypedDocumentString(`
    query FinanceRun($id: ID!) {
  run(id: $id) {
    id
    status
    errorCode
    error
    output
  }
}
    `) as unknown as TypedDocumentString<FinanceRunQuery, FinanceRunQueryVariables>;
export const FinanceAgingDocument = new TypedDocumentString(`
    query FinanceAging($asOf: String) {
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
      number
      daysOverdue
      bucket
      draftedStages
      stageDue
    }
  }
}
    `) as unknown as TypedDocumentString<FinanceAgingQuery, FinanceAgingQueryVariables>;
export const FinanceCashFlowDocument = new TypedDocumentString(`
    query FinanceCashFlow($weekEnding: String) {
  cashFlowReport(weekEnding: $weekEnding) {
    week {
      start
      end
      totalInCents
      totalOutCents
      netCents
    }
    trend {
      start
    }
    runway {
      cashBalanceCents
    }
  }
}
    `) as unknown as TypedDocumentString<FinanceCashFlowQuery, FinanceCashFlowQueryVariables>;
export const FinanceImportDocument = new TypedDocumentString(`
    mutation FinanceImport($input: ImportBankFileInput!) {
  importBankFile(input: $input) {
    importedCount
    duplicateCount
  }
}
    `) as unknown as TypedDocumentString<FinanceImportMutation, FinanceImportMutationVariables>;
export const FinanceBankAccountsDocument = new TypedDocumentString(`
    query FinanceBankAccounts {
  bankAccounts {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<FinanceBankAccountsQuery, FinanceBankAccountsQueryVariables>;
export const ArrangeRunDocument = new TypedDocumentString(`
    mutation ArrangeRun($input: StartRunInput!) {
  startRun(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ArrangeRunMutation, ArrangeRunMutationVariables>;
export const ArrangeConversationDocument = new TypedDocumentString(`
    mutation ArrangeConversation {
  startConversation {
    id
  }
}
    `) as unknown as TypedDocumentString<ArrangeConversationMutation, ArrangeConversationMutationVariables>;
export const ArrangeTakeOverDocument = new TypedDocumentString(`
    mutation ArrangeTakeOver($id: ID!) {
  takeOverConversation(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ArrangeTakeOverMutation, ArrangeTakeOverMutationVariables>;
export const ArrangeArticleDocument = new TypedDocumentString(`
    mutation ArrangeArticle($input: CreateKnowledgeArticleInput!) {
  createKnowledgeArticle(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ArrangeArticleMutation, ArrangeArticleMutationVariables>;
export const ArrangePublishableKeyDocument = new TypedDocumentString(`
    mutation ArrangePublishableKey($input: CreatePublishableKeyInput!) {
  createPublishableKey(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ArrangePublishableKeyMutation, ArrangePublishableKeyMutationVariables>;
export const ArrangeApiKeyDocument = new TypedDocumentString(`
    mutation ArrangeApiKey {
  createApiKey(name: "arranged") {
    apiKey {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ArrangeApiKeyMutation, ArrangeApiKeyMutationVariables>;
export const RunWithInputDocument = new TypedDocumentString(`
    query RunWithInput($id: ID!) {
  run(id: $id) {
    id
    status
    input
    output
    error
    errorCode
    lastSeq
    steps {
      ...StepFields
    }
  }
}
    fragment StepFields on RunStep {
  id
  seq
  kind
  title
  detail
  data
  durationMs
  startedAt
  inputTokens
  outputTokens
  costUsd
}`) as unknown as TypedDocumentString<RunWithInputQuery, RunWithInputQueryVariables>;
export const RunFlagsDocument = new TypedDocumentString(`
    query RunFlags($id: ID!) {
  run(id: $id) {
    id
    flags
  }
}
    `) as unknown as TypedDocumentString<RunFlagsQuery, RunFlagsQueryVariables>;
export const PublicViewDocument = new TypedDocumentString(`
    query PublicView($id: ID!) {
  run(id: $id) {
    status
    publicView {
      runId
      status
      replyText
      typing
      handoff
      citations {
        title
        slug
      }
      lastSeq
    }
  }
}
    `) as unknown as TypedDocumentString<PublicViewQuery, PublicViewQueryVariables>;
export const AgentPromptsDocument = new TypedDocumentString(`
    query AgentPrompts {
  agents {
    key
    systemPrompt
    tools
  }
}
    `) as unknown as TypedDocumentString<AgentPromptsQuery, AgentPromptsQueryVariables>;
export const CreateWebhookEndpointDocument = new TypedDocumentString(`
    mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    endpoint {
      ...InboundEndpointFields
    }
  }
}
    fragment InboundEndpointFields on WebhookEndpoint {
  id
  name
  scenarioKey
  agentKey
  url
  enabled
  secretHint
  createdAt
  lastDeliveryAt
}`) as unknown as TypedDocumentString<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const RotateWebhookEndpointSecretDocument = new TypedDocumentString(`
    mutation RotateWebhookEndpointSecret($id: ID!) {
  rotateWebhookEndpointSecret(id: $id) {
    secret
    endpoint {
      id
      secretHint
    }
  }
}
    `) as unknown as TypedDocumentString<RotateWebhookEndpointSecretMutation, RotateWebhookEndpointSecretMutationVariables>;
export const UpdateWebhookEndpointDocument = new TypedDocumentString(`
    mutation UpdateWebhookEndpoint($id: ID!, $name: String, $enabled: Boolean) {
  updateWebhookEndpoint(id: $id, name: $name, enabled: $enabled) {
    id
    name
    enabled
  }
}
    `) as unknown as TypedDocumentString<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const DeleteWebhookEndpointDocument = new TypedDocumentString(`
    mutation DeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteWebhookEndpointMutation, DeleteWebhookEndpointMutationVariables>;
export const WebhookEndpointsDocument = new TypedDocumentString(`
    query WebhookEndpoints($first: Int) {
  webhookEndpoints {
    ...InboundEndpointFields
    deliveries(first: $first) {
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
}
    fragment InboundEndpointFields on WebhookEndpoint {
  id
  name
  scenarioKey
  agentKey
  url
  enabled
  secretHint
  createdAt
  lastDeliveryAt
}`) as unknown as TypedDocumentString<WebhookEndpointsQuery, WebhookEndpointsQueryVariables>;
export const WebhookRunDocument = new TypedDocumentString(`
    query WebhookRun($id: ID!) {
  run(id: $id) {
    id
    status
    trigger
    triggerDetail
    triggerSummary
    input
    output
    agent {
      key
    }
    scenario {
      key
    }
    steps {
      kind
      detail
      data
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookRunQuery, WebhookRunQueryVariables>;
export const CreateDocument = new TypedDocumentString(`
    mutation Create($input: CreateKnowledgeArticleInput!) {
  createKnowledgeArticle(input: $input) {
    ...KnowledgeArticleFields
  }
}
    fragment KnowledgeArticleFields on KnowledgeArticle {
  id
  slug
  title
  body
  tags
  published
}`) as unknown as TypedDocumentString<CreateMutation, CreateMutationVariables>;
export const UpdateDocument = new TypedDocumentString(`
    mutation Update($id: ID!, $input: UpdateKnowledgeArticleInput!) {
  updateKnowledgeArticle(id: $id, input: $input) {
    ...KnowledgeArticleFields
  }
}
    fragment KnowledgeArticleFields on KnowledgeArticle {
  id
  slug
  title
  body
  tags
  published
}`) as unknown as TypedDocumentString<UpdateMutation, UpdateMutationVariables>;
export const DeleteDocument = new TypedDocumentString(`
    mutation Delete($id: ID!) {
  deleteKnowledgeArticle(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteMutation, DeleteMutationVariables>;
export const ArticleDocument = new TypedDocumentString(`
    query Article($slug: String!) {
  knowledgeArticle(slug: $slug) {
    ...KnowledgeArticleFields
  }
}
    fragment KnowledgeArticleFields on KnowledgeArticle {
  id
  slug
  title
  body
  tags
  published
}`) as unknown as TypedDocumentString<ArticleQuery, ArticleQueryVariables>;
export const ArticlesDocument = new TypedDocumentString(`
    query Articles($search: String) {
  knowledgeArticles(search: $search) {
    totalItems
    items {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<ArticlesQuery, ArticlesQueryVariables>;
export const SubmitExportedLeadDocument = new TypedDocumentString(`
    mutation SubmitExportedLead($input: SubmitLeadInput!) {
  submitLead(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SubmitExportedLeadMutation, SubmitExportedLeadMutationVariables>;
export const ExportedLeadsDocument = new TypedDocumentString(`
    query ExportedLeads {
  leads(first: 500) {
    name
    email
    company
    score
    tier
    stage
  }
}
    `) as unknown as TypedDocumentString<ExportedLeadsQuery, ExportedLeadsQueryVariables>;
export const MeetingRunDocument = new TypedDocumentString(`
    query MeetingRun($id: ID!) {
  run(id: $id) {
    id
    status
    error
    errorCode
    output
    steps {
      kind
      data
    }
    childRuns {
      status
      agent {
        key
      }
      output
    }
  }
}
    `) as unknown as TypedDocumentString<MeetingRunQuery, MeetingRunQueryVariables>;
export const BookingsDocument = new TypedDocumentString(`
    query Bookings($first: Int, $offset: Int) {
  bookings(first: $first, offset: $offset) {
    id
    status
    startsAt
    endsAt
    timeZone
    localStart
    leadEmail
    videoUrl
    ics
    member {
      name
      email
      timeZone
    }
  }
}
    `) as unknown as TypedDocumentString<BookingsQuery, BookingsQueryVariables>;
export const StartRememberedConversationDocument = new TypedDocumentString(`
    mutation StartRememberedConversation($input: StartConversationInput) {
  startConversation(input: $input) {
    id
    customerEmail
    createdAt
    updatedAt
  }
}
    `) as unknown as TypedDocumentString<StartRememberedConversationMutation, StartRememberedConversationMutationVariables>;
export const RememberedConversationDocument = new TypedDocumentString(`
    query RememberedConversation($id: ID!) {
  conversation(id: $id) {
    id
    customerEmail
    updatedAt
    runs {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RememberedConversationQuery, RememberedConversationQueryVariables>;
export const StartRunDocument = new TypedDocumentString(`
    mutation StartRun($input: StartRunInput!) {
  startRun(input: $input) {
    id
    status
    lastSeq
    idempotencyKey
    agent {
      key
    }
    scenario {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<StartRunMutation, StartRunMutationVariables>;
export const RunDocument = new TypedDocumentString(`
    query Run($id: ID!) {
  run(id: $id) {
    id
    status
    error
    errorCode
    output
    provider
    lastSeq
    startedAt
    finishedAt
    inputTokens
    outputTokens
    costUsd
    steps {
      ...StepFields
    }
  }
}
    fragment StepFields on RunStep {
  id
  seq
  kind
  title
  detail
  data
  durationMs
  startedAt
  inputTokens
  outputTokens
  costUsd
}`) as unknown as TypedDocumentString<RunQuery, RunQueryVariables>;
export const RunStepsDocument = new TypedDocumentString(`
    subscription RunSteps($runId: ID!, $afterSeq: Int) {
  runSteps(runId: $runId, afterSeq: $afterSeq) {
    ...StepFields
  }
}
    fragment StepFields on RunStep {
  id
  seq
  kind
  title
  detail
  data
  durationMs
  startedAt
  inputTokens
  outputTokens
  costUsd
}`) as unknown as TypedDocumentString<RunStepsSubscription, RunStepsSubscriptionVariables>;
export const RunStepsStreamedDocument = new TypedDocumentString(`
    subscription RunStepsStreamed($runId: ID!, $afterSeq: Int) {
  runSteps(runId: $runId, afterSeq: $afterSeq) {
    ...StepFields
    streaming
    textDelta {
      offset
      text
    }
  }
}
    fragment StepFields on RunStep {
  id
  seq
  kind
  title
  detail
  data
  durationMs
  startedAt
  inputTokens
  outputTokens
  costUsd
}`) as unknown as TypedDocumentString<RunStepsStreamedSubscription, RunStepsStreamedSubscriptionVariables>;
export const CancelDocument = new TypedDocumentString(`
    mutation Cancel($id: ID!) {
  cancelRun(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelMutation, CancelMutationVariables>;
export const CreateAdminUserDocument = new TypedDocumentString(`
    mutation CreateAdminUser($input: CreateAdminUserInput!) {
  createAdminUser(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateAdminUserMutation, CreateAdminUserMutationVariables>;
export const OrderDocument = new TypedDocumentString(`
    query Order($number: String!) {
  order(number: $number) {
    number
    status
    carrier
    trackingNumber
    promisedAt
    promisedOn
    estimatedArrival
    estimateSource
    delayed
    daysLate
    timeZone
    trackingSource
    lastEvent {
      status
      location
      occurredAt
    }
    events {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
export const DelayedOrdersDocument = new TypedDocumentString(`
    query DelayedOrders {
  delayedOrders {
    number
    delayed
    daysLate
    status
  }
}
    `) as unknown as TypedDocumentString<DelayedOrdersQuery, DelayedOrdersQueryVariables>;
export const CreateWebhookSubscriptionDocument = new TypedDocumentString(`
    mutation CreateWebhookSubscription($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) {
    secret
    subscription {
      id
      url
      eventTypes
      enabled
      secretHint
    }
  }
}
    `) as unknown as TypedDocumentString<CreateWebhookSubscriptionMutation, CreateWebhookSubscriptionMutationVariables>;
export const WebhookDeliveryLogDocument = new TypedDocumentString(`
    query WebhookDeliveryLog {
  webhookSubscriptions {
    id
    consecutiveFailures
    deliveries(first: 10) {
      id
      eventType
      status
      attempts
      lastStatusCode
      payload
      attemptLog {
        statusCode
        error
        durationMs
      }
    }
  }
}
    `) as unknown as TypedDocumentString<WebhookDeliveryLogQuery, WebhookDeliveryLogQueryVariables>;
export const RedeliverWebhookDocument = new TypedDocumentString(`
    mutation RedeliverWebhook($deliveryId: ID!) {
  redeliverWebhook(deliveryId: $deliveryId) {
    id
    status
    attempts
    lastStatusCode
    nextAttemptAt
    attemptLog {
      statusCode
    }
  }
}
    `) as unknown as TypedDocumentString<RedeliverWebhookMutation, RedeliverWebhookMutationVariables>;
export const OutboundRunStatusDocument = new TypedDocumentString(`
    query OutboundRunStatus($id: ID!) {
  run(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OutboundRunStatusQuery, OutboundRunStatusQueryVariables>;
export const ApproveAcrossHubsDocument = new TypedDocumentString(`
    mutation ApproveAcrossHubs($id: ID!) {
  approveRun(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveAcrossHubsMutation, ApproveAcrossHubsMutationVariables>;
export const RunUpdatesAcrossHubsDocument = new TypedDocumentString(`
    subscription RunUpdatesAcrossHubs {
  runUpdated {
    id
    status
    finishedAt
    agent {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<RunUpdatesAcrossHubsSubscription, RunUpdatesAcrossHubsSubscriptionVariables>;
export const ReferenceAgentsDocument = new TypedDocumentString(`
    query ReferenceAgents {
  agents {
    key
    tools
    systemPrompt
    scenarios {
      key
      sampleInput
    }
  }
}
    `) as unknown as TypedDocumentString<ReferenceAgentsQuery, ReferenceAgentsQueryVariables>;
export const EditAgentToolsDocument = new TypedDocumentString(`
    mutation EditAgentTools($key: String!, $tools: [String!]) {
  updateAgent(key: $key, input: {tools: $tools}) {
    key
  }
}
    `) as unknown as TypedDocumentString<EditAgentToolsMutation, EditAgentToolsMutationVariables>;
export const ReportingRunDocument = new TypedDocumentString(`
    query ReportingRun($id: ID!) {
  run(id: $id) {
    id
    status
    errorCode
    error
    output
  }
}
    `) as unknown as TypedDocumentString<ReportingRunQuery, ReportingRunQueryVariables>;
export const ReportingStatementsDocument = new TypedDocumentString(`
    query ReportingStatements($period: String!) {
  balanceSheet(period: $period, comparePrior: false, compareLastYear: false) {
    checks {
      name
      holds
    }
  }
  cashFlowStatement(period: $period, comparePrior: false, compareLastYear: false) {
    checks {
      holds
    }
  }
}
    `) as unknown as TypedDocumentString<ReportingStatementsQuery, ReportingStatementsQueryVariables>;
export const ReportingRatiosDocument = new TypedDocumentString(`
    query ReportingRatios($asOf: String!) {
  financialRatios(asOf: $asOf) {
    ratios {
      key
      value
    }
    alerts {
      text
    }
  }
}
    `) as unknown as TypedDocumentString<ReportingRatiosQuery, ReportingRatiosQueryVariables>;
export const StartRoutedDocument = new TypedDocumentString(`
    mutation StartRouted($input: StartRunInput!) {
  startRun(input: $input) {
    id
    status
    agent {
      key
    }
    scenario {
      key
    }
    routing
    input
    output
  }
}
    `) as unknown as TypedDocumentString<StartRoutedMutation, StartRoutedMutationVariables>;
export const RoutedRunDocument = new TypedDocumentString(`
    query RoutedRun($id: ID!) {
  run(id: $id) {
    id
    status
    errorCode
    provider
    input
    output
    routing
    agent {
      key
    }
    steps {
      kind
      title
      data
    }
  }
}
    `) as unknown as TypedDocumentString<RoutedRunQuery, RoutedRunQueryVariables>;
export const RouteDocument = new TypedDocumentString(`
    query Route($text: String!) {
  routeMessage(text: $text) {
    agentKey
    confidence
    needsClarification
    clarifyingQuestion
    alternatives {
      agentKey
      confidence
    }
  }
}
    `) as unknown as TypedDocumentString<RouteQuery, RouteQueryVariables>;
export const RunStatusUpdatesDocument = new TypedDocumentString(`
    subscription RunStatusUpdates {
  runUpdated {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RunStatusUpdatesSubscription, RunStatusUpdatesSubscriptionVariables>;
export const NarrowRunStepsDocument = new TypedDocumentString(`
    subscription NarrowRunSteps($runId: ID!) {
  runSteps(runId: $runId) {
    seq
    kind
  }
}
    `) as unknown as TypedDocumentString<NarrowRunStepsSubscription, NarrowRunStepsSubscriptionVariables>;
export const AliasedRunStepsDocument = new TypedDocumentString(`
    subscription AliasedRunSteps($runId: ID!) {
  runSteps(runId: $runId) {
    n: seq
    title
  }
}
    `) as unknown as TypedDocumentString<AliasedRunStepsSubscription, AliasedRunStepsSubscriptionVariables>;
export const SubmitSalesLeadDocument = new TypedDocumentString(`
    mutation SubmitSalesLead($input: SubmitLeadInput!) {
  submitLead(input: $input) {
    id
    email
    captures
    pagesViewed
    score
    tier
  }
}
    `) as unknown as TypedDocumentString<SubmitSalesLeadMutation, SubmitSalesLeadMutationVariables>;
export const LeadByEmailDocument = new TypedDocumentString(`
    query LeadByEmail($email: String!) {
  lead(email: $email) {
    email
    score
    tier
    stage
    consent
    scoreFactors {
      feature
      label
      value
      contribution
    }
  }
}
    `) as unknown as TypedDocumentString<LeadByEmailQuery, LeadByEmailQueryVariables>;
export const FollowUpWaitingDocument = new TypedDocumentString(`
    query FollowUpWaiting($id: ID!) {
  run(id: $id) {
    id
    status
    pendingApproval {
      id
      toolName
      policy
      proposedOutput
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpWaitingQuery, FollowUpWaitingQueryVariables>;
export const ApproveFollowUpDocument = new TypedDocumentString(`
    mutation ApproveFollowUp($id: ID!, $editedOutput: String) {
  approveRun(id: $id, editedOutput: $editedOutput) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApproveFollowUpMutation, ApproveFollowUpMutationVariables>;
export const RejectFollowUpDocument = new TypedDocumentString(`
    mutation RejectFollowUp($id: ID!, $reason: String!) {
  rejectRun(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectFollowUpMutation, RejectFollowUpMutationVariables>;
export const FollowUpOutboxDocument = new TypedDocumentString(`
    query FollowUpOutbox {
  caughtEmails(first: 10) {
    delivery
    totalItems
    items {
      id
      messageId
      fromAddress
      toAddress
      subject
      textBody
      headers
      sentAt
    }
  }
}
    `) as unknown as TypedDocumentString<FollowUpOutboxQuery, FollowUpOutboxQueryVariables>;
export const SampleScenariosDocument = new TypedDocumentString(`
    query SampleScenarios {
  scenarios {
    key
    title
    agent {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<SampleScenariosQuery, SampleScenariosQueryVariables>;
export const SampleRunDocument = new TypedDocumentString(`
    query SampleRun($id: ID!) {
  run(id: $id) {
    id
    status
    errorCode
    error
    pendingApproval {
      toolName
    }
  }
}
    `) as unknown as TypedDocumentString<SampleRunQuery, SampleRunQueryVariables>;
export const SchedulesDocument = new TypedDocumentString(`
    query Schedules {
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
  enabled
  missedTickPolicy
  input
  description
  nextFireTimes(count: 3)
  lastTickAt
  lastRunId
}`) as unknown as TypedDocumentString<SchedulesQuery, SchedulesQueryVariables>;
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
  enabled
  missedTickPolicy
  input
  description
  nextFireTimes(count: 3)
  lastTickAt
  lastRunId
}`) as unknown as TypedDocumentString<SaveScheduleMutation, SaveScheduleMutationVariables>;
export const DeleteScheduleDocument = new TypedDocumentString(`
    mutation DeleteSchedule($id: ID!) {
  deleteSchedule(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteScheduleMutation, DeleteScheduleMutationVariables>;
export const SchedulePreviewDocument = new TypedDocumentString(`
    query SchedulePreview($cron: String!, $timeZone: String) {
  schedulePreview(cron: $cron, timeZone: $timeZone) {
    description
    nextFireTimes
  }
}
    `) as unknown as TypedDocumentString<SchedulePreviewQuery, SchedulePreviewQueryVariables>;
export const ScheduledRunDocument = new TypedDocumentString(`
    query ScheduledRun($id: ID!) {
  run(id: $id) {
    id
    trigger
    triggerDetail
    triggerSummary
    input
    scenario {
      key
    }
    steps {
      kind
      title
      detail
      data
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduledRunQuery, ScheduledRunQueryVariables>;
export const ScheduledRunsDocument = new TypedDocumentString(`
    query ScheduledRuns {
  runs(first: 50) {
    items {
      id
      trigger
      triggerDetail
    }
  }
}
    `) as unknown as TypedDocumentString<ScheduledRunsQuery, ScheduledRunsQueryVariables>;
export const SettledRunStepsDocument = new TypedDocumentString(`
    subscription SettledRunSteps($runId: ID!) {
  runSteps(runId: $runId) {
    seq
    kind
    streaming
    detail
  }
}
    `) as unknown as TypedDocumentString<SettledRunStepsSubscription, SettledRunStepsSubscriptionVariables>;
export const ThresholdTriggersDocument = new TypedDocumentString(`
    query ThresholdTriggers {
  thresholdTriggers {
    id
    condition
    description
    scenarioKey
    crossings(first: 10) {
      subject
      detail
      runId
      clearedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ThresholdTriggersQuery, ThresholdTriggersQueryVariables>;
export const SaveThresholdTriggerDocument = new TypedDocumentString(`
    mutation SaveThresholdTrigger($input: ThresholdTriggerInput!) {
  saveThresholdTrigger(input: $input) {
    id
    description
    crossings {
      subject
    }
  }
}
    `) as unknown as TypedDocumentString<SaveThresholdTriggerMutation, SaveThresholdTriggerMutationVariables>;
export const ThresholdCashDocument = new TypedDocumentString(`
    query ThresholdCash($weekEnding: String) {
  cashFlowReport(weekEnding: $weekEnding) {
    runway {
      cashBalanceCents
    }
  }
}
    `) as unknown as TypedDocumentString<ThresholdCashQuery, ThresholdCashQueryVariables>;
export const ThresholdSpendDocument = new TypedDocumentString(`
    mutation ThresholdSpend($input: PostJournalEntryInput!) {
  postJournalEntry(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ThresholdSpendMutation, ThresholdSpendMutationVariables>;
export const ThresholdRunDocument = new TypedDocumentString(`
    query ThresholdRun($id: ID!) {
  run(id: $id) {
    id
    status
    trigger
    triggerDetail
    triggerSummary
    scenario {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<ThresholdRunQuery, ThresholdRunQueryVariables>;
export const StartEscalatedConversationDocument = new TypedDocumentString(`
    mutation StartEscalatedConversation($input: StartConversationInput) {
  startConversation(input: $input) {
    id
    handoffState
  }
}
    `) as unknown as TypedDocumentString<StartEscalatedConversationMutation, StartEscalatedConversationMutationVariables>;
export const EscalatedConversationDocument = new TypedDocumentString(`
    query EscalatedConversation($id: ID!) {
  conversation(id: $id) {
    id
    handoffState
    handoffChangedAt
    messages {
      role
      text
      runId
    }
    tickets {
      number
      status
      priority
      subject
      customerEmail
      runId
      brief
    }
  }
}
    `) as unknown as TypedDocumentString<EscalatedConversationQuery, EscalatedConversationQueryVariables>;
export const TakeOverEscalatedDocument = new TypedDocumentString(`
    mutation TakeOverEscalated($id: ID!) {
  moved: takeOverConversation(id: $id) {
    id
    handoffState
  }
}
    `) as unknown as TypedDocumentString<TakeOverEscalatedMutation, TakeOverEscalatedMutationVariables>;
export const HandBackEscalatedDocument = new TypedDocumentString(`
    mutation HandBackEscalated($id: ID!) {
  moved: handBackToBot(id: $id) {
    id
    handoffState
  }
}
    `) as unknown as TypedDocumentString<HandBackEscalatedMutation, HandBackEscalatedMutationVariables>;
export const ResolveEscalatedDocument = new TypedDocumentString(`
    mutation ResolveEscalated($id: ID!) {
  moved: resolveConversation(id: $id) {
    id
    handoffState
  }
}
    `) as unknown as TypedDocumentString<ResolveEscalatedMutation, ResolveEscalatedMutationVariables>;
export const SendEscalatedHumanMessageDocument = new TypedDocumentString(`
    mutation SendEscalatedHumanMessage($conversationId: ID!, $text: String!) {
  sendHumanMessage(conversationId: $conversationId, text: $text) {
    role
    text
    runId
  }
}
    `) as unknown as TypedDocumentString<SendEscalatedHumanMessageMutation, SendEscalatedHumanMessageMutationVariables>;
export const RotateIdentitySecretDocument = new TypedDocumentString(`
    mutation RotateIdentitySecret {
  rotateWidgetIdentitySecret {
    secret
  }
}
    `) as unknown as TypedDocumentString<RotateIdentitySecretMutation, RotateIdentitySecretMutationVariables>;
export const TakeOverDocument = new TypedDocumentString(`
    mutation TakeOver($id: ID!) {
  takeOverConversation(id: $id) {
    handoffState
  }
}
    `) as unknown as TypedDocumentString<TakeOverMutation, TakeOverMutationVariables>;
export const SendHumanMessageDocument = new TypedDocumentString(`
    mutation SendHumanMessage($id: ID!, $text: String!) {
  sendHumanMessage(conversationId: $id, text: $text) {
    id
  }
}
    `) as unknown as TypedDocumentString<SendHumanMessageMutation, SendHumanMessageMutationVariables>;
export const ConversationEventsDocument = new TypedDocumentString(`
    subscription ConversationEvents($id: ID!, $after: Int) {
  conversationEvents(conversationId: $id, afterSeq: $after) {
    message {
      seq
      role
      text
    }
    handoffState
  }
}
    `) as unknown as TypedDocumentString<ConversationEventsSubscription, ConversationEventsSubscriptionVariables>;
export const CreatePublishableKeyDocument = new TypedDocumentString(`
    mutation CreatePublishableKey($input: CreatePublishableKeyInput!) {
  createPublishableKey(input: $input) {
    id
    key
    allowedOrigins
  }
}
    `) as unknown as TypedDocumentString<CreatePublishableKeyMutation, CreatePublishableKeyMutationVariables>;
export const RevokePublishableKeyDocument = new TypedDocumentString(`
    mutation RevokePublishableKey($id: ID!) {
  revokePublishableKey(id: $id) {
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokePublishableKeyMutation, RevokePublishableKeyMutationVariables>;
export const RotateShopIdentitySecretDocument = new TypedDocumentString(`
    mutation RotateShopIdentitySecret {
  rotateWidgetIdentitySecret {
    secret
  }
}
    `) as unknown as TypedDocumentString<RotateShopIdentitySecretMutation, RotateShopIdentitySecretMutationVariables>;