import type { WorkspaceSettingsService } from './modules/workspace/workspace-settings.service.js';
import type { AgentEntity, ScenarioEntity } from '@zactonics/db';
import type DataLoader from 'dataloader';
import type { PubSub } from './events/pub-sub.js';
import type { AdminUserService } from './modules/admin-users/admin-user.service.js';
import type { AccountService } from './modules/admin-users/account.service.js';
import type { CaughtEmailService } from './modules/mail/caught-email.service.js';
import type { AgentEditorService } from './modules/agents/agent-editor.service.js';
import type { AgentService } from './modules/agents/agent.service.js';
import type { ApprovalService } from './modules/approvals/approval.service.js';
import type { AuditLogService } from './modules/audit/audit-log.service.js';
import type { ActorNameService } from './modules/audit/actor-names.js';
import type { TargetNameService } from './modules/audit/target-names.js';
import type { ApprovalEmailService } from './modules/approvals/approval-email.js';
import type { RunStartedByService } from './modules/runs/run-started-by.js';
import type { ApiKeyService } from './modules/auth/api-key.service.js';
import type { ConversationFeeds } from './modules/conversations/conversation-feed.js';
import type { ConversationListService } from './modules/conversations/conversation-list.service.js';
import type { ConversationMessageService } from './modules/conversations/conversation-message.service.js';
import type { ConversationService } from './modules/conversations/conversation.service.js';
import type { HandoffService } from './modules/conversations/handoff.service.js';
import type { DashboardService } from './modules/dashboard/dashboard.service.js';
import type { CostBudgetService } from './modules/budgets/cost-budget.service.js';
import type { KnowledgeArticleService } from './modules/knowledge/knowledge-article.service.js';
import type { LeadService } from './modules/leads/lead.service.js';
import type { BankFeedService } from './modules/finance/bank-feed.service.js';
import type { BankCategorizationService } from './modules/finance/bank-categorization.service.js';
import type { CashFlowService } from './modules/finance/cash-flow.service.js';
import type { ReceivablesService } from './modules/finance/receivables.service.js';
import type { InvoicePaymentService } from './modules/finance/invoice-payment.service.js';
import type { ReconciliationService } from './modules/finance/reconciliation.service.js';
import type { StatementsService } from './modules/reporting/statements.service.js';
import type { ForecastService } from './modules/reporting/forecast.service.js';
import type { RatiosService } from './modules/reporting/ratios.service.js';
import type { FilingPackageService } from './modules/reporting/filing-package/filing-package.service.js';
import type { NexusService } from './modules/tax/nexus.service.js';
import type { ComplianceService } from './modules/tax/compliance/compliance.service.js';
import type { SalesTaxService } from './modules/tax/sales-tax/sales-tax.service.js';
import type { SalesTaxFilingService } from './modules/tax/filing/sales-tax-filing.service.js';
import type { TaxSetupService } from './modules/tax/setup/tax-setup.service.js';
import type { ContentDraftingService } from './modules/content/drafting/content-drafting.service.js';
import type { ContentItemService } from './modules/content/items/content-item.service.js';
import type { ContentPublishingService } from './modules/content/publishing/content-publishing.service.js';
import type { FeedIngestionService } from './modules/content/trends/feed-ingestion.service.js';
import type { TrendService } from './modules/content/trends/trend.service.js';
import type { SocialContentService } from './modules/content/social/social-content.service.js';
import type { TaxService } from './modules/tax/tax.service.js';
import type { EstimatedTaxPlanService } from './modules/tax/estimated-tax-plan.js';
import type { LedgerService } from './modules/ledger/ledger.service.js';
import type { BookingService } from './modules/meetings/booking.service.js';
import type { OrderService } from './modules/orders/order.service.js';
import type { RunStream } from './modules/runs/run-stream.js';
import type { RunService } from './modules/runs/run.service.js';
import type { ScenarioService } from './modules/scenarios/scenario.service.js';
import type { TicketService } from './modules/tickets/ticket.service.js';
import type { PublishableKeyService } from './modules/widget/publishable-key.service.js';
import type { WidgetIdentitySecretService } from './modules/widget/widget-identity-secret.service.js';
import type { Clock } from './runtime/clock.js';
import type { WebhookEndpointService } from './modules/automation/inbound-webhooks/webhook-endpoint.service.js';
import type { ThresholdTriggerService } from './modules/automation/thresholds/threshold-trigger.service.js';
import type { MessageRouter } from './runtime/router.js';
import type { WebhookSubscriptionService } from './modules/automation/outbound-webhooks/webhook-subscription.service.js';
import type { ScheduleService } from './modules/automation/schedules/schedule.service.js';
import { callerContext, type RequestContext, type RequestContextOptions } from './context.js';

/**
 * What the console's resolvers may call: the services behind the console schema, and nothing
 * else (not the database, the queue or the runtime). HubServices (services.ts) provides them.
 */
export interface ConsoleServices {
  agents: AgentService;
  agentEditor: AgentEditorService;
  scenarios: ScenarioService;
  runs: RunService;
  runStream: RunStream;
  /** Run-step subscriptions listen on it (run.resolver.ts). */
  pubSub: PubSub;
  approvals: ApprovalService;
  router: MessageRouter;
  conversations: ConversationService;
  conversationMessages: ConversationMessageService;
  conversationFeeds: ConversationFeeds;
  conversationList: ConversationListService;
  handoff: HandoffService;
  tickets: TicketService;
  leads: LeadService;
  bookings: BookingService;
  orders: OrderService;
  articles: KnowledgeArticleService;
  dashboard: DashboardService;
  /** Monthly model-cost budgets and where the month stands (docs/BUDGETS.md). */
  costBudgets: CostBudgetService;
  workspaceSettings: WorkspaceSettingsService;
  /** The ledger: accounts, journal entries, trial balance; posting and reversing. */
  ledger: LedgerService;
  /** The finance desk: bank feed and review queue, receivables and reminders, cash flow. */
  bankFeed: BankFeedService;
  categorization: BankCategorizationService;
  receivables: ReceivablesService;
  cashFlow: CashFlowService;
  reconciliation: ReconciliationService;
  invoicePayments: InvoicePaymentService;
  /** The financial statements (reporting). */
  statements: StatementsService;
  /** Revenue, expenses and cash ahead (reporting). */
  forecast: ForecastService;
  /** Financial ratios against the industry benchmark (reporting). */
  ratios: RatiosService;
  /** Filing packages and annual reports: prepared, stored, downloaded through expiring links. */
  filingPackages: FilingPackageService;
  /** Deductions from the ledger by the cited federal rules (tax). */
  tax: TaxService;
  /** The owner's estimated tax plan, standard vs itemized and 1040-ES payments (tax). */
  estimatedTax: EstimatedTaxPlanService;
  /** Economic nexus exposure by state from the sales by state (tax). */
  nexus: NexusService;
  /** Compliance calendar, exemption certificates and regulatory changes (tax). */
  compliance: ComplianceService;
  /** Sales tax quotes, an order's tax and a state's liability per jurisdiction (tax). */
  salesTax: SalesTaxService;
  /** State sales tax return worksheets and CPA packets (tax). */
  salesTaxFiling: SalesTaxFilingService;
  /** The shop's place of business, registrations and exemption certificates (tax). */
  taxSetup: TaxSetupService;
  /** The editorial calendar: content items, their days, a person's edits and moves (content). */
  contentItems: ContentItemService;
  /** Blog posts pushed to WordPress as drafts and, once approved, published (content). */
  contentPublishing: ContentPublishingService;
  /** Keyword research, and the live SEO pass and readability of a draft (content). */
  contentDrafting: ContentDraftingService;
  /** The feeds the shop watches and their ingestion (content, trend monitoring). */
  feedIngestion: FeedIngestionService;
  /** Rising topics, content gaps and search-interest series (content, trend monitoring). */
  trends: TrendService;
  /** Social posts adapted from blog posts, the scheduling queue and previews (content). */
  socialContent: SocialContentService;
  auditLog: AuditLogService;
  /** Actor strings (`user:<id>`, `api_key:<id>`, ...) as names (audit log, runs, exports). */
  actorNames: ActorNameService;
  /** What an audit event was done to, by name. */
  targetNames: TargetNameService;
  /** Who or what started a run, by name. */
  runStartedBy: RunStartedByService;
  /** The recipient, subject and body of an approval holding an email (review inbox). */
  approvalEmails: ApprovalEmailService;
  apiKeys: ApiKeyService;
  adminUsers: AdminUserService;
  /** Passwords: one's own, an owner's invitations and reset links, one-time links. */
  accounts: AccountService;
  /** The Outbox: email the development mail catcher kept. */
  caughtEmails: CaughtEmailService;
  publishableKeys: PublishableKeyService;
  identitySecrets: WidgetIdentitySecretService;
  /** Order tracking reads "now" from it. */
  clock: Clock;
  /** Outbound webhook subscriptions, their deliveries, redelivery and test events (automation). */
  webhookSubscriptions: WebhookSubscriptionService;
  /** Scenarios started on cron schedules (automation). */
  schedules: ScheduleService;
  /** Threshold triggers and their crossings (automation). */
  thresholdTriggers: ThresholdTriggerService;
  /** Inbound webhook endpoints: their secrets, settings and delivery log (automation). */
  webhookEndpoints: WebhookEndpointService;
}

/** A console request (the /graphql schema): the caller, the console's services, its loaders. */
export interface ConsoleContext extends RequestContext {
  /** The services the console's resolvers call; resolvers are thin. */
  services: ConsoleServices;
  /** Per-request batch loaders (a page of runs costs one agent query). */
  loaders: {
    agent: DataLoader<string, AgentEntity>;
    scenario: DataLoader<string, ScenarioEntity>;
    /** An agent's scenarios, by agent id. */
    agentScenarios: DataLoader<string, ScenarioEntity[]>;
  };
}

/** A console request's context: the caller, the console's services and fresh loaders. */
export function createConsoleContext(
  services: ConsoleServices,
  workspaceId: string,
  actor: string,
  options: RequestContextOptions = {},
): ConsoleContext {
  const caller = callerContext(workspaceId, actor, options);
  return {
    ...caller,
    services,
    loaders: {
      agent: services.agents.loader(caller),
      scenario: services.scenarios.loader(caller),
      agentScenarios: services.scenarios.byAgentLoader(caller),
    },
  };
}
