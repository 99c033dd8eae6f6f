import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { stopResolvingWhenClientLeaves } from './client-abort.js';
import { AgentResolver } from '../modules/agents/agent.resolver.js';
import { AdminUserResolver } from '../modules/admin-users/admin-user.resolver.js';
import { ApiKeyResolver } from '../modules/auth/api-key.resolver.js';
import { AgentEditorResolver } from '../modules/agents/agent-editor.resolver.js';
import { AuditEventResolver } from '../modules/audit/audit-event.resolver.js';
import { AccountResolver } from '../modules/admin-users/account.resolver.js';
import { CaughtEmailResolver } from '../modules/mail/caught-email.resolver.js';
import { DashboardResolver } from '../modules/dashboard/dashboard.resolver.js';
import { CostBudgetResolver } from '../modules/budgets/cost-budget.resolver.js';
import { WorkspaceSettingsResolver } from '../modules/workspace/workspace-settings.resolver.js';
import { ConversationListResolver } from '../modules/conversations/conversation-list.resolver.js';
import { KnowledgeArticleResolver } from '../modules/knowledge/knowledge-article.resolver.js';
import { ApprovalResolver, RunApprovalsResolver } from '../modules/approvals/approval.resolver.js';
import { ApprovalEmailResolver } from '../modules/approvals/approval-email.resolver.js';
import { ConversationResolver } from '../modules/conversations/conversation.resolver.js';
import { ConversationVisitorResolver } from '../modules/conversations/conversation-visitor.resolver.js';
import { BookingResolver } from '../modules/meetings/booking.resolver.js';
import { OrderResolver } from '../modules/orders/order.resolver.js';
import { LeadResolver } from '../modules/leads/lead.resolver.js';
import { FinanceResolver } from '../modules/finance/finance.resolver.js';
import { StatementsResolver } from '../modules/reporting/statements.resolver.js';
import { ForecastResolver } from '../modules/reporting/forecast.resolver.js';
import { RatiosResolver } from '../modules/reporting/ratios.resolver.js';
import { NexusResolver } from '../modules/tax/nexus.resolver.js';
import { ComplianceResolver } from '../modules/tax/compliance/compliance.resolver.js';
import { SalesTaxResolver } from '../modules/tax/sales-tax/sales-tax.resolver.js';
import { SalesTaxFilingResolver } from '../modules/tax/filing/sales-tax-filing.resolver.js';
import { TaxSetupResolver } from '../modules/tax/setup/tax-setup.resolver.js';
import { ContentItemResolver } from '../modules/content/items/content-item.resolver.js';
import { DraftingResolver } from '../modules/content/drafting/drafting.resolver.js';
import { TrendsResolver } from '../modules/content/trends/trends.resolver.js';
import { SocialContentResolver } from '../modules/content/social/social-content.resolver.js';
import { TaxResolver } from '../modules/tax/tax.resolver.js';
import { EstimatedTaxResolver } from '../modules/tax/estimated-tax.resolver.js';
import { FilingPackageResolver } from '../modules/reporting/filing-package/filing-package.resolver.js';
import { LedgerResolver } from '../modules/ledger/ledger.resolver.js';
import { RoutingResolver } from '../modules/routing/routing.resolver.js';
import { RunPublicViewResolver } from '../modules/runs/run-public-view.resolver.js';
import { RunResolver } from '../modules/runs/run.resolver.js';
import { ScenarioResolver } from '../modules/scenarios/scenario.resolver.js';
import { PublishableKeyResolver } from '../modules/widget/publishable-key.resolver.js';
import { WebhookSubscriptionResolver } from '../modules/automation/outbound-webhooks/webhook-subscription.resolver.js';
import { ScheduleResolver } from '../modules/automation/schedules/schedule.resolver.js';
import { ThresholdTriggerResolver } from '../modules/automation/thresholds/threshold-trigger.resolver.js';
import { WebhookEndpointResolver } from '../modules/automation/inbound-webhooks/webhook-endpoint.resolver.js';

/** The hub's GraphQL schema. Resolvers are stateless: they reach services through the context. */
export async function buildHubSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      KnowledgeArticleResolver,
      ApprovalResolver,
      RunApprovalsResolver,
      ApprovalEmailResolver,
      AgentResolver,
      AgentEditorResolver,
      ScenarioResolver,
      RunResolver,
      RunPublicViewResolver,
      RoutingResolver,
      ConversationResolver,
      ConversationVisitorResolver,
      ConversationListResolver,
      AuditEventResolver,
      DashboardResolver,
      CostBudgetResolver,
      WorkspaceSettingsResolver,
      LeadResolver,
      OrderResolver,
      BookingResolver,
      PublishableKeyResolver,
      AdminUserResolver,
      AccountResolver,
      CaughtEmailResolver,
      ApiKeyResolver,
      LedgerResolver,
      FinanceResolver,
      StatementsResolver,
      ForecastResolver,
      RatiosResolver,
      TaxResolver,
      EstimatedTaxResolver,
      NexusResolver,
      ComplianceResolver,
      SalesTaxResolver,
      SalesTaxFilingResolver,
      TaxSetupResolver,
      ContentItemResolver,
      DraftingResolver,
      TrendsResolver,
      SocialContentResolver,
      FilingPackageResolver,
      WebhookSubscriptionResolver,
      ScheduleResolver,
      ThresholdTriggerResolver,
      WebhookEndpointResolver,
    ],
    validate: false,
    emitSchemaFile: false,
    // Every subscription here supplies its own `subscribe` (replay + live from our PubSub seam),
    // but type-graphql insists on a pub/sub for topic-based ones; this one refuses to be used.
    pubSub: {
      publish: () => {
        throw new Error('topic-based subscriptions are not used; see events/pub-sub.ts');
      },
      subscribe: () => {
        throw new Error('topic-based subscriptions are not used; see events/pub-sub.ts');
      },
    },
  });
  return stopResolvingWhenClientLeaves(schema);
}
