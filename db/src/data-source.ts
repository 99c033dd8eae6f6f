import 'reflect-metadata';
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { DataSource, MigrationExecutor, type DataSourceOptions } from 'typeorm';
import { AgentEntity } from './entities/agent.entity.js';
import { ApiKeyEntity } from './entities/api-key.entity.js';
import { AuditEventEntity } from './entities/audit-event.entity.js';
import { CustomerEntity } from './entities/customer.entity.js';
import { ApprovalEntity } from './entities/approval.entity.js';
import { ConversationEntity } from './entities/conversation.entity.js';
import { CustomerFactEntity } from './entities/customer-fact.entity.js';
import { RefundEntity } from './entities/refund.entity.js';
import { InvoiceEntity } from './entities/invoice.entity.js';
import { KnowledgeArticleEntity } from './entities/knowledge-article.entity.js';
import { OrderEntity } from './entities/order.entity.js';
import { RunStepEntity } from './entities/run-step.entity.js';
import { RunEntity } from './entities/run.entity.js';
import { ScenarioEntity } from './entities/scenario.entity.js';
import { ShipmentEventEntity } from './entities/shipment-event.entity.js';
import { WorkspaceEntity } from './entities/workspace.entity.js';
import { ConversationMessageEntity } from './entities/conversation-message.entity.js';
import { TicketEntity } from './entities/ticket.entity.js';
import { SupportEscalation1795709000000 } from './migrations/1795709000000-support-escalation.js';
import { TeamMemberEntity } from './entities/team-member.entity.js';
import { CalendarEventEntity } from './entities/calendar-event.entity.js';
import { BookingEntity } from './entities/booking.entity.js';
import { LeadEntity } from './entities/lead.entity.js';
import { CompanyDirectoryEntity } from './entities/company-directory.entity.js';
import { HistoricalDealEntity } from './entities/historical-deal.entity.js';
import { EmailOutboxEntity } from './entities/email-outbox.entity.js';
import { InitialSchema1764160000000 } from './migrations/1764160000000-initial-schema.js';
import { AgentRuntime1795708800000 } from './migrations/1795708800000-agent-runtime.js';
import { LeadsAndOutreach1795709100000 } from './migrations/1795709100000-leads-and-outreach.js';
import { Meetings1795709200000 } from './migrations/1795709200000-meetings.js';
import { Widget1795709300000 } from './migrations/1795709300000-widget.js';
import { PublishableKeyEntity } from './entities/publishable-key.entity.js';
import { VisitorEntity } from './entities/visitor.entity.js';
import { AdminUserEntity } from './entities/admin-user.entity.js';
import { AdminSessionEntity } from './entities/admin-session.entity.js';
import { AdminConsole1795709400000 } from './migrations/1795709400000-admin-console.js';
import { WidgetHardening1795709600000 } from './migrations/1795709600000-widget-hardening.js';
import { CustomerMessageIds1795709800000 } from './migrations/1795709800000-customer-message-ids.js';
import { AgentEditedFields1795709750000 } from './migrations/1795709750000-agent-edited-fields.js';
import { LedgerAccountEntity } from './entities/ledger-account.entity.js';
import { JournalEntryEntity } from './entities/journal-entry.entity.js';
import { JournalLineEntity } from './entities/journal-line.entity.js';
import { BankAccountEntity } from './entities/bank-account.entity.js';
import { BankImportEntity } from './entities/bank-import.entity.js';
import { BankTransactionEntity } from './entities/bank-transaction.entity.js';
import { MerchantRuleEntity } from './entities/merchant-rule.entity.js';
import { BillEntity } from './entities/bill.entity.js';
import { InvoiceReminderEntity } from './entities/invoice-reminder.entity.js';
import { Ledger1795710000000 } from './migrations/1795710000000-ledger.js';
import { ReportingDimensions1795720000000 } from './migrations/1795720000000-reporting-dimensions.js';
import { ReportFiles1795720100000 } from './migrations/1795720100000-report-files.js';
import { ReportFileEntity, ReportFileLinkEntity } from './entities/report-file.entity.js';
import { TaxProfile1795720200000 } from './migrations/1795720200000-tax-profile.js';
import { TaxProfileEntity } from './entities/tax-profile.entity.js';
import { SalesByState1795720300000 } from './migrations/1795720300000-sales-by-state.js';
import { EstimatedPayments1795720500000 } from './migrations/1795720500000-estimated-payments.js';
import { EstimatedTaxPaymentEntity } from './entities/estimated-tax-payment.entity.js';
import { SaleEntity } from './entities/sale.entity.js';
import { TaxRegistrationEntity } from './entities/tax-registration.entity.js';
import { SalesTaxAddresses1795720400000 } from './migrations/1795720400000-sales-tax-addresses.js';
import { BusinessLocationEntity } from './entities/business-location.entity.js';
import { ProductTaxCategoryEntity } from './entities/product-tax-category.entity.js';
import { Compliance1795720600000 } from './migrations/1795720600000-compliance.js';
import { SalesTaxFiling1795720700000 } from './migrations/1795720700000-sales-tax-filing.js';
import { SalesTaxFilingEntity } from './entities/sales-tax-filing.entity.js';
import { ExemptionCertificateEntity } from './entities/exemption-certificate.entity.js';
import { ContentMarketing1795720800000 } from './migrations/1795720800000-content-marketing.js';
import { RunTriggerDetail1795720850000 } from './migrations/1795720850000-run-trigger-detail.js';
import { Schedules1795720900000 } from './migrations/1795720900000-schedules.js';
import { ScheduleEntity } from './entities/schedule.entity.js';
import { ContentItemEntity } from './entities/content-item.entity.js';
import { ContentFeedEntity } from './entities/content-feed.entity.js';
import { ContentFeedItemEntity } from './entities/content-feed-item.entity.js';
import { SearchInterestPointEntity } from './entities/search-interest-point.entity.js';
import { KeywordMetricEntity } from './entities/keyword-metric.entity.js';
import { CompetitorPageEntity } from './entities/competitor-page.entity.js';
import { SocialEngagementStatEntity } from './entities/social-engagement-stat.entity.js';
import { HashtagStatEntity } from './entities/hashtag-stat.entity.js';
import { WebhookEndpointEntity } from './entities/webhook-endpoint.entity.js';
import { InboundDeliveryEntity } from './entities/inbound-delivery.entity.js';
import { InboundWebhooks1795721000000 } from './migrations/1795721000000-inbound-webhooks.js';
import { WebhookSubscriptionEntity } from './entities/webhook-subscription.entity.js';
import { OutboundDeliveryEntity } from './entities/outbound-delivery.entity.js';
import { OutboundAttemptEntity } from './entities/outbound-attempt.entity.js';
import { OutboundWebhooks1795721100000 } from './migrations/1795721100000-outbound-webhooks.js';
import { ThresholdTriggerEntity } from './entities/threshold-trigger.entity.js';
import { ThresholdCrossingEntity } from './entities/threshold-crossing.entity.js';
import { ThresholdTriggers1795721200000 } from './migrations/1795721200000-threshold-triggers.js';
import { InvoicePaymentEntity } from './entities/invoice-payment.entity.js';
import { InvoicePayments1795721300000 } from './migrations/1795721300000-invoice-payments.js';
import { CostBudgetEntity, CostBudgetNoticeEntity } from './entities/cost-budget.entity.js';
import { CostBudgets1795721400000 } from './migrations/1795721400000-cost-budgets.js';
import { AdminCredentialLinkEntity } from './entities/admin-credential-link.entity.js';
import { CaughtEmailEntity } from './entities/caught-email.entity.js';
import { AccountsAndMailCatcher1795721500000 } from './migrations/1795721500000-accounts-and-mail-catcher.js';
import { WorkspaceLocale1795721600000 } from './migrations/1795721600000-workspace-locale.js';
import { SnakeNamingStrategy } from './naming-strategy.js';
import { ForegroundFirstPool } from './foreground-first-pool.js';
import { PGlitePool } from './pglite-pool.js';
import { lockDataFolder } from './data-folder-lock.js';

export { DataFolderInUseError } from './data-folder-lock.js';

export const ENTITIES = [
  WorkspaceEntity,
  ApiKeyEntity,
  AgentEntity,
  ScenarioEntity,
  RunEntity,
  RunStepEntity,
  AuditEventEntity,
  KnowledgeArticleEntity,
  CustomerEntity,
  OrderEntity,
  ShipmentEventEntity,
  InvoiceEntity,
  ConversationEntity,
  CustomerFactEntity,
  ApprovalEntity,
  RefundEntity,
  LeadEntity,
  CompanyDirectoryEntity,
  HistoricalDealEntity,
  EmailOutboxEntity,
  TeamMemberEntity,
  CalendarEventEntity,
  BookingEntity,
  ConversationMessageEntity,
  TicketEntity,
  PublishableKeyEntity,
  VisitorEntity,
  AdminUserEntity,
  AdminSessionEntity,
  LedgerAccountEntity,
  JournalEntryEntity,
  JournalLineEntity,
  BankAccountEntity,
  BankImportEntity,
  BankTransactionEntity,
  MerchantRuleEntity,
  BillEntity,
  InvoiceReminderEntity,
  ReportFileEntity,
  ReportFileLinkEntity,
  TaxProfileEntity,
  EstimatedTaxPaymentEntity,
  SaleEntity,
  TaxRegistrationEntity,
  ExemptionCertificateEntity,
  SalesTaxFilingEntity,
  BusinessLocationEntity,
  ProductTaxCategoryEntity,
  ContentItemEntity,
  ContentFeedEntity,
  ContentFeedItemEntity,
  SearchInterestPointEntity,
  KeywordMetricEntity,
  CompetitorPageEntity,
  SocialEngagementStatEntity,
  HashtagStatEntity,
  ScheduleEntity,
  WebhookEndpointEntity,
  InboundDeliveryEntity,
  WebhookSubscriptionEntity,
  OutboundDeliveryEntity,
  OutboundAttemptEntity,
  ThresholdTriggerEntity,
  ThresholdCrossingEntity,
  InvoicePaymentEntity,
  AdminCredentialLinkEntity,
  CaughtEmailEntity,
  CostBudgetEntity,
  CostBudgetNoticeEntity,
];

export const MIGRATIONS = [
  InitialSchema1764160000000,
  AgentRuntime1795708800000,
  LeadsAndOutreach1795709100000,
  Meetings1795709200000,
  SupportEscalation1795709000000,
  Widget1795709300000,
  AdminConsole1795709400000,
  WidgetHardening1795709600000,
  AgentEditedFields1795709750000,
  CustomerMessageIds1795709800000,
  Ledger1795710000000,
  ReportingDimensions1795720000000,
  ReportFiles1795720100000,
  TaxProfile1795720200000,
  SalesByState1795720300000,
  SalesTaxAddresses1795720400000,
  EstimatedPayments1795720500000,
  Compliance1795720600000,
  SalesTaxFiling1795720700000,
  ContentMarketing1795720800000,
  RunTriggerDetail1795720850000,
  Schedules1795720900000,
  InboundWebhooks1795721000000,
  OutboundWebhooks1795721100000,
  ThresholdTriggers1795721200000,
  InvoicePayments1795721300000,
  CostBudgets1795721400000,
  AccountsAndMailCatcher1795721500000,
  WorkspaceLocale1795721600000,
];

export interface DatabaseOptions {
  /** A PostgreSQL URL; when absent the hub uses embedded PGlite. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files (ignored with `databaseUrl`); `memory://` keeps nothing. */
  dataDir: string;
  /** Connections per process on PostgreSQL. */
  poolSize?: number;
  /**
   * PostgreSQL cancels any statement running longer (0: no limit). PGlite ignores it: its
   * WebAssembly build has no timer signals, so there only bounded inputs bound a query.
   */
  statementTimeoutMs?: number;
  logging?: boolean;
}

export type DatabaseKind = 'postgres' | 'pglite';

export interface HubDatabase {
  kind: DatabaseKind;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** Opens (but does not migrate) the hub's database: PostgreSQL when a URL is given, else PGlite. */
export async function openDatabase(options: DatabaseOptions): Promise<HubDatabase> {
  const common = {
    type: 'postgres',
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    // Ids come from gen_random_uuid() in the migrations; no extension is needed or installed.
    installExtensions: false,
    logging: options.logging ?? false,
  } as const;

  if (options.databaseUrl) {
    const dataSource = new DataSource({
      ...common,
      url: options.databaseUrl,
      // node-postgres with background work yielding to requests (foreground-first-pool.ts).
      driver: { ...pg, Pool: ForegroundFirstPool },
      poolSize: options.poolSize ?? 10,
      extra: { statement_timeout: options.statementTimeoutMs ?? 0 },
    } satisfies DataSourceOptions);
    await dataSource.initialize();
    return { kind: 'postgres', dataSource, close: () => dataSource.destroy() };
  }

  const inMemory = options.dataDir.startsWith('memory://');
  if (!inMemory) await mkdir(options.dataDir, { recursive: true });
  // PGlite does not stop a second process from opening the same files (both would write them):
  // the folder is locked first, and refused while another live process holds it.
  const lock = inMemory ? undefined : await lockDataFolder(options.dataDir);
  let pglite: PGlite | undefined;
  try {
    pglite = await PGlite.create(options.dataDir);
    const dataSource = new DataSource({
      ...common,
      driver: { Pool: PGlitePool },
      extra: { pglite },
    } satisfies DataSourceOptions);
    await dataSource.initialize();
    const instance = pglite;
    return {
      kind: 'pglite',
      dataSource,
      async close() {
        try {
          await dataSource.destroy();
          await instance.close();
        } finally {
          await lock?.release();
        }
      },
    };
  } catch (error) {
    await pglite?.close().catch(() => undefined);
    await lock?.release();
    throw error;
  }
}

/**
 * Runs `work` while holding a PostgreSQL advisory lock named `name`, so processes starting
 * together (an API process and its workers on an empty database) seed and create the first
 * owner one after the other instead of racing. PGlite has one process by design: no lock.
 */
export async function withAdvisoryLock<T>(
  db: HubDatabase,
  name: string,
  work: () => Promise<T>,
): Promise<T> {
  if (db.kind === 'pglite') return work();
  const lockHolder = db.dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SET statement_timeout = 0'); // waiting for the other process may take long
    await lockHolder.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      return await work();
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  } finally {
    await lockHolder.query('RESET statement_timeout');
    await lockHolder.release();
  }
}

/**
 * Applies pending migrations; safe to call at every start. On PostgreSQL an advisory lock keeps
 * two processes starting together from migrating at once (PGlite has one process by design).
 */
export async function migrateDatabase(db: HubDatabase): Promise<void> {
  if (db.kind === 'pglite') {
    await db.dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const lockHolder = db.dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    // Waiting for another process's migrations, or building an index on a large table, may take
    // longer than the statement timeout that bounds requests: this connection has none.
    await lockHolder.query('SET statement_timeout = 0');
    await lockHolder.query('SELECT pg_advisory_lock(hashtext($1))', ['zactonics-migrations']);
    const migrations = new MigrationExecutor(db.dataSource, lockHolder);
    migrations.transaction = 'each';
    await migrations.executePendingMigrations();
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock(hashtext($1))', ['zactonics-migrations']);
    // Back to the pool with the connection's own timeout (RESET restores its start-up value).
    await lockHolder.query('RESET statement_timeout');
    await lockHolder.release();
  }
}
