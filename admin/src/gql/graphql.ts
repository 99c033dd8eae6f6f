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
/** SEND_REPLY: a reply to the customer; TOOL_CALL: a tool with effects (refund, email). */
export const ApprovalActionKind = {
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
/** Who categorized a transaction: the classifier (MODEL), a merchant rule (RULE), a person, a match with an invoice or bill, or the demo's seed. */
export const Categorizer = {
  Match: 'MATCH',
  Model: 'MODEL',
  Person: 'PERSON',
  Rule: 'RULE',
  Seed: 'SEED'
} as const;

export type Categorizer = typeof Categorizer[keyof typeof Categorizer];
/** CUSTOMER: the visitor; AGENT: the bot's reply; HUMAN: a person of the shop. */
export const ConversationMessageRole = {
  Agent: 'AGENT',
  Customer: 'CUSTOMER',
  Human: 'HUMAN'
} as const;

export type ConversationMessageRole = typeof ConversationMessageRole[keyof typeof ConversationMessageRole];
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
export const ReportFormat = {
  Csv: 'CSV',
  Pdf: 'PDF',
  Xlsx: 'XLSX'
} as const;

export type ReportFormat = typeof ReportFormat[keyof typeof ReportFormat];
/** FILING_PACKAGE covers a quarter (or a month); ANNUAL_REPORT a year. */
export const ReportKind = {
  AnnualReport: 'ANNUAL_REPORT',
  FilingPackage: 'FILING_PACKAGE'
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

export type AgentFieldsFragment = { key: string, name: string, description: string, enabled: boolean, model: string, systemPrompt: string, temperature: number, maxSteps: number, tools: Array<string>, reviewPolicy: { refundLimitCents: number, legalTopics: boolean, minConfidence: number | null, outboundTrusted: boolean, approvalTtlMinutes: number } };

export type StepFieldsFragment = { seq: number, kind: RunStepKind, title: string, detail: string | null, data: Record<string, unknown>, durationMs: number, inputTokens: number, outputTokens: number, costUsd: number, streaming: boolean, startedAt: string };

export type RunSummaryFieldsFragment = { id: string, status: RunStatus, trigger: string, createdAt: string, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null };

export type ApprovalFieldsFragment = { id: string, status: ApprovalStatus, actionKind: ApprovalActionKind, policy: string, reason: string, toolName: string | null, amountCents: number | null, proposedOutput: string, editedOutput: string | null, decidedBy: string | null, decisionNote: string | null, createdAt: string, expiresAt: string };

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


export type StartRunMutation = { startRun: { id: string, status: RunStatus, trigger: string, createdAt: string, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null } };

export type RunStepsSubscriptionVariables = Exact<{
  runId: string | number;
  afterSeq?: number | null | undefined;
}>;


export type RunStepsSubscription = { runSteps: { seq: number, kind: RunStepKind, title: string, detail: string | null, data: Record<string, unknown>, durationMs: number, inputTokens: number, outputTokens: number, costUsd: number, streaming: boolean, startedAt: string } };

export type RunUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type RunUpdatedSubscription = { runUpdated: { id: string, status: RunStatus, trigger: string, createdAt: string, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null } };

export type RunsQueryVariables = Exact<{
  filter?: RunFilter | null | undefined;
  first: number;
  offset: number;
}>;


export type RunsQuery = { runs: { totalItems: number, items: Array<{ id: string, status: RunStatus, trigger: string, createdAt: string, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null }> } };

export type RunQueryVariables = Exact<{
  id: string | number;
}>;


export type RunQuery = { run: { input: Record<string, unknown>, output: Record<string, unknown> | null, error: string | null, provider: string | null, inputTokens: number, outputTokens: number, startedAt: string | null, lastSeq: number, id: string, status: RunStatus, trigger: string, createdAt: string, finishedAt: string | null, costUsd: number, errorCode: string | null, steps: Array<{ seq: number, kind: RunStepKind, title: string, detail: string | null, data: Record<string, unknown>, durationMs: number, inputTokens: number, outputTokens: number, costUsd: number, streaming: boolean, startedAt: string }>, parentRun: { id: string, status: RunStatus, trigger: string, createdAt: string, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null } | null, childRuns: Array<{ id: string, status: RunStatus, trigger: string, createdAt: string, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null }>, approvals: Array<{ id: string, status: ApprovalStatus, actionKind: ApprovalActionKind, policy: string, reason: string, toolName: string | null, amountCents: number | null, proposedOutput: string, editedOutput: string | null, decidedBy: string | null, decisionNote: string | null, createdAt: string, expiresAt: string }>, pendingApproval: { id: string, status: ApprovalStatus, actionKind: ApprovalActionKind, policy: string, reason: string, toolName: string | null, amountCents: number | null, proposedOutput: string, editedOutput: string | null, decidedBy: string | null, decisionNote: string | null, createdAt: string, expiresAt: string } | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null } | null };

export type ApprovalsQueryVariables = Exact<{
  statuses?: Array<ApprovalStatus> | ApprovalStatus | null | undefined;
}>;


export type ApprovalsQuery = { approvals: { totalItems: number, items: Array<{ id: string, status: ApprovalStatus, actionKind: ApprovalActionKind, policy: string, reason: string, toolName: string | null, amountCents: number | null, proposedOutput: string, editedOutput: string | null, decidedBy: string | null, decisionNote: string | null, createdAt: string, expiresAt: string, run: { id: string, status: RunStatus, trigger: string, createdAt: string, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null } }> } };

export type ApproveRunMutationVariables = Exact<{
  id: string | number;
  editedOutput?: string | null | undefined;
}>;


export type ApproveRunMutation = { approveRun: { id: string, status: RunStatus, trigger: string, createdAt: string, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null } };

export type RejectRunMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectRunMutation = { rejectRun: { id: string, status: RunStatus, trigger: string, createdAt: string, finishedAt: string | null, costUsd: number, errorCode: string | null, agent: { key: string, name: string }, scenario: { key: string, title: string } | null } };

export type AuditQueryVariables = Exact<{
  search?: string | null | undefined;
  first: number;
  offset: number;
}>;


export type AuditQuery = { auditEvents: { totalItems: number, items: Array<{ id: string, action: string, actor: string, targetType: string | null, targetId: string | null, data: Record<string, unknown>, createdAt: string }> } };

export type ConversationFieldsFragment = { id: string, handoffState: HandoffState, customerEmail: string | null, visitorId: string | null, updatedAt: string, lastMessage: { role: ConversationMessageRole, text: string, createdAt: string } | null, messages: Array<{ role: ConversationMessageRole, text: string, createdAt: string }> };

export type ConversationsQueryVariables = Exact<{
  handoffStates?: Array<HandoffState> | HandoffState | null | undefined;
  first: number;
  offset: number;
}>;


export type ConversationsQuery = { conversations: { totalItems: number, items: Array<{ id: string, handoffState: HandoffState, customerEmail: string | null, visitorId: string | null, updatedAt: string, lastMessage: { role: ConversationMessageRole, text: string, createdAt: string } | null, messages: Array<{ role: ConversationMessageRole, text: string, createdAt: string }> }> } };

export type ConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type ConversationQuery = { conversation: { id: string, handoffState: HandoffState, customerEmail: string | null, visitorId: string | null, updatedAt: string, lastMessage: { role: ConversationMessageRole, text: string, createdAt: string } | null, messages: Array<{ role: ConversationMessageRole, text: string, createdAt: string }> } | null };

export type ConversationEventsSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ConversationEventsSubscription = { conversationEvents: { handoffState: HandoffState | null, message: { id: string } | null } };

export type TakeOverMutationVariables = Exact<{
  id: string | number;
}>;


export type TakeOverMutation = { takeOverConversation: { id: string, handoffState: HandoffState, customerEmail: string | null, visitorId: string | null, updatedAt: string, lastMessage: { role: ConversationMessageRole, text: string, createdAt: string } | null, messages: Array<{ role: ConversationMessageRole, text: string, createdAt: string }> } };

export type HandBackMutationVariables = Exact<{
  id: string | number;
}>;


export type HandBackMutation = { handBackToBot: { id: string, handoffState: HandoffState, customerEmail: string | null, visitorId: string | null, updatedAt: string, lastMessage: { role: ConversationMessageRole, text: string, createdAt: string } | null, messages: Array<{ role: ConversationMessageRole, text: string, createdAt: string }> } };

export type ResolveMutationVariables = Exact<{
  id: string | number;
}>;


export type ResolveMutation = { resolveConversation: { id: string, handoffState: HandoffState, customerEmail: string | null, visitorId: string | null, updatedAt: string, lastMessage: { role: ConversationMessageRole, text: string, createdAt: string } | null, messages: Array<{ role: ConversationMessageRole, text: string, createdAt: string }> } };

export type SendHumanMutationVariables = Exact<{
  conversationId: string | number;
  text: string;
}>;


export type SendHumanMutation = { sendHumanMessage: { id: string } };

export type DashboardQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type DashboardQuery = { dashboard: { escalations: number, handoffs: number, openApprovals: number, runsPerDay: Array<{ day: string, agentKey: string, runs: number }>, agents: Array<{ agentKey: string, agentName: string, runs: number, succeeded: number, failed: number, successRate: number | null, medianDurationMs: number | null, p95DurationMs: number | null, inputTokens: number, outputTokens: number, costUsd: number }> } };

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
  createdAt
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
  decidedBy
  decisionNote
  createdAt
  expiresAt
}
    `, {"fragmentName":"ApprovalFields"}) as unknown as TypedDocumentString<ApprovalFieldsFragment, unknown>;
export const ConversationFieldsFragmentDoc = new TypedDocumentString(`
    fragment ConversationFields on Conversation {
  id
  handoffState
  customerEmail
  visitorId
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
  createdAt
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
  createdAt
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
    }
  }
}
    fragment RunSummaryFields on Run {
  id
  status
  trigger
  createdAt
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
  createdAt
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
  createdAt
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
  createdAt
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
  createdAt
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
export const AuditDocument = new TypedDocumentString(`
    query Audit($search: String, $first: Int!, $offset: Int!) {
  auditEvents(search: $search, first: $first, offset: $offset) {
    totalItems
    items {
      id
      action
      actor
      targetType
      targetId
      data
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<AuditQuery, AuditQueryVariables>;
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