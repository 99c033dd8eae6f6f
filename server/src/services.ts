import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { agentPlaybooks, agentTools } from './domains/agents.js';
import type { PubSub } from './events/pub-sub.js';
import { AgentService } from './modules/agents/agent.service.js';
import { AgentEditorService } from './modules/agents/agent-editor.service.js';
import { ApprovalService } from './modules/approvals/approval.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AdminUserService } from './modules/admin-users/admin-user.service.js';
import { CredentialRevocations } from './modules/admin-users/credential-revocations.js';
import type { SignInLimits } from './modules/admin-users/sign-in-throttle.js';
import { AuditLogService } from './modules/audit/audit-log.service.js';
import { ActorNameService } from './modules/audit/actor-names.js';
import { TargetNameService } from './modules/audit/target-names.js';
import { ApprovalEmailService } from './modules/approvals/approval-email.js';
import { RunStartedByService } from './modules/runs/run-started-by.js';
import { DashboardService } from './modules/dashboard/dashboard.service.js';
import { CostBudgetService } from './modules/budgets/cost-budget.service.js';
import { WorkspaceSettingsService } from './modules/workspace/workspace-settings.service.js';
import { ConversationService } from './modules/conversations/conversation.service.js';
import { ConversationListService } from './modules/conversations/conversation-list.service.js';
import { ConversationMessageService } from './modules/conversations/conversation-message.service.js';
import { PublishableKeyService } from './modules/widget/publishable-key.service.js';
import { VisitorChatService } from './modules/widget/visitor-chat.service.js';
import { VisitorLeadService } from './modules/widget/visitor-lead.service.js';
import { VisitorMeetingService } from './modules/widget/visitor-meeting.service.js';
import { VisitorSessionService } from './modules/widget/visitor-session.service.js';
import { WidgetIdentitySecretService } from './modules/widget/widget-identity-secret.service.js';
import { ConversationEvents } from './modules/conversations/conversation-events.js';
import { ConversationFeeds } from './modules/conversations/conversation-feed.js';
import { HandoffService } from './modules/conversations/handoff.service.js';
import { TicketService } from './modules/tickets/ticket.service.js';
import { CustomerFactService } from './modules/memory/customer-fact.service.js';
import { ApiKeyService } from './modules/auth/api-key.service.js';
import { KnowledgeArticleService } from './modules/knowledge/knowledge-article.service.js';
import { KnowledgeService } from './modules/knowledge/knowledge.service.js';
import { BookingService } from './modules/meetings/booking.service.js';
import { JitsiVideoLinks } from './modules/meetings/video-link.js';
import { RunRoutingService } from './modules/routing/run-routing.service.js';
import { InvoiceService } from './modules/finance/invoice.service.js';
import { BankFeedService } from './modules/finance/bank-feed.service.js';
import { BankCategorizationService } from './modules/finance/bank-categorization.service.js';
import {
  PlaidConnector,
  type PlaidCredentials,
} from './modules/finance/bank-sync/plaid-connector.js';
import { CashFlowService } from './modules/finance/cash-flow.service.js';
import { ReceivablesService } from './modules/finance/receivables.service.js';
import { ReconciliationService } from './modules/finance/reconciliation.service.js';
import { InvoicePaymentService } from './modules/finance/invoice-payment.service.js';
import { StatementsService } from './modules/reporting/statements.service.js';
import { ForecastService } from './modules/reporting/forecast.service.js';
import { RatiosService } from './modules/reporting/ratios.service.js';
import { createFilingPackageService } from './modules/reporting/filing-package/create-filing-package-service.js';
import { NexusService } from './modules/tax/nexus.service.js';
import { ComplianceService } from './modules/tax/compliance/compliance.service.js';
import { SalesTaxService } from './modules/tax/sales-tax/sales-tax.service.js';
import { SalesTaxFilingService } from './modules/tax/filing/sales-tax-filing.service.js';
import { TaxSetupService } from './modules/tax/setup/tax-setup.service.js';
import { ContentDraftingService } from './modules/content/drafting/content-drafting.service.js';
import { ContentItemService } from './modules/content/items/content-item.service.js';
import { SocialContentService } from './modules/content/social/social-content.service.js';
import { ContentPublishingService } from './modules/content/publishing/content-publishing.service.js';
import { WordPressCms } from './modules/content/publishing/wordpress-cms.js';
import type { WordPressConfig } from './modules/content/publishing/wordpress-config.js';
import { FeedIngestionService } from './modules/content/trends/feed-ingestion.service.js';
import {
  SerpApiGoogleTrends,
  StoredSearchInterest,
} from './modules/content/trends/search-interest.js';
import type { SerpApiSettings } from './modules/content/trends/serpapi-config.js';
import { TrendService } from './modules/content/trends/trend.service.js';
import { ReportFileStore } from './modules/reporting/filing-package/report-file.store.js';
import { TaxService } from './modules/tax/tax.service.js';
import { EstimatedTaxPlanService } from './modules/tax/estimated-tax-plan.js';
import { LedgerService } from './modules/ledger/ledger.service.js';
import { RefundService } from './modules/refunds/refund.service.js';
import { CaseFileService } from './modules/tickets/case-file.service.js';
import { DirectoryEnricher } from './modules/leads/enrichment/directory.enricher.js';
import { LeadService } from './modules/leads/lead.service.js';
import { EmailOutboxService } from './modules/leads/mail/outbox.service.js';
import { DEFAULT_MAIL_FROM, type MailConfig } from './modules/leads/mail/mail-config.js';
import { createMailer, mailDeliveryOf } from './modules/mail/mail-delivery.js';
import { CaughtEmailService } from './modules/mail/caught-email.service.js';
import { AccountService } from './modules/admin-users/account.service.js';
import { LeadScorer } from './modules/leads/scoring/lead-scorer.js';
import { OrderService } from './modules/orders/order.service.js';
import { CarrierRegistry } from './modules/orders/carriers/carrier-registry.js';
import type { CarrierCredentials } from './modules/orders/carriers/carrier-credentials.js';
import { ShopEventsTracker } from './modules/orders/carriers/shop-events.tracker.js';
import { RunStream } from './modules/runs/run-stream.js';
import { RunService } from './modules/runs/run.service.js';
import { ScenarioReadinessCheck } from './modules/scenarios/scenario-readiness.js';
import { ScenarioService } from './modules/scenarios/scenario.service.js';
import type { AnthropicConfig } from './config.js';
import type { ConsoleServices } from './console-context.js';
import type { WidgetServices } from './modules/widget/widget-context.js';
import type { RunQueue } from './queue/run-queue.js';
import { AgentCalls } from './runtime/agent-calls.js';
import { askAgentTool } from './runtime/agent-call.tool.js';
import { AnthropicProvider } from './runtime/anthropic-provider.js';
import type { Clock } from './runtime/clock.js';
import { MemoryAssembler } from './runtime/memory-assembly.js';
import type { ModelProvider } from './runtime/model-gateway.js';
import { ModelRouter } from './runtime/model-router.js';
import { OfflineProvider } from './runtime/offline-provider.js';
import type { PlaybookBook } from './runtime/playbook-book.js';
import { RunExecutor } from './runtime/run-executor.js';
import { RunJournal } from './runtime/run-journal.js';
import { RunLauncher } from './runtime/run-launcher.js';
import { RunRecovery } from './runtime/run-recovery.js';
import { MessageRouter } from './runtime/router.js';
import { ToolRegistry } from './runtime/tool-registry.js';
import type { OutboundWebhookConfig } from './config.js';
import { WebhookDispatcher } from './modules/automation/outbound-webhooks/webhook-dispatcher.js';
import { WebhookSubscriptionService } from './modules/automation/outbound-webhooks/webhook-subscription.service.js';
import type { AutomationConfig } from './config.js';
import { MAX_SLEEP_MS, ScheduleRunner } from './modules/automation/schedules/schedule-runner.js';
import { ScheduleService } from './modules/automation/schedules/schedule.service.js';
import { analyzeSentiment } from './domains/support/engine/sentiment.js';
import { DataChanges } from './events/data-changes.js';
import { BullSchedulePasses } from './queue/bull-schedule-passes.js';
import { ThresholdMonitor } from './modules/automation/thresholds/threshold-monitor.service.js';
import { ThresholdTriggerService } from './modules/automation/thresholds/threshold-trigger.service.js';
import { InboundWebhookReceiver } from './modules/automation/inbound-webhooks/inbound-webhook-receiver.js';
import type { Logger } from './logger.js';
import { LimiterStore } from './rate-limits/index.js';
import { WebhookEndpointService } from './modules/automation/inbound-webhooks/webhook-endpoint.service.js';
import { HubMetrics, RunLabels } from './observability/metrics.js';

/**
 * Every service, built once. The console's and the widget's resolvers each see only their part
 * (ConsoleServices in console-context.ts, WidgetServices in modules/widget/widget-context.ts).
 */
export interface HubServices extends ConsoleServices, WidgetServices {
  dataSource: DataSource;
  pubSub: PubSub;
  queue: RunQueue;
  clock: Clock;
  audit: AuditService;
  apiKeys: ApiKeyService;
  /** Console users, their sign-in and sessions. */
  adminUsers: AdminUserService;
  /** Announces revoked keys, ended sessions and removed users, so open sockets close. */
  credentialRevocations: CredentialRevocations;
  agents: AgentService;
  scenarios: ScenarioService;
  knowledge: KnowledgeService;
  articles: KnowledgeArticleService;
  conversations: ConversationService;
  /** Who answers a conversation: bot, waiting for a person, a person, resolved. */
  handoff: HandoffService;
  conversationMessages: ConversationMessageService;
  tickets: TicketService;
  customerFacts: CustomerFactService;
  /** What a run remembers: its conversation's history and its customer's facts. */
  memory: MemoryAssembler;
  playbooks: PlaybookBook;
  tools: ToolRegistry;
  provider: ModelProvider;
  journal: RunJournal;
  /** The one way a run starts (startRun, the widget, agent calls; later schedules, webhooks). */
  launcher: RunLauncher;
  runs: RunService;
  approvals: ApprovalService;
  runStream: RunStream;
  executor: RunExecutor;
  recovery: RunRecovery;
  /** Routes a message with no agent; trained once here from the shipped utterances. */
  router: MessageRouter;
  /** Sales leads: capture (deduplicated by email), enrichment and scoring. */
  leads: LeadService;
  /** Emails to leads: drafts, and sends after approval through SMTP. */
  emailOutbox: EmailOutboxService;
  publishableKeys: PublishableKeyService;
  /** Widget visitors: who they are (tokens, identity), their chat, lead form and meetings. */
  visitorSessions: VisitorSessionService;
  visitorChat: VisitorChatService;
  visitorLeads: VisitorLeadService;
  visitorMeetings: VisitorMeetingService;
  identitySecrets: WidgetIdentitySecretService;
  conversationFeeds: ConversationFeeds;
  /** The sales team's calendars and meeting bookings. */
  bookings: BookingService;
  /** The owner's agent editor (updateAgent): validated, audited, effective on the next run. */
  agentEditor: AgentEditorService;
  /** The console's conversation inbox. */
  conversationList: ConversationListService;
  /** Reading the audit log. */
  auditLog: AuditLogService;
  /** The console's figures over a period. */
  dashboard: DashboardService;
  /** Orders and where their parcels are (order tracking). */
  orders: OrderService;
  /** The double-entry ledger: chart of accounts, posting, reversals, balances. */
  ledger: LedgerService;
  /** Sends outbound webhook deliveries (the outbox); started by the background jobs. */
  webhookDispatcher: WebhookDispatcher;
  /** What the background jobs start on their own (config.automation: HUB_AUTOMATION). */
  automation: AutomationConfig;
  /** Starts schedules' runs at their ticks; its loop runs when automation is on. */
  scheduleRunner: ScheduleRunner;
  /** Writes of watched data (invoices, sales, ledger, customer messages), told after commit. */
  dataChanges: DataChanges;
  /** Evaluates threshold triggers; started by the background jobs when automation is on. */
  thresholds: ThresholdMonitor;
  /** Receives POST /hooks/<endpoint id>: verifies, logs and starts the endpoint's scenario. */
  inboundWebhooks: InboundWebhookReceiver;
  /**
   * Where every rate limit and sign-in throttle counts: in memory, or in Redis (shared by every
   * process) with REDIS_URL. Its close() ends the Redis connection, after the HTTP server.
   */
  rateLimits: LimiterStore;
  /** This hub's Prometheus metrics (its own registry), served at /metrics when configured. */
  metrics: HubMetrics;
}

export interface ServiceDependencies {
  dataSource: DataSource;
  pubSub: PubSub;
  queue: RunQueue;
  clock: Clock;
  runLeaseMs: number;
  /** Claude when configured; otherwise the offline provider. */
  anthropic?: AnthropicConfig | undefined;
  /**
   * Outbound email: SMTP, or the development catcher (mail.catcher). Without it (or in production
   * without an SMTP URL) sending fails with MAIL_NOT_CONFIGURED.
   */
  mail?: MailConfig | undefined;
  /** Carrier tracking APIs with credentials; the others are tracked from the shop's own scans. */
  carriers?: CarrierCredentials | undefined;
  /** Bank sync through Plaid; without it the bank feed comes from statement files. */
  plaid?: PlaidCredentials | undefined;
  /** The shop's WordPress site; without it drafts stay in the hub and approved posts wait. */
  wordpress?: WordPressConfig | undefined;
  /** Google Trends through SerpApi; without it trend reports use the stored series only. */
  serpApi?: SerpApiSettings | undefined;
  /** Caps on widget visitors and the identity secret's grace period (config.widget). */
  widget?: (VisitorLimits & { identitySecretGraceHours?: number }) | undefined;
  /** Console sessions and sign-in limits (config.admin); 12-hour sessions without it. */
  admin?: { sessionHours: number; signInLimits?: SignInLimits | undefined } | undefined;
  /** Outbound webhooks' timeout, disabling and private networks; the hub's defaults without it. */
  outboundWebhooks?: OutboundWebhookConfig | undefined;
  /** Schedules and monitors (config.automation); on, with a 120 s schedule grace, without it. */
  automation?: AutomationConfig | undefined;
  /** HUB_PUBLIC_URL: absolute links (a webhook endpoint's URL) start with it when set. */
  publicUrl?: string | undefined;
  /** Inbound webhooks' timestamp tolerance (config.inboundWebhooks); 300 s without it. */
  inboundWebhooks?: { toleranceSeconds: number } | undefined;
  /** REDIS_URL and its key prefix: with it, rate limits are shared by every process. */
  redis?: { url: string; prefix: string } | undefined;
  /** Where the hub logs: runs and their status changes, the rate limits' Redis, background work. */
  logger?: Logger | undefined;
  /** The hub's metrics; services built without one (tests) record into a registry of their own. */
  metrics?: HubMetrics | undefined;
}

/** The composition root: every service built once, wired by hand (no container, no magic). */
export function createHubServices(deps: ServiceDependencies): HubServices {
  const { dataSource, pubSub, queue, clock } = deps;
  const metrics = deps.metrics ?? new HubMetrics();
  const rateLimits = new LimiterStore({ redis: deps.redis, logger: deps.logger });
  const audit = new AuditService(dataSource);
  const actorNames = new ActorNameService(dataSource);
  // Nothing listens until the threshold monitor starts (HUB_AUTOMATION on): until then the
  // writers' notifications are dropped.
  const dataChanges = new DataChanges();
  // Several processes (REDIS_URL): a change written by an API process reaches a worker's monitor.
  if (deps.redis) dataChanges.relayThrough(pubSub);
  const ledger = new LedgerService(dataSource, audit, dataChanges);
  const credentialRevocations = new CredentialRevocations(pubSub);
  const adminUsers = new AdminUserService(dataSource, clock, audit, credentialRevocations, {
    sessionHours: deps.admin?.sessionHours ?? 12,
    signInLimits: deps.admin?.signInLimits,
    rateLimits,
  });
  const agents = new AgentService(dataSource, clock);
  const playbooks = agentPlaybooks();
  // The tool registry is built further down; a scenario's readiness is asked per request.
  const scenarios = new ScenarioService(
    dataSource,
    new ScenarioReadinessCheck(playbooks, () => tools.names()),
  );
  const knowledge = new KnowledgeService(dataSource);
  const conversationEvents = new ConversationEvents(pubSub);
  const handoff = new HandoffService(dataSource, clock, audit, conversationEvents);
  const conversationMessages = new ConversationMessageService(
    dataSource,
    clock,
    audit,
    handoff,
    conversationEvents,
  );
  const tickets = new TicketService(dataSource, clock, audit, handoff);
  const customerFacts = new CustomerFactService(dataSource, clock);
  const memory = new MemoryAssembler(dataSource, customerFacts);
  metrics.describeRuns(new RunLabels(dataSource, (agent) => playbooks.defaultScenarioFor(agent)));
  // Jitsi links by default; a Zoom or Meet generator plugs in here (see video-link.ts).
  const bookings = new BookingService(dataSource, new JitsiVideoLinks());
  const orders = new OrderService(
    dataSource,
    CarrierRegistry.fromCredentials(new ShopEventsTracker(dataSource), deps.carriers),
  );
  // The company directory answers enrichment; a paid API would be chained in front of it here
  // (chainEnrichers) once configured with credentials.
  const leads = new LeadService(
    dataSource,
    clock,
    new DirectoryEnricher(dataSource),
    new LeadScorer(dataSource),
  );
  const mailer = createMailer(deps.mail, dataSource, clock);
  const mailFrom = deps.mail?.from ?? DEFAULT_MAIL_FROM;
  const emailOutbox = new EmailOutboxService(dataSource, clock, mailer, mailFrom);
  const bankFeed = new BankFeedService(
    dataSource,
    clock,
    deps.plaid ? new PlaidConnector(deps.plaid) : null,
    dataChanges,
  );
  const categorization = new BankCategorizationService(dataSource, ledger, clock, dataChanges);
  const receivables = new ReceivablesService(dataSource, clock, mailer, mailFrom);
  const invoicePayments = new InvoicePaymentService(dataSource, ledger, audit, clock, dataChanges);
  const cashFlow = new CashFlowService(dataSource);
  const statements = new StatementsService(ledger);
  const forecast = new ForecastService(dataSource, ledger, clock);
  const ratios = new RatiosService(ledger, dataSource);
  const filingPackages = createFilingPackageService({ dataSource, ledger, statements, clock });
  const tax = new TaxService(dataSource);
  const estimatedTax = new EstimatedTaxPlanService(dataSource, tax, clock);
  const nexus = new NexusService(dataSource, clock);
  const compliance = new ComplianceService(dataSource, clock, nexus);
  const salesTax = new SalesTaxService(dataSource, clock, nexus);
  const taxSetup = new TaxSetupService(dataSource, audit, clock);
  const contentPublishing = new ContentPublishingService(
    dataSource,
    clock,
    audit,
    deps.wordpress ? new WordPressCms(deps.wordpress) : null,
  );
  const contentItems = new ContentItemService(dataSource, audit, contentPublishing);
  const contentDrafting = new ContentDraftingService(dataSource, audit);
  const socialContent = new SocialContentService(dataSource, clock, audit);
  const feedIngestion = new FeedIngestionService(dataSource, clock, audit);
  const trends = new TrendService(
    dataSource,
    clock,
    new StoredSearchInterest(dataSource),
    deps.serpApi ? new SerpApiGoogleTrends(dataSource, clock, deps.serpApi) : undefined,
  );
  const salesTaxFiling = new SalesTaxFilingService(
    dataSource,
    clock,
    tax,
    salesTax,
    new ReportFileStore(dataSource),
  );
  const tools = new ToolRegistry(audit, metrics).register(
    ...agentTools({
      knowledge,
      customerFacts,
      refunds: new RefundService(dataSource),
      tickets,
      caseFiles: new CaseFileService(dataSource),
      orders,
      leads,
      emailOutbox,
      bookings,
      invoices: new InvoiceService(dataSource),
      categorization,
      bankFeed,
      receivables,
      invoicePayments,
      cashFlow,
      ledger,
      statements,
      ratios,
      filingPackages,
      tax,
      nexus,
      compliance,
      salesTax,
      salesTaxFiling,
      contentPublishing,
      contentDrafting,
      trends,
      socialContent,
    }),
  );
  const provider: ModelProvider = deps.anthropic
    ? new AnthropicProvider(tools, {
        apiKey: deps.anthropic.apiKey,
        baseURL: deps.anthropic.baseUrl,
        timeoutMs: deps.anthropic.timeoutMs,
        maxRetries: deps.anthropic.maxRetries,
      })
    : new OfflineProvider(playbooks);
  const journal = new RunJournal(dataSource, pubSub, clock, { metrics, logger: deps.logger });
  const router = new MessageRouter(agents, undefined, undefined, metrics);
  const launcher = new RunLauncher({
    dataSource,
    journal,
    playbooks,
    audit,
    queue,
    metrics,
    actorNames,
  });
  const automation = deps.automation ?? DEFAULT_AUTOMATION;
  const scheduleRunner = new ScheduleRunner({
    dataSource,
    clock,
    audit,
    launcher,
    playbooks,
    graceSeconds: automation.scheduleGraceSeconds,
    sharedPasses:
      deps.redis && automation.enabled
        ? new BullSchedulePasses({
            ...deps.redis,
            everyMs: MAX_SLEEP_MS,
            onError: (error) => deps.logger?.error('schedule passes (Redis)', error),
          })
        : undefined,
  });
  // A conversation writes its customer's message, then launches the run that answers it.
  const conversations = new ConversationService(
    dataSource,
    clock,
    audit,
    handoff,
    conversationMessages,
    launcher,
    conversationEvents,
    dataChanges,
  );
  const thresholds = new ThresholdMonitor({
    dataSource,
    clock,
    launcher,
    playbooks,
    dataChanges,
    // The support agent's own labelling of a customer's message (VADER, its ticket briefs').
    sources: {
      receivables,
      nexus,
      cashFlow,
      isNegative: (text) => analyzeSentiment(text).label === 'NEGATIVE',
    },
  });
  const runs = new RunService(
    dataSource,
    launcher,
    journal,
    audit,
    conversations,
    new RunRoutingService({
      classifier: router,
      model: deps.anthropic
        ? new ModelRouter({
            apiKey: deps.anthropic.apiKey,
            baseURL: deps.anthropic.baseUrl,
            timeoutMs: deps.anthropic.timeoutMs,
            maxRetries: deps.anthropic.maxRetries,
            metrics,
          })
        : undefined,
      agents,
      scenarios,
      playbooks,
    }),
  );
  const approvals = new ApprovalService(dataSource, runs, journal, queue, audit, clock, tools);
  const costBudgets = new CostBudgetService(dataSource, audit, clock);
  const executor = new RunExecutor(
    {
      dataSource,
      journal,
      provider,
      tools,
      playbooks,
      clock,
      memory,
      approvals,
      conversationReplies: conversationMessages,
      logger: deps.logger,
      metrics,
      // Only paid calls are budgeted; the offline provider takes the calls a spent budget stops.
      budgets:
        provider instanceof OfflineProvider
          ? undefined
          : { gate: costBudgets, fallback: new OfflineProvider(playbooks) },
    },
    {
      workerId: `hub-${process.pid}-${randomUUID().slice(0, 8)}`,
      heartbeatMs: Math.max(250, Math.floor(deps.runLeaseMs / 3)),
    },
  );
  // ask_agent executes child runs with the executor, and the executor calls tools from the
  // registry that holds ask_agent. The registry is only read when a run calls a tool, so
  // registering this one tool once the executor exists closes the loop, no container needed.
  tools.register(askAgentTool(new AgentCalls({ dataSource, launcher, driver: executor })));
  const runStream = new RunStream(dataSource, pubSub, runs);
  const identitySecrets = new WidgetIdentitySecretService(
    dataSource,
    clock,
    audit,
    deps.widget?.identitySecretGraceHours ?? 24,
  );
  const widgetLimits = deps.widget ?? DEFAULT_WIDGET_LIMITS;
  const webhookDispatcher = new WebhookDispatcher(
    dataSource,
    clock,
    audit,
    deps.outboundWebhooks ?? DEFAULT_OUTBOUND_WEBHOOKS,
  );
  const visitorLeads = new VisitorLeadService(dataSource, leads);
  return {
    metrics,
    rateLimits,
    automation,
    scheduleRunner,
    // A saved schedule may tick sooner than the runner's loop would look again: it wakes it.
    schedules: new ScheduleService(dataSource, clock, audit, playbooks, () =>
      scheduleRunner.wake(),
    ),
    dataChanges,
    thresholds,
    thresholdTriggers: new ThresholdTriggerService(dataSource, clock, audit, thresholds),
    dataSource,
    pubSub,
    queue,
    clock,
    audit,
    credentialRevocations,
    apiKeys: new ApiKeyService(dataSource, clock, audit, credentialRevocations),
    adminUsers,
    accounts: new AccountService(dataSource, clock, audit, credentialRevocations, adminUsers, {
      mailer,
      mailFrom,
      publicUrl: deps.publicUrl,
    }),
    caughtEmails: new CaughtEmailService(dataSource, mailDeliveryOf(deps.mail)),
    agents,
    scenarios,
    knowledge,
    articles: new KnowledgeArticleService(dataSource, audit),
    conversations,
    handoff,
    conversationMessages,
    tickets,
    customerFacts,
    memory,
    playbooks,
    tools,
    provider,
    journal,
    launcher,
    runs,
    approvals,
    runStream,
    executor,
    recovery: new RunRecovery(dataSource, journal, clock, deps.runLeaseMs),
    router,
    bookings,
    orders,
    leads,
    emailOutbox,
    publishableKeys: new PublishableKeyService(dataSource, clock, audit),
    visitorSessions: new VisitorSessionService({
      dataSource,
      clock,
      identitySecrets,
      sessionsPerMinute: widgetLimits.sessionsPerMinute,
      rateLimits,
    }),
    visitorChat: new VisitorChatService({
      dataSource,
      pubSub,
      conversations,
      messages: conversationMessages,
      handoff,
      messagesPerMinute: widgetLimits.visitorMessagesPerMinute,
      rateLimits,
    }),
    visitorLeads,
    visitorMeetings: new VisitorMeetingService(clock, bookings, visitorLeads),
    identitySecrets,
    agentEditor: new AgentEditorService(dataSource, agents, tools, audit),
    conversationList: new ConversationListService(dataSource),
    auditLog: new AuditLogService(dataSource),
    actorNames,
    targetNames: new TargetNameService(dataSource),
    runStartedBy: new RunStartedByService(dataSource, actorNames),
    approvalEmails: new ApprovalEmailService(dataSource),
    dashboard: new DashboardService(dataSource),
    costBudgets,
    workspaceSettings: new WorkspaceSettingsService(dataSource, audit),
    ledger,
    bankFeed,
    categorization,
    receivables,
    cashFlow,
    reconciliation: new ReconciliationService(dataSource, ledger, dataChanges),
    invoicePayments,
    statements,
    forecast,
    ratios,
    filingPackages,
    tax,
    estimatedTax,
    nexus,
    compliance,
    salesTax,
    salesTaxFiling,
    taxSetup,
    contentItems,
    contentPublishing,
    contentDrafting,
    feedIngestion,
    trends,
    socialContent,
    webhookEndpoints: new WebhookEndpointService(dataSource, clock, audit, deps.publicUrl),
    inboundWebhooks: new InboundWebhookReceiver({
      dataSource,
      launcher,
      clock,
      toleranceSeconds: deps.inboundWebhooks?.toleranceSeconds ?? 300,
      rateLimits,
    }),
    webhookDispatcher,
    webhookSubscriptions: new WebhookSubscriptionService(
      dataSource,
      clock,
      audit,
      webhookDispatcher,
    ),
    conversationFeeds: new ConversationFeeds({
      dataSource,
      pubSub,
      messages: conversationMessages,
      runStream,
      agents,
      conversations,
      runs,
    }),
  };
}

/** Caps on what one widget visitor may start (config.widget). */
interface VisitorLimits {
  visitorMessagesPerMinute: number;
  sessionsPerMinute: number;
}

/** Services built without a config (tests) get the hub's automation defaults. */
const DEFAULT_AUTOMATION: AutomationConfig = { enabled: true, scheduleGraceSeconds: 120 };

/** Services built without a config (tests) send webhooks anywhere, local receivers included. */
const DEFAULT_OUTBOUND_WEBHOOKS: OutboundWebhookConfig = {
  timeoutMs: 10_000,
  disableAfterHours: 120,
  allowPrivateNetworks: true,
};

/** Tests that build services without a config get the hub's defaults. */
const DEFAULT_WIDGET_LIMITS: VisitorLimits = {
  visitorMessagesPerMinute: 12,
  sessionsPerMinute: 30,
};
